package org.golivesim.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.golivesim.batch.Batch;
import org.golivesim.batch.LocalPoolRunner;
import org.golivesim.batch.RunOutcome;
import org.golivesim.batch.RunSpec;
import org.golivesim.batch.Runner;
import org.golivesim.observe.DailyMetric;
import org.golivesim.results.AtomicFiles;
import org.golivesim.results.ComparisonRow;
import org.golivesim.results.Curve;
import org.golivesim.results.ResultsData;
import org.golivesim.results.ResultsLayout;
import org.golivesim.scenario.ScenarioLoader;

/**
 * One what-if experiment: the what-if scenario file written beside its results, then the same execution as
 * {@code golive compare REFERENCE.yaml what-if.yaml --replications N} (the batch executor, the local thread pool,
 * common random numbers, the same results files). Runs are started replication by replication (both arms of a
 * replication together) so paired differences appear early, while the results files still receive them in plan
 * order. Listeners hear of every finished run; {@link #stop()} ends the batch at the next finished run (the batch
 * closes its files, its pool drops the runs not yet started) and the working files are deleted.
 */
final class WhatIfJob {
    /** Where a job is. */
    enum State {
        RUNNING,
        FINISHED,
        CANCELLED,
        FAILED
    }

    /** The arm name of the what-if (its file name). */
    static final String ARM = "what-if";

    private final String id;
    private final WhatIfSpec spec;
    private final Path dir;
    private final int threads;
    private final String armName;
    private final LiveResults live;
    private final List<Consumer<Map<String, Object>>> listeners = new CopyOnWriteArrayList<>();
    private final Runnable onEnd;
    private final long started = System.nanoTime();
    private volatile long firstPairNanos = -1;
    private volatile long endedNanos = -1;
    private volatile State state = State.RUNNING;
    private volatile String error;
    private volatile int planned;
    private volatile ResultsData finalResults;
    private volatile Path savedAs;
    private volatile boolean cancelled;
    private Thread thread;

    /** Thrown through the batch's sink to end it when the experiment is stopped. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("stopped", null, false, false);
        }
    }

    WhatIfJob(String id, WhatIfSpec spec, Path dir, int threads, Runnable onEnd) {
        this.id = id;
        this.spec = spec;
        this.dir = dir;
        this.threads = threads;
        this.onEnd = onEnd;
        this.armName = spec.referenceName().equals(ARM) ? ARM + "-arm" : ARM;
        this.live = new LiveResults(spec.referenceName(), armName);
        this.planned = 2 * spec.replications();
    }

    String id() {
        return id;
    }

    State state() {
        return state;
    }

    Path dir() {
        return dir;
    }

    WhatIfSpec spec() {
        return spec;
    }

    Path savedAs() {
        return savedAs;
    }

    void savedAs(Path p) {
        savedAs = p;
    }

    /** The scenario file of the what-if arm (in the results directory). */
    Path scenarioFile() {
        return dir.resolve(armName + ".yaml");
    }

    void listen(Consumer<Map<String, Object>> l) {
        listeners.add(l);
    }

    void unlisten(Consumer<Map<String, Object>> l) {
        listeners.remove(l);
    }

    /** Starts the experiment on its own thread. */
    synchronized void start() {
        thread = new Thread(this::run, "golive-whatif-" + id);
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks the experiment to stop; runs not yet started are dropped. */
    void stop() {
        cancelled = true;
    }

    /** Waits for the experiment to end. */
    void await(long millis) throws InterruptedException {
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            t.join(millis);
        }
    }

