package org.golivesim.report;

import java.util.Objects;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A constructed but not yet encoded chart, with what the report needs to show it. Tests can inspect {@link
 * #chart()} (for example its series map) before anything is written.
 *
 * @param id file base name inside {@code charts/}, made of letters, digits, {@code _ . -} only
 * @param section which part of the report the chart belongs to
 * @param caption plain-text caption (HTML-escaped when written into the report)
 * @param chart the XChart object
 */
public record ChartSpec(String id, Section section, String caption, Chart<?, ?> chart) {

    /** Report sections charts are grouped into. */
    public enum Section {
        /** Outcome curves for the focus point. */
        FOCUS_CURVES,
        /** Outcome curves for other representative points. */
        OTHER_CURVES,
        /** Paired differences with confidence intervals per point. */
        DIFFERENCES,
        /** Cost versus outcome scatter. */
        TRADE_OFF,
        /** Heat maps over the first two varied parameters. */
        HEAT_MAP,
        /** Sensitivity indices. */
        SENSITIVITY,
        /** Net cost of an arm against the value of a harm event. */
        COSTS,
        /** Distributions of rare, heavy outcomes across replications. */
        RISK
    }

    /**
     * Validates the id.
     *
     * @param id file base name inside {@code charts/}, made of letters, digits, {@code _ . -} only
     * @param section which part of the report the chart belongs to
     * @param caption plain-text caption (HTML-escaped when written into the report)
     * @param chart the XChart object
     * @throws IllegalArgumentException if the id is empty or has characters unsafe in a file name
     */
    public ChartSpec {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(chart, "chart");
        if (id == null || !id.matches("[A-Za-z0-9_.-]+") || id.startsWith(".")) {
            throw new IllegalArgumentException("chart id must be a safe file name, got '" + id + "'");
        }
    }

    /** @return the chart title */
    public String title() {
        return chart.getTitle();
    }
}
