package org.golivesim.batch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import org.golivesim.results.AtomicFiles;

/**
 * The append-only journal of finished runs ({@code journal.tsv}), which makes {@code --resume} exact and safe.
 *
 * <p>The first line identifies the batch: {@code golive-journal 2 <plan fingerprint> <runs.csv header bytes>
 * <daily.csv.gz header bytes> <their CRC-32s>}. After each run's rows are written <em>and forced to disk</em>, one line
 * records {@code run id, end offset of runs.csv, end offset of daily.csv.gz, CRC-32 of the run's bytes in each}. Every
 * line ends with the CRC-32 of the text before it, so a damaged line is recognised. On resume, {@link #verify} checks
 * each journaled run's bytes against the data files and keeps the longest prefix of runs that is intact; the rest is
 * cut off and run again. Nothing is ever kept that does not match, and a file shorter than the journal says (a lost
 * write, a truncation, a hole) is found at the first run it touches.
 */
public final class Journal implements AutoCloseable {
    /** File name in the results directory. */
    public static final String FILE = "journal.tsv";

    private static final String MAGIC = "golive-journal";
    private static final String VERSION = "2";

    private final FileChannel out;

    /**
     * The header of a journal.
     *
     * @param fingerprint the plan's fingerprint
     * @param headerSizes bytes of the header of {runs.csv, daily.csv.gz}
     * @param headerCrcs CRC-32 of those bytes
     */
    public record Header(String fingerprint, long[] headerSizes, long[] headerCrcs) {}

    /**
     * What a resume keeps.
     *
     * @param nextRun the first run to execute again (runs before it are intact)
     * @param runsBytes size to cut runs.csv back to
     * @param dailyBytes size to cut daily.csv.gz back to
     * @param journalText the journal's kept content (header and intact lines)
     * @param notice why runs were dropped beyond what a kill explains (empty when nothing was damaged)
     */
    public record Position(int nextRun, long runsBytes, long dailyBytes, String journalText, String notice) {}

    private Journal(FileChannel out) {
        this.out = out;
    }

    /**
     * Starts a journal: writes its header and forces it to disk.
     *
     * @throws IOException when it cannot be written
     */
    public static Journal create(Path dir, Header h) throws IOException {
        FileChannel ch = FileChannel.open(
                dir.resolve(FILE),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        Journal j = new Journal(ch);
        j.write(headerLine(h));
        ch.force(true);
        return j;
    }

    /**
     * Continues a verified journal: replaces it atomically with the kept text and opens it for appending.
     *
     * @throws IOException when it cannot be written
     */
    public static Journal resume(Path dir, Position p) throws IOException {
        AtomicFiles.writeString(dir.resolve(FILE), p.journalText());
        FileChannel ch = FileChannel.open(dir.resolve(FILE), StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return new Journal(ch);
    }

    /**
     * Records that a run's rows are on disk (the caller has forced the data files first).
     *
     * @param runId the run
     * @param ends end offsets {runs, daily} after the run
     * @param crcs CRC-32 of the run's bytes {runs, daily}
     */
    public void finished(int runId, long[] ends, long[] crcs) throws IOException {
        write(runLine(runId, ends, crcs));
    }

    private void write(String line) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        while (b.hasRemaining()) {
            out.write(b);
        }
    }

    static String headerLine(Header h) {
        return sealed(String.join(
                "\t",
                MAGIC,
                VERSION,
                h.fingerprint(),
                Long.toString(h.headerSizes()[0]),
                Long.toString(h.headerSizes()[1]),
                hex(h.headerCrcs()[0]),
                hex(h.headerCrcs()[1])));
    }

    static String runLine(int runId, long[] ends, long[] crcs) {
        return sealed(runId + "\t" + ends[0] + "\t" + ends[1] + "\t" + hex(crcs[0]) + "\t" + hex(crcs[1]));
    }

    private static String sealed(String body) {
        return body + "\t" + hex(crc(body.getBytes(StandardCharsets.UTF_8))) + "\n";
    }

    static String hex(long crc) {
        return String.format(Locale.ROOT, "%08x", crc);
    }

    static long crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return c.getValue();
    }

    /** The fields of a line whose seal matches, or null. */
    private static String[] unseal(String line) {
        int tab = line.lastIndexOf('\t');
        if (tab < 0) {
            return null;
        }
        String body = line.substring(0, tab);
        if (!line.substring(tab + 1).equals(hex(crc(body.getBytes(StandardCharsets.UTF_8))))) {
            return null;
        }
        return body.split("\t", -1);
    }

