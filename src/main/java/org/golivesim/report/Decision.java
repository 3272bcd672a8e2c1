package org.golivesim.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.golivesim.results.ComparisonRow;
import org.golivesim.results.PerformanceTarget;
import org.golivesim.results.ResultsData;

/**
 * The report's first screen in sentences, generated from the results: which configuration to choose under the
 * stated targets (or, when none meets them, the nearest and what each lacks; default targets that no configuration
 * reaches are set aside and said so), what each arm changes against the reference arm at that point with the 95%
 * confidence interval and a plain "not clear" when the interval spans zero, what it costs in cash against the harm it
 * avoids, the break-even value of a harm event, and the chance of a breach. A batch with one arm gets a description
 * of its outcomes without comparison wording.
 */
final class Decision {

    /** Outcomes named in the effect sentence, in order; absent metrics are skipped. */
    static final List<String> KEY_OUTCOMES = List.of(
            "errors_per_1000_tasks",
            "harm_events",
            "unplanned_downtime_hours",
            "breaches",
            "ransomware_events",
            "mean_wait_hours",
            "system_use_share",
            "change_incidents");

    /** Outcomes whose effect reads best relative to the reference level ("24% fewer errors"). */
    private static final List<String> RELATIVE = List.of("errors_per_1000_tasks", "mean_wait_hours");

    /** Most non-reference arms described on the first screen. */
    static final int MAX_ARMS = 4;

    private final List<Prose> sentences = new ArrayList<>();
    private final List<Prose> details = new ArrayList<>();
    private final int focusPoint;
    private final TargetAssessment.Configuration chosen;
    private final List<PerformanceTarget> setAside = new ArrayList<>();

    private Decision(int focusPoint, TargetAssessment.Configuration chosen) {
        this.focusPoint = focusPoint;
        this.chosen = chosen;
    }

    /** The headline sentences, most important first. */
    List<Prose> sentences() {
        return sentences;
    }

    /** Further sentences for the first screen (targets set aside, nearest configurations). */
    List<Prose> details() {
        return details;
    }

    /** The point the report focuses on: the chosen configuration's point. */
    int focusPoint() {
        return focusPoint;
    }

    /** The chosen configuration, if any. */
    Optional<TargetAssessment.Configuration> chosen() {
        return Optional.ofNullable(chosen);
    }

    /** Targets set aside because no configuration reaches them (defaults only). */
    List<PerformanceTarget> setAside() {
        return setAside;
    }

