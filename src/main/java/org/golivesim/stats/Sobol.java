package org.golivesim.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Variance-based sensitivity indices with the sampling scheme and estimators of Saltelli et al. 2010 ("Variance
 * based sensitivity analysis of model output. Design and estimator for the total sensitivity index", Comput. Phys.
 * Commun. 181).
 *
 * <p>Design: two {@code N x k} matrices {@code A} and {@code B} of unit-hypercube points, and for each factor {@code
 * i} the matrix {@code AB_i}, which is {@code A} with column {@code i} taken from {@code B}: {@code N (k + 2)} model
 * evaluations. Estimators, with {@code V} the variance of the {@code 2N} outputs {@code f(A)} and {@code f(B)}
 * (divisor {@code 2N}, as SALib does):
 *
 * <ul>
 *   <li>first order (Saltelli 2010, Table 2 (b)): {@code S_i = mean(f(B) (f(AB_i) - f(A))) / V};
 *   <li>total order (Jansen 1999; Saltelli 2010, Table 2 (f)): {@code ST_i = mean((f(A) - f(AB_i))^2) / 2 / V}.
 * </ul>
 *
 * <p>Intervals are bootstrap 95% percentile intervals: each resample draws {@code N} rows with replacement (the
 * same rows of {@code A}, {@code B} and every {@code AB_i}) and recomputes every index, {@code V} included.
 * Indices are fractions of the output variance (dimensionless); sampling error can push an estimate slightly below
 * 0 or above 1.
 */
public final class Sobol {
    /** Method name written in {@code sensitivity.csv}. */
    public static final String METHOD = "sobol";

    /** Index name of the first-order index. */
    public static final String FIRST_ORDER = "S1";

    /** Index name of the total-order index. */
    public static final String TOTAL_ORDER = "ST";

    /** Most factors the Sobol sequence supports: Commons Math's direction numbers cover 1000 dimensions, 2k used. */
    public static final int MAX_SOBOL_FACTORS = 500;

    private Sobol() {}

    /**
     * A Saltelli design: matrices {@code A} and {@code B} and the {@code k} matrices {@code AB_i}. Points are
     * ordered in blocks: rows {@code 0..N-1} of {@code A}, then of {@code B}, then of {@code AB_1}, ..., {@code
     * AB_k}; point {@code (2 + i) N + j} is row {@code j} of {@code AB_i} (factor {@code i} counted from 0).
     * Immutable; accessors return copies.
     */
    public static final class Design implements SamplingDesign {
        private final List<Factor> factors;
        private final double[][] a;
        private final double[][] b;

        private Design(List<Factor> factors, double[][] a, double[][] b) {
            this.factors = factors;
            this.a = a;
            this.b = b;
        }

        /** The factors, in coordinate order. */
        @Override
        public List<Factor> factors() {
            return factors;
        }

        /** The base sample size {@code N}: rows of each matrix. */
        public int baseSamples() {
            return a.length;
        }

        /** Number of points, {@code N (k + 2)}: the model evaluations needed. */
        @Override
        public int size() {
            return a.length * (factors.size() + 2);
        }

        /**
         * One point in the unit hypercube.
         *
         * @param index the point's position in the block order, in {@code [0, size())}
         * @return a new array of coordinates in [0, 1], one per factor
         * @throws IndexOutOfBoundsException if {@code index} is out of range
         */
        @Override
        public double[] unitPoint(int index) {
            Objects.checkIndex(index, size());
            int n = a.length;
            int block = index / n;
            int row = index % n;
            if (block == 0) {
                return a[row].clone();
            }
            if (block == 1) {
                return b[row].clone();
            }
            double[] point = a[row].clone();
            point[block - 2] = b[row][block - 2];
            return point;
        }
    }

    /**
     * The Sobol indices of one factor, as fractions of the output variance, with bootstrap 95% intervals (NaN
     * without bootstrap). All values are NaN when the outputs do not vary.
     *
     * @param factor the factor's name
     * @param first first-order index {@code S_i}
     * @param firstCiLow lower end of the interval of {@code S_i}
     * @param firstCiHigh upper end of the interval of {@code S_i}
     * @param total total-order index {@code ST_i}
     * @param totalCiLow lower end of the interval of {@code ST_i}
     * @param totalCiHigh upper end of the interval of {@code ST_i}
     */
    public record Estimate(
            String factor,
            double first,
            double firstCiLow,
            double firstCiHigh,
            double total,
            double totalCiLow,
            double totalCiHigh) {}

