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

    /**
     * @param threads worker threads (at least 1)
     * @throws IllegalArgumentException when threads is below 1
     */
    public LocalPoolRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
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
            int next = 0;
            int window = 4 * threads;
            while (next < specs.size() || !inFlight.isEmpty()) {
                while (next < specs.size() && inFlight.size() < window) {
                    RunSpec spec = specs.get(next++);
                    inFlight.add(pool.submit(() -> Runner.execute(spec)));
                }
                try {
                    sink.accept(inFlight.poll().get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("run task failed outside the model", e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
