package org.golivesim.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.golivesim.TestScenarios;
import org.golivesim.scenario.ScenarioLoader;

/** Small sweeps for batch tests, and the options to run them. */
final class TinyBatches {
    /** The files of a finished batch that must be byte-identical between equivalent batches. */
    static final List<String> RESULT_FILES =
            List.of("runs.csv", "daily.csv.gz", "curves.csv", "comparison.csv", "points.csv", "journal.tsv");

    private TinyBatches() {}

    /**
     * A factorial sweep with two help-desk sizes, both strategies and {@code replications} replications of a
     * 200-clinician hospital over {@code months} months.
     */
    static String sweepYaml(int months, int replications) {
        return String.join(
                "\n",
                "name: tiny-sweep",
                "horizonMonths: " + months,
                "preGoLiveWeeks: 1",
                "replications: " + replications,
                "seed: 777",
                "hospital:",
                "  physicians: 30",
                "  nurses: 120",
                "  allied: 50",
                "sweep:",
                "  design: factorial",
                "  compareDedicatedTeam: true",
                "  parameters:",
                "    support.helpDeskAnalysts: [4, 8]",
                "");
    }

    static ScenarioLoader.Loaded load(Path dir, String yaml) {
        return ScenarioLoader.load(TestScenarios.write(dir, "sweep.yaml", yaml), List.of());
    }

    static Batch.Options options(Path out, int threads, boolean resume, boolean overwrite) {
        return new Batch.Options(out, threads, resume, overwrite, null, null, List.of(), 1, "test batch");
    }

    static Batch.Outcome run(ScenarioLoader.Loaded loaded, Path out, int threads, boolean resume)
            throws IOException, InterruptedException {
        return Batch.run(loaded, options(out, threads, resume, false), new LocalPoolRunner(threads), quiet());
    }

    static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream());
    }

    /** Asserts that two results directories hold the same bytes in every file of {@link #RESULT_FILES}. */
    static void assertSameFiles(Path expected, Path actual) {
        for (String f : RESULT_FILES) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(
                    bytes(expected.resolve(f)),
                    bytes(actual.resolve(f)),
                    f + " differs between " + expected + " and " + actual);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
