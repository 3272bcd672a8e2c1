package org.golivesim.report;

import static org.golivesim.report.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.golivesim.observe.Metric;
import org.golivesim.results.ComparisonRow;
import org.golivesim.results.Manifest;
import org.golivesim.results.PerformanceTarget;
import org.golivesim.results.RunRecord;

/**
 * Summary for leadership: what was simulated, the effect of each arm against the reference at the focus point
 * (each headline number carries its {@code comparison.csv} cell as {@code data-value}), the targets and the
 * configurations ranked by mean total cost.
 */
final class SummarySection extends ReportSection {

    SummarySection(Page page) {
        super(page);
    }

    @Override
    void write() {
        summary(scenario());
    }

    private void summary(String scenario) {
        Manifest m = data.manifest();
        long okRuns = data.runs().stream().filter(RunRecord::ok).count();
        long failedRuns = data.runs().size() - okRuns;
        int points = data.points().size();
        out.append("<section id=\"summary\"><h2>Summary for leadership</h2>\n");
        boolean oneArm = data.arms().size() <= 1;
        if (oneArm) {
            out.append("<p class=\"lead\">Scenario <strong>")
                    .append(esc(scenario))
                    .append("</strong> was simulated at ")
                    .append(points)
                    .append(points == 1 ? " configuration" : " configurations")
                    .append(", with ")
                    .append(replications())
                    .append(" replications each. ")
                    .append(okRuns)
                    .append(" of ")
                    .append(data.runs().size())
                    .append(" runs completed.</p>\n");
        } else {
            out.append("<p class=\"lead\">Scenario <strong>")
                    .append(esc(scenario))
                    .append("</strong> was simulated at ")
                    .append(points)
                    .append(points == 1 ? " configuration" : " configurations");
            List<String> varied = varied();
            if (!varied.isEmpty()) {
                out.append(" of ")
                        .append(esc(String.join(
                                ", ",
                                varied.stream()
                                        .map(k -> PointNames.label(k).toLowerCase(Locale.ROOT))
                                        .toList())));
            }
            if (!m.design().isEmpty()) {
                out.append(" (").append(esc(m.design())).append(" design)");
            }
            out.append(", each under ").append(data.arms().size()).append(" arms (");
            List<String> armNames = new ArrayList<>();
            for (String arm : data.arms()) {
                armNames.add("<span class=\"swatch\" style=\"background:"
                        + String.format(
                                "#%06x", ArmStyle.color(data.arms(), arm).getRGB() & 0xFFFFFF)
                        + "\"></span>" + esc(ArmStyle.displayName(data, arm))
                        + (arm.equals(data.referenceArm()) ? " (the reference)" : ""));
            }
            out.append(String.join(", ", armNames))
                    .append("), with ")
                    .append(replications())
                    .append(" replications per configuration and arm. Every arm faced the same random"
                            + " events in each replication (common random numbers), so differences are paired. ")
                    .append(okRuns)
                    .append(" of ")
                    .append(data.runs().size())
                    .append(" runs completed.</p>\n");
        }
        if (failedRuns > 0 || m.runsFailed().orElse(0) > 0) {
            long failed = Math.max(failedRuns, m.runsFailed().orElse(0));
            out.append("<p class=\"callout warn\"><strong>")
                    .append(failed)
                    .append(failed == 1 ? " run" : " runs")
                    .append(" failed</strong> and are left out of every average; see"
                            + " <a href=\"#provenance\">provenance</a> for their errors.</p>\n");
        }
        if (!oneArm) {
            headlines();
        }
        recommendation();
        out.append("</section>\n");
    }

    void headlines() {
        List<String> metrics = Charts.headlineMetrics(data);
        for (String arm : data.arms()) {
            if (arm.equals(data.referenceArm())) {
                continue;
            }
            out.append("<h3>Effect of ").append(esc(Decision.armSubject(arm)));
            if (data.points().size() > 1) {
                out.append(" at <span class=\"label\">")
                        .append(esc(Decision.lowerFirst(pointName(focus))))
                        .append("</span>");
            }
            out.append("</h3>\n");
            if (metrics.isEmpty()) {
                out.append("<p>comparison.csv has none of the headline metrics (")
                        .append(esc(String.join(", ", Charts.HEADLINE_METRICS)))
                        .append("); see the full table under <a href=\"#differences\">Differences</a>.</p>\n");
                continue;
            }
            out.append("<p class=\"note\">Differences are over the whole simulated period and averaged over the"
                    + " paired replications; the range in brackets is the 95% confidence interval.</p>\n");
            out.append("<ul class=\"headlines\">\n");
            for (String metric : metrics) {
                data.comparison(focus, arm, metric).ifPresent(this::headline);
            }
            out.append("</ul>\n");
        }
    }

