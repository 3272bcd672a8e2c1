package org.golivesim.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.golivesim.results.ResultsLayout;
import org.golivesim.results.RunWriter;
import org.golivesim.scenario.ScenarioLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark runner on {@code local[2,4]} (two threads, tasks retried up to four times) inside the test JVM: the same
 * bytes as the local pool, model failures recorded once and not retried, and resume across runners.
 */
class SparkRunnerTest {
    @TempDir
    static Path shared;

    private static ScenarioLoader.Loaded loaded;
    private static Path reference;
    private static JavaSparkContext sc;
    private static final AtomicInteger TASKS = new AtomicInteger();
    private static final AtomicInteger FAILED_TASKS = new AtomicInteger();

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        loaded = TinyBatches.load(shared, TinyBatches.sweepYaml(1, 2));
        reference = shared.resolve("reference");
        TinyBatches.run(loaded, reference, 1, false);
        sc = SparkRunner.context("local[2,4]", Map.of("spark.ui.enabled", "false"));
        sc.sc().addSparkListener(new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                TASKS.incrementAndGet();
                if (!end.taskInfo().successful()) {
                    FAILED_TASKS.incrementAndGet();
                }
            }
        });
    }

    @AfterAll
    static void stop() {
        if (sc != null) {
            sc.stop();
        }
    }

    private static SparkRunner spark(Path staging, Integer partitions) {
        return new SparkRunner(sc, staging, partitions, TinyBatches.quiet());
    }

    private static Batch.Outcome batch(Path out, Runner runner, boolean resume) throws Exception {
        return Batch.run(loaded, TinyBatches.options(out, 2, resume, false), runner, TinyBatches.quiet());
    }

    @Test
    void sparkWritesTheSameBytesAsTheLocalPoolWhateverThePartitioning() throws Exception {
        for (Integer partitions : new Integer[] {null, 3, 8}) {
            Path out = dir.resolve("spark-" + partitions);
            Path staging = out.resolve(".spark-staging");
            Batch.Outcome o = batch(out, spark(staging, partitions), false);
            assertEquals(8, o.completed());
            TinyBatches.assertSameFiles(reference, out);
            assertFalse(Files.exists(staging), "the staging directory is removed once merged");
        }
    }

    @Test
    void aRunFailingInTheModelIsRecordedOnceAndNotRetried() throws Exception {
        List<RunSpec> specs = new ArrayList<>(Planner.plan(loaded, 2).runs());
        RunSpec good = specs.get(2);
        // a spec without a scenario throws inside the engine, on the executor
        specs.set(2, new RunSpec(good.runId(), good.pointId(), good.arm(), good.replication(), good.seed(), null));
        List<RunOutcome> local = new ArrayList<>();
        new LocalPoolRunner(2).run(specs, local::add);
        List<RunOutcome> remote = new ArrayList<>();
        int tasksBefore = TASKS.get();
        int failedBefore = FAILED_TASKS.get();
        spark(dir.resolve("staging"), 4).run(specs, remote::add);
        assertEquals(4, TASKS.get() - tasksBefore, "one task per partition, none retried");
        assertEquals(0, FAILED_TASKS.get() - failedBefore);
        assertEquals(specs.size(), remote.size());
        for (int i = 0; i < specs.size(); i++) {
            RunOutcome l = local.get(i);
            RunOutcome r = remote.get(i);
            assertEquals(specs.get(i).runId(), r.spec().runId(), "plan order");
            assertEquals(l.error(), r.error());
            if (i == 2) {
                assertFalse(r.ok());
                assertTrue(r.error().startsWith("NullPointerException"), r.error());
                assertNull(r.encodedDaily());
                continue;
            }
            assertEquals(l.result().summary(), r.result().summary(), "run " + i + " summary");
            assertNotNull(r.encodedDaily());
            RunSpec s = l.spec();
            assertArrayEquals(
                    RunWriter.dailyMember(s.runId(), s.pointId(), s.arm(), s.replication(), l.result()),
                    r.encodedDaily(),
                    "run " + i + " daily member");
        }
    }

    /** A runner that passes on {@code n} outcomes and then fails as a dying driver would. */
    private static Runner stopsAfter(Runner inner, int n) {
        return (specs, sink) -> {
            int[] seen = {0};
            inner.run(specs, o -> {
                if (seen[0]++ == n) {
                    throw new IllegalStateException("interrupted for the test");
                }
                sink.accept(o);
            });
        };
    }

    @Test
    void aBatchInterruptedOnSparkResumesOnTheLocalPoolAndTheOtherWayRound() throws Exception {
        Path a = dir.resolve("spark-then-local");
        Path staging = a.resolve(".spark-staging");
        assertThrows(IllegalStateException.class, () -> batch(a, stopsAfter(spark(staging, 4), 3), false));
        assertEquals(1 + 3, Files.readAllLines(a.resolve(ResultsLayout.RUNS)).size(), "header and 3 runs recorded");
        assertFalse(Files.exists(staging), "an interrupted Spark job leaves no staging files");
        assertEquals(8, batch(a, new LocalPoolRunner(2), true).completed());
        TinyBatches.assertSameFiles(reference, a);

        Path b = dir.resolve("local-then-spark");
        assertThrows(IllegalStateException.class, () -> batch(b, stopsAfter(new LocalPoolRunner(2), 5), false));
        assertEquals(1 + 5, Files.readAllLines(b.resolve(ResultsLayout.RUNS)).size(), "header and 5 runs recorded");
        assertEquals(8, batch(b, spark(b.resolve(".spark-staging"), null), true).completed());
        TinyBatches.assertSameFiles(reference, b);
    }

    @Test
    void aCrashWithTornFilesResumesOnSparkByteIdentical() throws Exception {
        Path crashed = dir.resolve("crashed");
        BatchTest.crash(reference, crashed, 3, loaded);
        assertEquals(
                8,
                batch(crashed, spark(crashed.resolve(".spark-staging"), 2), true)
                        .completed());
        TinyBatches.assertSameFiles(reference, crashed);
    }

    @Test
    void calibrationExperimentsOnSparkMeasureWhatTheLocalPoolMeasures() throws Exception {
        var targets = org.golivesim.calibrate.Targets.read(Path.of("calibration", "targets.csv"));
        var experiments = org.golivesim.calibrate.Calibration.experiments(targets);
        assertTrue(experiments.size() > 1, "the targets name several experiments");
        assertEquals(
                org.golivesim.calibrate.Calibration.simulate(loaded, experiments, 2, new LocalPoolRunner(2)),
                org.golivesim.calibrate.Calibration.simulate(loaded, experiments, 2, spark(dir.resolve("cal"), null)));
    }

    @Test
    void partitionsFollowTheRunTime() {
        // 2,000 runs of 60 ms on 2 cores: 120 s of work, 8 per core at most
        assertEquals(16, SparkRunner.partitions(2_000, 0.06, 2));
        // a short batch: 4 per core
        assertEquals(8, SparkRunner.partitions(100, 0.01, 2));
        // 100,000 short runs: at most 1,000 runs per partition (driver memory)
        assertEquals(100, SparkRunner.partitions(100_000, 0.01, 2));
        // long runs: no task above a minute of work
        assertEquals(200, SparkRunner.partitions(4_000, 3.0, 2));
        // never more partitions than runs
        assertEquals(5, SparkRunner.partitions(5, 1.0, 2));
    }
}
