package org.golivesim.report;

import static org.golivesim.report.Html.esc;

import org.golivesim.results.ComparisonRow;

/**
 * One sentence built twice at once: as escaped HTML for the report (numbers from {@code comparison.csv} in {@code
 * <span class="num" ...>} elements that quote the CSV cell) and as plain text for the command line's closing summary.
 */
final class Prose {
    private final StringBuilder html = new StringBuilder();
    private final StringBuilder text = new StringBuilder();

    /** Appends words (escaped for HTML). */
    Prose t(String words) {
        html.append(esc(words));
        text.append(words);
        return this;
    }

    /** Appends words in bold. */
    Prose strong(String words) {
        html.append("<strong>").append(esc(words)).append("</strong>");
        text.append(words);
        return this;
    }

    /**
     * Appends a number quoted from a comparison.csv cell.
     *
     * @param c the row
     * @param field {@code mean_difference}, {@code ci_low} or {@code ci_high}
     * @param shown the number as displayed
     * @param scale {@code absolute} (shown = the cell's magnitude in the metric's unit) or {@code relative} (shown =
     *     the cell's magnitude as a share of {@code mean_reference})
     */
    Prose num(ComparisonRow c, String field, String shown, String scale) {
        html.append("<span class=\"num\" data-metric=\"")
                .append(esc(c.metric()))
                .append("\" data-point=\"")
                .append(c.pointId())
                .append("\" data-field=\"")
                .append(field)
                .append("\" data-value=\"")
                .append(esc(c.raw().get(field)))
                .append("\" data-arm=\"")
                .append(esc(c.arm()))
                .append("\" data-scale=\"")
                .append(scale)
                .append("\">")
                .append(esc(shown))
                .append("</span>");
        text.append(shown);
        return this;
    }

    /** Appends a derived number (not a CSV cell) in the number style. */
    Prose value(String shown) {
        html.append("<span class=\"val\">").append(esc(shown)).append("</span>");
        text.append(shown);
        return this;
    }

    /** Appends another sentence's content. */
    Prose raw(Prose other) {
        html.append(other.html);
        text.append(other.text);
        return this;
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    String html() {
        return html.toString();
    }

    String text() {
        return text.toString();
    }
}
