package org.golivesim.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.util.MathArrays;

/**
 * Elementary-effects screening (Morris 1991, "Factorial sampling plans for preliminary computational experiments",
 * Technometrics 33(2)) with the absolute-mean measure mu* of Campolongo, Cariboni and Saltelli 2007 ("An effective
 * screening design for sensitivity analysis of large models", Environ. Model. Softw. 22).
 *
 * <p>The design is built in the unit hypercube on a grid of {@code p} levels {@code 0, 1/(p-1), ..., 1}. Each of
 * {@code r} trajectories has {@code k + 1} points; consecutive points differ in one factor by {@code ±Δ} with
 * {@code Δ = p / (2 (p - 1))} (2/3 for the default {@code p = 4}), and every factor moves exactly once per
 * trajectory. The elementary effect of the factor moved between points {@code x} and {@code x'} is {@code (y' - y) /
 * (x'_i - x_i)}, so it is in output units per full range of the factor: a linear model {@code y = c x_i} over
 * {@code [min, max]} has elementary effect {@code c (max - min)} for that factor.
 *
 * <p>Per factor: {@code mu} is the mean elementary effect, {@code mu*} the mean absolute effect (overall
 * importance, immune to sign cancellation), {@code sigma} the sample standard deviation (divisor {@code r - 1}) of
 * the effects (non-linearity or interaction). A factor acting only through interactions shows a small {@code |mu|}
 * with a large {@code sigma}.
 */
public final class Morris {
    /** Grid levels used unless the caller asks otherwise (Morris 1991; Campolongo et al. 2007). */
    public static final int DEFAULT_LEVELS = 4;

    /** Method name written in {@code sensitivity.csv}. */
    public static final String METHOD = "morris";

    /** Index name of the mean elementary effect. */
    public static final String MU = "mu";

    /** Index name of the mean absolute elementary effect. */
    public static final String MU_STAR = "mu_star";

    /** Index name of the standard deviation of the elementary effects. */
    public static final String SIGMA = "sigma";

    private Morris() {}

    /**
     * A Morris trajectory design: {@code trajectories * (factors + 1)} points, trajectory by trajectory. Immutable;
     * accessors return copies.
     */
    public static final class Design implements SamplingDesign {
        private final List<Factor> factors;
        private final int levels;
        private final int trajectories;
        /** Grid level (0 .. levels-1) of every coordinate of every point. */
        private final int[][] gridLevels;

        private Design(List<Factor> factors, int levels, int trajectories, int[][] gridLevels) {
            this.factors = factors;
            this.levels = levels;
            this.trajectories = trajectories;
            this.gridLevels = gridLevels;
        }

        /** The factors, in coordinate order. */
        @Override
        public List<Factor> factors() {
            return factors;
        }

        /** Number of grid levels {@code p}. */
        public int levels() {
            return levels;
        }

        /** Number of trajectories {@code r}. */
        public int trajectories() {
            return trajectories;
        }

        /** The step {@code Δ = p / (2 (p - 1))}, in unit-hypercube coordinates. */
        public double delta() {
            return levels / (2.0 * (levels - 1));
        }

        /** Number of points, {@code trajectories * (factors + 1)}: the model evaluations needed. */
        @Override
        public int size() {
            return gridLevels.length;
        }

        /**
         * One point in the unit hypercube.
         *
         * @param index the point's position, in {@code [0, size())}; trajectory {@code t} occupies {@code t (k+1)}
         *     to {@code t (k+1) + k}
         * @return a new array of coordinates in [0, 1], one per factor
         * @throws IndexOutOfBoundsException if {@code index} is out of range
         */
        @Override
        public double[] unitPoint(int index) {
            int[] g = gridLevels[index];
            double[] u = new double[g.length];
            for (int i = 0; i < g.length; i++) {
                u[i] = g[i] / (double) (levels - 1);
            }
            return u;
        }
    }

    /**
     * The screening statistics of one factor, in output units per full range of the factor.
     *
     * @param factor the factor's name
     * @param mu mean elementary effect
     * @param muStar mean absolute elementary effect
     * @param sigma sample standard deviation of the elementary effects; NaN with one trajectory
     * @param muStarCiLow lower end of a bootstrap 95% percentile interval of {@code muStar}; NaN without bootstrap
     * @param muStarCiHigh upper end of that interval; NaN without bootstrap
     */
    public record Effect(
            String factor, double mu, double muStar, double sigma, double muStarCiLow, double muStarCiHigh) {}

