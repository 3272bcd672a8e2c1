package org.golivesim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.golivesim.observe.RunResult;

/** Assertions on run results. */
public final class TestResults {
    private TestResults() {}

    /**
     * Equal runs: same first day, same daily rows (deeply) and same summaries. {@code RunResult.equals} cannot be used:
     * as a record holding a {@code double[][]} it compares the arrays by identity.
     */
    public static void assertSameResult(RunResult expected, RunResult actual) {
        assertEquals(expected.firstDay(), actual.firstDay());
        assertArrayEquals(expected.daily(), actual.daily());
        assertEquals(expected.summary(), actual.summary());
    }
}