    void headline(ComparisonRow c) {
        MetricInfo info = MetricInfo.of(c.metric());
        String verdict;
        String cls;
        if (!c.isClear()) {
            verdict = "No clear difference";
            cls = "neutral";
        } else if (info.better() == Metric.Better.NEITHER) {
            verdict = "Clear difference";
            cls = "neutral";
        } else {
            boolean teamLower = c.meanDifference() < 0;
            boolean better = teamLower == (info.better() == Metric.Better.LOWER);
            verdict = better
                    ? "Better with " + Decision.armSubject(c.arm())
                    : "Worse with " + Decision.armSubject(c.arm());
            cls = better ? "better" : "worse";
        }
        out.append("<li data-metric=\"")
                .append(esc(c.metric()))
                .append("\" data-point=\"")
                .append(c.pointId())
                .append("\"><span class=\"badge ")
                .append(cls)
                .append("\">")
                .append(verdict)
                .append("</span> <strong>")
                .append(esc(info.name()))
                .append("</strong>: ");
        double d = c.meanDifference();
        if (d == 0) {
            out.append("the same in both arms (")
                    .append(number(c, "mean_difference", info))
                    .append(")");
        } else {
            out.append(number(c, "mean_difference", info))
                    .append(' ')
                    .append(direction(d))
                    .append(" with ")
                    .append(esc(Decision.armSubject(c.arm())));
        }
        out.append(" (95% CI ");
        double lo = c.ciLow();
        double hi = c.ciHigh();
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            out.append("not available");
        } else if (lo >= 0 || hi <= 0) {
            // both limits on one side: list the one nearer zero first
            String first = lo >= 0 ? "ci_low" : "ci_high";
            String second = lo >= 0 ? "ci_high" : "ci_low";
            out.append(number(c, first, info))
                    .append(" to ")
                    .append(number(c, second, info))
                    .append(' ')
                    .append(direction(lo >= 0 ? hi : lo));
        } else {
            out.append("between ")
                    .append(number(c, "ci_low", info))
                    .append(" lower and ")
                    .append(number(c, "ci_high", info))
                    .append(" higher");
        }
        out.append("; ").append(c.pairs()).append(" pairs). ");
        out.append("<span class=\"aside\">")
                .append(esc(ArmStyle.displayName(data, c.referenceArm())))
                .append(": ")
                .append(esc(Html.withUnit(info, c.meanReference())))
                .append("; ")
                .append(esc(ArmStyle.displayName(data, c.arm()).toLowerCase(Locale.ROOT)))
                .append(": ")
                .append(esc(Html.withUnit(info, c.meanArm())))
                .append(".</span></li>\n");
    }

    static String direction(double v) {
        return v > 0 ? "higher" : "lower";
    }

    /**
     * A headline number: the displayed text is the magnitude in the metric's unit; data-value is the CSV cell
     * as written.
     */
    static String number(ComparisonRow c, String field, MetricInfo info) {
        double v =
                switch (field) {
                    case "mean_difference" -> c.meanDifference();
                    case "ci_low" -> c.ciLow();
                    case "ci_high" -> c.ciHigh();
                    default -> throw new IllegalArgumentException(field);
                };
        return "<span class=\"num\" data-metric=\"" + esc(c.metric()) + "\" data-point=\"" + c.pointId()
                + "\" data-field=\"" + field + "\" data-value=\""
                + esc(c.raw().get(field)) + "\">"
                + esc(Html.difference(info, Math.abs(v))) + "</span>";
    }

    void recommendation() {
        out.append("<h3>Targets and the cheapest configuration meeting them</h3>\n");
        List<PerformanceTarget> targets = assessment.targets();
        out.append("<p>")
                .append(
                        assessment.usesDefaultTargets()
                                ? "The manifest states no targets, so these defaults were used:"
                                : "Targets from the manifest:")
                .append("</p>\n<ul class=\"targets\">\n");
        for (PerformanceTarget t : targets) {
            MetricInfo info = MetricInfo.of(t.metric());
            out.append("<li><strong>")
                    .append(esc(info.name()))
                    .append("</strong> <code>")
                    .append(esc(t.metric()))
                    .append("</code> ")
                    .append(t.bound() == PerformanceTarget.Bound.MAX ? "at most " : "at least ")
                    .append(esc(Html.withUnit(info, t.threshold())))
                    .append(" <span class=\"aside\">(")
                    .append(esc(t.origin()))
                    .append(")</span></li>\n");
        }
        if (targets.isEmpty()) {
            out.append("<li>none could be judged</li>\n");
        }
        out.append("</ul>\n");
        for (String note : assessment.notes()) {
            out.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
        }
        out.append("<p class=\"note\">A configuration is one scenario point run with one arm; it meets a"
                + " target when the mean over its successful replications does.</p>\n");
        Optional<TargetAssessment.Configuration> best = decision.chosen();
        if (best.isPresent()) {
            TargetAssessment.Configuration b = best.get();
            out.append("<p class=\"callout good\" id=\"recommendation\" data-point=\"")
                    .append(b.pointId())
                    .append("\" data-arm=\"")
                    .append(esc(b.arm()))
                    .append("\"><strong>")
                    .append(esc(Decision.configurationName(data, b, data.arms().size() <= 1)))
                    .append("</strong>, at a mean total cost of ")
                    .append(esc(Html.money(b.mean(TargetAssessment.COST_METRIC))))
                    .append(".</p>\n");
        } else {
            out.append("<p class=\"callout warn\" id=\"recommendation\">No configuration met every target"
                    + " (or cost is unknown). The table shows the cheapest configurations and how far they"
                    + " are from the targets.</p>\n");
        }
        for (PerformanceTarget t : decision.setAside()) {
            out.append("<p class=\"note\">Set aside: ")
                    .append(esc(MetricInfo.of(t.metric()).name()))
                    .append(" — no configuration reaches this default target.</p>\n");
        }
        configurationTable(best.orElse(null));
    }

    void configurationTable(TargetAssessment.Configuration best) {
        List<TargetAssessment.Configuration> rows = new ArrayList<>(assessment.configurations());
        if (rows.isEmpty()) {
            out.append("<p>No run completed, so no configuration can be judged.</p>\n");
            return;
        }
        rows.sort(Comparator.comparingDouble((TargetAssessment.Configuration c) -> {
                    double v = c.mean(TargetAssessment.COST_METRIC);
                    return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
                })
                .thenComparingInt(TargetAssessment.Configuration::pointId)
                .thenComparing(c -> data.arms().indexOf(c.arm())));
        int total = rows.size();
        if (rows.size() > Report.MAX_CONFIGURATION_ROWS) {
            rows = rows.subList(0, Report.MAX_CONFIGURATION_ROWS);
        }
        out.append("<details open><summary>All configurations by mean total cost (")
                .append(total)
                .append(")</summary>\n");
        out.append("<div class=\"scroll\"><table class=\"data\"><thead><tr><th>Point</th><th>Configuration</th>"
                + "<th>Arm</th><th class=\"r\">Runs</th><th class=\"r\">Mean total cost</th>");
        for (PerformanceTarget t : assessment.targets()) {
            out.append("<th class=\"r\">")
                    .append(esc(MetricInfo.of(t.metric()).name()))
                    .append("</th>");
        }
        out.append("<th>Meets targets</th></tr></thead><tbody>\n");
        for (TargetAssessment.Configuration c : rows) {
            boolean meets = assessment.meetsTargets(c);
            out.append("<tr")
                    .append(c == best ? " class=\"best\"" : "")
                    .append("><td>")
                    .append(c.pointId())
                    .append("</td><td>")
                    .append(esc(pointName(c.pointId())))
                    .append("</td><td class=\"nowrap\"><span class=\"swatch\" style=\"background:")
                    .append(String.format(
                            "#%06x", ArmStyle.color(data.arms(), c.arm()).getRGB() & 0xFFFFFF))
                    .append("\"></span>")
                    .append(esc(ArmStyle.displayName(data, c.arm())))
                    .append("</td><td class=\"r\">")
                    .append(c.okRuns())
                    .append("</td><td class=\"r\">")
                    .append(esc(Html.money(c.mean(TargetAssessment.COST_METRIC))))
                    .append("</td>");
            for (PerformanceTarget t : assessment.targets()) {
                double v = c.mean(t.metric());
                out.append("<td class=\"r ")
                        .append(t.isMetBy(v) ? "ok" : "miss")
                        .append("\">")
                        .append(esc(Html.withUnit(MetricInfo.of(t.metric()), v)))
                        .append("</td>");
            }
            out.append("<td>").append(meets ? "yes" : "no").append("</td></tr>\n");
        }
        out.append("</tbody></table></div>\n");
        if (total > rows.size()) {
            out.append("<p class=\"note\">The cheapest ")
                    .append(rows.size())
                    .append(" of ")
                    .append(total)
                    .append(" configurations are shown.</p>\n");
        }
        out.append("</details>\n");
    }
}
