package org.golivesim.calibrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.golivesim.observe.Summaries;
import org.golivesim.results.CsvFormat;

/** Reads and checks {@code calibration/targets.csv}. */
public final class Targets {
    private static final List<String> COLUMNS = List.of(
            "id",
            "kind",
            "experiment",
            "metric",
            "aggregate",
            "low",
            "high",
            "accept_low",
            "accept_high",
            "source",
            "statement");
    private static final Set<String> KINDS = Set.of("hard", "soft", "mechanism", "report");
    private static final Set<String> AGGREGATES = Set.of("mean", "ratio", "difference", "ladder");

    private Targets() {}

    /**
     * Reads a targets file.
     *
     * @throws IllegalArgumentException naming the file, line, column and what is allowed, for every bad row at once
     * @throws IOException when the file cannot be read
     */
    public static List<CalibrationTarget> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IllegalArgumentException(file + ": targets file not found");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        if (lines.isEmpty() || !CsvFormat.parse(lines.get(0)).equals(COLUMNS)) {
            throw new IllegalArgumentException(file + ":1: expected the header " + String.join(",", COLUMNS));
        }
        List<CalibrationTarget> out = new ArrayList<>();
        List<String> summaries = Summaries.names();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            List<String> c = CsvFormat.parse(lines.get(i));
            if (c.size() != COLUMNS.size()) {
                problems.add(where + "expected " + COLUMNS.size() + " cells, found " + c.size());
                continue;
            }
            if (!KINDS.contains(c.get(1))) {
                problems.add(where + "kind '" + c.get(1) + "' is not allowed; allowed: " + KINDS);
            }
            if (!AGGREGATES.contains(c.get(4))) {
                problems.add(where + "aggregate '" + c.get(4) + "' is not allowed; allowed: " + AGGREGATES);
            }
            for (String m : c.get(3).split("/")) {
                if (!summaries.contains(m)) {
                    problems.add(where + "metric '" + m + "' is not a summary metric (see runs.csv columns)");
                }
            }
            double[] nums = new double[4];
            for (int k = 0; k < 4; k++) {
                String cell = c.get(5 + k);
                try {
                    nums[k] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    problems.add(where + COLUMNS.get(5 + k) + " '" + cell + "' is not a number");
                }
            }
            out.add(new CalibrationTarget(
                    c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), nums[0], nums[1], nums[2], nums[3], c.get(9),
                    c.get(10)));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return out;
    }
}
