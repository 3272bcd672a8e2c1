package org.golivesim.report;

/** A section that holds only charts of one kind (trade-offs, heat maps, sensitivity), with a title and a lead. */
final class ChartsSection extends ReportSection {
    private final String id;
    private final String title;
    private final ChartSpec.Section kind;
    private final String intro;

    ChartsSection(Page page, String id, String title, ChartSpec.Section kind, String intro) {
        super(page);
        this.id = id;
        this.title = title;
        this.kind = kind;
        this.intro = intro;
    }

    @Override
    void write() {
        figures(id, title, kind, intro);
    }

    void figures(String id, String title, ChartSpec.Section section, String intro) {
        if (!has(section)) {
            return;
        }
        out.append("<section id=\"")
                .append(id)
                .append("\"><h2>")
                .append(title)
                .append("</h2>\n<p>")
                .append(intro)
                .append("</p>\n");
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).section() == section) {
                figure(i);
            }
        }
        out.append("</section>\n");
    }
}
