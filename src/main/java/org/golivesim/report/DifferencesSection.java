package org.golivesim.report;

import static org.golivesim.report.Html.esc;

import java.util.List;
import java.util.Locale;
import org.golivesim.results.ComparisonRow;

/**
 * Differences by scenario point: each arm minus the reference, as charts and as the full table of
 * {@code comparison.csv}.
 */
final class DifferencesSection extends ReportSection {

    DifferencesSection(Page page) {
        super(page);
    }

    @Override
    void write() {
        if (data.arms().size() > 1) { // one arm: nothing to compare, so no section and no comparison wording
            differences();
        }
    }

    private void differences() {
        out.append("<section id=\"differences\"><h2>Differences by scenario point</h2>\n");
        out.append("<p>Mean paired difference, <em>each arm minus the reference arm ("
                + esc(ArmStyle.displayName(data, data.referenceArm()).toLowerCase(Locale.ROOT))
                + ")</em>: a positive value means the metric was higher in the arm. From comparison.csv.</p>\n");
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).section() == ChartSpec.Section.DIFFERENCES) {
                figure(i);
            }
        }
        List<ComparisonRow> rows = data.comparisons();
        boolean open = rows.size() <= 60;
        out.append("<details")
                .append(open ? " open" : "")
                .append("><summary>All paired comparisons (")
                .append(rows.size())
                .append(" rows)</summary>\n<div class=\"scroll\"><table class=\"data\"><thead><tr>"
                        + "<th>Point</th><th>Metric</th><th class=\"r\">Pairs</th><th>Arm</th><th class=\"r\">Reference</th>"
                        + "<th class=\"r\">Arm</th><th class=\"r\">Difference (arm − reference)</th>"
                        + "<th class=\"r\">95% CI</th><th class=\"r\">p-value</th></tr></thead><tbody>\n");
        for (ComparisonRow c : rows) {
            out.append("<tr data-metric=\"")
                    .append(esc(c.metric()))
                    .append("\" data-point=\"")
                    .append(c.pointId())
                    .append("\"><td>")
                    .append(c.pointId())
                    .append("</td><td><code>")
                    .append(esc(c.metric()))
                    .append("</code></td><td class=\"r\">")
                    .append(c.pairs())
                    .append("</td><td>")
                    .append(esc(ArmStyle.displayName(data, c.arm())))
                    .append("</td><td class=\"r\">")
                    .append(esc(Html.num(c.meanReference())))
                    .append("</td><td class=\"r\">")
                    .append(esc(Html.num(c.meanArm())))
                    .append("</td><td class=\"r\">")
                    .append(esc(Html.num(c.meanDifference())))
                    .append("</td><td class=\"r\">")
                    .append(esc(Html.num(c.ciLow())))
                    .append(" to ")
                    .append(esc(Html.num(c.ciHigh())))
                    .append("</td><td class=\"r\">")
                    .append(Html.pValue(c.pValue()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody></table></div></details>\n</section>\n");
    }
}
