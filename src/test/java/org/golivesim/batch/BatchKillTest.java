package org.golivesim.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.golivesim.TestScenarios;
import org.golivesim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real crash: a batch of 40 short runs in a child JVM ({@link KillableBatch}) is killed with SIGKILL
 * ({@link Process#destroyForcibly()}) once its journal shows a few finished runs, then resumed in this JVM. The
 * resumed directory must be byte-identical to an uninterrupted batch of the same file.
 */
@Tag("slow")
class BatchKillTest {
    private static final int RUNS = 40;

    @TempDir
    Path dir;

    private static long journalLines(Path out) throws Exception {
        Path journal = out.resolve(Journal.FILE);
        if (!Files.exists(journal)) {
            return 0;
        }
        return Files.readString(journal).chars().filter(c -> c == '\n').count();
    }

    @Test
    void aBatchKilledMidRunResumesToTheBytesOfAnUninterruptedBatch() throws Exception {
        String yaml = TinyBatches.sweepYaml(3, 10); // 2 points x 2 strategies x 10 replications
        Path file = TestScenarios.write(dir, "sweep.yaml", yaml);
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(file, List.of());
        Path killed = dir.resolve("killed");

        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java, "-cp", classpath, KillableBatch.class.getName(), file.toString(), killed.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile())
                .start();
        long lines = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(50);
        while (child.isAlive() && (lines = journalLines(killed)) < 3 && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertTrue(child.isAlive(), "the child ended before it could be killed; log:\n" + log(dir));
        child.destroyForcibly();
        assertTrue(child.waitFor(20, TimeUnit.SECONDS), "the child did not die");
        long atKill = journalLines(killed);
        assertTrue(atKill >= 3 && atKill < RUNS, "killed after " + atKill + " of " + RUNS + " runs");

        Path uninterrupted = dir.resolve("uninterrupted");
        Batch.Outcome whole = TinyBatches.run(loaded, uninterrupted, 2, false);
        assertEquals(RUNS, whole.completed());
        Batch.Outcome resumed = TinyBatches.run(loaded, killed, 2, true);
        assertEquals(RUNS, resumed.completed());
        for (String f : TinyBatches.RESULT_FILES) {
            assertArrayEquals(
                    TinyBatches.bytes(uninterrupted.resolve(f)),
                    TinyBatches.bytes(killed.resolve(f)),
                    f + " differs after resuming a batch killed after " + atKill + " runs");
        }
    }

    private static String log(Path dir) {
        try {
            return Files.readString(dir.resolve("child.log"));
        } catch (java.io.IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
