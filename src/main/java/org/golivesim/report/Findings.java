package org.golivesim.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.golivesim.results.ResultsData;
import org.golivesim.results.RunRecord;
import org.golivesim.stats.PairedComparison;

/**
 * What the report's decision rests on, computed from {@code runs.csv} (per-run values, paired over replications that
 * share a seed) and the resolved cost parameters: the cost split into cash and valued harm for each configuration,
 * the paired difference of each arm from the reference arm in cash, in each valued item and in the counts behind
 * them, the cost per avoided event, the break-even value of each valued item, and the chance of at least one rare,
 * heavy event per configuration with a Wilson interval.
 *
 * <p>Cash is every {@code cost_*_usd} column other than the sums ({@code cost_total_usd}, {@code cost_cash_usd},
 * {@code cost_valued_usd}) and the valued items; the valued items are harm ({@code cost_harm_usd} = harm events ×
 * {@code costs.harmEventUsd}), downtime ({@code cost_downtime_usd}), breaches ({@code cost_breach_usd}) and compliance
 * penalties ({@code cost_compliance_penalties_usd}), as the model splits them (observe.DailyMetric cashCost and
 * valuedCost). A column that is absent contributes nothing.
 */
final class Findings {

    /** Valued (not cash) cost items: their cost column, the count behind it and the parameter that values it. */
    enum Valued {
        /** Patient-harm events valued at {@code costs.harmEventUsd} each. */
        HARM("cost_harm_usd", "harm_events", "costs.harmEventUsd", "patient-harm event"),
        /** Unplanned downtime valued at {@code costs.unplannedDowntimeUsdPerHour}. */
        DOWNTIME("cost_downtime_usd", "unplanned_downtime_hours", "costs.unplannedDowntimeUsdPerHour", "downtime hour"),
        /** Breaches valued at {@code costs.breachFixedUsd} plus a cost per record. */
        BREACH("cost_breach_usd", "breaches", "costs.breachFixedUsd", "breach"),
        /** Penalties for breaches notified after the deadline, {@code costs.lateNotificationPenaltyUsd} each. */
        PENALTIES(
                "cost_compliance_penalties_usd",
                "late_notifications",
                "costs.lateNotificationPenaltyUsd",
                "late breach notification");

        final String costColumn;
        final String countColumn;
        final String parameter;
        final String unitName;

        Valued(String costColumn, String countColumn, String parameter, String unitName) {
            this.costColumn = costColumn;
            this.countColumn = countColumn;
            this.parameter = parameter;
            this.unitName = unitName;
        }
    }

    /** Cost columns that are sums of other cost columns, never items of their own. */
    static final List<String> AGGREGATES = List.of("cost_total_usd", "cost_cash_usd", "cost_valued_usd");

    /** Rare, heavy events whose chance of happening at least once is reported. */
    static final List<String> RARE_EVENTS =
            List.of("breaches", "ransomware_events", "outages_over_8h_per_year", "ransomware_downtime_hours");

