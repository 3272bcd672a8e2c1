package org.golivesim.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.golivesim.results.ResultsLayout;
import org.golivesim.results.RunWriter;
import org.golivesim.scenario.Arm;
import org.golivesim.scenario.ScenarioLoader;

/**
 * Says before a batch starts how big it is — runs, disk and wall time, the last two from one measured run — and
 * refuses a plan over {@value #MAX_RUNS} runs or {@value #MAX_BYTES} bytes unless confirmed ({@code --yes}).
 */
public final class PlanGuard {
    /** Most runs without confirmation. */
    public static final long MAX_RUNS = 1_000_000L;
    /** Most estimated output bytes without confirmation (10 GB). */
    public static final long MAX_BYTES = 10_000_000_000L;
    /** Plans of at least this many runs are measured before a batch (smaller ones cannot reach the disk limit). */
    public static final long MEASURE_FROM_RUNS = 1_000;

    private PlanGuard() {}

    /**
     * A plan's size.
     *
     * @param runs planned runs
     * @param bytesPerRun measured output bytes of one run (runs.csv row and daily.csv.gz member), or -1
     * @param secondsPerRun measured wall time of one run, or NaN
     * @param threads worker threads the time is estimated for
     */
    public record Estimate(long runs, long bytesPerRun, double secondsPerRun, int threads) {
        /** Whether a run was measured. */
        public boolean measured() {
            return bytesPerRun >= 0;
        }

        /** Estimated output in bytes, or -1 when not measured. */
        public long bytes() {
            return measured() ? (long) Math.min(Long.MAX_VALUE, (double) bytesPerRun * runs) : -1;
        }

        /** Estimated wall time in seconds on {@code threads} threads (at most the machine's cores). */
        public double seconds() {
            int parallel = Math.max(1, Math.min(threads, Runtime.getRuntime().availableProcessors()));
            return secondsPerRun * runs / parallel;
        }

        /** The estimate in words. */
        public String describe() {
            String s = String.format(Locale.ROOT, "%,d runs", runs);
            if (!measured()) {
                return s;
            }
            return s
                    + String.format(
                            Locale.ROOT,
                            "; estimated disk %s, wall time %s on %d thread(s) (from a measured run: %.2f s, %s)",
                            bytesText(bytes()),
                            timeText(seconds()),
                            threads,
                            secondsPerRun,
                            bytesText(bytesPerRun));
        }
    }

    /**
     * Estimates a plan: counts its runs and, when asked (or when it is large), runs its first run once to measure
     * time and bytes.
     *
     * @param loaded scenario or sweep file
     * @param replications replications per point and arm
     * @param threads worker threads
     * @param measure measure a run whatever the plan's size
     */
    public static Estimate estimate(ScenarioLoader.Loaded loaded, int replications, int threads, boolean measure)
            throws IOException {
        long runs = Planner.count(loaded, replications);
        if (!measure && runs < MEASURE_FROM_RUNS) {
            return new Estimate(runs, -1, Double.NaN, threads);
        }
        RunSpec spec = new RunSpec(
                0, 0, Arm.AS_GIVEN, 0, Planner.replicationSeed(loaded.scenario().seed(), 0), loaded.scenario());
        // the first run in a JVM pays for class loading and compilation: run again (up to 3 times within 2 s) and take
        // the fastest, which is still a conservative estimate of a run in a long batch
        RunOutcome o = null;
        double seconds = Double.POSITIVE_INFINITY;
        double spent = 0;
        for (int i = 0; i < 3 && (i == 0 || spent + seconds < 2.0); i++) {
            long t0 = System.nanoTime();
            o = Runner.execute(spec);
            double s = (System.nanoTime() - t0) / 1e9;
            spent += s;
            seconds = Math.min(seconds, s);
            if (!o.ok()) {
                throw new RunFailedException("the run measured for the plan's estimate failed: " + o.error());
            }
        }
        Path tmp = Files.createTempDirectory("golive-estimate");
        try (RunWriter w = new RunWriter(tmp, List.of(), null, true)) {
            long[] before = w.sizes();
            long[] after = w.append(new RunWriter.Row(0, 0, Arm.AS_GIVEN, 0, spec.seed(), List.of(), o.result(), null))
                    .ends();
            long perRun = (after[0] - before[0]) + (after[1] - before[1]);
            return new Estimate(runs, perRun, seconds, threads);
        } finally {
            Files.deleteIfExists(tmp.resolve(ResultsLayout.RUNS));
            Files.deleteIfExists(tmp.resolve(ResultsLayout.DAILY));
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Refuses a plan over the limits unless confirmed.
     *
     * @throws BatchException naming the plan's size, the limit and {@code --yes}
     */
    public static void check(Estimate e, boolean confirmed) {
        if (confirmed) {
            return;
        }
        if (e.runs() > MAX_RUNS) {
            throw new BatchException(String.format(
                    Locale.ROOT,
                    "the plan has %,d runs, more than the %,d a batch runs without confirmation; pass --yes to run"
                            + " it, or use fewer points or --replications",
                    e.runs(),
                    MAX_RUNS));
        }
        if (e.bytes() > MAX_BYTES) {
            throw new BatchException("the plan's output is estimated at " + bytesText(e.bytes()) + " ("
                    + e.describe() + "), more than the " + bytesText(MAX_BYTES) + " a batch writes without"
                    + " confirmation; pass --yes to run it, or use fewer points, --replications or a shorter horizon");
        }
    }

    static String bytesText(long b) {
        if (b < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f kB", b / 1e3);
        }
        if (b < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.1f MB", b / 1e6);
        }
        return String.format(Locale.ROOT, "%.1f GB", b / 1e9);
    }

    static String timeText(double s) {
        if (s < 120) {
            return String.format(Locale.ROOT, "%.0f s", s);
        }
        if (s < 7200) {
            return String.format(Locale.ROOT, "%.0f min", s / 60);
        }
        if (s < 172_800) {
            return String.format(Locale.ROOT, "%.1f h", s / 3600);
        }
        return String.format(Locale.ROOT, "%.1f days", s / 86_400);
    }
}
