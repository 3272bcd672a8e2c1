package org.golivesim.report;

import static org.golivesim.report.Html.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Cost: cash against valued harm per arm at the focus point, and for each arm the extra cash, the cash per
 * event avoided and the break-even value of an event.
 */
final class CostSection extends ReportSection {

    CostSection(Page page) {
        super(page);
    }

    @Override
    void write() {
        costs();
    }

    private void costs() {
        if (!findings.hasCostSplit()) {
            return;
        }
        out.append("<section id=\"costs\"><h2>Cost: cash and valued harm</h2>\n<p>Mean cost per configuration"
                        + " over the simulated period")
                .append(data.points().size() > 1 ? " at " + esc(Decision.lowerFirst(pointName(focus))) : "")
                .append(". <em>Cash</em> is ")
                .append(esc(String.join(
                        ", ",
                        findings.cashColumns().stream()
                                .map(c -> Decision.lowerFirst(MetricInfo.of(c).name()))
                                .toList())))
                .append("; <em>valued harm</em> is each harm item counted and multiplied by its scenario value" + " (")
                .append(esc(valuations()))
                .append(").</p>\n");
        out.append("<div class=\"scroll\"><table class=\"data\" id=\"cost-table\"><thead><tr><th>Arm</th>"
                + "<th class=\"r\">Cash</th>");
        for (Findings.Valued v : findings.valuedItems()) {
            out.append("<th class=\"r\">")
                    .append(esc(MetricInfo.of(v.costColumn).name()))
                    .append("</th>");
        }
        out.append("<th class=\"r\">Valued harm</th><th class=\"r\">Total</th><th class=\"r\">Harm share"
                + "</th></tr></thead><tbody>\n");
        for (String arm : data.arms()) {
            Optional<Findings.CostSplit> cs = findings.costSplit(focus, arm);
            if (cs.isEmpty()) {
                continue;
            }
            Findings.CostSplit c = cs.get();
            out.append("<tr data-arm=\"")
                    .append(esc(arm))
                    .append("\"><td>")
                    .append(esc(ArmStyle.displayName(data, arm)))
                    .append("</td><td class=\"r\">")
                    .append(esc(Html.money(c.cash())))
                    .append("</td>");
            for (Findings.Valued v : findings.valuedItems()) {
                out.append("<td class=\"r\">")
                        .append(esc(Html.money(c.valued().get(v))))
                        .append("</td>");
            }
            out.append("<td class=\"r\">")
                    .append(esc(Html.money(c.valuedSum())))
                    .append("</td><td class=\"r\">")
                    .append(esc(Html.money(c.total())))
                    .append("</td><td class=\"r\">")
                    .append(esc(Html.percent(c.valuedSum() / c.total())))
                    .append("</td></tr>\n");
        }
        out.append("</tbody></table></div>\n");
        if (data.arms().size() > 1) {
            out.append("<h3>Each arm against ")
                    .append(esc(ArmStyle.displayName(data, data.referenceArm()).toLowerCase(Locale.ROOT)))
                    .append("</h3>\n<div class=\"scroll\"><table class=\"data\" id=\"versus-table\"><thead><tr>"
                            + "<th>Arm</th><th class=\"r\">Extra cash (95% CI)</th>");
            for (Findings.Valued v : findings.valuedItems()) {
                out.append("<th class=\"r\">Cash per ").append(esc(v.unitName)).append(" avoided</th>");
                out.append("<th class=\"r\">Break-even value of a ")
                        .append(esc(v.unitName))
                        .append("</th>");
            }
            out.append("</tr></thead><tbody>\n");
            for (String arm : data.arms()) {
                if (arm.equals(data.referenceArm())) {
                    continue;
                }
                Optional<Findings.Versus> ov = findings.versus(focus, arm, data.referenceArm());
                if (ov.isEmpty()) {
                    continue;
                }
                Findings.Versus v = ov.get();
                out.append("<tr data-arm=\"")
                        .append(esc(arm))
                        .append("\"><td>")
                        .append(esc(ArmStyle.displayName(data, arm)))
                        .append("</td><td class=\"r\">")
                        .append(esc(Html.money(v.cash().meanDifference())))
                        .append(" <span class=\"aside\">(")
                        .append(esc(Html.money(v.cash().ciLow())))
                        .append(" to ")
                        .append(esc(Html.money(v.cash().ciHigh())))
                        .append(")</span></td>");
                for (Findings.Valued item : findings.valuedItems()) {
                    double per = v.cashPerAvoided(item);
                    double be = v.breakEven(item);
                    out.append("<td class=\"r\">")
                            .append(
                                    Double.isNaN(per)
                                            ? "<span class=\"aside\">none avoided</span>"
                                            : esc(Html.money(per)))
                            .append("</td><td class=\"r\">")
                            .append(
                                    Double.isNaN(be)
                                            ? "<span class=\"aside\">none avoided</span>"
                                            : be == 0
                                                    ? "<span class=\"aside\">any value (cheaper anyway)</span>"
                                                    : esc(Html.money(be)))
                            .append("</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</tbody></table></div>\n<p class=\"note\">Cash per event avoided: the arm's extra"
                    + " cash divided by the events it avoids on average. Break-even value: the value of one event"
                    + " at which the arm's total cost equals the reference's, other items valued as in the"
                    + " scenario; above it, the arm pays for itself.</p>\n");
        }
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).section() == ChartSpec.Section.COSTS) {
                figure(i);
            }
        }
        out.append("</section>\n");
    }

    String valuations() {
        List<String> parts = new ArrayList<>();
        for (Findings.Valued v : findings.valuedItems()) {
            double value = findings.parameter(v.parameter);
            if (!Double.isNaN(value)) {
                parts.add(Html.money(value) + " per " + v.unitName);
            }
        }
        return parts.isEmpty() ? "values from the scenario" : String.join(", ", parts);
    }
}
