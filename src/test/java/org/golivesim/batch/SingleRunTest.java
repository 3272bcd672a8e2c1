package org.golivesim.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.golivesim.TestResults;
import org.golivesim.TestScenarios;
import org.golivesim.engine.Engine;
import org.golivesim.observe.RunResult;
import org.golivesim.results.CsvFormat;
import org.golivesim.scenario.ScenarioLoader;
import org.golivesim.scenario.ScenarioSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code golive run}'s engine: one replication written to a results directory. */
class SingleRunTest {
    @TempDir
    Path dir;

    private ScenarioLoader.Loaded loaded() {
        return TestScenarios.load(
                dir,
                "name: one\nhorizonMonths: 1\npreGoLiveWeeks: 1\nhospital:\n  physicians: 10\n  nurses: 40\n  allied: 10\n");
    }

    @Test
    void runningTwiceWritesByteIdenticalFiles() throws Exception {
        SingleRun.run(loaded(), 5L, dir.resolve("a"), false, "test");
        SingleRun.run(loaded(), 5L, dir.resolve("b"), false, "test");
        for (String f : List.of("runs.csv", "daily.csv")) {
            assertArrayEquals(
                    Files.readAllBytes(dir.resolve("a").resolve(f)),
                    Files.readAllBytes(dir.resolve("b").resolve(f)),
                    f);
        }
    }

    @Test
    void theFilesHoldTheRunsSummaryAndEveryDay() throws Exception {
        RunResult r = SingleRun.run(loaded(), 5L, dir.resolve("a"), false, "test");
        TestResults.assertSameResult(Engine.run(loaded().scenario(), 5L), r);
        List<String> runs = Files.readAllLines(dir.resolve("a/runs.csv"), StandardCharsets.UTF_8);
        assertEquals(2, runs.size());
        List<String> row = CsvFormat.parse(runs.get(1));
        assertEquals(List.of("0", "0", "as-given", "0", "5", "ok", ""), row.subList(0, 7));
        List<String> daily = Files.readAllLines(dir.resolve("a/daily.csv"), StandardCharsets.UTF_8);
        assertEquals(1 + 7 + 30, daily.size());
        assertTrue(daily.get(1).startsWith("0,0,as-given,0,-7,"), daily.get(1));
        assertFalse(Files.exists(dir.resolve("a/daily.csv.gz")), "a single run writes plain daily.csv");
        JsonNode m = new ObjectMapper().readTree(dir.resolve("a/manifest.json").toFile());
        assertEquals(5, m.get("master_seed").asLong());
        assertEquals("single", m.get("design").asText());
        ScenarioSchema.values(loaded().scenario())
                .forEach((k, v) ->
                        assertEquals(v, m.get("resolved_parameters").get(k).asText(), k));
    }

    @Test
    void anExistingResultsDirectoryIsLeftAloneUnlessOverwriteIsAsked() throws Exception {
        Path out = dir.resolve("a");
        SingleRun.run(loaded(), 5L, out, false, "test");
        byte[] runs = Files.readAllBytes(out.resolve("runs.csv"));
        byte[] daily = Files.readAllBytes(out.resolve("daily.csv"));
        byte[] manifest = Files.readAllBytes(out.resolve("manifest.json"));
        BatchException e = assertThrows(BatchException.class, () -> SingleRun.run(loaded(), 6L, out, false, "test"));
        assertTrue(e.getMessage().contains("--overwrite"), e.getMessage());
        assertArrayEquals(runs, Files.readAllBytes(out.resolve("runs.csv")));
        assertArrayEquals(daily, Files.readAllBytes(out.resolve("daily.csv")));
        assertArrayEquals(manifest, Files.readAllBytes(out.resolve("manifest.json")));
        SingleRun.run(loaded(), 6L, out, true, "test");
        assertTrue(Files.readString(out.resolve("runs.csv")).contains(",6,ok,"));
    }
}
