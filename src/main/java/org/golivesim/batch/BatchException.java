package org.golivesim.batch;

/** A batch cannot run as asked (results directory in the way, nothing to resume, bad option); bad input, exit 2. */
public final class BatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and what is allowed */
    public BatchException(String message) {
        super(message);
    }
}
