package org.golivesim.output;

import java.awt.Color;

/**
 * The two support strategies every scenario point is run with, as spelled in the {@code strategy} column of
 * {@code runs.csv} and {@code curves.csv}. Each has one colour used in every chart (Okabe–Ito palette, readable
 * with colour-vision deficiency).
 */
public enum Strategy {
    /** The hospital's support arrangements exactly as given in the scenario. */
    AS_GIVEN("as-given", "As given", new Color(0xD5, 0x5E, 0x00)),
    /** The same scenario plus a dedicated go-live support team. */
    DEDICATED_TEAM("dedicated-team", "Dedicated team", new Color(0x00, 0x72, 0xB2));

    private final String csvName;
    private final String displayName;
    private final Color color;

    Strategy(String csvName, String displayName, Color color) {
        this.csvName = csvName;
        this.displayName = displayName;
        this.color = color;
    }

    /**
     * Returns the spelling used in CSV files.
     *
     * @return e.g. {@code as-given}
     */
    public String csvName() {
        return csvName;
    }

    /**
     * Returns the name shown to readers of charts and the report.
     *
     * @return e.g. {@code Dedicated team}
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Returns the colour this strategy has in every chart.
     *
     * @return an opaque colour
     */
    public Color color() {
        return color;
    }

    /**
     * Parses the CSV spelling.
     *
     * @param text {@code as-given} or {@code dedicated-team}
     * @return the strategy
     * @throws IllegalArgumentException naming the value and the allowed spellings when it is neither
     */
    public static Strategy fromCsv(String text) {
        for (Strategy s : values()) {
            if (s.csvName.equals(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown strategy '" + text + "'; expected as-given or dedicated-team");
    }
}
