package org.golivesim.calibrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.golivesim.batch.Plan;
import org.golivesim.batch.Planner;
import org.golivesim.batch.RunOutcome;
import org.golivesim.batch.Runner;
import org.golivesim.scenario.Arm;
import org.golivesim.scenario.Experiment;
import org.golivesim.scenario.ScenarioLoader;
import org.golivesim.stats.PairedComparison;
import org.golivesim.stats.Summary;

/**
 * Measures the targets of {@code calibration/targets.csv} on a scenario. Each experiment is the scenario with a few
 * overrides, run for the same replication seeds (common random numbers, so paired differences between experiments
 * isolate the lever). Hard targets pass when the 95% interval of the mean reaches the published range; soft targets
 * when the mean lies in the acceptance range (the right order of magnitude); mechanism targets when the interval of
 * the paired difference (or the measured odds ratio) reaches the range, or, for the training ladder, when fewer than
 * 4 hours of training is visibly worse and returns diminish.
 */
public final class Calibration {
    /** Training hours (every role) of the training-ladder experiment. */
    public static final List<Integer> LADDER_HOURS = List.of(2, 4, 8, 16, 32);

    private static final int BOOTSTRAP_RESAMPLES = 2000;

    private Calibration() {}

    /**
     * A measured target.
     *
     * @param target the target
     * @param simulated the simulated value (mean, ratio of sums, or paired mean difference)
     * @param ciLow lower end of its 95% interval
     * @param ciHigh upper end
     * @param n replications (or pairs) used
     * @param pass whether it meets the target by its kind's rule
     * @param detail how it was judged, in words
     */
    public record Result(
            CalibrationTarget target,
            double simulated,
            double ciLow,
            double ciHigh,
            int n,
            boolean pass,
            String detail) {}

    /** Overrides that define an experiment. */
    public static Map<String, String> overrides(String experiment) {
        Map<String, String> o = new LinkedHashMap<>();
        switch (experiment) {
            case "baseline" -> {}
            case "phishing24" -> o.put("training.phishingSimulationsPerYear", "24");
            case "remedial" -> {
                o.put("training.phishingSimulationsPerYear", "24");
                o.put("training.remedialTrainingForRepeatClickers", "true");
            }
            case "team" -> o.put("dedicatedTeam.enabled", "true");
            default -> {
                if (experiment.startsWith("training")) {
                    String h = experiment.substring("training".length());
                    o.put("training.physicianHours", h);
                    o.put("training.nurseHours", h);
                    o.put("training.alliedHours", h);
                } else {
                    throw new IllegalArgumentException("unknown experiment '" + experiment + "'; allowed: baseline,"
                            + " phishing24, remedial, team, training<hours>, A-vs-B of those, training-ladder");
                }
            }
        }
        return o;
    }

    /** The plain experiments a set of targets needs. */
    public static Set<String> experiments(List<CalibrationTarget> targets) {
        Set<String> out = new LinkedHashSet<>();
        for (CalibrationTarget t : targets) {
            if (t.experiment().equals("training-ladder")) {
                LADDER_HOURS.forEach(h -> out.add("training" + h));
            } else {
                for (String e : t.experiment().split("-vs-")) {
                    overrides(e);
                    out.add(e);
                }
            }
        }
        return out;
    }

    /**
     * Runs every experiment the targets need and measures them.
     *
     * @param loaded the scenario (normally scenarios/baseline.yaml)
     * @param targets the targets
     * @param replications replications per experiment
     * @param runner where runs execute
     * @return one result per target, in file order
     * @throws InterruptedException when interrupted
     */
    public static List<Result> run(
            ScenarioLoader.Loaded loaded, List<CalibrationTarget> targets, int replications, Runner runner)
            throws InterruptedException {
        return evaluate(targets, simulate(loaded, experiments(targets), replications, runner));
    }

    /**
     * Runs experiments.
     *
     * @return experiment -> per-replication summary maps (null where a run failed)
     */
    public static Map<String, List<Map<String, Double>>> simulate(
            ScenarioLoader.Loaded loaded, Set<String> experiments, int replications, Runner runner)
            throws InterruptedException {
        List<String> names = new ArrayList<>(experiments);
        if (names.isEmpty()) {
            return new LinkedHashMap<>();
        }
        // each calibration experiment is an arm of one experiment on the executor every batch uses: the same planner,
        // seeds and common random numbers; the scenario's own sweep, if any, is not part of calibration
        List<Arm> arms =
                names.stream().map(e -> new Arm(e, overrides(e), null, null)).toList();
        ScenarioLoader.Loaded design = new ScenarioLoader.Loaded(
                loaded.scenario(),
                loaded.values(),
                loaded.files(),
                loaded.notes(),
                null,
                new Experiment(names.get(0), arms));
        Plan plan = Planner.plan(design, replications);
        Map<String, List<Map<String, Double>>> out = new LinkedHashMap<>();
        names.forEach(n -> out.put(n, new ArrayList<>()));
        runner.run(plan.runs(), (RunOutcome o) -> out.get(o.spec().arm())
                .add(o.ok() ? o.result().summary() : null));
        return out;
    }

