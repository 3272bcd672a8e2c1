package org.golivesim.results;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.golivesim.random.Stream;
import org.golivesim.random.Streams;
import org.junit.jupiter.api.Test;

/** How numbers and text are written to CSV, and read back. */
class CsvFormatTest {
    @Test
    void numWritesIntegersWithoutAPointAndEverythingElseAtFullPrecision() {
        assertAll(
                () -> assertEquals("3", CsvFormat.num(3.0)),
                () -> assertEquals("-42", CsvFormat.num(-42.0)),
                () -> assertEquals("0", CsvFormat.num(0.0)),
                () -> assertEquals("0", CsvFormat.num(-0.0)),
                () -> assertEquals("999999999999999", CsvFormat.num(999_999_999_999_999.0)),
                () -> assertEquals("1.0E15", CsvFormat.num(1e15)),
                () -> assertEquals("0.1", CsvFormat.num(0.1)),
                () -> assertEquals("0.30000000000000004", CsvFormat.num(0.1 + 0.2)),
                () -> assertEquals("1.0E-7", CsvFormat.num(1e-7)),
                () -> assertEquals("", CsvFormat.num(Double.NaN)));
    }

    @Test
    void num6RoundsToSixSignificantDigits() {
        assertAll(
                () -> assertEquals("0.666667", CsvFormat.num6(2.0 / 3)),
                () -> assertEquals("1234570", CsvFormat.num6(1_234_567.891)),
                () -> assertEquals("0.123457", CsvFormat.num6(0.123456789)),
                () -> assertEquals("-2.5", CsvFormat.num6(-2.5)),
                () -> assertEquals("3.33333E-8", CsvFormat.num6(1e-7 / 3)),
                () -> assertEquals("12", CsvFormat.num6(12.0)),
                () -> assertEquals("", CsvFormat.num6(Double.NaN)),
                () -> assertEquals("inf", CsvFormat.num6(Double.POSITIVE_INFINITY)),
                () -> assertEquals("-inf", CsvFormat.num6(Double.NEGATIVE_INFINITY)));
    }

    @Test
    void textIsQuotedOnlyWhenItMustBe() {
        assertAll(
                () -> assertEquals("as-given", CsvFormat.text("as-given")),
                () -> assertEquals("", CsvFormat.text(null)),
                () -> assertEquals("", CsvFormat.text("")),
                () -> assertEquals("\"a,b\"", CsvFormat.text("a,b")),
                () -> assertEquals("\"say \"\"hi\"\"\"", CsvFormat.text("say \"hi\"")),
                () -> assertEquals("\"two\nlines\"", CsvFormat.text("two\nlines")),
                () -> assertEquals("\"cr\rhere\"", CsvFormat.text("cr\rhere")));
    }

    @Test
    void lineJoinsCellsWithCommasAndEndsWithANewline() {
        assertEquals("a,,c\n", CsvFormat.line(List.of("a", "", "c")));
        assertEquals("\n", CsvFormat.line(List.of()));
    }

    @Test
    void textCellsRoundTripThroughLineAndParse() {
        List<String> cells = List.of(
                "plain", "", "a,b", "\"quoted\"", "mixed \"q\", and commas", "IllegalStateException: run 1 failed, x");
        List<String> written = new ArrayList<>();
        for (String c : cells) {
            written.add(CsvFormat.text(c));
        }
        String line = CsvFormat.line(written);
        assertEquals(cells, CsvFormat.parse(line.substring(0, line.length() - 1)));
    }

    @Test
    void parseKeepsEmptyCellsAndRejectsAnUnclosedQuote() {
        assertEquals(List.of("", "", ""), CsvFormat.parse(",,"));
        assertEquals(List.of(""), CsvFormat.parse(""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsvFormat.parse("a,\"b"));
        assertTrue(e.getMessage().contains("unclosed quote"), e.getMessage());
    }

    /** Every finite double, and NaN, reads back as exactly the value written. */
    @Test
    void numbersRoundTripExactly() {
        Stream s = new Streams(20261125L).stream("CsvFormatTest");
        List<Double> values = new ArrayList<>(List.of(
                0.0, 1.0, -1.0, 0.1, 1e15, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 123456789.0));
        for (int i = 0; i < 10_000; i++) {
            values.add(s.gaussian() * Math.pow(10, s.nextInt(40) - 20));
            values.add((double) (s.nextInt(2_000_001) - 1_000_000));
            values.add(Double.longBitsToDouble(((long) s.nextInt(1 << 30) << 34) ^ ((long) s.nextInt(1 << 30) << 4)));
        }
        for (double v : values) {
            if (Double.isFinite(v)) {
                assertEquals(v, CsvFormat.parseNum(CsvFormat.num(v)), "round trip of " + v);
            }
        }
        assertTrue(Double.isNaN(CsvFormat.parseNum(CsvFormat.num(Double.NaN))));
    }

    @Test
    void textAFormulaWouldRunInIsNeutralisedAndReadBackExactly() {
        for (String formula : List.of(
                "=HYPERLINK(\"http://x\",\"y\")",
                "+1+cmd|' /C calc'!A0",
                "-2+3",
                "@SUM(A1)",
                "\tx",
                "'quoted already")) {
            String cell = CsvFormat.text(formula);
            String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
            assertTrue(unquoted.startsWith("'"), formula + " written as " + cell);
            assertEquals(List.of(formula, "next"), CsvFormat.parse(cell + ",next"), "read back: " + cell);
        }
    }

    @Test
    void numbersAndOrdinaryTextAreWrittenAsTheyAre() {
        for (String plain : List.of("-5", "+0.25", "-1.5e-3", "as-given", "a=b", "x-", "", "dedicated-team")) {
            assertEquals(plain, CsvFormat.text(plain));
            assertEquals(List.of(plain), CsvFormat.parse(CsvFormat.text(plain)));
        }
    }
}
