package org.golivesim.report;

/**
 * The first screen: the decision in brief (the recommendation and its effects, from {@link Decision}), and how
 * to read its numbers.
 */
final class DecisionSection extends ReportSection {

    DecisionSection(Page page) {
        super(page);
    }

    @Override
    void write() {
        decision();
    }

    private void decision() {
        out.append("<section id=\"decision\" class=\"decision\"><h2>The decision in brief</h2>\n");
        out.append("<div id=\"recommendation-text\">\n");
        for (Prose p : decision.sentences()) {
            out.append("<p class=\"finding\">").append(p.html()).append("</p>\n");
        }
        out.append("</div>\n");
        if (!decision.details().isEmpty()) {
            out.append("<ul class=\"details\">\n");
            for (Prose p : decision.details()) {
                out.append("<li>").append(p.html()).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("<p class=\"note\">Means over ").append(replications()).append(" replications per configuration");
        if (data.arms().size() > 1) {
            out.append(" and arm; every arm of a replication faced the same random events (common random"
                    + " numbers), so differences are paired, and the range in brackets is the 95% confidence"
                    + " interval of the paired difference. Where that interval includes zero the evidence is"
                    + " <em>not clear</em>");
        }
        out.append(". Valued harm puts a money value on patient-harm events, downtime and breaches (scenario"
                + " parameters, mostly assumptions); cash is what the hospital pays.</p>\n");
        out.append("</section>\n");
    }
}
