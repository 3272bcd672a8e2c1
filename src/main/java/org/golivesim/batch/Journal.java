package org.golivesim.batch;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The append-only journal of finished runs ({@code journal.tsv}): after each run's rows are flushed, one line records
 * the run id and the sizes of {@code runs.csv} and {@code daily.csv.gz}. A batch killed at any instant — even with
 * SIGKILL — resumes from the last complete line, cutting the data files back to the sizes it records; a half-written
 * last line is ignored.
 */
public final class Journal implements AutoCloseable {
    /** File name in the results directory. */
    public static final String FILE = "journal.tsv";

    private final Writer out;

    /** The last complete entry: the next run to execute and the file sizes to cut back to. */
    public record Position(int nextRun, long runsBytes, long dailyBytes) {}

    /**
     * Opens the journal for appending (creating it when new).
     *
     * @throws IOException when it cannot be opened
     */
    public Journal(Path dir) throws IOException {
        out = Files.newBufferedWriter(
                dir.resolve(FILE),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
    }

    /** Records that a run's rows are on disk. */
    public void finished(int runId, long[] sizes) throws IOException {
        out.write(runId + "\t" + sizes[0] + "\t" + sizes[1] + "\n");
        out.flush();
    }

    /**
     * Reads where an interrupted batch stopped.
     *
     * @param dir results directory
     * @param headerSizes file sizes just after the headers, used when no run finished
     * @return the resume position
     * @throws IOException when the journal cannot be read
     */
    public static Position read(Path dir, long[] headerSizes) throws IOException {
        Path file = dir.resolve(FILE);
        Position pos = new Position(0, headerSizes[0], headerSizes[1]);
        if (!Files.exists(file)) {
            return pos;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        int complete = text.endsWith("\n") ? lines.size() : lines.size() - 1;
        for (int i = 0; i < complete; i++) {
            String[] f = lines.get(i).split("\t");
            if (f.length != 3) {
                throw new IOException(file + " line " + (i + 1) + " is damaged: '" + lines.get(i) + "'");
            }
            int id = Integer.parseInt(f[0]);
            if (id != pos.nextRun()) {
                throw new IOException(file + " line " + (i + 1) + " records run " + id + " where run " + pos.nextRun()
                        + " was expected");
            }
            pos = new Position(id + 1, Long.parseLong(f[1]), Long.parseLong(f[2]));
        }
        // the damaged tail (if any) is dropped when the journal is rewritten
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < complete; i++) {
            kept.append(lines.get(i)).append('\n');
        }
        Files.writeString(file, kept.toString(), StandardCharsets.UTF_8);
        return pos;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
