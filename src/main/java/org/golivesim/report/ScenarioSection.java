package org.golivesim.report;

import static org.golivesim.report.Html.esc;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.golivesim.results.ScenarioPoint;

/**
 * The scenario behind the results: its points with what their budgets buy, every resolved parameter, and the
 * budget notes.
 */
final class ScenarioSection extends ReportSection {

    ScenarioSection(Page page) {
        super(page);
    }

    @Override
    void write() {
        pointsTable();
        parameters();
        budgetNotes();
    }

    private void pointsTable() {
        out.append("<section id=\"points\"><h2>Scenario points</h2>\n<div class=\"scroll\"><table class=\"data\">"
                + "<thead><tr><th>Point</th><th>Configuration</th>");
        for (String p : data.pointParameters()) {
            out.append("<th>")
                    .append(esc(PointNames.label(p)))
                    .append(" <code class=\"key\">")
                    .append(esc(p))
                    .append("</code></th>");
        }
        boolean notes = !data.manifest().pointBudgetNotes().isEmpty();
        if (notes) {
            out.append("<th>What the budgets buy</th>");
        }
        out.append("<th>Label in the files</th></tr></thead><tbody>\n");
        for (ScenarioPoint p : data.points()) {
            out.append("<tr")
                    .append(p.id() == focus ? " class=\"best\"" : "")
                    .append("><td>")
                    .append(p.id())
                    .append("</td><td>")
                    .append(esc(PointNames.name(p)))
                    .append("</td>");
            for (String k : data.pointParameters()) {
                out.append("<td class=\"nowrap\">")
                        .append(esc(PointNames.value(k, p.parameters().get(k))))
                        .append("</td>");
            }
            if (notes) {
                out.append("<td>");
                for (String n : data.manifest().pointBudgetNotes().getOrDefault(p.id(), List.of())) {
                    out.append("<div>").append(esc(budgetNote(n))).append("</div>");
                }
                out.append("</td>");
            }
            out.append("<td class=\"point-label\">").append(esc(p.label())).append("</td></tr>\n");
        }
        out.append("</tbody></table></div>\n");
        if (data.points().size() > 1) {
            out.append("<p class=\"note\">Highlighted: the point the report focuses on (")
                    .append(esc(Decision.lowerFirst(pointName(focus))))
                    .append("), whose curves and headline numbers are shown above.</p>\n");
        }
        out.append("</section>\n");
    }

    /** "budget.trainingUsd 2000000 buys 5.94 / ..." → "Pre-go-live training budget 2.00 M USD buys 5.94 / ...". */
    static String budgetNote(String note) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([A-Za-z][\\w.]*) (\\S+) (.*)$")
                .matcher(note);
        if (m.matches() && org.golivesim.scenario.ScenarioSchema.find(m.group(1)) != null) {
            return PointNames.label(m.group(1)) + " " + PointNames.value(m.group(1), m.group(2)) + " " + m.group(3);
        }
        return note;
    }

    private void parameters() {
        Set<String> varied = new LinkedHashSet<>(varied());
        out.append("<section id=\"parameters\"><h2>Scenario parameters</h2>\n");
        if (data.manifest().resolvedParameters().isEmpty()) {
            out.append("<p>The manifest lists no resolved parameters.</p></section>\n");
            return;
        }
        out.append("<p>Every parameter as resolved for this batch. <span class=\"pill\">varied</span> marks"
                + " parameters that differ between scenario points (see the table of points).</p>\n"
                + "<div class=\"scroll\"><table class=\"data params\"><thead><tr><th>Parameter</th>"
                + "<th>Value</th></tr></thead><tbody>\n");
        data.manifest().resolvedParameters().forEach((k, v) -> {
            boolean isVaried = varied.contains(k);
            out.append("<tr")
                    .append(isVaried ? " class=\"varied\"" : "")
                    .append("><td><code>")
                    .append(esc(k))
                    .append("</code>")
                    .append(isVaried ? " <span class=\"pill\">varied</span>" : "")
                    .append("</td><td>")
                    .append(esc(v))
                    .append("</td></tr>\n");
        });
        out.append("</tbody></table></div></section>\n");
    }

    private void budgetNotes() {
        List<String> notes = data.manifest().budgetNotes();
        if (notes.isEmpty()) {
            return;
        }
        out.append("<section id=\"budget\"><h2>Budget notes</h2>\n<ul>\n");
        for (String n : notes) {
            out.append("<li>").append(esc(n)).append("</li>\n");
        }
        out.append("</ul></section>\n");
    }
}
