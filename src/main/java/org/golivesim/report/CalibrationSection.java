package org.golivesim.report;

import static org.golivesim.report.Html.esc;

import org.golivesim.results.CalibrationCheck;

/**
 * Calibration against published ranges, when the results directory holds {@code calibration.csv}.
 */
final class CalibrationSection extends ReportSection {

    CalibrationSection(Page page) {
        super(page);
    }

    @Override
    void write() {
        calibration();
    }

    private void calibration() {
        if (data.calibration().isEmpty()) {
            return;
        }
        long passed = data.calibration().stream().filter(CalibrationCheck::pass).count();
        out.append("<section id=\"calibration\"><h2>Calibration against published ranges</h2>\n<p>")
                .append(passed)
                .append(" of ")
                .append(data.calibration().size())
                .append(" checks passed.</p>\n<div class=\"scroll\"><table class=\"data\"><thead><tr>"
                        + "<th>Target</th><th>Kind</th><th>Metric</th><th class=\"r\">Range</th>"
                        + "<th class=\"r\">Simulated</th><th class=\"r\">95% CI</th><th>Result</th></tr></thead>"
                        + "<tbody>\n");
        for (CalibrationCheck c : data.calibration()) {
            out.append("<tr><td>")
                    .append(esc(c.target()))
                    .append("</td><td>")
                    .append(esc(c.kind()))
                    .append("</td><td><code>")
                    .append(esc(c.metric()))
                    .append("</code></td><td class=\"r\">")
                    .append(esc(Html.num(c.low())))
                    .append(" to ")
                    .append(esc(Html.num(c.high())))
                    .append("</td><td class=\"r\">")
                    .append(esc(Html.num(c.simulated())))
                    .append("</td><td class=\"r\">")
                    .append(esc(Html.num(c.ciLow())))
                    .append(" to ")
                    .append(esc(Html.num(c.ciHigh())))
                    .append("</td><td class=\"")
                    .append(c.pass() ? "ok" : "miss")
                    .append("\">")
                    .append(c.pass() ? "pass" : "fail")
                    .append("</td></tr>\n");
        }
        out.append("</tbody></table></div></section>\n");
    }
}
