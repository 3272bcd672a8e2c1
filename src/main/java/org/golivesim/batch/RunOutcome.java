package org.golivesim.batch;

import java.io.Serializable;
import org.golivesim.observe.RunResult;

/**
 * What became of a run: its result, or the error that stopped it.
 *
 * @param spec the run
 * @param result the result, or null when the run failed
 * @param error the failure (exception class and message), or null
 * @param encodedDaily the run's {@code daily.csv.gz} member already encoded where it ran
 *     ({@link org.golivesim.results.RunWriter#dailyMember}), so that {@code result} need carry only the summary
 *     metrics; null when the daily rows are in {@code result}
 */
public record RunOutcome(RunSpec spec, RunResult result, String error, byte[] encodedDaily) implements Serializable {
    /** An outcome whose result holds its daily rows. */
    public RunOutcome(RunSpec spec, RunResult result, String error) {
        this(spec, result, error, null);
    }

    /** Whether the run finished. */
    public boolean ok() {
        return result != null;
    }
}
