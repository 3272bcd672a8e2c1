package org.golivesim.results;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How numbers and text are written in every CSV of a results directory: {@code Locale.ROOT} digits, integers without
 * a decimal point, NaN as an empty cell, text quoted RFC-4180 style only when it must be. The same value always gives
 * the same bytes, whatever the machine or thread.
 */
public final class CsvFormat {
    private static final MathContext SIX_DIGITS = new MathContext(6);

    private CsvFormat() {}

    /** A number at full precision (raw results). */
    public static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** A number rounded to six significant digits (derived statistics). */
    public static String num6(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.isNaN(v) ? "" : (v > 0 ? "inf" : "-inf");
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return num(new BigDecimal(v).round(SIX_DIGITS).doubleValue());
    }

    /** Plain numbers, which may start with a sign and are never neutralised. */
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /**
     * Whether a text cell must be neutralised against CSV injection (OWASP): it starts with {@code = + - @}, a tab or
     * a carriage return and is not a plain number, so a spreadsheet would read it as a formula; or it starts with the
     * neutralising quote itself, so that reading back is exact.
     */
    static boolean needsNeutralising(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        if (c == '\'') {
            return true;
        }
        boolean trigger = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return trigger && !NUMBER.matcher(s).matches();
    }

    /**
     * A text cell, quoted when it holds a comma, quote or line break; text a spreadsheet would run as a formula gets a
     * leading {@code '} ({@link #untext} takes it off again).
     */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        if (needsNeutralising(s)) {
            s = "'" + s;
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** The original text of a cell written by {@link #text}: a neutralising leading {@code '} removed. */
    public static String untext(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    /** Joins cells into a line ending in a newline. */
    public static String line(Iterable<String> cells) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (String c : cells) {
            if (!first) {
                sb.append(',');
            }
            sb.append(c);
            first = false;
        }
        return sb.append('\n').toString();
    }

    /**
     * Splits one CSV line (without its line break) into cells with the results' one CSV codec (Commons CSV,
     * RFC-4180), undoing the neutralisation of {@link #text}. Files are read whole through {@link ResultsData}; this
     * is for single lines (a hand-kept table such as the calibration targets).
     *
     * @throws IllegalArgumentException when a quoted cell is not closed or the text holds more than one line
     */
    public static java.util.List<String> parse(String line) {
        java.util.List<org.apache.commons.csv.CSVRecord> records;
        try (org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVParser.builder()
                .setReader(new java.io.StringReader(line))
                .setFormat(org.apache.commons.csv.CSVFormat.RFC4180)
                .get()) {
            records = p.getRecords();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("unclosed quote or bad quoting in CSV line: " + line, e);
        }
        if (records.isEmpty()) {
            return java.util.List.of("");
        }
        if (records.size() > 1) {
            throw new IllegalArgumentException("expected one CSV line, got " + records.size() + ": " + line);
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String cell : records.get(0)) {
            out.add(untext(cell));
        }
        return out;
    }

    /** Reads a numeric cell: empty is NaN. */
    public static double parseNum(String cell) {
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }
}