    /**
     * A design with {@link #DEFAULT_LEVELS} levels.
     *
     * @param factors the factors, at least one, distinct names
     * @param trajectories number of trajectories {@code r}, {@code >= 1} (10 to 50 is usual)
     * @param rng the design's own generator; see {@link #design(List, int, int, RandomGenerator)} for the draws
     * @return the design
     * @throws NullPointerException if an argument is null
     * @throws StatisticsArgumentException if a count is out of range or the factors are empty or repeat a name
     */
    public static Design design(List<Factor> factors, int trajectories, RandomGenerator rng) {
        return design(factors, trajectories, DEFAULT_LEVELS, rng);
    }

    /**
     * A random trajectory design (Morris 1991, section 3). Each trajectory draws, in order: for each factor a base
     * level uniformly among the {@code p/2} levels from which a step of {@code Δ} stays on the grid ({@code
     * rng.nextInt(p / 2)}); for each factor a direction ({@code rng.nextBoolean()}, true meaning the factor steps
     * up, so it starts at its base level, false meaning it starts at base + Δ and steps down); and the order in
     * which factors move ({@link MathArrays#shuffle(int[], RandomGenerator)}).
     *
     * @param factors the factors, at least one, distinct names
     * @param trajectories number of trajectories {@code r}, {@code >= 1}
     * @param levels number of grid levels {@code p}: even (so that {@code Δ} falls on the grid) and {@code >= 2}
     * @param rng the design's own generator
     * @return the design
     * @throws NullPointerException if an argument is null
     * @throws StatisticsArgumentException if {@code trajectories < 1} or so large the design would not fit in an
     *     array, {@code levels} is odd or below 2, or the factors are empty or repeat a name
     */
    public static Design design(List<Factor> factors, int trajectories, int levels, RandomGenerator rng) {
        List<Factor> checked = Factor.checkedCopy(factors);
        Objects.requireNonNull(rng, "rng");
        if (trajectories < 1) {
            throw new StatisticsArgumentException("trajectories", "is " + trajectories + "; allowed: >= 1");
        }
        if (levels < 2 || levels % 2 != 0) {
            throw new StatisticsArgumentException(
                    "levels", "is " + levels + "; allowed: an even number >= 2 (so the step Δ lands on the grid)");
        }
        int k = checked.size();
        if ((long) trajectories * (k + 1) > Integer.MAX_VALUE) {
            throw new StatisticsArgumentException(
                    "trajectories",
                    "is " + trajectories + "; the design would exceed " + Integer.MAX_VALUE + " points");
        }
        int step = levels / 2; // Δ in grid levels: p / (2 (p - 1)) * (p - 1)
        int[][] grid = new int[trajectories * (k + 1)][];
        for (int t = 0; t < trajectories; t++) {
            int[] base = new int[k];
            for (int i = 0; i < k; i++) {
                base[i] = rng.nextInt(levels / 2);
            }
            boolean[] up = new boolean[k];
            for (int i = 0; i < k; i++) {
                up[i] = rng.nextBoolean();
            }
            int[] order = MathArrays.natural(k);
            MathArrays.shuffle(order, rng);
            int[] point = new int[k];
            for (int i = 0; i < k; i++) {
                point[i] = up[i] ? base[i] : base[i] + step;
            }
            int row = t * (k + 1);
            grid[row] = point.clone();
            for (int s = 0; s < k; s++) {
                int i = order[s];
                point[i] += up[i] ? step : -step;
                grid[row + s + 1] = point.clone();
            }
        }
        return new Design(checked, levels, trajectories, grid);
    }

    /**
     * Screening statistics without bootstrap intervals.
     *
     * @param design the design the outputs were computed on
     * @param outputs the model output at each design point, in design order
     * @return one effect per factor, in factor order
     * @throws NullPointerException if an argument is null
     * @throws LengthMismatchException if there is not one output per design point
     * @throws StatisticsArgumentException if an output is NaN or infinite
     */
    public static List<Effect> analyse(Design design, double[] outputs) {
        return analyse(design, outputs, 0, null);
    }

