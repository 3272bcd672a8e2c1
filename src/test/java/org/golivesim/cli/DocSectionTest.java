package org.golivesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.golivesim.batch.Claims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated sections of docs/VALIDATION.md: only the marked part changes, and the claims table says each verdict. */
class DocSectionTest {

    @Test
    void onlyTheMarkedSectionIsReplaced(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("V.md");
        Files.writeString(doc, "# V\nkept above\n<!-- claims:begin -->\nold\n<!-- claims:end -->\nkept below\n");
        DocSection.replace(doc, "claims", "new table\n");
        assertEquals(
                "# V\nkept above\n<!-- claims:begin -->\nnew table\n<!-- claims:end -->\nkept below\n",
                Files.readString(doc));
    }

    @Test
    void aDocumentWithoutTheMarkersIsLeftAlone(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("V.md");
        Files.writeString(doc, "# V\nno markers\n");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> DocSection.replace(doc, "claims", "x\n"));
        assertTrue(e.getMessage().contains("<!-- claims:begin -->"), e.getMessage());
        assertEquals("# V\nno markers\n", Files.readString(doc));
    }

    @Test
    void theClaimsTableStatesArmsValuesIntervalAndVerdict() {
        Claims.Claim claim = new Claims.Claim(
                "team-reduces-errors",
                "A team | helps",
                Path.of("scenarios/baseline.yaml"),
                Map.of(),
                "as-given",
                Map.of(),
                "errors_per_1000_tasks",
                false,
                "model/agent/DedicatedTeam.java");
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("mean_reference", "7.123456");
        cells.put("mean_arm", "4.6");
        cells.put("mean_difference", "-2.523456");
        cells.put("ci_low", "-3.16");
        cells.put("ci_high", "-1.81");
        String md = ClaimsCommand.markdown(List.of(new Claims.Verdict(claim, "dedicated-team", cells, "holds")), 10);
        assertTrue(md.contains("--replications 10"), md);
        assertTrue(
                md.contains("| `team-reduces-errors`: A team \\| helps | `errors_per_1000_tasks` (expected lower) |"
                        + " as-given → dedicated-team | 7.12 | 4.6 | -2.52 [-3.16, -1.81] | **holds** |"),
                md);
    }
}