    static Decision of(ResultsData data, TargetAssessment a, Findings f) {
        List<PerformanceTarget> targets = new ArrayList<>(a.targets());
        List<PerformanceTarget> unreachable = new ArrayList<>();
        for (PerformanceTarget t : targets) {
            if (a.configurations().stream().noneMatch(c -> t.isMetBy(c.mean(t.metric())))) {
                unreachable.add(t);
            }
        }
        List<PerformanceTarget> judged = new ArrayList<>(targets);
        if (a.usesDefaultTargets()) {
            judged.removeAll(unreachable);
        }
        List<TargetAssessment.Configuration> meeting = a.configurations().stream()
                .filter(c -> judged.stream().allMatch(t -> t.isMetBy(c.mean(t.metric()))))
                .filter(c -> !Double.isNaN(c.mean(TargetAssessment.COST_METRIC)))
                .sorted(Comparator.comparingDouble(
                                (TargetAssessment.Configuration c) -> c.mean(TargetAssessment.COST_METRIC))
                        .thenComparingInt(TargetAssessment.Configuration::pointId)
                        .thenComparingInt(c -> data.arms().indexOf(c.arm())))
                .toList();
        TargetAssessment.Configuration chosen = meeting.isEmpty() ? null : meeting.get(0);
        int focus = chosen != null ? chosen.pointId() : a.focusPoint(data);
        Decision d = new Decision(focus, chosen);
        if (a.usesDefaultTargets()) {
            d.setAside.addAll(unreachable);
        }
        boolean oneArm = data.arms().size() <= 1;
        boolean onePoint = data.points().size() <= 1;
        String horizon = horizon(f);

        // 1. the choice
        if (!onePoint || !oneArm) {
            Prose p = new Prose();
            if (chosen != null) {
                p.t("Recommended: ")
                        .strong(configurationName(data, chosen, oneArm))
                        .t(
                                judged.isEmpty()
                                        ? ", the cheapest configuration"
                                        : ", the cheapest configuration that meets " + targetWords(judged))
                        .t(", at a mean total cost of ")
                        .value(Html.money(chosen.mean(TargetAssessment.COST_METRIC)))
                        .t(" over " + horizon + ".");
            } else if (a.configurations().isEmpty()) {
                p.t("No run completed, so no configuration can be recommended.");
            } else {
                p.t("No configuration meets every target (" + targetWords(judged) + "). The nearest are listed below"
                        + " with what each lacks.");
                nearest(data, a, judged, oneArm, d);
            }
            d.sentences.add(p);
            for (PerformanceTarget t : d.setAside) {
                MetricInfo info = MetricInfo.of(t.metric());
                double best = a.configurations().stream()
                        .mapToDouble(c -> c.mean(t.metric()))
                        .filter(v -> !Double.isNaN(v))
                        .reduce(t.bound() == PerformanceTarget.Bound.MIN ? Math::max : Math::min)
                        .orElse(Double.NaN);
                d.details.add(new Prose()
                        .t("The default target of " + lowerFirst(info.name()) + " "
                                + (t.bound() == PerformanceTarget.Bound.MIN ? "at least " : "at most ")
                                + Html.withUnit(info, t.threshold())
                                + " is out of reach at every configuration (best: ")
                        .value(Html.withUnit(info, best))
                        .t("), so it was set aside and the recommendation is the best trade-off of the rest."));
            }
        }

        // 2. what each arm changes at the focus point
        if (!oneArm) {
            int described = 0;
            for (String arm : data.arms()) {
                if (arm.equals(data.referenceArm()) || described == MAX_ARMS) {
                    continue;
                }
                described++;
                armSentences(data, f, d, arm, focus, horizon);
            }
        } else {
            oneArmSentences(data, f, d, focus, horizon);
        }
        return d;
    }

    private static void nearest(
            ResultsData data, TargetAssessment a, List<PerformanceTarget> judged, boolean oneArm, Decision d) {
        List<TargetAssessment.Configuration> rows = new ArrayList<>(a.configurations());
        rows.sort(Comparator.comparingLong((TargetAssessment.Configuration c) -> judged.stream()
                        .filter(t -> !t.isMetBy(c.mean(t.metric())))
                        .count())
                .thenComparingDouble(c -> shortfall(c, judged))
                .thenComparingDouble(c -> c.mean(TargetAssessment.COST_METRIC)));
        for (TargetAssessment.Configuration c : rows.subList(0, Math.min(3, rows.size()))) {
            List<String> lacks = new ArrayList<>();
            for (PerformanceTarget t : judged) {
                double v = c.mean(t.metric());
                if (!t.isMetBy(v)) {
                    MetricInfo info = MetricInfo.of(t.metric());
                    lacks.add(lowerFirst(info.name()) + " " + Html.withUnit(info, v) + " (target "
                            + (t.bound() == PerformanceTarget.Bound.MIN ? "at least " : "at most ")
                            + Html.withUnit(info, t.threshold()) + ")");
                }
            }
            d.details.add(new Prose()
                    .strong(configurationName(data, c, oneArm))
                    .t(": mean total cost ")
                    .value(Html.money(c.mean(TargetAssessment.COST_METRIC)))
                    .t("; lacks " + String.join(" and ", lacks) + "."));
        }
    }

    /** Sum over unmet targets of the relative distance to the threshold. */
    private static double shortfall(TargetAssessment.Configuration c, List<PerformanceTarget> targets) {
        double s = 0;
        for (PerformanceTarget t : targets) {
            double v = c.mean(t.metric());
            if (!t.isMetBy(v)) {
                double scale = Math.max(Math.abs(t.threshold()), 1e-9);
                s += Double.isNaN(v) ? 1e9 : Math.abs(v - t.threshold()) / scale;
            }
        }
        return s;
    }

    private static String targetWords(List<PerformanceTarget> targets) {
        if (targets.isEmpty()) {
            return "no targets";
        }
        List<String> parts = new ArrayList<>();
        for (PerformanceTarget t : targets) {
            MetricInfo info = MetricInfo.of(t.metric());
            parts.add(lowerFirst(info.name()) + " "
                    + (t.bound() == PerformanceTarget.Bound.MIN ? "at least " : "at most ")
                    + Html.withUnit(info, t.threshold()));
        }
        return "the targets (" + String.join("; ", parts) + ")";
    }

