package org.golivesim.batch;

/** A run failed (the model threw, or the JVM ran out of memory); a runtime failure, exit 1, shown as one line. */
public final class RunFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed, with the run's seed */
    public RunFailedException(String message) {
        super(message);
    }
}
