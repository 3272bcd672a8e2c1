package org.golivesim.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.golivesim.batch.Batch;
import org.golivesim.batch.LocalPoolRunner;
import org.golivesim.engine.Engine;
import org.golivesim.results.ResultsLayout;
import org.golivesim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code golive bench}: wall time of one run after warm-up and its peak heap, optionally at a larger hospital; and,
 * with {@code --batch-runs}, batch throughput on 1 and all threads with the peak heap of the batch.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmark: wall time per run after warm-up and peak heap; optionally batch throughput.")
final class BenchCommand extends CommandBase implements Callable<Integer> {
    @Mixin
    ScenarioInput input = new ScenarioInput();

    @Option(names = "--warmup", description = "Warm-up runs (default: ${DEFAULT-VALUE}).")
    int warmup = 3;

    @Option(names = "--runs", description = "Timed runs (default: ${DEFAULT-VALUE}).")
    int runs = 10;

    @Option(
            names = "--scale",
            description = "Multiply the hospital's staff by this factor for a memory-scaling run (default: 1).")
    double scale = 1.0;

    @Option(
            names = "--batch-runs",
            description = "Also time a batch of this many runs on 1 thread and on all threads (0: skip).")
    int batchRuns = 0;

    @Option(
            names = "--batch-horizon-months",
            description = "Horizon of the batch benchmark's runs (default: the scenario's).")
    Integer batchHorizon;

    @Option(
            names = "--spark-master",
            paramLabel = "URL",
            description = "Also run the full batch on this Spark master (e.g. local[2], spark://127.0.0.1:7077) and"
                    + " report its throughput as a ratio of the local pool's and the driver's peak heap.")
    String sparkMaster;

    @Option(
            names = "--spark-conf",
            paramLabel = "KEY=VALUE",
            description = "A Spark setting for --spark-master (repeatable).")
    List<String> sparkConf = new ArrayList<>();

    @Option(
            names = "--spark-only",
            description = "With --spark-master: skip the local-pool batches (for very large batches); check"
                    + " --spark-sample runs against local execution instead.")
    boolean sparkOnly;

    @Option(
            names = "--spark-sample",
            description = "With --spark-only: runs, evenly spread over the plan, re-run locally and compared with"
                    + " the Spark batch's runs.csv rows (default: ${DEFAULT-VALUE}).")
    int sparkSample = 200;

    @Option(
            names = "--what-if",
            paramLabel = "N",
            description = "Also time golive serve's what-if answer: N paired replications of FILE against FILE with"
                    + " --what-if-set changes, through the HTTP server and its events (0: skip; the target is 20"
                    + " pairs of the baseline in 3 s, the first pair in 1 s).")
    int whatIf = 0;