    static String configurationName(ResultsData data, TargetAssessment.Configuration c, boolean oneArm) {
        String point = data.points().size() > 1
                ? data.point(c.pointId()).map(PointNames::name).orElse("point " + c.pointId())
                : "";
        String arm = oneArm ? "" : ArmStyle.displayName(data, c.arm());
        if (point.isEmpty()) {
            return arm.isEmpty() ? "the scenario as given" : arm;
        }
        return arm.isEmpty() ? point : arm + " with " + lowerFirst(point);
    }

    private static String horizon(Findings f) {
        double months = f.parameter("horizonMonths");
        return Double.isNaN(months) ? "the simulated period" : "the " + Html.num(months) + " months after go-live";
    }

    private static void armSentences(ResultsData data, Findings f, Decision d, String arm, int focus, String horizon) {
        String ref = ArmStyle.displayName(data, data.referenceArm()).toLowerCase(Locale.ROOT);
        List<String> clear = new ArrayList<>();
        Prose better = new Prose();
        Prose unclear = new Prose();
        int nBetter = 0;
        int nUnclear = 0;
        for (String metric : KEY_OUTCOMES) {
            Optional<ComparisonRow> oc = data.comparison(focus, arm, metric);
            if (oc.isEmpty() || !Double.isFinite(oc.get().meanDifference())) {
                continue;
            }
            ComparisonRow c = oc.get();
            MetricInfo info = MetricInfo.of(metric);
            if (c.meanDifference() == 0 && c.ciLow() == 0 && c.ciHigh() == 0) {
                continue; // the same in every pair: nothing to say
            }
            if (!c.isClear() && nUnclear == 3) {
                continue;
            }
            if (c.isClear()) {
                boolean lower = c.meanDifference() < 0;
                if (nBetter++ > 0) {
                    better.t("; ");
                }
                better.t((lower ? "lowers " : "raises ") + lowerFirst(info.name()) + " by ");
                effect(better, c, info);
                clear.add(metric);
            } else {
                if (nUnclear++ > 0) {
                    unclear.t("; ");
                }
                unclear.t(lowerFirst(info.name()) + " (");
                unclearEffect(unclear, c, info);
                unclear.t(")");
            }
        }
        Prose s = new Prose();
        String where = data.points().size() > 1
                ? " at "
                        + data.point(focus)
                                .map(PointNames::name)
                                .map(Decision::lowerFirst)
                                .orElse("")
                : "";
        s.t("Compared with " + ref + where + ", ").strong(armSubject(arm));
        if (nBetter > 0) {
            s.t(" ");
            append(s, better);
            s.t(nUnclear > 0 ? ". It makes no clear difference to " : ".");
        } else {
            s.t(nUnclear > 0 ? " makes no clear difference to " : " was not compared on the key outcomes.");
        }
        if (nUnclear > 0) {
            append(s, unclear);
            s.t(".");
        }
        d.sentences.add(s);
        costSentence(data, f, d, arm, focus, horizon);
        chanceSentence(data, f, d, focus, horizon);
    }