    /**
     * A quasi-random design: row {@code j} of {@code [A | B]} is point {@code j} of the {@code 2k}-dimensional Sobol
     * sequence of Commons Math's {@link SobolSequenceGenerator} (Joe and Kuo direction numbers), starting with its
     * first point (the origin), so {@code A} is the first {@code k} columns and {@code B} the last {@code k}. No
     * randomness: the design depends only on {@code k} and {@code N}. A power of 2 for {@code N} keeps the
     * sequence's balance properties.
     *
     * @param factors the factors, 1 to {@link #MAX_SOBOL_FACTORS}, distinct names
     * @param baseSamples {@code N}, {@code >= 2}
     * @return the design
     * @throws NullPointerException if {@code factors} is null
     * @throws StatisticsArgumentException if {@code baseSamples < 2}, there are too many factors, or the factors are
     *     empty or repeat a name
     */
    public static Design design(List<Factor> factors, int baseSamples) {
        List<Factor> checked = Factor.checkedCopy(factors);
        checkBaseSamples(checked, baseSamples);
        int k = checked.size();
        if (k > MAX_SOBOL_FACTORS) {
            throw new StatisticsArgumentException(
                    "factors", "has " + k + " factors; the Sobol sequence supports at most " + MAX_SOBOL_FACTORS);
        }
        SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * k);
        double[][] a = new double[baseSamples][];
        double[][] b = new double[baseSamples][];
        for (int j = 0; j < baseSamples; j++) {
            double[] point = sequence.nextVector();
            a[j] = Arrays.copyOfRange(point, 0, k);
            b[j] = Arrays.copyOfRange(point, k, 2 * k);
        }
        return new Design(checked, a, b);
    }

    /**
     * A pseudo-random design: for each row {@code j} in turn, {@code k} draws of {@link RandomGenerator#nextDouble()}
     * fill row {@code j} of {@code A}, then {@code k} more fill row {@code j} of {@code B}.
     *
     * @param factors the factors, at least one, distinct names
     * @param baseSamples {@code N}, {@code >= 2}
     * @param rng the design's own generator
     * @return the design
     * @throws NullPointerException if an argument is null
     * @throws StatisticsArgumentException if {@code baseSamples < 2} or the factors are empty or repeat a name
     */
    public static Design design(List<Factor> factors, int baseSamples, RandomGenerator rng) {
        List<Factor> checked = Factor.checkedCopy(factors);
        Objects.requireNonNull(rng, "rng");
        checkBaseSamples(checked, baseSamples);
        int k = checked.size();
        double[][] a = new double[baseSamples][k];
        double[][] b = new double[baseSamples][k];
        for (int j = 0; j < baseSamples; j++) {
            for (int i = 0; i < k; i++) {
                a[j][i] = rng.nextDouble();
            }
            for (int i = 0; i < k; i++) {
                b[j][i] = rng.nextDouble();
            }
        }
        return new Design(checked, a, b);
    }

    /**
     * Sobol indices without bootstrap intervals.
     *
     * @param design the design the outputs were computed on
     * @param outputs the model output at each design point, in block order
     * @return one estimate per factor, in factor order
     * @throws NullPointerException if an argument is null
     * @throws LengthMismatchException if there is not one output per design point
     * @throws StatisticsArgumentException if an output is NaN or infinite
     */
    public static List<Estimate> analyse(Design design, double[] outputs) {
        return analyse(design, outputs, 0, null);
    }

    /**
     * Sobol indices with bootstrap 95% percentile intervals. Each resample draws {@code N} row indices with {@code
     * rng.nextInt(N)}, in order; the interval ends are the 2.5th and 97.5th percentiles (type 7) of the resampled
     * estimates.
     *
     * @param design the design the outputs were computed on
     * @param outputs the model output at each design point, in block order
     * @param resamples number of bootstrap resamples, {@code >= 0}; 0 gives NaN intervals (1000 is usual)
     * @param rng the bootstrap's own generator; may be null only when {@code resamples == 0}
     * @return one estimate per factor, in factor order
     * @throws NullPointerException if {@code design} or {@code outputs} is null, or {@code rng} is null while
     *     {@code resamples > 0}
     * @throws LengthMismatchException if there is not one output per design point
     * @throws StatisticsArgumentException if an output is NaN or infinite or {@code resamples < 0}
     */
    public static List<Estimate> analyse(Design design, double[] outputs, int resamples, RandomGenerator rng) {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(outputs, "outputs");
        if (outputs.length != design.size()) {
            throw new LengthMismatchException("outputs", outputs.length, "the design", design.size());
        }
        Samples.requireFinite(outputs, "outputs");
        Bootstrap.checkResamples(resamples, rng);
        int n = design.baseSamples();
        int k = design.factors().size();
        int[] all = new int[n];
        for (int j = 0; j < n; j++) {
            all[j] = j;
        }
        double[][] point = indices(outputs, n, k, all); // [0][i] = S_i, [1][i] = ST_i
        double[][][] resampled = new double[2][k][resamples];
        int[] draw = new int[n];
        for (int r = 0; r < resamples; r++) {
            Bootstrap.draw(draw, rng);
            double[][] estimate = indices(outputs, n, k, draw);
            for (int i = 0; i < k; i++) {
                resampled[0][i][r] = estimate[0][i];
                resampled[1][i][r] = estimate[1][i];
            }
        }
        List<Estimate> result = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double[] firstCi = Bootstrap.percentileInterval(resampled[0][i]);
            double[] totalCi = Bootstrap.percentileInterval(resampled[1][i]);
            result.add(new Estimate(
                    design.factors().get(i).name(),
                    point[0][i],
                    firstCi[0],
                    firstCi[1],
                    point[1][i],
                    totalCi[0],
                    totalCi[1]));
        }
        return result;
    }

    /**
     * The estimates as rows of {@code sensitivity.csv}: for each factor {@link #FIRST_ORDER} then {@link
     * #TOTAL_ORDER}, each with its interval.
     *
     * @param estimates the estimates, from {@link #analyse}
     * @param output the output's name
     * @return two rows per factor, in factor order
     * @throws NullPointerException if an argument is null
     */
    public static List<SensitivityIndex> indices(List<Estimate> estimates, String output) {
        Objects.requireNonNull(output, "output");
        List<SensitivityIndex> rows = new ArrayList<>(2 * estimates.size());
        for (Estimate e : estimates) {
            rows.add(new SensitivityIndex(
                    e.factor(), output, METHOD, FIRST_ORDER, e.first(), e.firstCiLow(), e.firstCiHigh()));
            rows.add(new SensitivityIndex(
                    e.factor(), output, METHOD, TOTAL_ORDER, e.total(), e.totalCiLow(), e.totalCiHigh()));
        }
        return rows;
    }

    /** First- and total-order estimates over the given rows (a row may repeat). */
    private static double[][] indices(double[] y, int n, int k, int[] rows) {
        int m = rows.length;
        // Variance of f(A) and f(B) together, divisor 2m; two passes for accuracy.
        double sum = 0.0;
        for (int j : rows) {
            sum += y[j] + y[n + j];
        }
        double mean = sum / (2.0 * m);
        double squares = 0.0;
        for (int j : rows) {
            double da = y[j] - mean;
            double db = y[n + j] - mean;
            squares += da * da + db * db;
        }
        double variance = squares / (2.0 * m);
        double[][] estimate = new double[2][k];
        for (int i = 0; i < k; i++) {
            int offset = (2 + i) * n;
            double first = 0.0;
            double total = 0.0;
            for (int j : rows) {
                double fA = y[j];
                double fB = y[n + j];
                double fAB = y[offset + j];
                first += fB * (fAB - fA);
                total += (fA - fAB) * (fA - fAB);
            }
            estimate[0][i] = variance > 0.0 ? first / m / variance : Double.NaN;
            estimate[1][i] = variance > 0.0 ? total / (2.0 * m) / variance : Double.NaN;
        }
        return estimate;
    }

    private static void checkBaseSamples(List<Factor> factors, int baseSamples) {
        if (baseSamples < 2) {
            throw new StatisticsArgumentException("baseSamples", "is " + baseSamples + "; allowed: >= 2");
        }
        long size = (long) baseSamples * (factors.size() + 2);
        if (size > Integer.MAX_VALUE) {
            throw new StatisticsArgumentException(
                    "baseSamples", "is " + baseSamples + "; the design would need " + size + " evaluations");
        }
    }
}