    @Option(
            names = "--what-if-set",
            paramLabel = "KEY=VALUE",
            description =
                    "A lever the what-if changes (repeatable; default: support.helpDeskAnalysts two above FILE's).")
    List<String> whatIfSets = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (whatIf > 0 && (!input.sets.isEmpty() || scale != 1.0)) {
            throw new IllegalArgumentException("--what-if times FILE as written (golive serve offers it as the"
                    + " reference); put --set and --scale changes in a scenario file instead");
        }
        if (whatIf == 1 || whatIf < 0) {
            throw new IllegalArgumentException("--what-if must be 0 (skip) or at least 2 pairs, got " + whatIf);
        }
        List<String> sets = new ArrayList<>(input.sets);
        ScenarioLoader.Loaded base = input.load();
        if (scale != 1.0) {
            var h = base.scenario().hospital();
            sets.add("hospital.physicians=" + Math.round(h.physicians() * scale));
            sets.add("hospital.nurses=" + Math.round(h.nurses() * scale));
            sets.add("hospital.allied=" + Math.round(h.allied() * scale));
        }
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(input.file, sets);
        var s = loaded.scenario();
        out().printf(
                        Locale.ROOT,
                        "Scenario '%s': %d clinicians, %d months, Java %s, %d cores, max heap %d MB%n",
                        s.name(),
                        s.hospital().clinicians(),
                        s.horizonMonths(),
                        System.getProperty("java.version"),
                        Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() >> 20);
        for (int i = 0; i < warmup; i++) {
            Engine.run(s, 1000 + i);
        }
        resetPeaks();
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Engine.run(s, 2000 + i);
            times[i] = (System.nanoTime() - t0) / 1e9;
        }
        java.util.Arrays.sort(times);
        double mean = java.util.Arrays.stream(times).average().orElse(Double.NaN);
        out().printf(
                        Locale.ROOT,
                        "single run: mean %.3f s, median %.3f s, min %.3f s, max %.3f s over %d runs%n",
                        mean,
                        times[runs / 2],
                        times[0],
                        times[runs - 1],
                        runs);
        double naive = naiveMasonLoopSeconds();
        out().printf(
                        Locale.ROOT,
                        "naive MASON loop: %.2f s; baseline run is %.1f\u00d7 faster (%d agents stepped every hour for"
                                + " %d hours with two draws each, one Steppable per agent on a MASON Schedule; the"
                                + " run's mean above)%n",
                        naive,
                        naive / mean,
                        NAIVE_AGENTS,
                        NAIVE_HOURS);
        out().printf(Locale.ROOT, "peak heap during timed runs: %.1f MB%n", peakHeapMb());
        out().printf(Locale.ROOT, "live heap of one model at mid-run (after GC): %.1f MB%n", liveModelMb(s));
        if (batchRuns > 0) {
            benchBatch(loaded);
        }
        if (whatIf > 0) {
            benchWhatIf(s, mean);
        }
        return 0;
    }

    private static final int NAIVE_AGENTS = 2500;
    private static final int NAIVE_HOURS = (int) org.golivesim.model.domain.Calendar.YEAR;

    /** Wall time of the naive MASON loop over a year, after a month's warm-up of the same loop. */
    private static double naiveMasonLoopSeconds() {
        new org.golivesim.engine.NaiveMasonLoop(NAIVE_AGENTS, NAIVE_HOURS / 12, 1).runToEnd();
        long t0 = System.nanoTime();
        new org.golivesim.engine.NaiveMasonLoop(NAIVE_AGENTS, NAIVE_HOURS, 2).runToEnd();
        return (System.nanoTime() - t0) / 1e9;
    }

    private void benchWhatIf(org.golivesim.scenario.Scenario s, double singleRunSeconds) throws Exception {
        java.util.Map<String, String> changes = new java.util.LinkedHashMap<>();
        for (String kv : whatIfSets) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--what-if-set '" + kv + "': expected KEY=VALUE");
            }
            changes.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        if (changes.isEmpty()) {
            changes.put("support.helpDeskAnalysts", Integer.toString(s.support().helpDeskAnalysts() + 2));
        }
        int cores = Runtime.getRuntime().availableProcessors();
        org.golivesim.serve.WhatIfBench.Result r =
                org.golivesim.serve.WhatIfBench.measure(input.file, changes, whatIf, cores);
        double ideal = singleRunSeconds * r.runs() / cores;
        out().printf(
                        Locale.ROOT,
                        "what-if through golive serve (%s vs %s, %d pairs = %d runs of %d months, %d threads): first"
                                + " pair shown %.2f s, all pairs shown %.2f s, results files and report-ready"
                                + " statistics %.2f s (%s); targets 1 s and 3 s for 20 pairs%n",
                        changes,
                        input.file.getFileName(),
                        whatIf,
                        r.runs(),
                        s.horizonMonths(),
                        cores,
                        r.firstPairSeconds(),
                        r.runsSeconds(),
                        r.answerSeconds(),
                        r.state());
        out().printf(
                        Locale.ROOT,
                        "  runs x single-run time / threads = %.2f s: the runs took %.2fx that, curves.csv and"
                                + " comparison.csv %.2f s more; the first pair %.2fx one run%n",
                        ideal,
                        r.runsSeconds() / ideal,
                        r.answerSeconds() - r.runsSeconds(),
                        r.firstPairSeconds() / singleRunSeconds);
    }

    private void benchBatch(ScenarioLoader.Loaded loaded) throws Exception {
        List<String> sets = new ArrayList<>(input.sets);
        sets.add("replications=" + batchRuns);
        if (batchHorizon != null) {
            sets.add("horizonMonths=" + batchHorizon);
        }
        ScenarioLoader.Loaded batch = ScenarioLoader.load(input.file, sets);
        List<org.golivesim.batch.RunSpec> specs =
                org.golivesim.batch.Planner.plan(batch, batchRuns).runs();
        int cores = Runtime.getRuntime().availableProcessors();
        double localRate = Double.NaN;
        Path localDir = null;
        if (!sparkOnly) {
            double oneThread = 0;
            // with --spark-master only the full batches are compared
            int[] threadCounts = sparkMaster != null ? new int[0] : cores > 1 ? new int[] {1, cores} : new int[] {1};
            for (int threads : threadCounts) {
                long[] failed = {0};
                long t0 = System.nanoTime();
                new LocalPoolRunner(threads).run(specs, o -> failed[0] += o.ok() ? 0 : 1);
                double seconds = (System.nanoTime() - t0) / 1e9;
                double rate = specs.size() / seconds;
                if (threads == 1) {
                    oneThread = rate;
                }
                out().printf(
                                Locale.ROOT,
                                "runs only, %d runs on %d thread(s): %.1f s, %.2f runs/s%s, %d failed%n",
                                specs.size(),
                                threads,
                                seconds,
                                rate,
                                threads > 1 ? String.format(Locale.ROOT, " (%.2fx one thread)", rate / oneThread) : "",
                                failed[0]);
            }
            localDir = Files.createTempDirectory("golive-bench");
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            Batch.run(
                    batch,
                    new Batch.Options(localDir, cores, false, false, batchRuns, null, List.of(), 1, "bench"),
                    new LocalPoolRunner(cores),
                    new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            double seconds = (System.nanoTime() - t0) / 1e9;
            localRate = specs.size() / seconds;
            out().printf(
                            Locale.ROOT,
                            "full batch (%d runs streamed to disk, then curves and comparison) on %d thread(s): %.1f s,"
                                    + " %.2f runs/s, peak heap %.1f MB%n",
                            specs.size(),
                            cores,
                            seconds,
                            localRate,
                            peakHeapMb());
        }
        if (sparkMaster != null) {
            benchSpark(batch, specs, localRate, localDir);
        }
        if (localDir != null) {
            deleteTree(localDir);
        }
    }

    /** The same full batch on Spark: throughput as a ratio of the local pool's, driver heap, same results. */
    private void benchSpark(
            ScenarioLoader.Loaded batch, List<org.golivesim.batch.RunSpec> specs, double localRate, Path localDir)
            throws Exception {
        RunnerOptions ro = new RunnerOptions();
        ro.runner = "spark";
        ro.master = sparkMaster;
        ro.sparkConf = sparkConf;
        Path dir = Files.createTempDirectory("golive-bench-spark");
        try (RunnerOptions.Opened r = ro.open(1, dir.resolve(BatchCommand.SPARK_STAGING), System.err)) {
            int executorCores = ((org.golivesim.batch.SparkRunner) r.runner()).awaitExecutors(60);
            if (sparkOnly) {
                // the runner alone, outcomes counted and dropped: what the Spark runner itself keeps on the driver
                System.gc();
                RetainedHeap runnerOnly = new RetainedHeap();
                long[] failed = {0};
                long t0 = System.nanoTime();
                try {
                    r.runner().run(specs, o -> failed[0] += o.ok() ? 0 : 1);
                } finally {
                    runnerOnly.stop();
                }
                out().printf(
                                Locale.ROOT,
                                "runs only on Spark, %d runs: %.1f s, %d failed, driver heap retained after GC at most"
                                        + " %.1f MB%n",
                                specs.size(),
                                (System.nanoTime() - t0) / 1e9,
                                failed[0],
                                runnerOnly.maxMb());
            }
            System.gc();
            resetPeaks();
            RetainedHeap retained = new RetainedHeap();
            long t0 = System.nanoTime();
            try {
                Batch.run(
                        batch,
                        new Batch.Options(dir, 1, false, false, batchRuns, null, List.of(), 1, "bench"),
                        r.runner(),
                        new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            } finally {
                retained.stop();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double rate = specs.size() / seconds;
            out().printf(
                            Locale.ROOT,
                            "full batch on Spark %s (%d executor cores): %.1f s, %.2f runs/s%s, driver peak heap"
                                    + " %.1f MB, retained after GC at most %.1f MB%s%n",
                            sparkMaster,
                            executorCores,
                            seconds,
                            rate,
                            Double.isNaN(localRate)
                                    ? ""
                                    : String.format(Locale.ROOT, " (%.2f of the local pool's)", rate / localRate),
                            peakHeapMb(),
                            retained.maxMb(),
                            sparkMaster.startsWith("local") ? " (executors run inside the driver JVM)" : "");
            if (localDir != null) {
                boolean same = true;
                for (String f : List.of(
                        ResultsLayout.RUNS, ResultsLayout.DAILY, ResultsLayout.CURVES, ResultsLayout.COMPARISON)) {
                    same &= java.util.Arrays.equals(
                            Files.readAllBytes(localDir.resolve(f)), Files.readAllBytes(dir.resolve(f)));
                }
                out().println("Spark results byte-identical to the local pool's: " + (same ? "yes" : "NO"));
            } else if (sparkSample > 0) {
                out().println(sampleCheck(batch, specs, dir));
            }
        } finally {
            deleteTree(dir);
        }
    }

    /** Re-runs evenly spread runs locally and compares their runs.csv rows with the Spark batch's. */
    private String sampleCheck(ScenarioLoader.Loaded batch, List<org.golivesim.batch.RunSpec> specs, Path dir)
            throws java.io.IOException {
        org.golivesim.batch.Plan plan = org.golivesim.batch.Planner.plan(batch, batchRuns);
        int n = Math.min(sparkSample, specs.size());
        List<String> lines = Files.readAllLines(dir.resolve(org.golivesim.results.ResultsLayout.RUNS));
        Path tmp = Files.createTempDirectory("golive-bench-sample");
        int same = 0;
        try {
            for (int k = 0; k < n; k++) {
                org.golivesim.batch.RunSpec s = specs.get((int) ((long) k * specs.size() / n));
                var o = org.golivesim.batch.Runner.execute(s);
                Path one = tmp.resolve("run-" + s.runId());
                Files.createDirectories(one);
                List<String> varied = new ArrayList<>();
                for (String key : plan.varied()) {
                    varied.add(plan.points().get(s.pointId()).values().get(key));
                }
                try (var w = new org.golivesim.results.RunWriter(one, plan.varied(), null, true)) {
                    w.append(new org.golivesim.results.RunWriter.Row(
                            s.runId(), s.pointId(), s.arm(), s.replication(), s.seed(), varied, o.result(), o.error()));
                }
                String local = Files.readAllLines(one.resolve(org.golivesim.results.ResultsLayout.RUNS))
                        .get(1);
                if (local.equals(lines.get(1 + s.runId()))) {
                    same++;
                }
            }
        } finally {
            deleteTree(tmp);
        }
        return String.format(
                Locale.ROOT, "sampled runs re-run locally with identical runs.csv rows: %d of %d", same, n);
    }

    /**
     * The most heap found live after a garbage collection while a batch runs (sampled every 100 ms from the heap pools'
     * after-collection usage): what the JVM retains, unlike the peak, which counts garbage not yet collected.
     */
    private static final class RetainedHeap {
        private final Thread sampler;
        private volatile boolean running = true;
        private volatile long max;

        RetainedHeap() {
            sampler = new Thread(
                    () -> {
                        while (running) {
                            long sum = 0;
                            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                                if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                                    sum += pool.getCollectionUsage().getUsed();
                                }
                            }
                            max = Math.max(max, sum);
                            try {
                                Thread.sleep(100);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "golive-heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        void stop() throws InterruptedException {
            running = false;
            sampler.join();
        }

        double maxMb() {
            return max / 1048576.0;
        }
    }

    /** Heap retained by one model halfway through its run, measured as used heap after GC with and without it. */
    private static double liveModelMb(org.golivesim.scenario.Scenario s) {
        Runtime rt = Runtime.getRuntime();
        gc();
        long before = rt.totalMemory() - rt.freeMemory();
        return org.golivesim.engine.Engine.atMidHorizon(s, 99, () -> {
            gc();
            long after = rt.totalMemory() - rt.freeMemory();
            return (after - before) / 1048576.0;
        });
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / 1048576.0;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