    /**
     * Means of one configuration's cost items.
     *
     * @param cash mean cash cost
     * @param valued mean valued cost per item (absent columns are missing)
     * @param total mean total cost (cost_total_usd), NaN when absent
     */
    record CostSplit(double cash, Map<Valued, Double> valued, double total) {
        double valuedSum() {
            return valued.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /**
     * An arm against the reference arm at one point, each quantity a paired difference arm − reference.
     *
     * @param arm the arm
     * @param cash cash cost difference
     * @param valuedCost difference of each valued item's cost
     * @param counts difference of each valued item's count
     * @param total total cost difference
     */
    record Versus(
            String arm,
            PairedComparison cash,
            Map<Valued, PairedComparison> valuedCost,
            Map<Valued, PairedComparison> counts,
            PairedComparison total) {

        /**
         * The value of one unit of an item at which the arm's total cost equals the reference's: the other cost
         * differences divided by the avoided units. NaN when the arm does not avoid that item.
         */
        double breakEven(Valued item) {
            PairedComparison n = counts.get(item);
            PairedComparison c = valuedCost.get(item);
            if (n == null || c == null || !(n.meanDifference() < 0)) {
                return Double.NaN;
            }
            double others = total.meanDifference() - c.meanDifference();
            return Math.max(0, others / -n.meanDifference());
        }

        /** Cash spent per unit of an item avoided; NaN when the arm does not avoid it or saves cash. */
        double cashPerAvoided(Valued item) {
            PairedComparison n = counts.get(item);
            if (n == null || !(n.meanDifference() < 0) || !(cash.meanDifference() > 0)) {
                return Double.NaN;
            }
            return cash.meanDifference() / -n.meanDifference();
        }

        /** The paired total cost difference if one unit of the item were valued at {@code value} USD instead. */
        PairedComparison totalIfValued(Valued item, double value, Findings f, int pointId, String reference) {
            return f.paired(pointId, arm, reference, r -> {
                double t = r.metric("cost_total_usd");
                double c = r.metric(item.costColumn);
                double n = r.metric(item.countColumn);
                return t - c + value * n;
            });
        }
    }

    /**
     * The chance that a configuration has at least one event of a kind in the simulated horizon.
     *
     * @param metric the count column
     * @param runs successful runs with a value
     * @param withEvent runs where the count is above zero
     * @param low lower end of the 95% Wilson interval
     * @param high upper end
     */
    record Chance(String metric, int runs, int withEvent, double low, double high) {
        double share() {
            return runs == 0 ? Double.NaN : (double) withEvent / runs;
        }
    }

    private final ResultsData data;
    private final Map<String, List<RunRecord>> okRuns = new HashMap<>();

    Findings(ResultsData data) {
        this.data = data;
        for (RunRecord r : data.runs()) {
            if (r.ok()) {
                okRuns.computeIfAbsent(r.pointId() + "/" + r.arm(), k -> new ArrayList<>())
                        .add(r);
            }
        }
    }

    private List<RunRecord> runs(int pointId, String arm) {
        return okRuns.getOrDefault(pointId + "/" + arm, List.of());
    }

    /** Tells whether runs.csv has the cost columns needed to split cash from valued harm. */
    boolean hasCostSplit() {
        return data.summaryMetrics().contains("cost_total_usd")
                && data.summaryMetrics().stream().anyMatch(m -> isCash(m));
    }

    private boolean isCash(String column) {
        if (!column.startsWith("cost_") || !column.endsWith("_usd") || AGGREGATES.contains(column)) {
            return false;
        }
        for (Valued v : Valued.values()) {
            if (v.costColumn.equals(column)) {
                return false;
            }
        }
        return true;
    }

    /** The cash columns present in runs.csv. */
    List<String> cashColumns() {
        return data.summaryMetrics().stream().filter(this::isCash).toList();
    }

    /** The valued items whose cost column is present in runs.csv. */
    List<Valued> valuedItems() {
        List<Valued> out = new ArrayList<>();
        for (Valued v : Valued.values()) {
            if (data.summaryMetrics().contains(v.costColumn)) {
                out.add(v);
            }
        }
        return out;
    }

    private double cash(RunRecord r) {
        double s = 0;
        for (String c : cashColumns()) {
            double v = r.metric(c);
            if (!Double.isNaN(v)) {
                s += v;
            }
        }
        return s;
    }

    /** Mean cost split of one configuration; empty when it has no successful run. */
    Optional<CostSplit> costSplit(int pointId, String arm) {
        List<RunRecord> rs = runs(pointId, arm);
        if (rs.isEmpty()) {
            return Optional.empty();
        }
        Map<Valued, Double> valued = new LinkedHashMap<>();
        for (Valued v : valuedItems()) {
            valued.put(v, mean(rs, r -> r.metric(v.costColumn)));
        }
        return Optional.of(new CostSplit(mean(rs, this::cash), valued, mean(rs, r -> r.metric("cost_total_usd"))));
    }

    /** The paired comparison of an arm with the reference at one point; empty without pairs. */
    Optional<Versus> versus(int pointId, String arm, String reference) {
        if (!hasCostSplit()) {
            return Optional.empty();
        }
        PairedComparison cash = paired(pointId, arm, reference, this::cash);
        if (cash.nPairs() == 0) {
            return Optional.empty();
        }
        Map<Valued, PairedComparison> cost = new LinkedHashMap<>();
        Map<Valued, PairedComparison> counts = new LinkedHashMap<>();
        for (Valued v : valuedItems()) {
            cost.put(v, paired(pointId, arm, reference, r -> r.metric(v.costColumn)));
            if (data.summaryMetrics().contains(v.countColumn)) {
                counts.put(v, paired(pointId, arm, reference, r -> r.metric(v.countColumn)));
            }
        }
        return Optional.of(
                new Versus(arm, cash, cost, counts, paired(pointId, arm, reference, r -> r.metric("cost_total_usd"))));
    }

    /** A per-run quantity, paired over replications of an arm and the reference at one point (arm − reference). */
    PairedComparison paired(
            int pointId, String arm, String reference, java.util.function.ToDoubleFunction<RunRecord> f) {
        Map<Integer, RunRecord> ref = new HashMap<>();
        for (RunRecord r : runs(pointId, reference)) {
            ref.put(r.replication(), r);
        }
        List<double[]> pairs = new ArrayList<>();
        for (RunRecord r : runs(pointId, arm)) {
            RunRecord b = ref.get(r.replication());
            if (b != null) {
                pairs.add(new double[] {f.applyAsDouble(r), f.applyAsDouble(b)});
            }
        }
        double[] a = new double[pairs.size()];
        double[] b = new double[pairs.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = finiteOrNaN(pairs.get(i)[0]);
            b[i] = finiteOrNaN(pairs.get(i)[1]);
        }
        return PairedComparison.of(a, b);
    }

    private static double finiteOrNaN(double v) {
        return Double.isFinite(v) ? v : Double.NaN;
    }

    /** The chance of at least one event (a count above zero) in one configuration; empty without the column. */
    Optional<Chance> chance(int pointId, String arm, String metric) {
        if (!data.summaryMetrics().contains(metric)) {
            return Optional.empty();
        }
        int n = 0;
        int k = 0;
        for (RunRecord r : runs(pointId, arm)) {
            double v = r.metric(metric);
            if (!Double.isNaN(v)) {
                n++;
                if (v > 0) {
                    k++;
                }
            }
        }
        if (n == 0) {
            return Optional.empty();
        }
        ConfidenceInterval ci = new WilsonScoreInterval().createInterval(n, k, 0.95);
        return Optional.of(new Chance(metric, n, k, Math.max(0, ci.getLowerBound()), Math.min(1, ci.getUpperBound())));
    }

    /** Values of a metric over one configuration's successful runs, sorted; NaN values left out. */
    double[] values(int pointId, String arm, String metric) {
        return runs(pointId, arm).stream()
                .mapToDouble(r -> r.metric(metric))
                .filter(v -> !Double.isNaN(v))
                .sorted()
                .toArray();
    }

    /** The median of sorted values; NaN when empty. */
    static double median(double[] sorted) {
        return sorted.length == 0 ? Double.NaN : TargetAssessment.median(sorted);
    }

    /** The value of a resolved parameter as a number; NaN when absent or not a number. */
    double parameter(String key) {
        String v = data.manifest().resolvedParameters().get(key);
        if (v == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double mean(List<RunRecord> rs, java.util.function.ToDoubleFunction<RunRecord> f) {
        double s = 0;
        int n = 0;
        for (RunRecord r : rs) {
            double v = f.applyAsDouble(r);
            if (!Double.isNaN(v)) {
                s += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }
}
