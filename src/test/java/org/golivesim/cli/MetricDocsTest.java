package org.golivesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.golivesim.observe.DailyMetric;
import org.golivesim.observe.RunMetric;
import org.junit.jupiter.api.Test;

/** {@code docs/METRICS.md} is generated from the metric catalogue and must not go stale. */
class MetricDocsTest {
    private static final Path DOC = Path.of("docs", "METRICS.md");
    private static final String REGENERATE = "./golive params --metrics > docs/METRICS.md";

    @Test
    void theCheckedInMetricDocumentIsUpToDate() throws Exception {
        assertTrue(Files.exists(DOC), DOC + " is missing; generate it with " + REGENERATE);
        assertEquals(
                MetricDocs.markdown(),
                Files.readString(DOC, StandardCharsets.UTF_8),
                DOC + " is stale: the metric catalogue changed. Regenerate it with " + REGENERATE + " and commit it.");
    }

    @Test
    void everyColumnHasARowWithItsRule() {
        String md = MetricDocs.markdown();
        for (RunMetric m : RunMetric.values()) {
            assertTrue(md.contains("| `" + m.column() + "` | "), m.column() + " has no row");
        }
        for (DailyMetric m : DailyMetric.values()) {
            assertTrue(md.contains("| `" + m.column() + "` | "), m.column() + " has no row");
        }
        assertTrue(md.contains("| `availability` | System availability | fraction of time | higher | [0, 1] |"), md);
        assertTrue(md.contains("| `harm_events` | Patient-harm events | events | lower | [0, ∞] | sum of daily"), md);
    }
}
