package org.golivesim.report;

import static org.golivesim.report.Html.esc;

import java.util.ArrayList;
import java.util.List;

/**
 * Outcomes over time: the key daily curves of the focus point, then those of the other points.
 */
final class CurvesSection extends ReportSection {

    CurvesSection(Page page) {
        super(page);
    }

    @Override
    void write() {
        curves();
    }

    private void curves() {
        out.append("<section id=\"curves\"><h2>Outcomes over time</h2>\n");
        out.append("<p>Key outcomes week by week after go-live")
                .append(data.points().size() > 1 ? " at " + esc(Decision.lowerFirst(pointName(focus))) : "")
                .append(": ");
        List<String> armNames = new ArrayList<>();
        for (String arm : data.arms()) {
            armNames.add("<span class=\"swatch\" style=\"background:"
                    + String.format("#%06x", ArmStyle.color(data.arms(), arm).getRGB() & 0xFFFFFF) + "\"></span>"
                    + esc(ArmStyle.displayName(data, arm)));
        }
        out.append(String.join(", ", armNames))
                .append(". Lines are means over replications; shaded bands hold the middle 80% of replications"
                        + " (10th to 90th percentile), kept inside what each quantity can physically be.</p>\n");
        boolean any = false;
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).section() == ChartSpec.Section.FOCUS_CURVES) {
                figure(i);
                any = true;
            }
        }
        if (!any) {
            out.append("<p class=\"note\">curves.csv has none of the key daily metrics for this point.</p>\n");
        }
        if (has(ChartSpec.Section.OTHER_CURVES)) {
            out.append("<details><summary>Outcomes over time at other scenario points</summary>\n");
            for (int i = 0; i < specs.size(); i++) {
                if (specs.get(i).section() == ChartSpec.Section.OTHER_CURVES) {
                    figure(i);
                }
            }
            out.append("</details>\n");
        }
        out.append("</section>\n");
    }
}