    private static void costSentence(ResultsData data, Findings f, Decision d, String arm, int focus, String horizon) {
        Optional<Findings.Versus> ov = f.versus(focus, arm, data.referenceArm());
        Optional<ComparisonRow> total = data.comparison(focus, arm, TargetAssessment.COST_METRIC);
        if (ov.isEmpty() || total.isEmpty()) {
            return;
        }
        Findings.Versus v = ov.get();
        double cash = v.cash().meanDifference();
        double valued = 0;
        for (org.golivesim.stats.PairedComparison c : v.valuedCost().values()) {
            valued += c.meanDifference();
        }
        Prose s = new Prose();
        s.t("In cash it ")
                .t(cash >= 0 ? "costs " : "saves ")
                .value(Html.money(Math.abs(cash)))
                .t(cash >= 0 ? " more" : "")
                .t(" over " + horizon + (valued <= 0 ? " and avoids " : " and adds "))
                .value(Html.money(Math.abs(valued)))
                .t(" of valued harm");
        org.golivesim.stats.PairedComparison harm = v.counts().get(Findings.Valued.HARM);
        double harmValue = f.parameter(Findings.Valued.HARM.parameter);
        if (harm != null && Double.isFinite(harm.meanDifference()) && !Double.isNaN(harmValue)) {
            s.t(" (" + (harm.meanDifference() <= 0 ? "" : "") + Html.num(round(Math.abs(harm.meanDifference())))
                    + (harm.meanDifference() <= 0 ? " fewer" : " more") + " patient-harm events, each valued at "
                    + Html.money(harmValue) + ", an assumption)");
        }
        ComparisonRow t = total.get();
        MetricInfo info = MetricInfo.of(TargetAssessment.COST_METRIC);
        if (t.isClear()) {
            s.t(t.meanDifference() < 0 ? "; in all, total cost is lower by " : "; in all, total cost is higher by ");
            effect(s, t, info);
            s.t(".");
        } else {
            s.t("; whether total cost is lower is not clear (");
            unclearEffect(s, t, info);
            s.t(").");
        }
        d.sentences.add(s);
        if (harm != null && data.summaryMetrics().contains(Findings.Valued.HARM.costColumn)) {
            double be = v.breakEven(Findings.Valued.HARM);
            Prose b = new Prose();
            if (Double.isNaN(be)) {
                if (!(cash < 0)) {
                    b.t("It does not avoid patient-harm events here, so no harm valuation makes it pay for itself.");
                }
            } else if (be == 0) {
                b.t("It saves money even if patient harm is given no value at all.");
            } else {
                b.t("It pays for itself if a patient-harm event is valued above ")
                        .value(Html.money(be))
                        .t(" (this scenario values one at " + Html.money(harmValue) + ").");
            }
            if (!b.isEmpty()) {
                d.sentences.add(b);
            }
        }
    }

    private static void chanceSentence(ResultsData data, Findings f, Decision d, int focus, String horizon) {
        for (String metric : List.of("breaches", "ransomware_events")) {
            List<Findings.Chance> chances = new ArrayList<>();
            for (String arm : data.arms()) {
                f.chance(focus, arm, metric).ifPresent(chances::add);
            }
            if (chances.isEmpty()
                    || chances.stream().allMatch(c -> c.withEvent() == 0) && metric.equals("ransomware_events")) {
                continue;
            }
            Prose s = new Prose();
            s.t("Chance of at least one " + (metric.equals("breaches") ? "security breach" : "ransomware attack")
                    + " in " + horizon + ": ");
            for (int i = 0; i < chances.size(); i++) {
                Findings.Chance c = chances.get(i);
                if (i > 0) {
                    s.t(i == chances.size() - 1 ? " and " : ", ");
                }
                s.value(Html.chance(c.share()));
                if (data.arms().size() > 1) {
                    s.t(" " + armPhrase(data, data.arms().get(i)));
                }
                s.t(" (" + c.withEvent() + " of " + c.runs() + " runs; 95% CI " + Html.chance(c.low()) + " to "
                        + Html.chance(c.high()) + ")");
            }
            s.t(".");
            d.sentences.add(s);
        }
    }

    /** The arm as the subject of a sentence: "the dedicated team", "all in house". */
    static String armSubject(String arm) {
        String name = ArmStyle.displayName(arm).toLowerCase(Locale.ROOT);
        return arm.equals("dedicated-team") ? "the " + name : name;
    }

    private static String armPhrase(ResultsData data, String arm) {
        String name = ArmStyle.displayName(data, arm).toLowerCase(Locale.ROOT);
        return arm.equals("as-given") ? "as given" : "with " + (arm.equals("dedicated-team") ? "the " : "") + name;
    }

