package org.golivesim.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.golivesim.results.PerformanceTarget;
import org.golivesim.results.ResultsData;
import org.golivesim.results.RunRecord;
import org.golivesim.results.ScenarioPoint;

/**
 * Judges every configuration (scenario point × strategy) against performance targets and finds the cheapest one
 * that meets them all. A configuration's value of a metric is the mean over its successful runs in {@code
 * runs.csv}, ignoring missing cells.
 *
 * <p>Targets come from the manifest's {@code targets} object when it has one. Otherwise these defaults apply (and
 * the report states them): {@code availability} at least {@value #DEFAULT_MIN_AVAILABILITY}, and {@code
 * errors_per_1000_tasks} at most the median of that metric over all configurations. A target whose metric is not
 * a column of {@code runs.csv} cannot be judged; it is listed in {@link #notes()} and left out.
 */
public final class TargetAssessment {

    /** Default lower limit on mean availability when the manifest states no targets. */
    public static final double DEFAULT_MIN_AVAILABILITY = 0.995;

    /** Summary metric used to rank configurations by cost. */
    public static final String COST_METRIC = "cost_total_usd";

    /**
     * One scenario point run under one strategy, with the means of its summary metrics.
     *
     * @param pointId scenario point id
     * @param arm experiment arm
     * @param okRuns number of successful runs the means are taken over
     * @param means summary metric → mean over successful runs (NaN when no run has a value)
     */
    public record Configuration(int pointId, String arm, int okRuns, Map<String, Double> means) {

        /**
         * Copies the means.
         *
         * @param pointId scenario point id
         * @param arm experiment arm
         * @param okRuns number of successful runs the means are taken over
         * @param means summary metric → mean over successful runs (NaN when no run has a value)
         */
        public Configuration {
            means = Collections.unmodifiableMap(new LinkedHashMap<>(means));
        }

        /**
         * Returns the mean of one metric.
         *
         * @param metric summary metric column
         * @return the mean, NaN when unknown
         */
        public double mean(String metric) {
            Double v = means.get(metric);
            return v == null ? Double.NaN : v;
        }
    }

    private final List<PerformanceTarget> targets;
    private final boolean defaults;
    private final List<String> notes;
    private final List<Configuration> configurations;

    private TargetAssessment(
            List<PerformanceTarget> targets, boolean defaults, List<String> notes, List<Configuration> configurations) {
        this.targets = List.copyOf(targets);
        this.defaults = defaults;
        this.notes = List.copyOf(notes);
        this.configurations = List.copyOf(configurations);
    }

    /**
     * Summarises the runs and resolves the targets.
     *
     * @param data loaded results
     * @return the assessment
     */
    public static TargetAssessment assess(ResultsData data) {
        List<Configuration> configurations = new ArrayList<>();
        for (ScenarioPoint p : data.points()) {
            for (String s : data.arms()) {
                Map<String, Double> means = new LinkedHashMap<>();
                int ok = 0;
                double[] sums = new double[data.summaryMetrics().size()];
                int[] counts = new int[sums.length];
                for (RunRecord r : data.runs()) {
                    if (r.pointId() != p.id() || !r.arm().equals(s) || !r.ok()) {
                        continue;
                    }
                    ok++;
                    for (int i = 0; i < sums.length; i++) {
                        double v = r.metric(data.summaryMetrics().get(i));
                        if (!Double.isNaN(v)) {
                            sums[i] += v;
                            counts[i]++;
                        }
                    }
                }
                if (ok == 0) {
                    continue;
                }
                for (int i = 0; i < sums.length; i++) {
                    means.put(data.summaryMetrics().get(i), counts[i] == 0 ? Double.NaN : sums[i] / counts[i]);
                }
                configurations.add(new Configuration(p.id(), s, ok, means));
            }
        }
        List<String> notes = new ArrayList<>();
        List<PerformanceTarget> wanted = data.manifest().targets();
        boolean defaults = wanted.isEmpty();
        if (defaults) {
            wanted = new ArrayList<>();
            wanted.add(new PerformanceTarget(
                    "availability",
                    PerformanceTarget.Bound.MIN,
                    DEFAULT_MIN_AVAILABILITY,
                    "default: at least 99.5% availability, a common hospital service-level objective"));
            double[] errors = configurations.stream()
                    .mapToDouble(c -> c.mean("errors_per_1000_tasks"))
                    .filter(v -> !Double.isNaN(v))
                    .sorted()
                    .toArray();
            if (errors.length > 0) {
                wanted.add(new PerformanceTarget(
                        "errors_per_1000_tasks",
                        PerformanceTarget.Bound.MAX,
                        median(errors),
                        "default: no more errors than the median configuration of this batch"));
            }
        }
        List<PerformanceTarget> usable = new ArrayList<>();
        for (PerformanceTarget t : wanted) {
            if (data.summaryMetrics().contains(t.metric())) {
                usable.add(t);
            } else {
                notes.add("Target on " + t.metric() + " was not judged: runs.csv has no column of that name.");
            }
        }
        if (!data.summaryMetrics().contains(COST_METRIC)) {
            notes.add("runs.csv has no " + COST_METRIC + " column, so configurations cannot be ranked by cost.");
        }
        return new TargetAssessment(usable, defaults, notes, configurations);
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    /** @return the targets judged (those whose metric exists) */
    public List<PerformanceTarget> targets() {
        return targets;
    }

    /** @return true when the manifest stated no targets and the defaults were used */
    public boolean usesDefaultTargets() {
        return defaults;
    }

    /** @return remarks about targets that could not be judged or a missing cost column */
    public List<String> notes() {
        return notes;
    }

    /** @return every configuration with at least one successful run, by point then strategy */
    public List<Configuration> configurations() {
        return configurations;
    }

    /**
     * Tells whether a configuration meets every judged target.
     *
     * @param c a configuration
     * @return true when all targets are met (vacuously true with no targets)
     */
    public boolean meetsTargets(Configuration c) {
        return targets.stream().allMatch(t -> t.isMetBy(c.mean(t.metric())));
    }

    /**
     * Finds the cheapest configuration meeting every target; ties go to the lower point id, then as-given.
     *
     * @return the configuration, or empty when none meets the targets or cost is unknown
     */
    public Optional<Configuration> cheapestMeetingTargets() {
        return configurations.stream()
                .filter(this::meetsTargets)
                .filter(c -> !Double.isNaN(c.mean(COST_METRIC)))
                .min(Comparator.comparingDouble((Configuration c) -> c.mean(COST_METRIC))
                        .thenComparingInt(Configuration::pointId)
                        .thenComparingInt(configurations::indexOf));
    }

    /**
     * Chooses the scenario point whose curves the report shows first: the point of the cheapest configuration
     * meeting the targets, else the middle point by id.
     *
     * @param data loaded results
     * @return a point id listed in {@code points.csv}
     */
    public int focusPoint(ResultsData data) {
        Optional<Configuration> best = cheapestMeetingTargets();
        if (best.isPresent()) {
            return best.get().pointId();
        }
        int[] ids = data.points().stream().mapToInt(ScenarioPoint::id).toArray();
        Arrays.sort(ids);
        return ids[(ids.length - 1) / 2];
    }
}
