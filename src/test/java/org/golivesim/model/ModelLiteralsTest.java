package org.golivesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

    /**
     * The numbers the model's code may hold besides 0 and 1, by file and literal, each with the reason it is not a
     * behavioural parameter. Anything else (a share, a rate, a threshold, a clock hour) belongs on the parameter sheet
     * as a {@code @Param} in {@code Scenario}; a literal that is not listed fails the test with file:line.
     */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("domain/Calendar.java 5", "Monday to Friday: the schedule's week starts on a Monday"),
            Map.entry(
                    "agent/SupportDesk.java 10",
                    "incident-call key layout: 2^10 keys per kind (named constant, no behaviour)"),
            Map.entry(
                    "agent/SupportDesk.java 3",
                    "incident-call key layout: third key block for defect incidents (named constant)"),
            Map.entry("domain/Orderings.java 2", "schedule ordering number (named constant)"),
            Map.entry("domain/Orderings.java 3", "schedule ordering number (named constant)"),
            Map.entry("domain/Orderings.java 4", "schedule ordering number (named constant)"),
            Map.entry("domain/Orderings.java 9", "schedule ordering number (named constant)"),
            Map.entry("domain/ShiftSlot.java 7", "day shift starts 07:00 (the three 8-hour shifts, named enum)"),
            Map.entry("domain/ShiftSlot.java 15", "evening shift starts 15:00 (named enum)"),
            Map.entry("domain/ShiftSlot.java 23", "night shift starts 23:00 (named enum)"),
            Map.entry("domain/ShiftSlot.java 8.0", "shift length (named constant ShiftSlot.HOURS)"),
            Map.entry("HospitalModel.java 2", "noon: Calendar.DAY / 2, the daily security step's hour"),
            Map.entry(
                    "HospitalModel.java 6",
                    "first Sunday: day 6 of the schedule's Monday-based week (maintenance at 01:00)"),
            Map.entry("process/DefectsAndReleases.java 1e6", "unit: the parameter is per million usage hours"),
            Map.entry("process/DefectsAndReleases.java 1e-9", "floating-point guard for floor()"),
            Map.entry("agent/StaffPool.java 1e-9", "floating-point guard for floor()"),
            Map.entry("process/Infrastructure.java 2", "lognormal mean exp(sigma^2 / 2)"),
            Map.entry("process/Threats.java 500", "HIPAA: breaches of 500+ records are reportable (45 CFR 164.406)"),
            Map.entry("process/Threats.java 60", "HIPAA: notification within 60 days of discovery"),
            Map.entry("process/Threats.java 1000.0", "unit: the parameter is per thousand users"),
            Map.entry("process/Threats.java 0.5", "Math.round: a draw of 499.5 records or more rounds to 500"),
            Map.entry("process/Vulnerabilities.java 30.0", "the hazard parameter is its value at day 30 (its unit)"),
            Map.entry("agent/Clinician.java 3", "Gordon et al. 2019 bin centres (campaigns 1-5, 6-10, >10)"),
            Map.entry("agent/Clinician.java 8", "Gordon et al. 2019 bin centre; also a bit shift of the ticket key"),
            Map.entry("agent/Clinician.java 13", "Gordon et al. 2019 bin centre"),
            Map.entry("agent/Clinician.java 5.0", "distance between Gordon et al. 2019 bin centres"),
            Map.entry("agent/Clinician.java 36", "bit shift packing the ticket key"),
            Map.entry("agent/Clinician.java 0xFF", "bit mask packing the ticket key"),
            Map.entry("agent/Shift.java 2", "two stream phases per shift"),
            Map.entry("agent/SupportDesk.java 2", "array of (on-duty, busy) hours"),
            Map.entry("agent/SupportDesk.java 12", "bit shift packing the outage ticket key"),
            Map.entry("agent/TicketBook.java 5", "metric definition: week-one tickets resolved by day 5"),
            Map.entry("agent/Workforce.java 3", "the three shift slots (mechanism switched off: uniform)"),
            Map.entry("agent/Workforce.java 100.0", "unit: per 100 clinicians; net promoter score in points"),
            Map.entry("agent/Workforce.java 10.0", "net promoter score: 0-10 rating"),
            Map.entry(
                    "agent/Workforce.java 0.5",
                    "rounding to the nearest rating; half-life: memory halves every supportMemoryHalfLifeDays"),
            Map.entry("agent/Workforce.java 9", "net promoter score: promoters rate 9-10"),
            Map.entry("agent/Workforce.java 6", "net promoter score: detractors rate 0-6"));

    @Test
    void theModelHoldsNoBehaviouralNumbersOutsideTheParameterSheet() throws IOException {
        List<Literal> unlisted = modelLiterals().stream()
                .filter(l -> l.value() != 0 && l.value() != 1)
                .filter(l -> !ALLOWED.containsKey(key(l)))
                .toList();
        assertEquals(
                List.of(),
                unlisted,
                "numbers in the model's code: make each a @Param in Scenario (unit, range, source or assumption), a"
                        + " Calendar constant, or list it in ModelLiteralsTest.ALLOWED with its reason");
    }

    @Test
    void everyAllowedLiteralStillOccurs() throws IOException {
        Set<String> present =
                modelLiterals().stream().map(ModelLiteralsTest::key).collect(Collectors.toSet());
        List<String> stale = ALLOWED.keySet().stream()
                .filter(k -> !present.contains(k))
                .sorted()
                .toList();
        assertEquals(List.of(), stale, "allow-list entries with no literal left: remove them");
    }

    private static String key(Literal l) {
        return MODEL.relativize(l.file()).toString().replace('\\', '/') + " " + l.text();
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
