package org.golivesim.results;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Reads one RFC-4180 CSV file with a header row, turning every format problem into a {@link
 * ResultsFormatException} that names the file, data row and column.
 */
final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .get();

    private CsvTable() {}

    /** One data row; accessors convert and validate cells. */
    static final class Row {
        private final String fileName;
        private final CSVRecord record;

        Row(String fileName, CSVRecord record) {
            this.fileName = fileName;
            this.record = record;
        }

        /** The underlying record. */
        CSVRecord record() {
            return record;
        }

        /** Data row number, 1 for the first row after the header. */
        long rowNumber() {
            return record.getRecordNumber();
        }

        /** A text cell as it was before it was written ({@link CsvFormat#untext}). */
        String text(String column) {
            return CsvFormat.untext(record.get(column));
        }

        int integer(String column) {
            String cell = record.get(column).trim();
            try {
                return Integer.parseInt(cell);
            } catch (NumberFormatException e) {
                throw error(column, cell, "an integer");
            }
        }

        /** Parses a number in Locale.ROOT form; an empty cell means missing and gives NaN. */
        double number(String column) {
            return parseNumber(record.get(column), () -> column);
        }

        /** The number in the cell at a header position (no lookup by name, for wide files); empty is NaN. */
        double number(int index) {
            return parseNumber(
                    record.get(index), () -> record.getParser().getHeaderNames().get(index));
        }

        private double parseNumber(String raw, java.util.function.Supplier<String> column) {
            String cell = raw.trim();
            if (cell.isEmpty() || cell.equals("NaN") || cell.equalsIgnoreCase("nan")) {
                return Double.NaN;
            }
            try {
                return Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                throw error(
                        column.get(), cell, "a number in Locale.ROOT form (e.g. 12.5) or an empty cell for missing");
            }
        }

        ResultsFormatException error(String column, String value, String expected) {
            return new ResultsFormatException(fileName + " data row " + rowNumber() + ", column '" + column
                    + "': value '" + value + "' is not " + expected);
        }

        ResultsFormatException error(String message) {
            return new ResultsFormatException(fileName + " data row " + rowNumber() + ": " + message);
        }
    }

    /** Returns the file to read: {@code name} itself, or {@code name.gz} when only that exists; null if neither. */
    static Path locate(Path dir, String name) {
        Path plain = dir.resolve(name);
        if (Files.isRegularFile(plain)) {
            return plain;
        }
        Path gz = dir.resolve(name + ".gz");
        return Files.isRegularFile(gz) ? gz : null;
    }

    /**
     * Streams every data row of {@code file} to {@code consumer} after checking the header has the required
     * columns, and returns the header.
     */
    static List<String> stream(Path file, List<String> requiredColumns, Consumer<Row> consumer) {
        return stream(file, requiredColumns, null, consumer);
    }

    /**
     * Like {@link #stream(Path, List, Consumer)}, but data lines for which {@code keepLine} is false are dropped
     * before they are parsed (a cheap pre-filter for large files; lines inside a quoted field are always kept, and
     * row numbers in messages count the kept rows).
     */
    static List<String> stream(
            Path file, List<String> requiredColumns, Predicate<String> keepLine, Consumer<Row> consumer) {
        String name = file.getFileName().toString();
        try (InputStream raw = Files.newInputStream(file);
                InputStream maybeGz = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                InputStream noBom =
                        BOMInputStream.builder().setInputStream(maybeGz).get();
                BufferedReader lines =
                        new BufferedReader(new InputStreamReader(noBom, StandardCharsets.UTF_8), 1 << 16);
                Reader reader = keepLine == null ? lines : new LineFilter(lines, keepLine);
                CSVParser parser =
                        CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            List<String> header = parser.getHeaderNames();
            List<String> missing = new ArrayList<>();
            for (String column : requiredColumns) {
                if (!header.contains(column)) {
                    missing.add(column);
                }
            }
            if (!missing.isEmpty()) {
                throw new ResultsFormatException(name + " lacks column(s) " + String.join(", ", missing)
                        + "; its header is " + String.join(",", header) + " but must start with "
                        + String.join(",", requiredColumns));
            }
            for (CSVRecord record : parser) {
                if (record.size() != header.size()) {
                    throw new ResultsFormatException(name + " data row " + record.getRecordNumber() + " has "
                            + record.size() + " cells but the header has " + header.size() + " columns");
                }
                consumer.accept(new Row(name, record));
            }
            return List.copyOf(header);
        } catch (CSVException e) {
            throw malformed(name, e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException) {
                throw malformed(name, e.getCause());
            }
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e.getCause());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (ResultsFormatException e) {
            throw e;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw malformed(name, e);
        }
    }

    /** Serves the header line and the data lines a predicate keeps; keeps every line while a quote is open. */
    private static final class LineFilter extends Reader {
        private final BufferedReader in;
        private final Predicate<String> keep;
        private boolean header = true;
        private boolean inQuote;
        private String current = "";
        private int pos;

        LineFilter(BufferedReader in, Predicate<String> keep) {
            this.in = in;
            this.keep = keep;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            while (pos >= current.length()) {
                String line = in.readLine();
                if (line == null) {
                    return -1;
                }
                boolean quoted = inQuote || line.indexOf('"') >= 0;
                if (header || quoted || keep.test(line)) {
                    current = line + "\n";
                    pos = 0;
                }
                header = false;
                for (int i = 0; i < line.length(); i++) {
                    if (line.charAt(i) == '"') {
                        inQuote = !inQuote;
                    }
                }
            }
            int n = Math.min(len, current.length() - pos);
            current.getChars(pos, pos + n, buf, off);
            pos += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static ResultsFormatException malformed(String name, Throwable cause) {
        return new ResultsFormatException(
                name + " is not valid RFC-4180 CSV with a unique header row: " + cause.getMessage(), cause);
    }

    /** Reads all rows into memory as column → text maps (for small files). */
    static List<Map<String, String>> readAll(Path file, List<String> requiredColumns) {
        List<Map<String, String>> rows = new ArrayList<>();
        stream(file, requiredColumns, row -> rows.add(row.record.toMap()));
        return rows;
    }
}
