package org.golivesim.calibrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.golivesim.batch.Runner;
import org.golivesim.scenario.ParamInfo;
import org.golivesim.scenario.ScenarioLoader;
import org.golivesim.scenario.ScenarioSchema;

/**
 * Fits free parameters (those whose source is an assumption) to the hard targets: Nelder-Mead (Commons Math
 * {@link SimplexOptimizer}) over the replication means of the target metrics, every candidate run with the same
 * replication seeds (common random numbers, so the loss surface is smooth in the parameters). Each parameter moves
 * within [min, max] through a logistic transform. The loss is the sum over hard targets of the squared distance of
 * the mean outside its range, in units of the range's width. Nothing is written back to scenario files.
 */
public final class CalibrationSearch {
    private CalibrationSearch() {}

    /**
     * A parameter to fit and its search bounds.
     *
     * @param key parameter key (its source must be an assumption)
     * @param min lower bound
     * @param max upper bound
     */
    public record Free(String key, double min, double max) {
        /**
         * Parses {@code key} or {@code key=min:max}; bounds default to the parameter's allowed range.
         *
         * @throws IllegalArgumentException for an unknown or non-numeric key, a cited (non-assumption) parameter,
         *     or bad bounds
         */
        public static Free parse(String spec) {
            String[] kv = spec.split("=", 2);
            ParamInfo p = ScenarioSchema.find(kv[0]);
            if (p == null || !p.numeric()) {
                throw new IllegalArgumentException("--fit " + spec + ": '" + kv[0] + "' is not a numeric parameter");
            }
            if (!p.source().toLowerCase(Locale.ROOT).startsWith("assumption")) {
                throw new IllegalArgumentException("--fit " + spec + ": '" + kv[0] + "' has a published source ("
                        + p.source() + "); only free parameters (source: assumption) may be fitted");
            }
            double lo = p.min();
            double hi = p.max();
            if (kv.length == 2) {
                String[] b = kv[1].split(":");
                try {
                    lo = Double.parseDouble(b[0]);
                    hi = Double.parseDouble(b[1]);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("--fit " + spec + ": bounds must be written min:max");
                }
            }
            if (!(lo < hi) || lo < p.min() || hi > p.max() || Double.isInfinite(lo) || Double.isInfinite(hi)) {
                throw new IllegalArgumentException(
                        "--fit " + spec + ": bounds must be finite, min < max, within " + p.allowedText());
            }
            return new Free(kv[0], lo, hi);
        }
    }

    /** One evaluated candidate. */
    public record Evaluation(int index, Map<String, Double> values, double loss) {}

    /** The search's outcome: every evaluation and the best. */
    public record Outcome(List<Evaluation> evaluations, Evaluation best) {}

    /**
     * Searches.
     *
     * @param loaded scenario to start from (its values are the starting point)
     * @param targets targets; the hard ones with a mean aggregate drive the loss
     * @param free parameters to fit
     * @param replications replications per candidate
     * @param maxEvaluations evaluation budget
     * @param runner where runs execute
     * @return evaluations and the best candidate
     */
    public static Outcome search(
            ScenarioLoader.Loaded loaded,
            List<CalibrationTarget> targets,
            List<Free> free,
            int replications,
            int maxEvaluations,
            Runner runner) {
        List<CalibrationTarget> hard = targets.stream()
                .filter(t -> t.kind().equals("hard") && t.aggregate().equals("mean"))
                .toList();
        if (hard.isEmpty() || free.isEmpty()) {
            throw new IllegalArgumentException("a search needs at least one --fit parameter and one hard target");
        }
        Map<String, String> start = ScenarioSchema.values(loaded.scenario());
        double[] z0 = new double[free.size()];
        for (int i = 0; i < z0.length; i++) {
            Free f = free.get(i);
            double x = Double.parseDouble(start.get(f.key()));
            double u = Math.min(0.999, Math.max(0.001, (x - f.min()) / (f.max() - f.min())));
            z0[i] = Math.log(u / (1 - u));
        }
        List<Evaluation> evaluations = new ArrayList<>();
        java.util.Set<String> experiments = Calibration.experiments(hard);
        MultivariateFunction loss = z -> {
            Map<String, Double> values = decode(free, z);
            Map<String, String> overrides = new LinkedHashMap<>();
            values.forEach((k, v) -> overrides.put(k, format(k, v)));
            ScenarioLoader.Loaded candidate = withValues(loaded, overrides);
            double l;
            try {
                l = lossOf(
                        Calibration.evaluate(hard, Calibration.simulate(candidate, experiments, replications, runner)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            evaluations.add(new Evaluation(evaluations.size(), values, l));
            return l;
        };
        SimplexOptimizer optimizer = new SimplexOptimizer(1e-4, 1e-6);
        try {
            optimizer.optimize(
                    new MaxEval(maxEvaluations),
                    new ObjectiveFunction(loss),
                    GoalType.MINIMIZE,
                    new InitialGuess(z0),
                    new NelderMeadSimplex(free.size(), 1.0));
        } catch (TooManyEvaluationsException e) {
            // the budget is spent: the best candidate so far is the answer
        }
        Evaluation best = evaluations.stream()
                .min(java.util.Comparator.comparingDouble(Evaluation::loss))
                .orElseThrow();
        return new Outcome(evaluations, best);
    }

    /** Loss of measured hard targets: squared distance outside the range in units of its width. */
    public static double lossOf(List<Calibration.Result> results) {
        double loss = 0;
        for (Calibration.Result r : results) {
            CalibrationTarget t = r.target();
            double width = !Double.isNaN(t.low()) && !Double.isNaN(t.high()) && t.high() > t.low()
                    ? t.high() - t.low()
                    : Math.max(1e-9, 0.1 * Math.abs(Double.isNaN(t.low()) ? t.high() : t.low()));
            double m = r.simulated();
            if (Double.isNaN(m)) {
                loss += 100;
            } else if (!Double.isNaN(t.low()) && m < t.low()) {
                loss += Math.pow((t.low() - m) / width, 2);
            } else if (!Double.isNaN(t.high()) && m > t.high()) {
                loss += Math.pow((m - t.high()) / width, 2);
            }
        }
        return loss;
    }

    private static Map<String, Double> decode(List<Free> free, double[] z) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < z.length; i++) {
            Free f = free.get(i);
            out.put(f.key(), f.min() + (f.max() - f.min()) / (1 + Math.exp(-z[i])));
        }
        return out;
    }

    /** A parameter value as YAML text (integers rounded). */
    public static String format(String key, double v) {
        ParamInfo p = ScenarioSchema.find(key);
        if (p.type() == int.class || p.type() == long.class) {
            return Long.toString(Math.round(v));
        }
        return String.format(Locale.ROOT, "%.6g", v).trim();
    }

    private static ScenarioLoader.Loaded withValues(ScenarioLoader.Loaded loaded, Map<String, String> overrides) {
        ScenarioLoader.Resolved r = loaded.with(overrides, "calibration search");
        Map<String, org.golivesim.scenario.ScenarioSchema.Located> values = new LinkedHashMap<>(loaded.values());
        overrides.forEach((k, v) -> values.put(k, new ScenarioSchema.Located(v, "calibration search", 0)));
        return new ScenarioLoader.Loaded(
                r.scenario(), values, loaded.files(), r.notes(), loaded.sweep(), loaded.experiment());
    }
}
