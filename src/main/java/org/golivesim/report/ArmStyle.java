package org.golivesim.report;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.golivesim.results.ResultsData;

/**
 * How an experiment arm looks in charts and the report: its name in words and its colour (Okabe–Ito palette,
 * readable with colour-vision deficiency), the same for one arm everywhere in one results directory.
 */
public final class ArmStyle {
    private static final List<Color> PALETTE = List.of(
            new Color(0xD5, 0x5E, 0x00),
            new Color(0x00, 0x72, 0xB2),
            new Color(0x00, 0x9E, 0x73),
            new Color(0xCC, 0x79, 0xA7),
            new Color(0xE6, 0x9F, 0x00),
            new Color(0x56, 0xB4, 0xE9),
            new Color(0x00, 0x00, 0x00));

    private ArmStyle() {}

    /**
     * The arm's name as the report shows it: in a batch of one arm, the scenario's title (a one-arm batch of
     * {@code dedicated-team.yaml} is the team scenario, not "as given"); otherwise the arm's name in words.
     *
     * @param data the results the arm belongs to
     * @param arm the arm's name in the files
     * @return the name in words
     */
    public static String displayName(ResultsData data, String arm) {
        return data.arms().size() == 1 ? Page.titleAndDescription(data.manifest())[0] : displayName(arm);
    }

    /**
     * The arm's name for readers: {@code dedicated-team} becomes "Dedicated team".
     *
     * @param arm the arm's name as in the {@code arm} column
     * @return the name in words
     */
    public static String displayName(String arm) {
        String words = arm.replace('-', ' ').replace('_', ' ').trim();
        return words.isEmpty() ? arm : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /**
     * The arm's colour: its position among the results' arms picks a palette entry.
     *
     * @param arms the arms of the results directory, in order
     * @param arm one of them
     * @return an opaque colour
     */
    public static Color color(List<String> arms, String arm) {
        int i = Math.max(0, arms.indexOf(arm));
        return PALETTE.get(i % PALETTE.size());
    }
}