    /**
     * Screening statistics with bootstrap 95% percentile intervals of {@code mu*}. Each resample draws {@code r}
     * trajectories with replacement ({@code rng.nextInt(r)} each, shared by all factors so their correlation is
     * kept) and recomputes {@code mu*}; the interval is the 2.5th and 97.5th percentiles (type 7) of the resampled
     * values.
     *
     * @param design the design the outputs were computed on
     * @param outputs the model output at each design point, in design order
     * @param resamples number of bootstrap resamples, {@code >= 0}; 0 gives NaN intervals (1000 is usual)
     * @param rng the bootstrap's own generator; may be null only when {@code resamples == 0}
     * @return one effect per factor, in factor order
     * @throws NullPointerException if {@code design} or {@code outputs} is null, or {@code rng} is null while
     *     {@code resamples > 0}
     * @throws LengthMismatchException if there is not one output per design point
     * @throws StatisticsArgumentException if an output is NaN or infinite or {@code resamples < 0}
     */
    public static List<Effect> analyse(Design design, double[] outputs, int resamples, RandomGenerator rng) {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(outputs, "outputs");
        if (outputs.length != design.size()) {
            throw new LengthMismatchException("outputs", outputs.length, "the design", design.size());
        }
        Samples.requireFinite(outputs, "outputs");
        Bootstrap.checkResamples(resamples, rng);
        int k = design.factors().size();
        int r = design.trajectories();
        double[][] effects = elementaryEffects(design, outputs); // [factor][trajectory]
        double[][] absolute = new double[k][r];
        for (int i = 0; i < k; i++) {
            for (int t = 0; t < r; t++) {
                absolute[i][t] = Math.abs(effects[i][t]);
            }
        }
        double[][] resampledMuStar = new double[k][resamples];
        int[] draw = new int[r];
        for (int b = 0; b < resamples; b++) {
            Bootstrap.draw(draw, rng);
            for (int i = 0; i < k; i++) {
                double sum = 0.0;
                for (int t : draw) {
                    sum += absolute[i][t];
                }
                resampledMuStar[i][b] = sum / r;
            }
        }
        List<Effect> result = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double sigma = r < 2 ? Double.NaN : Math.sqrt(StatUtils.variance(effects[i]));
            double[] ci = Bootstrap.percentileInterval(resampledMuStar[i]);
            result.add(new Effect(
                    design.factors().get(i).name(),
                    StatUtils.mean(effects[i]),
                    StatUtils.mean(absolute[i]),
                    sigma,
                    ci[0],
                    ci[1]));
        }
        return result;
    }

    /**
     * The effects as rows of {@code sensitivity.csv}: for each factor, {@link #MU}, {@link #MU_STAR} (with its
     * bootstrap interval) and {@link #SIGMA} (no interval).
     *
     * @param effects the effects, from {@link #analyse}
     * @param output the output's name
     * @return three rows per factor, in factor order
     * @throws NullPointerException if an argument is null
     */
    public static List<SensitivityIndex> indices(List<Effect> effects, String output) {
        Objects.requireNonNull(output, "output");
        List<SensitivityIndex> rows = new ArrayList<>(3 * effects.size());
        for (Effect e : effects) {
            rows.add(new SensitivityIndex(e.factor(), output, METHOD, MU, e.mu(), Double.NaN, Double.NaN));
            rows.add(new SensitivityIndex(
                    e.factor(), output, METHOD, MU_STAR, e.muStar(), e.muStarCiLow(), e.muStarCiHigh()));
            rows.add(new SensitivityIndex(e.factor(), output, METHOD, SIGMA, e.sigma(), Double.NaN, Double.NaN));
        }
        return rows;
    }

    /** Elementary effects {@code [factor][trajectory]}, in output units per full factor range. */
    private static double[][] elementaryEffects(Design design, double[] outputs) {
        int k = design.factors().size();
        int r = design.trajectories();
        double[][] effects = new double[k][r];
        for (int t = 0; t < r; t++) {
            for (int s = 0; s < k; s++) {
                int row = t * (k + 1) + s;
                int[] from = design.gridLevels[row];
                int[] to = design.gridLevels[row + 1];
                int moved = movedFactor(from, to);
                double dx = (to[moved] - from[moved]) / (double) (design.levels - 1);
                effects[moved][t] = (outputs[row + 1] - outputs[row]) / dx;
            }
        }
        return effects;
    }

    private static int movedFactor(int[] from, int[] to) {
        for (int i = 0; i < from.length; i++) {
            if (from[i] != to[i]) {
                return i;
            }
        }
        throw new IllegalStateException("consecutive trajectory points are equal; the design is corrupt");
    }
}