    /**
     * Checks an interrupted batch's files against its journal and finds what a resume may keep.
     *
     * @param dir results directory
     * @param expected the header this plan writes
     * @param runsFile runs.csv
     * @param dailyFile daily.csv.gz
     * @return the runs to keep, the sizes to cut back to, and a notice when damage (not just a kill) was found
     * @throws BatchException when the journal belongs to a different plan
     * @throws IOException when the files cannot be read
     */
    public static Position verify(Path dir, Header expected, Path runsFile, Path dailyFile) throws IOException {
        String headerText = headerLine(expected);
        Position none = new Position(0, 0, 0, headerText, "");
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return withNotice(none, "no journal.tsv: every run is run again");
        }
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(text.lines().toList());
        if (!text.endsWith("\n") && !lines.isEmpty()) {
            lines.remove(lines.size() - 1); // a torn last line: the kill came while it was written
        }
        if (lines.isEmpty()) {
            return none; // killed before the journal's header reached the disk: no run was recorded
        }
        String[] h = unseal(lines.get(0));
        if (h == null || h.length != 7 || !h[0].equals(MAGIC) || !h[1].equals(VERSION)) {
            return withNotice(
                    none,
                    file + " line 1 is not a journal header of this version (damaged, or written"
                            + " by another version): every run is run again");
        }
        if (!h[2].equals(expected.fingerprint())) {
            throw new BatchException("cannot resume " + dir + ": its journal belongs to a different plan (scenario,"
                    + " overrides, replications or precision target differ); use --overwrite to replace it or --out"
                    + " to choose another directory");
        }
        if (!(lines.get(0) + "\n").equals(headerText)) {
            return withNotice(
                    none,
                    "the data-file headers recorded in " + file + " differ from this version's:"
                            + " every run is run again");
        }
        try (Region runs = new Region(runsFile);
                Region daily = new Region(dailyFile)) {
            long[] sizes = expected.headerSizes();
            if (runs.crcTo(sizes[0]) != expected.headerCrcs()[0]) {
                return withNotice(none, "the header of " + runsFile + " is missing or damaged: every run is run again");
            }
            if (daily.crcTo(sizes[1]) != expected.headerCrcs()[1]) {
                return withNotice(
                        none, "the header of " + dailyFile + " is missing or damaged: every run is run again");
            }
            StringBuilder kept = new StringBuilder(headerText);
            int next = 0;
            long runsEnd = sizes[0];
            long dailyEnd = sizes[1];
            String notice = "";
            for (int i = 1; i < lines.size(); i++) {
                String problem = null;
                String[] f = unseal(lines.get(i));
                long[] ends = new long[2];
                long[] crcs = new long[2];
                if (f == null || f.length != 5) {
                    problem = "line " + (i + 1) + " of " + file + " is damaged";
                } else {
                    try {
                        int id = Integer.parseInt(f[0]);
                        ends[0] = Long.parseLong(f[1]);
                        ends[1] = Long.parseLong(f[2]);
                        crcs[0] = Long.parseLong(f[3], 16);
                        crcs[1] = Long.parseLong(f[4], 16);
                        if (id != next) {
                            problem = "line " + (i + 1) + " of " + file + " records run " + id + " where run " + next
                                    + " was expected (a duplicate or out-of-order line)";
                        } else if (ends[0] < runsEnd || ends[1] < dailyEnd) {
                            problem = "line " + (i + 1) + " of " + file + " records offsets before the previous run's";
                        }
                    } catch (NumberFormatException e) {
                        problem = "line " + (i + 1) + " of " + file + " is damaged";
                    }
                }
                if (problem == null && runs.crcTo(ends[0]) != crcs[0]) {
                    problem = "run " + next + "'s bytes in " + runsFile + " do not match the journal ("
                            + (runs.failed() ? "the file is shorter than recorded" : "checksum differs") + ")";
                }
                if (problem == null && daily.crcTo(ends[1]) != crcs[1]) {
                    problem = "run " + next + "'s bytes in " + dailyFile + " do not match the journal ("
                            + (daily.failed() ? "the file is shorter than recorded" : "checksum differs") + ")";
                }
                if (problem != null) {
                    notice = problem + "; keeping runs before run " + next + " and running the rest again";
                    break;
                }
                kept.append(lines.get(i)).append('\n');
                next++;
                runsEnd = ends[0];
                dailyEnd = ends[1];
            }
            return new Position(next, runsEnd, dailyEnd, kept.toString(), notice);
        }
    }

    private static Position withNotice(Position p, String notice) {
        return new Position(p.nextRun(), p.runsBytes(), p.dailyBytes(), p.journalText(), notice);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Reads a file front to back in consecutive regions, giving each region's CRC-32. */
    private static final class Region implements AutoCloseable {
        private final InputStream in;
        private final byte[] buf = new byte[1 << 16];
        private long pos;
        private boolean failed;

        Region(Path file) throws IOException {
            in = Files.exists(file) ? new BufferedInputStream(Files.newInputStream(file), 1 << 16) : null;
            failed = in == null;
        }

        /** CRC-32 of the bytes from the current position to {@code end}; -1 when the file ends first. */
        long crcTo(long end) throws IOException {
            if (failed) {
                return -1;
            }
            CRC32 c = new CRC32();
            while (pos < end) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, end - pos));
                if (n < 0) {
                    failed = true;
                    return -1;
                }
                c.update(buf, 0, n);
                pos += n;
            }
            return c.getValue();
        }

        boolean failed() {
            return failed;
        }

        @Override
        public void close() throws IOException {
            if (in != null) {
                in.close();
            }
        }
    }
}
