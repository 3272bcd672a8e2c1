package org.golivesim.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.golivesim.observe.RunResult;
import org.golivesim.results.RunWriter;
import org.golivesim.scenario.Arm;
import org.golivesim.scenario.ScenarioLoader;

/**
 * One replication of a scenario, as {@code golive run} does it: the run seed is the one given (by default the
 * scenario's seed), and the results directory gets {@code manifest.json}, {@code runs.csv} and a plain
 * {@code daily.csv}.
 */
public final class SingleRun {
    private SingleRun() {}

    /**
     * Runs and writes.
     *
     * @param loaded the scenario (a sweep section is ignored: the file's base scenario runs)
     * @param seed the run seed
     * @param out results directory
     * @param overwrite replace results already in {@code out}
     * @param command the command line, for the manifest
     * @return the run's result
     * @throws BatchException when {@code out} already holds results and {@code overwrite} is false
     * @throws IOException on a file failure
     */
    @SuppressWarnings("try") // the lock is held for the try block's extent
    public static RunResult run(ScenarioLoader.Loaded loaded, long seed, Path out, boolean overwrite, String command)
            throws IOException {
        if (RunWriter.exists(out) && !overwrite) {
            throw new BatchException("results directory " + out + " already holds results; use --overwrite to"
                    + " replace them or --out to choose another directory");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new BatchException("results directory " + out + " is a file, not a directory; choose another --out");
        }
        RunSpec spec = new RunSpec(0, 0, Arm.AS_GIVEN, 0, seed, loaded.scenario());
        RunOutcome outcome = Runner.execute(spec);
        if (!outcome.ok()) {
            throw new RunFailedException("the run failed (seed " + seed + "): " + outcome.error());
        }
        try (ResultsLock lock = ResultsLock.acquire(out)) {
            if (overwrite) {
                ResultsFiles.removePrevious(out);
            } else if (RunWriter.exists(out)) {
                throw new BatchException("results directory " + out + " already holds results; use --overwrite to"
                        + " replace them or --out to choose another directory");
            }
            ResultsFiles.cleanTemporary(out);
            write(loaded, seed, out, overwrite, command, spec, outcome);
        }
        return outcome.result();
    }

    private static void write(
            ScenarioLoader.Loaded loaded,
            long seed,
            Path out,
            boolean overwrite,
            String command,
            RunSpec spec,
            RunOutcome outcome)
            throws IOException {
        String started = Instant.now().toString();
        Plan plan = new Plan(
                List.of(new Plan.Point(0, "as specified", java.util.Map.of(), loaded.notes())),
                List.of(spec),
                List.of(),
                org.golivesim.scenario.Experiment.single(),
                1,
                seed,
                "single");
        try (RunWriter w = new RunWriter(out, List.of(), null, false)) {
            w.append(new RunWriter.Row(0, 0, Arm.AS_GIVEN, 0, seed, List.of(), outcome.result(), null));
        }
        Batch.Options o = new Batch.Options(out, 1, false, overwrite, 1, null, List.of(), 1, command);
        Batch.writeManifest(out, loaded, o, plan, "", started, Instant.now().toString(), 1, 1, 0, 1);
    }
}
