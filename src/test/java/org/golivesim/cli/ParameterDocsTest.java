package org.golivesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.golivesim.scenario.ParamInfo;
import org.golivesim.scenario.ScenarioSchema;
import org.junit.jupiter.api.Test;

/** {@code docs/PARAMETERS.md} is generated from the parameter declarations and must not go stale. */
class ParameterDocsTest {
    private static final Path DOC = Path.of("docs", "PARAMETERS.md");
    private static final String REGENERATE = "./golive params --markdown > docs/PARAMETERS.md";

    @Test
    void theCheckedInParameterDocumentIsUpToDate() throws Exception {
        assertTrue(Files.exists(DOC), DOC + " is missing; generate it with " + REGENERATE);
        assertEquals(
                ParameterDocs.markdown(),
                Files.readString(DOC, StandardCharsets.UTF_8),
                DOC + " is stale: a parameter's declaration changed. Regenerate it with " + REGENERATE
                        + " and commit it.");
    }

    @Test
    void everyParameterHasARowWithItsDefaultAndSource() {
        String md = ParameterDocs.markdown();
        for (ParamInfo p : ScenarioSchema.params()) {
            assertTrue(md.contains("| `" + p.key() + "` | "), p.key() + " has no row");
        }
        assertTrue(md.contains("| `errors.workaroundOddsRatio` | odds ratio | `3.06` | a number in [1, 50] |"), md);
        assertTrue(md.contains("(unset)"), "optional parameters show as unset");
    }
}
