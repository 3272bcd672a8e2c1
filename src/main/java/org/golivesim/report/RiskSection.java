package org.golivesim.report;

import static org.golivesim.report.Html.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rare, heavy events: the share of runs with at least one breach, ransomware outage or long outage (Wilson
 * interval), and the median, mean and worst run of downtime, so a mean does not hide them.
 */
final class RiskSection extends ReportSection {

    RiskSection(Page page) {
        super(page);
    }

    @Override
    void write() {
        risks();
    }

    private void risks() {
        List<String> metrics = new ArrayList<>();
        for (String m : Findings.RARE_EVENTS) {
            if (data.summaryMetrics().contains(m)) {
                metrics.add(m);
            }
        }
        if (metrics.isEmpty()) {
            return;
        }
        out.append("<section id=\"risk\"><h2>Rare, heavy events</h2>\n<p>Breaches, ransomware and long"
                        + " outages are rare, so a mean hides them: the table gives the share of runs with at least one"
                        + " (with its 95% Wilson interval) and, for downtime, the median run beside the mean")
                .append(data.points().size() > 1 ? ", at " + esc(Decision.lowerFirst(pointName(focus))) : "")
                .append(".</p>\n<div class=\"scroll\"><table class=\"data\" id=\"risk-table\"><thead><tr>"
                        + "<th>Arm</th>");
        for (String m : metrics) {
            out.append("<th class=\"r\">At least one: ")
                    .append(esc(
                            m.equals("ransomware_downtime_hours")
                                    ? "ransomware outage"
                                    : Decision.lowerFirst(MetricInfo.of(m).name())))
                    .append("</th>");
        }
        boolean downtime = data.summaryMetrics().contains("unplanned_downtime_hours");
        if (downtime) {
            out.append("<th class=\"r\">Unplanned downtime: median run</th><th class=\"r\">mean</th>"
                    + "<th class=\"r\">worst run</th>");
        }
        if (data.summaryMetrics().contains("unplanned_downtime_hours_excl_ransomware")) {
            out.append("<th class=\"r\">Mean downtime without ransomware</th>");
        }
        out.append("</tr></thead><tbody>\n");
        for (String arm : data.arms()) {
            out.append("<tr data-arm=\"")
                    .append(esc(arm))
                    .append("\"><td>")
                    .append(esc(ArmStyle.displayName(data, arm)))
                    .append("</td>");
            for (String m : metrics) {
                Optional<Findings.Chance> c = findings.chance(focus, arm, m);
                out.append("<td class=\"r\">");
                if (c.isPresent()) {
                    out.append(esc(Html.chance(c.get().share())))
                            .append(" <span class=\"aside\">(")
                            .append(c.get().withEvent())
                            .append(" of ")
                            .append(c.get().runs())
                            .append("; ")
                            .append(esc(Html.chance(c.get().low())))
                            .append(" to ")
                            .append(esc(Html.chance(c.get().high())))
                            .append(")</span>");
                }
                out.append("</td>");
            }
            if (downtime) {
                double[] v = findings.values(focus, arm, "unplanned_downtime_hours");
                out.append("<td class=\"r\">")
                        .append(esc(Html.hours(Findings.median(v))))
                        .append("</td><td class=\"r\">")
                        .append(esc(Html.hours(mean(v))))
                        .append("</td><td class=\"r\">")
                        .append(esc(v.length == 0 ? "n/a" : Html.hours(v[v.length - 1])))
                        .append("</td>");
            }
            if (data.summaryMetrics().contains("unplanned_downtime_hours_excl_ransomware")) {
                out.append("<td class=\"r\">")
                        .append(esc(Html.hours(
                                mean(findings.values(focus, arm, "unplanned_downtime_hours_excl_ransomware")))))
                        .append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table></div>\n");
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).section() == ChartSpec.Section.RISK) {
                figure(i);
            }
        }
        out.append("</section>\n");
    }

    static double mean(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
