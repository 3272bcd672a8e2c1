package org.golivesim.batch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.golivesim.results.Manifest;
import org.golivesim.results.ResultsLayout;

/**
 * The files the tool writes in a results directory, so that {@code --overwrite} starts from an empty directory
 * (removing only those files, never a user's own) and temporary files left by a killed process are cleaned.
 */
public final class ResultsFiles {
    /** Every file a batch, a single run, the report or the claims step writes, by name. */
    public static final List<String> WRITTEN = List.of(
            ResultsLayout.RUNS,
            ResultsLayout.DAILY,
            ResultsLayout.DAILY_PLAIN,
            Journal.FILE,
            ResultsLayout.CURVES,
            ResultsLayout.COMPARISON,
            ResultsLayout.SENSITIVITY,
            "claims.csv",
            Manifest.FILE_NAME,
            ResultsLayout.POINTS,
            ResultsLayout.REPORT);

    private ResultsFiles() {}

    /** Whether a file name is one of the tool's temporary files (statistics passes, atomic replacements). */
    static boolean temporary(String name) {
        return name.startsWith(".") && name.endsWith(".tmp");
    }

    /**
     * Removes the tool's temporary files from the directory and its {@code charts/}; call with the lock held.
     *
     * @return how many were removed
     */
    public static int cleanTemporary(Path dir) throws IOException {
        int removed = 0;
        for (Path d : List.of(dir, dir.resolve(ResultsLayout.CHARTS_DIR))) {
            if (!Files.isDirectory(d)) {
                continue;
            }
            for (Path f : list(d)) {
                if (Files.isRegularFile(f) && temporary(f.getFileName().toString())) {
                    Files.deleteIfExists(f);
                    removed++;
                }
            }
        }
        return removed;
    }

    /**
     * Removes every file of a previous batch: the data files, statistics, manifest, report, the charts (PNG and SVG
     * in {@code charts/}, then the folder when empty) and temporary files. Other files are left alone.
     *
     * @throws IOException when one cannot be removed (the message names it)
     */
    public static void removePrevious(Path dir) throws IOException {
        for (String f : WRITTEN) {
            delete(dir.resolve(f));
        }
        Path charts = dir.resolve(ResultsLayout.CHARTS_DIR);
        if (Files.isDirectory(charts)) {
            for (Path f : list(charts)) {
                String n = f.getFileName().toString();
                if (Files.isRegularFile(f) && (n.endsWith(".png") || n.endsWith(".svg") || temporary(n))) {
                    delete(f);
                }
            }
            if (list(charts).isEmpty()) {
                delete(charts);
            }
        }
        cleanTemporary(dir);
    }

    private static void delete(Path f) throws IOException {
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            throw new IOException("cannot remove " + f + " of the previous batch: " + e.getMessage(), e);
        }
    }

    private static List<Path> list(Path d) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(d)) {
            s.forEach(out::add);
        }
        out.sort(null);
        return out;
    }
}
