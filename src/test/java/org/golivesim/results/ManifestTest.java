package org.golivesim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest record is the file's one definition: what the batch writes is what the report reads back. */
class ManifestTest {
    @TempDir
    Path dir;

    private static Manifest manifest(String finished, String description, Manifest.TargetPrecision precision) {
        return new Manifest(
                "golive-sim",
                "0.1.0",
                "abc",
                "batch sweep.yaml",
                "Riverside",
                List.of(new Manifest.ScenarioFile("scenarios/a.yaml", "00ff")),
                description,
                Map.of("support.tier2Analysts", "4"),
                "9007199254740993",
                "splitmix64",
                "f00d",
                OptionalInt.of(2),
                "2026-01-01T00:00:00Z",
                finished,
                finished == null ? "running" : "finished",
                OptionalInt.of(8),
                OptionalInt.of(7),
                OptionalInt.of(1),
                "factorial",
                OptionalInt.of(2),
                List.of("as-given", "dedicated-team"),
                "as-given",
                List.of(
                        new Manifest.ArmDefinition("as-given", null, Map.of()),
                        new Manifest.ArmDefinition("dedicated-team", "team.yaml", Map.of("b", "2", "a", "1"))),
                OptionalInt.of(2),
                precision,
                List.of("support.helpDeskAnalysts"),
                Map.of("horizonMonths", "1"),
                List.of("budget buys 3 analysts"),
                Map.of("availability", Map.of("min", 0.995)),
                Map.of(1, List.of("point one buys 4"), 0, List.of("point zero buys 2")));
    }

    @Test
    void whatTheBatchWritesReadsBackEqual() throws IOException {
        Manifest written = manifest(
                "2026-01-01T01:00:00Z",
                "A funding sweep.",
                new Manifest.TargetPrecision(0.05, List.of("tasks"), 20, 4));
        written.write(dir);
        Manifest read = Manifest.read(dir.resolve(Manifest.FILE_NAME));
        assertEquals(written, read);
        assertEquals("9007199254740993", read.masterSeed(), "a seed beyond a double's digits survives");
        assertEquals(
                List.of(new PerformanceTarget(
                        "availability", PerformanceTarget.Bound.MIN, 0.995, "manifest.json targets")),
                read.targets());
    }

    @Test
    void keysKeepOneOrderAndOptionalSectionsAreLeftOut() throws IOException {
        manifest(null, null, null).write(dir);
        JsonNode root =
                new ObjectMapper().readTree(dir.resolve(Manifest.FILE_NAME).toFile());
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertEquals(
                List.of(
                        "tool",
                        "version",
                        "commit",
                        "command",
                        "scenario_name",
                        "scenario_files",
                        "overrides",
                        "master_seed",
                        "seed_scheme",
                        "plan_fingerprint",
                        "threads",
                        "started",
                        "finished",
                        "status",
                        "runs_planned",
                        "runs_completed",
                        "runs_failed",
                        "design",
                        "points",
                        "arms",
                        "reference_arm",
                        "arm_definitions",
                        "replications",
                        "varied_parameters",
                        "resolved_parameters",
                        "budget_notes",
                        "targets",
                        "point_budget_notes"),
                keys);
        assertTrue(root.get("master_seed").isIntegralNumber(), "the seed is a JSON number");
        assertTrue(root.get("finished").isNull(), "a running batch has finished: null");
        assertFalse(root.get("arm_definitions").get(0).has("file"), "an override arm has no file");
        assertEquals(
                List.of("a", "b"),
                iterator(root.get("arm_definitions").get(1).get("overrides").fieldNames()),
                "overrides are sorted");
        assertEquals(List.of("0", "1"), iterator(root.get("point_budget_notes").fieldNames()), "points in id order");
        Manifest read = Manifest.read(dir.resolve(Manifest.FILE_NAME));
        assertEquals("", read.finished());
        assertEquals("", read.scenarioDescription());
        assertEquals(null, read.targetPrecision());
        String text = Files.readString(dir.resolve(Manifest.FILE_NAME));
        manifest(null, null, null).write(dir);
        assertEquals(text, Files.readString(dir.resolve(Manifest.FILE_NAME)), "same record, same bytes");
    }

    private static List<String> iterator(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
