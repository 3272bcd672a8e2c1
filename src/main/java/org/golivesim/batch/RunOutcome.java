package org.golivesim.batch;

import java.io.Serializable;
import org.golivesim.observe.RunResult;

/**
 * What became of a run: its result, or the error that stopped it.
 *
 * @param spec the run
 * @param result the result, or null when the run failed
 * @param error the failure (exception class and message), or null
 */
public record RunOutcome(RunSpec spec, RunResult result, String error) implements Serializable {
    /** Whether the run finished. */
    public boolean ok() {
        return result != null;
    }
}
