package org.golivesim.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The stopping rule behind {@code --target-precision}: keep adding replications until, for every chosen metric, the
 * half-width of the 95% confidence interval of the mean is at most {@code max(relativeTarget * |mean|,
 * absoluteFloor)}. The floor keeps metrics whose mean is near 0 (where any relative target is unreachable) from
 * demanding replications without end; it is in the metric's own unit, so one floor suits metrics of one scale.
 *
 * <p>When a metric misses its target, the number of replications it needs is estimated from the usual {@code 1 /
 * sqrt(n)} scaling of the half-width: {@code ceil(n * (halfWidth / target)^2)}, where {@code n} counts the metric's
 * non-NaN values. The suggestion for the batch is the largest shortfall over the metrics, capped so the total never
 * exceeds {@code maxReplications}. All methods are pure.
 *
 * @param relativeTarget largest acceptable half-width as a fraction of {@code |mean|} (e.g. 0.05); {@code >= 0}
 * @param absoluteFloor smallest target half-width in the metric's unit, used when {@code relativeTarget * |mean|} is
 *     smaller; {@code >= 0}
 * @param maxReplications the most replications the batch may run in total; {@code >= 2}
 */
public record SequentialPrecision(double relativeTarget, double absoluteFloor, int maxReplications) {

    /** Fewest non-NaN values with which a confidence interval, and so the rule, can be evaluated. */
    public static final int MIN_VALUES = 2;

    /**
     * @throws StatisticsArgumentException if a target is negative or not finite, both targets are 0 (the rule could
     *     then only stop at the cap), or {@code maxReplications < 2}
     */
    public SequentialPrecision {
        if (!(relativeTarget >= 0.0) || Double.isInfinite(relativeTarget)) {
            throw new StatisticsArgumentException(
                    "relativeTarget", "is " + relativeTarget + "; allowed: a finite number >= 0");
        }
        if (!(absoluteFloor >= 0.0) || Double.isInfinite(absoluteFloor)) {
            throw new StatisticsArgumentException(
                    "absoluteFloor", "is " + absoluteFloor + "; allowed: a finite number >= 0");
        }
        if (relativeTarget == 0.0 && absoluteFloor == 0.0) {
            throw new StatisticsArgumentException(
                    "relativeTarget", "and absoluteFloor are both 0; at least one must be positive");
        }
        if (maxReplications < MIN_VALUES) {
            throw new StatisticsArgumentException(
                    "maxReplications", "is " + maxReplications + "; allowed: an integer >= " + MIN_VALUES);
        }
    }

    /**
     * The precision reached by one metric.
     *
     * @param metric the metric's name
     * @param n number of non-NaN values
     * @param mean their mean, in the metric's unit
     * @param halfWidth half-width of the 95% confidence interval of the mean, in the metric's unit; NaN when {@code n
     *     < 2}
     * @param target the largest acceptable half-width, {@code max(relativeTarget * |mean|, absoluteFloor)}
     * @param met whether {@code halfWidth <= target}; false when {@code n < 2}
     * @param valuesNeeded estimated number of non-NaN values that would meet the target: {@code n} when met, {@link
     *     #MIN_VALUES} when {@code n < 2}, otherwise {@link #valuesNeeded(int, double, double)}; not capped
     */
    public record MetricPrecision(
            String metric, int n, double mean, double halfWidth, double target, boolean met, long valuesNeeded) {}

    /**
     * The decision after the replications run so far.
     *
     * @param satisfied every chosen metric met its target
     * @param replications replications run so far (the common length of the value arrays)
     * @param additionalReplications how many more to run: 0 when satisfied or at the cap, otherwise the largest
     *     shortfall {@code valuesNeeded - n} over the metrics, capped at {@code maxReplications - replications}
     * @param capReached the target is not met but {@code replications >= maxReplications}, so the batch must stop
     *     short of it
     * @param metrics the precision of each chosen metric, in the order asked
     */
    public record Decision(
            boolean satisfied,
            int replications,
            int additionalReplications,
            boolean capReached,
            List<MetricPrecision> metrics) {
        /** Copies {@code metrics}. */
        public Decision {
            metrics = List.copyOf(metrics);
        }
    }

