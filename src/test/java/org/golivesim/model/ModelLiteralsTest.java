package org.golivesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps numbers out of the model's code: its sources are scanned (comments and string literals removed) for numeric
 * literals. Time conversions use {@link Calendar} (which takes its constants from {@code scenario.TimeUnits}, the one
 * definition of a day, week, year and month), so a bare {@code 24.0}, {@code 168}, {@code 365.0} or a month's
 * {@code 30.44} in the model fails this test with the file and line named.
 */
class ModelLiteralsTest {
    static final Path MODEL = Path.of("src/main/java/org/golivesim/model");

    /** Hours per day, week, month and year, days per year, the two usual month lengths. */
    private static final Set<Double> TIME_VALUES = Set.of(24.0, 168.0, 365.0, 730.0, 8760.0, 30.44, 30.4167, 365.25);

    /** Written with a decimal point these are unit conversions (months per year, minutes per hour, days per week). */
    private static final Set<Double> TIME_VALUES_AS_DOUBLES = Set.of(12.0, 60.0, 7.0);

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.])(0[xX][0-9a-fA-F_]+[lL]?|(?:\\d[\\d_]*\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?[dDfFlL]?)(?![\\w.])");

    /** One numeric literal in the model's code. */
    record Literal(Path file, int line, String text) {
        boolean hasPoint() {
            return text.contains(".") && !text.startsWith("0x") && !text.startsWith("0X");
        }

        double value() {
            String t = text.replace("_", "");
            if (t.startsWith("0x") || t.startsWith("0X")) {
                return Long.parseLong(t.substring(2).replaceAll("[lL]$", ""), 16);
            }
            return Double.parseDouble(t.replaceAll("[dDfFlL]$", ""));
        }

        @Override
        public String toString() {
            return MODEL.relativize(file) + ":" + line + ": " + text;
        }
    }

    /** Source with comments and string and character literals blanked (line breaks kept, so lines still count). */
    static String code(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                out.append("\"\"");
                i = end;
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && source.charAt(i) != c) {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    static List<Literal> literals(Path file, String source) {
        List<Literal> found = new ArrayList<>();
        String[] lines = code(source).split("\n", -1);
        for (int k = 0; k < lines.length; k++) {
            Matcher m = NUMBER.matcher(lines[k]);
            while (m.find()) {
                found.add(new Literal(file, k + 1, m.group(1)));
            }
        }
        return found;
    }

    static List<Literal> modelLiterals() throws IOException {
        List<Literal> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MODEL)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                all.addAll(literals(f, Files.readString(f)));
            }
        }
        return all;
    }

    static boolean isTimeLiteral(Literal l) {
        double v = l.value();
        return TIME_VALUES.contains(v) || (l.hasPoint() && TIME_VALUES_AS_DOUBLES.contains(v));
    }

    @Test
    void theModelConvertsTimeOnlyThroughCalendarConstants() throws IOException {
        List<Literal> bare = modelLiterals().stream()
                .filter(ModelLiteralsTest::isTimeLiteral)
                .toList();
        assertEquals(
                List.of(), bare, "bare time literals in the model; use Calendar.DAY, WEEK, MONTH, YEAR, DAYS_PER_*");
    }

    @Test
    void theScanFindsLiteralsInCodeButNotInCommentsOrStrings() {
        String source = "class X {\n"
                + "  /** 24.0 hours */\n"
                + "  double a = b * 24.0; // 365.0\n"
                + "  String s = \"168.0\";\n"
                + "  long k = day * 24L + 0xFF + 1e-9;\n"
                + "  double m = fee / 12.0 + months << 12;\n"
                + "}\n";
        List<Literal> found = literals(MODEL.resolve("X.java"), source);
        assertEquals(
                List.of(
                        "X.java:3: 24.0",
                        "X.java:5: 24L",
                        "X.java:5: 0xFF",
                        "X.java:5: 1e-9",
                        "X.java:6: 12.0",
                        "X.java:6: 12"),
                found.stream().map(Literal::toString).toList());
        List<String> time = found.stream()
                .filter(ModelLiteralsTest::isTimeLiteral)
                .map(Literal::toString)
                .toList();
        assertEquals(List.of("X.java:3: 24.0", "X.java:5: 24L", "X.java:6: 12.0"), time);
        assertTrue(Files.isDirectory(MODEL), "the scan runs from the project directory");
    }
}
