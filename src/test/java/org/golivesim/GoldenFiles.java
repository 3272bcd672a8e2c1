package org.golivesim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.golivesim.batch.SingleRun;
import org.golivesim.scenario.ScenarioLoader;

/**
 * Writes the golden files that {@code GoldenTest} compares with: one run of {@code golden/tiny.yaml} at its own seed,
 * as {@code golive run} does it. Run from the repository root (the command is in
 * {@code src/test/resources/golden/README.md}); it overwrites {@code runs.csv} and {@code daily.csv} there.
 */
public final class GoldenFiles {
    /** The golden folder, relative to the repository root. */
    public static final Path DIR = Path.of("src", "test", "resources", "golden");
    /** The files compared. */
    public static final List<String> FILES = List.of("runs.csv", "daily.csv");
    /** How to regenerate, for messages. */
    public static final String REGENERATE =
            "mvn -q test-compile && java -cp \"target/classes:target/test-classes:$(mvn -q"
                    + " dependency:build-classpath -Dmdep.outputFile=/dev/stdout)\" org.golivesim.GoldenFiles"
                    + " (from the repository root; see src/test/resources/golden/README.md)";

    private GoldenFiles() {}

    /** Runs the golden scenario into {@code out} (replacing what is there). */
    public static void run(Path out) throws IOException {
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(DIR.resolve("tiny.yaml"), List.of());
        SingleRun.run(loaded, loaded.scenario().seed(), out, true, "golden");
    }

    public static void main(String[] args) throws IOException {
        if (!Files.isDirectory(DIR)) {
            throw new IllegalStateException("run from the repository root: " + DIR + " not found");
        }
        Path tmp = Files.createTempDirectory("golive-golden");
        run(tmp);
        for (String f : FILES) {
            Files.copy(tmp.resolve(f), DIR.resolve(f), StandardCopyOption.REPLACE_EXISTING);
            System.out.println("wrote " + DIR.resolve(f));
        }
    }
}