    /** Measures targets on simulated experiments. */
    public static List<Result> evaluate(List<CalibrationTarget> targets, Map<String, List<Map<String, Double>>> data) {
        List<Result> out = new ArrayList<>();
        for (CalibrationTarget t : targets) {
            out.add(
                    switch (t.aggregate()) {
                        case "mean" -> mean(t, data.get(t.experiment()));
                        case "ratio" -> ratio(t, data.get(t.experiment()));
                        case "difference" -> difference(t, data);
                        case "ladder" -> ladder(t, data);
                        default -> throw new IllegalArgumentException("unknown aggregate " + t.aggregate());
                    });
        }
        return out;
    }

    private static double[] values(List<Map<String, Double>> runs, String metric) {
        return runs.stream()
                .mapToDouble(m -> m == null ? Double.NaN : m.get(metric))
                .toArray();
    }

    private static Result mean(CalibrationTarget t, List<Map<String, Double>> runs) {
        Summary s = Summary.of(values(runs, t.metric()));
        return judge(t, s.mean(), s.ciLow(), s.ciHigh(), s.n());
    }

    private static Result ratio(CalibrationTarget t, List<Map<String, Double>> runs) {
        String[] parts = t.metric().split("/");
        double[] num = values(runs, parts[0]);
        double[] den = values(runs, parts[1]);
        double value = ratioOfSums(num, den, null);
        RandomGenerator rng = new MersenneTwister(t.id().hashCode());
        double[] boot = new double[BOOTSTRAP_RESAMPLES];
        for (int b = 0; b < boot.length; b++) {
            boot[b] = ratioOfSums(num, den, rng);
        }
        int n = (int) java.util.Arrays.stream(den).filter(d -> !Double.isNaN(d)).count();
        double[] interval = org.golivesim.stats.Bootstrap.percentileInterval(boot);
        return judge(t, value, interval[0], interval[1], n);
    }

    private static double ratioOfSums(double[] num, double[] den, RandomGenerator resample) {
        double a = 0;
        double b = 0;
        for (int i = 0; i < num.length; i++) {
            int k = resample == null ? i : resample.nextInt(num.length);
            if (!Double.isNaN(num[k]) && !Double.isNaN(den[k])) {
                a += num[k];
                b += den[k];
            }
        }
        return b == 0 ? Double.NaN : a / b;
    }

    private static Result difference(CalibrationTarget t, Map<String, List<Map<String, Double>>> data) {
        String[] arms = t.experiment().split("-vs-");
        PairedComparison c =
                PairedComparison.of(values(data.get(arms[0]), t.metric()), values(data.get(arms[1]), t.metric()));
        return judge(t, c.meanDifference(), c.ciLow(), c.ciHigh(), c.nPairs());
    }

    private static Result ladder(CalibrationTarget t, Map<String, List<Map<String, Double>>> data) {
        double[] means = new double[LADDER_HOURS.size()];
        StringBuilder detail = new StringBuilder("means by training hours:");
        for (int i = 0; i < means.length; i++) {
            means[i] = Summary.of(values(data.get("training" + LADDER_HOURS.get(i)), t.metric()))
                    .mean();
            detail.append(String.format(java.util.Locale.ROOT, " %dh=%.3f", LADDER_HOURS.get(i), means[i]));
        }
        int two = LADDER_HOURS.indexOf(2);
        int eight = LADDER_HOURS.indexOf(8);
        double gap = means[eight] - means[two];
        boolean visible = gap >= t.low();
        boolean diminishing = true;
        for (int i = 2; i < means.length; i++) {
            double before = (means[i - 1] - means[i - 2]) / (LADDER_HOURS.get(i - 1) - LADDER_HOURS.get(i - 2));
            double after = (means[i] - means[i - 1]) / (LADDER_HOURS.get(i) - LADDER_HOURS.get(i - 1));
            diminishing &= after <= before && after >= 0;
        }
        detail.append(visible ? "; 8 h beats 2 h by " : "; 8 h beats 2 h by only ")
                .append(String.format(java.util.Locale.ROOT, "%.3f", gap))
                .append(diminishing ? "; gains per hour diminish" : "; gains per hour do NOT diminish");
        return new Result(
                t,
                gap,
                Double.NaN,
                Double.NaN,
                data.get("training2").size(),
                visible && diminishing,
                detail.toString());
    }

    private static Result judge(CalibrationTarget t, double value, double lo, double hi, int n) {
        boolean pass;
        String detail;
        switch (t.kind()) {
            case "soft" -> {
                pass = t.accepted(value);
                detail = "mean within the acceptance range";
            }
            case "report" -> {
                pass = true;
                detail = "reported, not judged";
            }
            default -> {
                boolean haveInterval = !Double.isNaN(lo) && !Double.isNaN(hi);
                pass = haveInterval ? t.reaches(lo, hi) : t.inRange(value);
                detail = t.inRange(value)
                        ? "estimate inside the range"
                        : haveInterval && pass
                                ? "estimate outside the range, 95% interval reaches it"
                                : "outside the range";
            }
        }
        return new Result(t, value, lo, hi, n, pass, detail);
    }
}