    private static void oneArmSentences(ResultsData data, Findings f, Decision d, int focus, String horizon) {
        String arm = data.arms().isEmpty() ? "" : data.arms().get(0);
        Optional<Findings.CostSplit> cs = f.costSplit(focus, arm);
        Prose s = new Prose();
        s.t("Over " + horizon);
        if (data.points().size() > 1) {
            s.t(", at "
                    + data.point(focus)
                            .map(PointNames::name)
                            .map(Decision::lowerFirst)
                            .orElse(""));
        }
        s.t(", ");
        if (cs.isPresent() && !Double.isNaN(cs.get().total())) {
            s.t("the mean total cost is ").value(Html.money(cs.get().total()));
            if (f.hasCostSplit()) {
                s.t(" (")
                        .value(Html.money(cs.get().cash()))
                        .t(" in cash and ")
                        .value(Html.money(cs.get().valuedSum()))
                        .t(" valued harm)");
            }
            s.t("; ");
        }
        List<String> parts = new ArrayList<>();
        for (String metric : List.of("errors_per_1000_tasks", "harm_events", "mean_wait_hours")) {
            double[] v = f.values(focus, arm, metric);
            if (v.length > 0) {
                MetricInfo info = MetricInfo.of(metric);
                parts.add(lowerFirst(info.name()) + " " + Html.withUnit(info, mean(v)));
            }
        }
        double[] down = f.values(focus, arm, "unplanned_downtime_hours");
        if (down.length > 0) {
            parts.add("unplanned downtime " + Html.hours(Findings.median(down)) + " in the median run ("
                    + Html.hours(mean(down)) + " on average)");
        }
        s.t(parts.isEmpty() ? "no outcome columns were recorded." : String.join("; ", parts) + ".");
        d.sentences.add(s);
        chanceSentence(data, f, d, focus, horizon);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Appends a clear effect's size and interval, e.g. "24% (95% CI 21% to 27%)". */
    private static void effect(Prose s, ComparisonRow c, MetricInfo info) {
        boolean relative = RELATIVE.contains(c.metric()) && c.meanReference() > 0;
        String scale = relative ? "relative" : "absolute";
        s.num(c, "mean_difference", show(c, c.meanDifference(), info, relative), scale);
        boolean lower = c.meanDifference() < 0;
        String near = lower ? "ci_high" : "ci_low";
        String far = lower ? "ci_low" : "ci_high";
        String nearText = show(c, lower ? c.ciHigh() : c.ciLow(), info, relative);
        String farText = show(c, lower ? c.ciLow() : c.ciHigh(), info, relative);
        s.t(" (95% CI ")
                .num(c, near, withoutSharedUnit(nearText, farText), scale)
                .t(" to ")
                .num(c, far, farText, scale)
                .t(lower ? " lower)" : " higher)");
    }

    /** Appends an unclear effect: "13.7 hours lower on average; 95% CI between 42.1 hours lower and 14.7 higher". */
    private static void unclearEffect(Prose s, ComparisonRow c, MetricInfo info) {
        boolean relative = RELATIVE.contains(c.metric()) && c.meanReference() > 0;
        String scale = relative ? "relative" : "absolute";
        double m = c.meanDifference();
        if (m == 0) {
            s.t("the same on average");
        } else {
            s.num(c, "mean_difference", show(c, m, info, relative), scale).t(m < 0 ? " lower" : " higher");
            s.t(" on average");
        }
        if (Double.isFinite(c.ciLow()) && Double.isFinite(c.ciHigh())) {
            s.t("; 95% CI between ")
                    .num(c, "ci_low", show(c, c.ciLow(), info, relative), scale)
                    .t(c.ciLow() <= 0 ? " lower and " : " higher and ")
                    .num(c, "ci_high", show(c, c.ciHigh(), info, relative), scale)
                    .t(c.ciHigh() >= 0 ? " higher: not clear" : " lower: not clear");
        } else {
            s.t("; too few pairs for an interval");
        }
    }

    /** The magnitude of a difference as shown: in the metric's unit, or as a percentage of the reference level. */
    static String show(ComparisonRow c, double v, MetricInfo info, boolean relative) {
        return relative ? Html.percent(Math.abs(v) / c.meanReference()) : Html.difference(info, Math.abs(v));
    }

    /** "2.15 M USD" before "6.69 M USD" reads "2.15": the unit is said once, after the second number. */
    static String withoutSharedUnit(String first, String second) {
        int a = first.indexOf(' ');
        int b = second.indexOf(' ');
        if (a > 0 && b > 0 && first.substring(a).equals(second.substring(b))) {
            return first.substring(0, a);
        }
        return first;
    }

    private static void append(Prose to, Prose from) {
        to.raw(from);
    }

    private static double round(double v) {
        return Math.abs(v) >= 10 ? Math.rint(v) : Math.rint(v * 10) / 10;
    }

    static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
        }
        return s;
    }
}
