package org.golivesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.golivesim.batch.BatchException;
import org.junit.jupiter.api.Test;

/** Outcome targets stated on the batch command line become the manifest's targets for the report. */
class BatchTargetsTest {
    @Test
    void minimaAndMaximaAreParsedPerMetric() {
        assertEquals(
                Map.of("availability", Map.of("min", 0.995), "errors_per_1000_tasks", Map.of("max", 6.0)),
                BatchCommand.targets(List.of("availability>=0.995", " errors_per_1000_tasks <= 6 ")));
    }

    @Test
    void anUnknownMetricOrAMalformedTargetIsRejectedNamingIt() {
        BatchException unknown = assertThrows(BatchException.class, () -> BatchCommand.targets(List.of("avail>=0.9")));
        assertTrue(unknown.getMessage().contains("'avail' is not a summary metric"), unknown.getMessage());
        BatchException malformed =
                assertThrows(BatchException.class, () -> BatchCommand.targets(List.of("availability=0.9")));
        assertTrue(malformed.getMessage().contains("expected METRIC>=VALUE"), malformed.getMessage());
        assertThrows(BatchException.class, () -> BatchCommand.targets(List.of("availability>=high")));
    }
}
