package org.golivesim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.ExecutorLostFailure;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.golivesim.results.ResultsLayout;
import org.golivesim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark runner with real executor JVMs on this machine: {@code local-cluster[2,1,1024]}, and a standalone master
 * with two one-core workers on 127.0.0.1 of which one is killed (worker and executor JVMs, SIGKILL) mid-batch. Both
 * must end with the local pool's bytes: lost tasks retried, no run missing or written twice.
 */
@Tag("slow")
class SparkClusterTest {
    @TempDir
    Path dir;

    private static void awaitExecutors(JavaSparkContext sc, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        // the driver counts among the block managers
        while (sc.sc().getExecutorMemoryStatus().size() < n + 1) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "only " + (sc.sc().getExecutorMemoryStatus().size() - 1) + " of " + n + " executors came up");
            }
            Thread.sleep(200);
        }
    }

    @Test
    void localClusterExecutorsWriteTheLocalPoolsBytes() throws Exception {
        ScenarioLoader.Loaded loaded = TinyBatches.load(dir, TinyBatches.sweepYaml(1, 2));
        Path reference = dir.resolve("reference");
        TinyBatches.run(loaded, reference, 2, false);
        SparkTestCluster.sparkHome();
        JavaSparkContext sc = SparkRunner.context("local-cluster[2,1,1024]", SparkTestCluster.driverConf());
        try (SparkRunner spark = new SparkRunner(sc, dir.resolve("staging"), null, TinyBatches.quiet())) {
            awaitExecutors(sc, 2);
            Path out = dir.resolve("spark");
            Batch.Outcome o = Batch.run(loaded, TinyBatches.options(out, 2, false, false), spark, TinyBatches.quiet());
            assertEquals(8, o.completed());
            TinyBatches.assertSameFiles(reference, out);
        }
    }

    /** How many executors are running a task right now. */
    private static long busyExecutors(Map<String, AtomicInteger> running) {
        return running.values().stream().filter(n -> n.get() > 0).count();
    }

    @Test
    void killingAWorkerMidBatchLosesNoRunAndWritesNoneTwice() throws Exception {
        int replications = 40; // 2 points x 2 arms x 40 = 160 runs in 16 partitions of 10
        int partitions = 16;
        ScenarioLoader.Loaded loaded = TinyBatches.load(dir, TinyBatches.sweepYaml(1, replications));
        Path reference = dir.resolve("reference");
        TinyBatches.run(loaded, reference, 2, false);
        int runs = 4 * replications;

        try (SparkTestCluster cluster = new SparkTestCluster(dir.resolve("cluster"))) {
            String master = cluster.startMaster();
            cluster.startWorker(master, "worker-1");
            Process victim = cluster.startWorker(master, "worker-2");
            JavaSparkContext sc = SparkRunner.context(master, SparkTestCluster.driverConf());
            AtomicInteger lost = new AtomicInteger();
            Set<Integer> succeeded = ConcurrentHashMap.newKeySet();
            AtomicInteger successes = new AtomicInteger();
            // tasks running per executor: the kill waits until both executors hold one, so the victim's is lost
            Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
            sc.sc().addSparkListener(new SparkListener() {
                @Override
                public void onTaskStart(SparkListenerTaskStart start) {
                    running.computeIfAbsent(start.taskInfo().executorId(), k -> new AtomicInteger())
                            .incrementAndGet();
                }

                @Override
                public void onTaskEnd(SparkListenerTaskEnd end) {
                    running.computeIfAbsent(end.taskInfo().executorId(), k -> new AtomicInteger())
                            .decrementAndGet();
                    if (end.taskInfo().successful()) {
                        successes.incrementAndGet();
                        succeeded.add(end.taskInfo().index());
                    } else if (end.reason() instanceof ExecutorLostFailure) {
                        lost.incrementAndGet();
                    }
                }
            });
            ExecutorService driver = Executors.newSingleThreadExecutor();
            try (SparkRunner spark = new SparkRunner(sc, dir.resolve("staging"), partitions, TinyBatches.quiet())) {
                awaitExecutors(sc, 2);
                Path out = dir.resolve("spark");
                Future<Batch.Outcome> batch = driver.submit(
                        () -> Batch.run(loaded, TinyBatches.options(out, 2, false, false), spark, TinyBatches.quiet()));
                // kill worker 2 once the driver has merged the first partition, while a task runs on each worker
                Path runsCsv = out.resolve(ResultsLayout.RUNS);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
                int recorded = 0;
                while ((recorded < runs / partitions || busyExecutors(running) < 2)
                        && !batch.isDone()
                        && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                    recorded =
                            Files.exists(runsCsv) ? Files.readAllLines(runsCsv).size() - 1 : 0;
                }
                assertTrue(recorded < runs / 2, "the kill comes mid-batch (" + recorded + " of " + runs + " recorded)");
                SparkTestCluster.kill(victim);
                Batch.Outcome o = batch.get(300, TimeUnit.SECONDS);
                assertEquals(runs, o.completed());
                assertEquals(0, o.failed());
                assertTrue(lost.get() >= 1, "a task was lost with the killed executor");
                assertEquals(partitions, succeeded.size(), "every partition succeeded");
                assertEquals(partitions, successes.get(), "no partition succeeded twice");
                List<String> ids = Files.readAllLines(runsCsv).subList(1, runs + 1).stream()
                        .map(l -> l.substring(0, l.indexOf(',')))
                        .toList();
                assertEquals(runs, new HashSet<>(ids).size(), "each run once");
                TinyBatches.assertSameFiles(reference, out);
                assertFalse(Files.exists(dir.resolve("staging")), "staging merged and removed");
            } finally {
                driver.shutdownNow();
            }
        }
    }
}
