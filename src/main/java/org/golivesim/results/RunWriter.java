package org.golivesim.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import org.golivesim.observe.RunResult;

/**
 * Streams finished runs to {@code runs.csv} (one row per run) and {@code daily.csv.gz} (one row per run and day), in
 * the order given. Each run's daily rows are one gzip member, so the file can be cut back to the end of any run and
 * appended to again: resuming an interrupted batch ends with the same bytes as an uninterrupted one. Each append
 * reports the files' end offsets and the CRC-32 of the bytes it wrote, for the journal; {@link #force()} puts them on
 * disk before the journal records them.
 */
public final class RunWriter implements AutoCloseable {
    private final Path dir;
    private final FileChannel runsChannel;
    private final FileChannel dailyChannel;
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
     * What one append wrote.
     *
     * @param ends sizes in bytes {runs, daily} after the write
     * @param crcs CRC-32 of the bytes written {runs, daily}
     */
    public record Appended(long[] ends, long[] crcs) {}

    /**
     * Opens the files of a results directory: new files with headers, or existing files cut back to the given sizes.
     *
     * @param dir results directory
     * @param varied keys of the varied parameters (columns of runs.csv)
     * @param resumeAt sizes in bytes {runs, daily} to cut back to, or null to start new files
     * @param gzip write {@code daily.csv.gz} (batches) rather than plain {@code daily.csv} (single runs)
     * @throws IOException when the files cannot be opened, or are shorter than {@code resumeAt}
     */
    public RunWriter(Path dir, List<String> varied, long[] resumeAt, boolean gzip) throws IOException {
        this.dir = dir;
        this.gzip = gzip;
        StandardOpenOption[] opts = resumeAt == null
                ? new StandardOpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE}
                : new StandardOpenOption[] {StandardOpenOption.WRITE};
        runsChannel = FileChannel.open(dir.resolve(ResultsLayout.RUNS), opts);
        FileChannel d;
        try {
            d = FileChannel.open(dir.resolve(dailyName()), opts);
        } catch (IOException e) {
            runsChannel.close();
            throw e;
        }
        dailyChannel = d;
        try {
            if (resumeAt != null) {
                cutBack(runsChannel, resumeAt[0], ResultsLayout.RUNS);
                cutBack(dailyChannel, resumeAt[1], dailyName());
            } else {
                write(runsChannel, runsHeaderBytes(varied), ResultsLayout.RUNS);
                write(dailyChannel, dailyHeaderBytes(gzip), dailyName());
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private String dailyName() {
        return gzip ? ResultsLayout.DAILY : ResultsLayout.DAILY_PLAIN;
    }

    private void cutBack(FileChannel ch, long size, String name) throws IOException {
        if (ch.size() < size) {
            // never write past the end: that would leave a hole of NUL bytes
            throw new IOException(dir.resolve(name) + " is shorter (" + ch.size() + " bytes) than the " + size
                    + " bytes to resume from");
        }
        ch.truncate(size);
        ch.position(size);
    }

    /** The bytes of runs.csv's header. */
    public static byte[] runsHeaderBytes(List<String> varied) {
        return CsvFormat.line(ResultsLayout.runsHeader(varied)).getBytes(StandardCharsets.UTF_8);
    }

    /** The bytes of the daily file's header (one gzip member when {@code gzip}). */
    public static byte[] dailyHeaderBytes(boolean gzip) {
        return member(CsvFormat.line(ResultsLayout.dailyHeader()), gzip);
    }

    /**
     * Appends one run and hands both files to the operating system (call {@link #force()} to put them on disk).
     *
     * @return the file sizes after the write and the CRC-32 of what was written, for the journal
     * @throws IOException on a write failure (the message names the file)
     */
    public Appended append(Row row) throws IOException {
        return append(row, null);
    }

    /**
     * Appends one run whose daily rows may already be encoded where it ran (a distributed runner's executor, with
     * {@link #dailyMember}); the row's result then needs only its summary metrics.
     *
     * @param row the run
     * @param encodedDaily the run's daily member as {@link #dailyMember} makes it, or null to encode it from the row
     * @return the file sizes after the write and the CRC-32 of what was written, for the journal
     * @throws IOException on a write failure (the message names the file)
     */
    public Appended append(Row row, byte[] encodedDaily) throws IOException {
        List<String> cells = new ArrayList<>();
        cells.add(Integer.toString(row.runId()));
        cells.add(Integer.toString(row.pointId()));
        cells.add(CsvFormat.text(row.arm()));
        cells.add(Integer.toString(row.replication()));
        cells.add(Long.toString(row.seed()));
        for (String v : row.variedValues()) {
            cells.add(CsvFormat.text(v));
        }
        cells.add(row.result() != null ? ResultsLayout.OK : ResultsLayout.FAILED);
        // one line per run: an error message's line breaks become spaces
        cells.add(CsvFormat.text(row.error() == null ? null : row.error().replaceAll("\\s*\\R\\s*", " ")));
        for (String name : ResultsLayout.runMetricColumns()) {
            cells.add(row.result() != null ? CsvFormat.num(row.result().summary(name)) : "");
        }
        byte[] runBytes = CsvFormat.line(cells).getBytes(StandardCharsets.UTF_8);
        byte[] dailyBytes = new byte[0];
        if (row.result() != null) {
            dailyBytes = encodedDaily != null
                    ? encodedDaily
                    : member(dailyText(row.runId(), row.pointId(), row.arm(), row.replication(), row.result()), gzip);
        }
        write(runsChannel, runBytes, ResultsLayout.RUNS);
        write(dailyChannel, dailyBytes, dailyName());
        return new Appended(sizes(), new long[] {crc(runBytes), crc(dailyBytes)});
    }

    /**
     * The bytes a batch appends to {@code daily.csv.gz} for one finished run: its daily rows as one gzip member. The
     * same inputs give the same bytes wherever the same JDK runs them.
     */
    public static byte[] dailyMember(int runId, int pointId, String arm, int replication, RunResult r) {
        return member(dailyText(runId, pointId, arm, replication, r), true);
    }

    private static String dailyText(int runId, int pointId, String arm, int replication, RunResult r) {
        StringBuilder sb = new StringBuilder(r.days() * 600);
        String prefix = runId + "," + pointId + "," + CsvFormat.text(arm) + "," + replication + ",";
        for (int i = 0; i < r.days(); i++) {
            sb.append(prefix).append(r.firstDay() + i);
            for (double v : r.row(i)) {
                sb.append(',').append(CsvFormat.num(v));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Forces both files' content to the storage device. */
    public void force() throws IOException {
        try {
            runsChannel.force(false);
        } catch (IOException e) {
            throw named(e, ResultsLayout.RUNS);
        }
        try {
            dailyChannel.force(false);
        } catch (IOException e) {
            throw named(e, dailyName());
        }
    }

    private void write(FileChannel ch, byte[] bytes, String name) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        try {
            while (b.hasRemaining()) {
                ch.write(b);
            }
        } catch (IOException e) {
            throw named(e, name);
        }
    }

    private IOException named(IOException e, String name) {
        return new IOException("writing " + dir.resolve(name) + " failed: " + e.getMessage(), e);
    }

    private static byte[] member(String text, boolean gzip) {
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        if (!gzip) {
            return raw;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
            gz.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory only: cannot happen
        }
        return out.toByteArray();
    }

    /** CRC-32 of bytes. */
    public static long crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return c.getValue();
    }

    /** Current sizes in bytes {runs, daily}. */
    public long[] sizes() throws IOException {
        return new long[] {runsChannel.position(), dailyChannel.position()};
    }

    @Override
    public void close() throws IOException {
        try {
            runsChannel.close();
        } finally {
            dailyChannel.close();
        }
    }

    /** Whether a results directory already holds batch output. */
    public static boolean exists(Path dir) {
        return Files.exists(dir.resolve(ResultsLayout.RUNS))
                || Files.exists(dir.resolve(ResultsLayout.DAILY))
                || Files.exists(dir.resolve(ResultsLayout.DAILY_PLAIN));
    }
}
