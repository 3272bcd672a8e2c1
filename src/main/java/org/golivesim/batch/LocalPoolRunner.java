package org.golivesim.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs specs on a fixed pool of threads, one model per task. At most {@code 4 x threads} runs are in flight or
 * waiting to be handed on, so memory stays flat however long the batch; outcomes reach the sink in plan order,
 * which makes the files written from them identical for any thread count.
 */
public final class LocalPoolRunner implements Runner {
    private final int threads;
    private final java.util.function.BiFunction<org.golivesim.scenario.Scenario, Long, org.golivesim.observe.RunResult>
            engine;

    /**
     * @param threads worker threads (at least 1)
     * @throws IllegalArgumentException when threads is below 1
     */
    public LocalPoolRunner(int threads) {
        this(threads, org.golivesim.engine.Engine::run);
    }

    /** A pool running specs on the given engine (tests inject failures through it). */
    LocalPoolRunner(
            int threads,
            java.util.function.BiFunction<org.golivesim.scenario.Scenario, Long, org.golivesim.observe.RunResult>
                    engine) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.engine = engine;
    }

    @Override
    public void run(List<RunSpec> specs, Consumer<RunOutcome> sink) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "golive-run");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<RunOutcome>> inFlight = new ArrayDeque<>();
            Deque<RunSpec> specsInFlight = new ArrayDeque<>();
            int next = 0;
            int window = 4 * threads;
            while (next < specs.size() || !inFlight.isEmpty()) {
                while (next < specs.size() && inFlight.size() < window) {
                    RunSpec spec = specs.get(next++);
                    inFlight.add(pool.submit(() -> Runner.execute(spec, engine)));
                    specsInFlight.add(spec);
                }
                RunSpec spec = specsInFlight.poll();
                RunOutcome outcome;
                try {
                    outcome = inFlight.poll().get();
                } catch (ExecutionException e) {
                    // Runner.execute catches everything; should the task still fail, the run is recorded as failed
                    outcome = new RunOutcome(spec, null, Runner.describe(e.getCause()));
                }
                sink.accept(outcome);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