    /**
     * Assesses one metric against the target.
     *
     * @param metric the metric's name, carried into the result
     * @param values one value per replication so far; NaN marks a replication where the metric is undefined
     * @return the precision reached
     * @throws NullPointerException if an argument is null
     * @throws StatisticsArgumentException if a value is infinite
     */
    public MetricPrecision assess(String metric, double[] values) {
        Objects.requireNonNull(metric, "metric");
        Summary s = Summary.of(values);
        double target = Math.max(relativeTarget * Math.abs(s.mean()), absoluteFloor);
        if (s.n() < MIN_VALUES) {
            return new MetricPrecision(metric, s.n(), s.mean(), s.halfWidth(), target, false, MIN_VALUES);
        }
        boolean met = s.halfWidth() <= target;
        long needed = met ? s.n() : valuesNeeded(s.n(), s.halfWidth(), target);
        return new MetricPrecision(metric, s.n(), s.mean(), s.halfWidth(), target, met, needed);
    }

    /**
     * Decides whether the chosen metrics are precise enough and, if not, how many more replications to run.
     *
     * @param valuesByMetric one array per metric, one value per replication so far (NaN where undefined); the arrays
     *     of the chosen metrics must all have the same length, the number of replications run
     * @param metrics the metrics the target applies to, at least one; assessed in this order
     * @return the decision
     * @throws NullPointerException if an argument is null
     * @throws StatisticsArgumentException if {@code metrics} is empty, names a metric missing from {@code
     *     valuesByMetric}, or a value is infinite
     * @throws LengthMismatchException if the chosen metrics' arrays differ in length
     */
    public Decision decide(Map<String, double[]> valuesByMetric, Collection<String> metrics) {
        Objects.requireNonNull(valuesByMetric, "valuesByMetric");
        Objects.requireNonNull(metrics, "metrics");
        if (metrics.isEmpty()) {
            throw new StatisticsArgumentException("metrics", "is empty; choose at least one metric");
        }
        String first = null;
        int replications = -1;
        List<MetricPrecision> assessed = new ArrayList<>();
        for (String metric : metrics) {
            double[] values = valuesByMetric.get(metric);
            if (values == null) {
                throw new StatisticsArgumentException(
                        "metrics", "names '" + metric + "', which has no values; known: " + valuesByMetric.keySet());
            }
            if (first == null) {
                first = metric;
                replications = values.length;
            } else if (values.length != replications) {
                throw new LengthMismatchException(metric, values.length, first, replications);
            }
            assessed.add(assess(metric, values));
        }
        boolean satisfied = assessed.stream().allMatch(MetricPrecision::met);
        if (satisfied) {
            return new Decision(true, replications, 0, false, assessed);
        }
        int room = Math.max(0, maxReplications - replications);
        long shortfall = 0;
        for (MetricPrecision m : assessed) {
            shortfall = Math.max(shortfall, m.valuesNeeded() - m.n());
        }
        int additional = (int) Math.min(shortfall, room);
        return new Decision(false, replications, additional, room == 0, assessed);
    }

    /**
     * Estimated number of values for a 95% half-width of {@code target}, given a half-width of {@code halfWidth}
     * from {@code n} values and the {@code 1 / sqrt(n)} scaling: {@code ceil(n * (halfWidth / target)^2)}. When the
     * half-width misses the target the result is at least {@code n + 1}, so a rule driven by it always progresses.
     *
     * @param n values so far, {@code >= 1}
     * @param halfWidth half-width reached, {@code >= 0}, in the metric's unit
     * @param target half-width wanted, {@code >= 0}, in the metric's unit
     * @return the estimated number of values, at least {@code n}; {@link Long#MAX_VALUE} when the target is 0 and
     *     the half-width is not
     * @throws StatisticsArgumentException if {@code n < 1} or a half-width is negative or NaN
     */
    public static long valuesNeeded(int n, double halfWidth, double target) {
        if (n < 1) {
            throw new StatisticsArgumentException("n", "is " + n + "; allowed: an integer >= 1");
        }
        if (!(halfWidth >= 0.0)) {
            throw new StatisticsArgumentException("halfWidth", "is " + halfWidth + "; allowed: a number >= 0");
        }
        if (!(target >= 0.0)) {
            throw new StatisticsArgumentException("target", "is " + target + "; allowed: a number >= 0");
        }
        if (halfWidth <= target) {
            return n;
        }
        double ratio = halfWidth / target;
        double estimate = Math.ceil(n * ratio * ratio);
        if (!(estimate < Long.MAX_VALUE)) {
            return Long.MAX_VALUE;
        }
        return Math.max((long) estimate, n + 1L);
    }
}
