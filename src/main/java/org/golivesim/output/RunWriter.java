package org.golivesim.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.golivesim.observe.DailyMetric;
import org.golivesim.observe.RunResult;
import org.golivesim.observe.Summaries;

/**
 * Streams finished runs to {@code runs.csv} (one row per run) and {@code daily.csv.gz} (one row per run and day), in
 * the order given. Each run's daily rows are one gzip member, so the file can be cut back to the end of any run and
 * appended to again: resuming an interrupted batch ends with the same bytes as an uninterrupted one.
 */
public final class RunWriter implements AutoCloseable {
    /** File name of the run table. */
    public static final String RUNS = "runs.csv";
    /** File name of the daily series of a batch (gzip). */
    public static final String DAILY = "daily.csv.gz";
    /** File name of the daily series of a single run (plain). */
    public static final String DAILY_PLAIN = "daily.csv";

    private final FileChannel runsChannel;
    private final FileChannel dailyChannel;
    private final Writer runs;
    private final OutputStream daily;
    private final List<String> varied;
    private final boolean gzip;

    /** One run to write: identifiers, varied values, and its result (or its error). */
    public record Row(
            int runId,
            int pointId,
            String arm,
            int replication,
            long seed,
            List<String> variedValues,
            RunResult result,
            String error) {}

    /**
     * Opens the files of a results directory: new files with headers, or existing files cut back to the given sizes.
     *
     * @param dir results directory
     * @param varied keys of the varied parameters (columns of runs.csv)
     * @param resumeAt sizes in bytes {runs, daily} to cut back to, or null to start new files
     * @param gzip write {@code daily.csv.gz} (batches) rather than plain {@code daily.csv} (single runs)
     * @throws IOException when the files cannot be opened
     */
    public RunWriter(Path dir, List<String> varied, long[] resumeAt, boolean gzip) throws IOException {
        this.varied = List.copyOf(varied);
        this.gzip = gzip;
        StandardOpenOption[] opts = resumeAt == null
                ? new StandardOpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE}
                : new StandardOpenOption[] {StandardOpenOption.WRITE};
        runsChannel = FileChannel.open(dir.resolve(RUNS), opts);
        dailyChannel = FileChannel.open(dir.resolve(gzip ? DAILY : DAILY_PLAIN), opts);
        if (resumeAt != null) {
            runsChannel.truncate(resumeAt[0]);
            dailyChannel.truncate(resumeAt[1]);
            runsChannel.position(resumeAt[0]);
            dailyChannel.position(resumeAt[1]);
        }
        runs = new java.io.OutputStreamWriter(
                java.nio.channels.Channels.newOutputStream(runsChannel), StandardCharsets.UTF_8);
        daily = java.nio.channels.Channels.newOutputStream(dailyChannel);
        if (resumeAt == null) {
            runs.write(CsvFormat.line(runsHeader(varied)));
            runs.flush();
            writeDailyMember(CsvFormat.line(dailyHeader()));
        }
    }

    /** Columns of runs.csv. */
    public static List<String> runsHeader(List<String> varied) {
        List<String> h = new ArrayList<>(List.of("run_id", "point_id", "arm", "replication", "seed"));
        h.addAll(varied);
        h.add("status");
        h.add("error");
        h.addAll(Summaries.names());
        return h;
    }

    /** Columns of daily.csv.gz. */
    public static List<String> dailyHeader() {
        List<String> h = new ArrayList<>(List.of("run_id", "point_id", "arm", "replication", "day"));
        for (DailyMetric m : DailyMetric.values()) {
            h.add(m.column());
        }
        return h;
    }

    /**
     * Appends one run and flushes both files to the operating system.
     *
     * @return the file sizes after the write {runs, daily}, for the journal
     * @throws IOException on a write failure
     */
    public long[] append(Row row) throws IOException {
        List<String> cells = new ArrayList<>();
        cells.add(Integer.toString(row.runId()));
        cells.add(Integer.toString(row.pointId()));
        cells.add(CsvFormat.text(row.arm()));
        cells.add(Integer.toString(row.replication()));
        cells.add(Long.toString(row.seed()));
        for (String v : row.variedValues()) {
            cells.add(CsvFormat.text(v));
        }
        cells.add(row.result() != null ? "ok" : "failed");
        // one line per run: an error message's line breaks become spaces
        cells.add(CsvFormat.text(row.error() == null ? null : row.error().replaceAll("\\s*\\R\\s*", " ")));
        for (String name : Summaries.names()) {
            cells.add(row.result() != null ? CsvFormat.num(row.result().summary(name)) : "");
        }
        runs.write(CsvFormat.line(cells));
        runs.flush();
        if (row.result() != null) {
            RunResult r = row.result();
            StringBuilder sb = new StringBuilder(r.days() * 600);
            String prefix =
                    row.runId() + "," + row.pointId() + "," + CsvFormat.text(row.arm()) + "," + row.replication() + ",";
            for (int i = 0; i < r.days(); i++) {
                sb.append(prefix).append(r.firstDay() + i);
                for (double v : r.row(i)) {
                    sb.append(',').append(CsvFormat.num(v));
                }
                sb.append('\n');
            }
            writeDailyMember(sb.toString());
        }
        return sizes();
    }

    private void writeDailyMember(String text) throws IOException {
        if (!gzip) {
            daily.write(text.getBytes(StandardCharsets.UTF_8));
            daily.flush();
            return;
        }
        GZIPOutputStream gz = new GZIPOutputStream(new NonClosing(daily), 1 << 16);
        gz.write(text.getBytes(StandardCharsets.UTF_8));
        gz.finish();
        daily.flush();
    }

    /** Current sizes in bytes {runs, daily}. */
    public long[] sizes() throws IOException {
        return new long[] {runsChannel.position(), dailyChannel.position()};
    }

    @Override
    public void close() throws IOException {
        runs.close();
        daily.close();
    }

    /** Lets a gzip member finish without closing the file under it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /** Whether a results directory already holds batch output. */
    public static boolean exists(Path dir) {
        return Files.exists(dir.resolve(RUNS))
                || Files.exists(dir.resolve(DAILY))
                || Files.exists(dir.resolve(DAILY_PLAIN));
    }
}