    private void run() {
        try {
            Files.createDirectories(dir);
            Path whatIf = scenarioFile();
            AtomicFiles.writeString(whatIf, spec.yaml());
            ScenarioLoader.Loaded loaded = ScenarioLoader.loadArms(List.of(spec.referenceFile(), whatIf), List.of());
            Batch.Options o = new Batch.Options(
                    dir,
                    threads,
                    false,
                    false,
                    spec.replications(),
                    null,
                    List.of(),
                    1,
                    "serve: compare " + spec.referenceFile() + " " + whatIf.getFileName() + " --replications "
                            + spec.replications());
            Batch.run(
                    loaded,
                    o,
                    new PairFirst(new LocalPoolRunner(threads)),
                    new PrintStream(java.io.OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
            finalResults = ResultsData.load(dir);
            endedNanos = System.nanoTime();
            state = State.FINISHED;
            publish("done");
        } catch (Cancelled | InterruptedException e) {
            endedNanos = System.nanoTime();
            state = State.CANCELLED;
            deleteQuietly();
            publish("cancelled");
        } catch (RuntimeException | IOException e) {
            endedNanos = System.nanoTime();
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            state = State.FAILED;
            publish("failed");
        } finally {
            onEnd.run();
        }
    }

    /** Deletes the working files of an experiment that was not saved. */
    void deleteQuietly() {
        if (savedAs != null || !Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // left for the next start to find; nothing depends on it
        }
    }

    private void publish(String event) {
        Map<String, Object> s = status();
        s.put("event", event);
        for (Consumer<Map<String, Object>> l : listeners) {
            l.accept(s);
        }
    }

    /** Progress and the paired differences so far (from comparison.csv once finished, the CLI's own numbers). */
    Map<String, Object> status() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("state", state.name().toLowerCase(java.util.Locale.ROOT));
        m.put("reference", spec.referenceName());
        m.put("arm", armName);
        m.put("changes", spec.changes());
        m.put("replications", spec.replications());
        m.put("planned", planned);
        Map<String, Integer> finished = live.finished();
        m.put("finished", finished.values().stream().mapToInt(Integer::intValue).sum() + live.failed());
        m.put("failed", live.failed());
        m.put("pairs", live.pairs());
        long now = endedNanos > 0 ? endedNanos : System.nanoTime();
        m.put("elapsed_ms", (now - started) / 1_000_000);
        m.put("first_pair_ms", firstPairNanos < 0 ? null : (firstPairNanos - started) / 1_000_000);
        if (error != null) {
            m.put("error", error);
        }
        ResultsData r = finalResults;
        if (r != null) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ComparisonRow c : r.comparisons()) {
                if (c.arm().equals(armName)) {
                    rows.add(LiveResults.row(
                            c.metric(),
                            c.pairs(),
                            c.meanReference(),
                            c.meanArm(),
                            c.meanDifference(),
                            c.ciLow(),
                            c.ciHigh()));
                }
            }
            m.put("source", ResultsLayout.COMPARISON);
            m.put("differences", rows);
        } else {
            m.put("source", "partial");
            m.put("differences", live.differences());
        }
        if (savedAs != null) {
            m.put("saved_as", savedAs.getFileName().toString());
        }
        return m;
    }

    /** One daily metric's curves per arm: from curves.csv once finished, else over the runs finished so far. */
    Map<String, Object> curve(DailyMetric metric) {
        ResultsData r = finalResults;
        if (r == null) {
            return live.curve(metric);
        }
        List<Map<String, Object>> series = new ArrayList<>();
        int[] days = new int[0];
        for (String arm : List.of(spec.referenceName(), armName)) {
            Curve c = r.curve(0, arm, metric.column()).orElse(null);
            if (c == null) {
                continue;
            }
            days = c.days();
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("arm", arm);
            s.put("n", spec.replications());
            s.put("mean", Json.finite(c.mean()));
            s.put("ci_low", Json.finite(c.ciLow()));
            s.put("ci_high", Json.finite(c.ciHigh()));
            s.put("p10", Json.finite(c.p10()));
            s.put("p90", Json.finite(c.p90()));
            series.add(s);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("metric", metric.column());
        out.put("title", org.golivesim.report.MetricInfo.of(metric.column()).titleWithUnit());
        out.put("days", days);
        out.put("series", series);
        return out;
    }

    /** Milliseconds from start to the first finished pair, or -1. */
    long firstPairMillis() {
        return firstPairNanos < 0 ? -1 : (firstPairNanos - started) / 1_000_000;
    }

    /** Milliseconds from start to the end, or -1 while running. */
    long totalMillis() {
        return endedNanos < 0 ? -1 : (endedNanos - started) / 1_000_000;
    }

    /**
     * Starts runs replication by replication (every arm of replication 0, then of 1, ...) and tells listeners of each
     * as it finishes, while handing outcomes on to the batch in its own plan order.
     */
    private final class PairFirst implements Runner {
        private final Runner delegate;

        PairFirst(Runner delegate) {
            this.delegate = delegate;
        }

        @Override
        public void run(List<RunSpec> specs, Consumer<RunOutcome> sink) throws InterruptedException {
            List<RunSpec> order = new ArrayList<>(specs);
            order.sort(Comparator.comparingInt(RunSpec::replication).thenComparingInt(RunSpec::pointId));
            Map<Integer, RunOutcome> waiting = new HashMap<>();
            int[] next = {0};
            delegate.run(order, o -> {
                if (cancelled) {
                    throw new Cancelled();
                }
                live.add(o);
                if (firstPairNanos < 0 && live.pairs() > 0) {
                    firstPairNanos = System.nanoTime();
                }
                waiting.put(o.spec().runId(), o);
                while (next[0] < specs.size()
                        && waiting.containsKey(specs.get(next[0]).runId())) {
                    sink.accept(waiting.remove(specs.get(next[0]++).runId()));
                }
                publish("progress");
            });
        }
    }
}
