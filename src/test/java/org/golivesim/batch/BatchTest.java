package org.golivesim.batch;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.golivesim.results.CsvFormat;
import org.golivesim.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Batches: byte-identical output for any thread count, exact resume after a crash, refusal to overwrite, and failure
 * isolation. The reference batch (2 points x 2 strategies x 2 replications of a one-month, 200-clinician hospital) is
 * run once on one thread.
 */
@SuppressWarnings("try") // a lock held for its try block
class BatchTest {
    @TempDir
    static Path shared;

    private static ScenarioLoader.Loaded loaded;
    private static Path reference;

    @TempDir
    Path dir;

    @BeforeAll
    static void runReference() throws Exception {
        loaded = TinyBatches.load(shared, TinyBatches.sweepYaml(1, 2));
        reference = shared.resolve("reference");
        Batch.Outcome o = TinyBatches.run(loaded, reference, 1, false);
        assertEquals(8, o.completed());
        assertEquals(0, o.failed());
    }

    private static List<List<String>> csv(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            rows.add(CsvFormat.parse(line));
        }
        return rows;
    }

    @Test
    void thePlanRunsEveryPointStrategyAndReplicationWithSharedReplicationSeeds() throws IOException {
        List<List<String>> runs = csv(reference.resolve("runs.csv"));
        List<String> h = runs.get(0);
        assertEquals(
                List.of(
                        "run_id",
                        "point_id",
                        "arm",
                        "replication",
                        "seed",
                        "support.helpDeskAnalysts",
                        "status",
                        "error"),
                h.subList(0, 8));
        assertEquals(9, runs.size());
        long seed0 = Planner.replicationSeed(777, 0);
        long seed1 = Planner.replicationSeed(777, 1);
        String[][] expected = {
            {"0", "0", "as-given", "0", Long.toString(seed0), "4", "ok", ""},
            {"1", "0", "as-given", "1", Long.toString(seed1), "4", "ok", ""},
            {"2", "0", "dedicated-team", "0", Long.toString(seed0), "4", "ok", ""},
            {"3", "0", "dedicated-team", "1", Long.toString(seed1), "4", "ok", ""},
            {"4", "1", "as-given", "0", Long.toString(seed0), "8", "ok", ""},
            {"5", "1", "as-given", "1", Long.toString(seed1), "8", "ok", ""},
            {"6", "1", "dedicated-team", "0", Long.toString(seed0), "8", "ok", ""},
            {"7", "1", "dedicated-team", "1", Long.toString(seed1), "8", "ok", ""}
        };
        for (int i = 0; i < expected.length; i++) {
            assertEquals(List.of(expected[i]), runs.get(i + 1).subList(0, 8), "row " + (i + 1));
        }
        assertEquals(
                List.of("point_id", "label", "support.helpDeskAnalysts"),
                csv(reference.resolve("points.csv")).get(0));
        assertEquals(1 + 8, Files.readAllLines(reference.resolve(Journal.FILE)).size(), "a header and 8 runs");
    }

    @Test
    void dailyRowsCoverEveryRunAndDay() throws IOException {
        List<String> lines;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(reference.resolve("daily.csv.gz")))) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        }
        int days = 7 + 30; // a week of reference and one month (30 days) after go-live
        assertEquals(1 + 8 * days, lines.size());
        assertTrue(lines.get(0).startsWith("run_id,point_id,arm,replication,day,"), lines.get(0));
        assertTrue(lines.get(1).startsWith("0,0,as-given,0,-7,"), lines.get(1));
        assertTrue(lines.get(lines.size() - 1).startsWith("7,1,dedicated-team,1,29,"));
    }

    @Test
    void theManifestRecordsSeedsCountsAndResolvedParameters() throws IOException {
        JsonNode m =
                new ObjectMapper().readTree(reference.resolve("manifest.json").toFile());
        assertAll(
                () -> assertEquals("golive-sim", m.get("tool").asText()),
                () -> assertEquals(
                        List.of("path", "sha256"),
                        iteratorToList(m.get("scenario_files").get(0).fieldNames()),
                        "scenario file entries keep one key order (a hash map's order changes between JVMs)"),
                () -> assertEquals(777, m.get("master_seed").asLong()),
                () -> assertEquals("finished", m.get("status").asText()),
                () -> assertEquals(8, m.get("runs_planned").asInt()),
                () -> assertEquals(8, m.get("runs_completed").asInt()),
                () -> assertEquals(0, m.get("runs_failed").asInt()),
                () -> assertEquals("factorial", m.get("design").asText()),
                () -> assertEquals(2, m.get("points").asInt()),
                () -> assertEquals(
                        64,
                        m.get("scenario_files").get(0).get("sha256").asText().length()),
                () -> assertEquals(
                        "120",
                        m.get("resolved_parameters").get("hospital.nurses").asText()),
                () -> assertEquals(0, m.get("overrides").size(), "no --set overrides were given"));
    }

    @Test
    void twoThreadsWriteTheSameBytesAsOne() throws Exception {
        TinyBatches.run(loaded, dir.resolve("two"), 2, false);
        TinyBatches.assertSameFiles(reference, dir.resolve("two"));
    }

    /**
     * A crash leaves the journal with some complete lines and a torn one, and the data files longer than the journal
     * says (a run's rows written but not yet journalled) with garbage at the end. Resuming cuts them back and must end
     * byte-identical to the uninterrupted batch.
     *
     * @param completeLines journal lines that survived: none, some, all but one, or all (a crash before statistics)
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 3, 7, 8})
    void aResumedBatchEndsByteIdenticalToAnUninterruptedOne(int completeLines) throws Exception {
        Path crashed = dir.resolve("crashed");
        crash(reference, crashed, completeLines, loaded);
        Batch.Outcome o = TinyBatches.run(loaded, crashed, 2, true);
        assertEquals(8, o.completed());
        TinyBatches.assertSameFiles(reference, crashed);
    }

    /** Copies a finished batch as it would have been on disk had the process died after {@code complete} runs. */
    static void crash(Path from, Path to, int complete, ScenarioLoader.Loaded loaded) throws IOException {
        Files.createDirectories(to);
        Files.copy(from.resolve("manifest.json"), to.resolve("manifest.json"));
        Files.copy(from.resolve("points.csv"), to.resolve("points.csv"));
        List<String> journal = Files.readAllLines(from.resolve(Journal.FILE));
        String[] header = journal.get(0).split("\t");
        long[] sizes = {Long.parseLong(header[3]), Long.parseLong(header[4])};
        StringBuilder kept = new StringBuilder(journal.get(0)).append('\n');
        for (int i = 1; i <= complete; i++) {
            kept.append(journal.get(i)).append('\n');
            String[] f = journal.get(i).split("\t");
            sizes = new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])};
        }
        byte[] garbage = "\u0000torn write \"unclosed".getBytes(StandardCharsets.UTF_8);
        if (complete + 1 < journal.size()) {
            kept.append(journal.get(complete + 1), 0, 3); // a torn line
        }
        Files.writeString(to.resolve(Journal.FILE), kept.toString());
        for (int k = 0; k < 2; k++) {
            String name = k == 0 ? "runs.csv" : "daily.csv.gz";
            byte[] full = TinyBatches.bytes(from.resolve(name));
            int keep = (int) Math.min(full.length, sizes[k] + 25); // part of the next run's rows
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(full, 0, keep);
            out.write(garbage);
            Files.write(to.resolve(name), out.toByteArray());
        }
    }

    @Test
    void anExistingResultsDirectoryIsNeitherOverwrittenNorAppendedToUnlessAsked() throws Exception {
        Path out = dir.resolve("existing");
        TinyBatches.run(loaded, out, 1, false);
        byte[] before = TinyBatches.bytes(out.resolve("runs.csv"));
        BatchException e = assertThrows(BatchException.class, () -> TinyBatches.run(loaded, out, 1, false));
        assertTrue(e.getMessage().contains("already holds results"), e.getMessage());
        assertTrue(e.getMessage().contains("--resume") && e.getMessage().contains("--overwrite"), e.getMessage());
        assertArrayEquals(before, TinyBatches.bytes(out.resolve("runs.csv")));
        Batch.run(loaded, TinyBatches.options(out, 1, false, true), new LocalPoolRunner(1), TinyBatches.quiet());
        TinyBatches.assertSameFiles(reference, out);
    }

    @Test
    void resumingWhereNothingRanIsAnError() {
        BatchException e =
                assertThrows(BatchException.class, () -> TinyBatches.run(loaded, dir.resolve("empty"), 1, true));
        assertTrue(e.getMessage().contains("nothing to resume"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("empty")), "a refused batch leaves no directory (nor lock file) behind");
    }

    @Test
    void aBatchIntoADirectoryAnotherWriterHoldsIsRefusedAndTheirLockIsLeftAlone() throws Exception {
        Path out = dir.resolve("held");
        try (ResultsLock held = ResultsLock.acquire(out)) {
            BatchException e = assertThrows(BatchException.class, () -> TinyBatches.run(loaded, out, 1, false));
            assertTrue(e.getMessage().contains("is in use by a golive process"), e.getMessage());
            assertTrue(Files.exists(out.resolve(ResultsLock.FILE)), "the holder's lock file is kept");
            assertFalse(Files.exists(out.resolve("points.csv")), "the refused batch wrote nothing");
        }
    }

    @Test
    void resumingWithDifferentInputsIsAnError() throws Exception {
        Path crashed = dir.resolve("crashed");
        crash(reference, crashed, 3, loaded);
        ScenarioLoader.Loaded other =
                TinyBatches.load(dir, TinyBatches.sweepYaml(1, 2).replace("seed: 777", "seed: 778"));
        BatchException e = assertThrows(BatchException.class, () -> TinyBatches.run(other, crashed, 1, true));
        assertTrue(e.getMessage().contains("different inputs"), e.getMessage());
    }

    @Test
    void anUnknownPrecisionMetricIsAnErrorNamingIt() {
        Batch.Options o =
                new Batch.Options(dir.resolve("p"), 1, false, false, null, 0.05, List.of("downtime"), 10, "test");
        BatchException e = assertThrows(
                BatchException.class, () -> Batch.run(loaded, o, new LocalPoolRunner(1), TinyBatches.quiet()));
        assertTrue(e.getMessage().contains("'downtime'"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("p")), "nothing is written for a rejected batch");
    }

    @Test
    void aFailedRunIsRecordedWithItsErrorAndSeedAndTheOthersGoOn() throws Exception {
        Runner failsRunOne = (specs, sink) -> {
            for (RunSpec s : specs) {
                sink.accept(
                        s.runId() == 1
                                ? new RunOutcome(s, null, "IllegalStateException: injected, for the test")
                                : Runner.execute(s));
            }
        };
        Path out = dir.resolve("failing");
        Batch.Outcome o =
                Batch.run(loaded, TinyBatches.options(out, 1, false, false), failsRunOne, TinyBatches.quiet());
        assertEquals(1, o.failed());
        assertEquals(7, o.completed());
        List<List<String>> runs = csv(out.resolve("runs.csv"));
        List<List<String>> ref = csv(reference.resolve("runs.csv"));
        List<String> failed = runs.get(2);
        assertEquals(
                List.of(
                        "1",
                        "0",
                        "as-given",
                        "1",
                        Long.toString(Planner.replicationSeed(777, 1)),
                        "4",
                        "failed",
                        "IllegalStateException: injected, for the test"),
                failed.subList(0, 8));
        assertTrue(failed.subList(8, failed.size()).stream().allMatch(String::isEmpty), "no summaries for it");
        for (int row : new int[] {1, 3, 4, 5, 6, 7, 8}) {
            assertEquals(ref.get(row), runs.get(row), "run " + (row - 1) + " is unaffected");
        }
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(1, m.get("runs_failed").asInt());
        assertTrue(Files.exists(out.resolve("curves.csv")));
        assertTrue(Files.exists(out.resolve("comparison.csv")));
    }

    @Test
    void aRunThatThrowsBecomesAFailedOutcome() {
        RunSpec bad = new RunSpec(0, 0, org.golivesim.scenario.Arm.AS_GIVEN, 0, 1L, null);
        RunOutcome o = Runner.execute(bad);
        assertFalse(o.ok());
        assertTrue(o.error().startsWith("NullPointerException"), o.error());
    }

    @Test
    void overwriteRemovesEveryFileOfThePreviousBatchButNotTheUsers() throws Exception {
        Path out = dir.resolve("previous");
        TinyBatches.run(loaded, out, 1, false);
        Files.writeString(out.resolve("sensitivity.csv"), "factor,output\n");
        Files.createDirectories(out.resolve("charts"));
        Files.writeString(out.resolve("charts/old-morris.png"), "png");
        Files.writeString(out.resolve("charts/old-morris.svg"), "svg");
        Files.writeString(out.resolve(".curves-123.tmp"), "orphan of a killed statistics phase");
        Files.writeString(out.resolve("my-notes.txt"), "the analyst's own file");
        Batch.run(loaded, TinyBatches.options(out, 1, false, true), new LocalPoolRunner(1), TinyBatches.quiet());
        assertFalse(Files.exists(out.resolve("sensitivity.csv")), "sensitivity.csv of the previous batch");
        assertFalse(Files.exists(out.resolve("charts")), "charts of the previous batch");
        assertFalse(Files.exists(out.resolve(".curves-123.tmp")), "temporary file");
        assertTrue(Files.exists(out.resolve("my-notes.txt")), "a file the tool did not write is kept");
        TinyBatches.assertSameFiles(reference, out);
    }

    @Test
    void aResumeRemovesTemporaryFilesOfAKilledStatisticsPhase() throws Exception {
        Path crashed = dir.resolve("stats-killed");
        crash(reference, crashed, 8, loaded);
        Files.writeString(crashed.resolve(".curves-99.tmp"), "half a curves file");
        Files.writeString(crashed.resolve(".comparison.csv.123.tmp"), "half a comparison");
        TinyBatches.run(loaded, crashed, 1, true);
        try (var files = Files.list(crashed)) {
            assertEquals(
                    List.of(),
                    files.map(f -> f.getFileName().toString())
                            .filter(ResultsFiles::temporary)
                            .toList());
        }
        TinyBatches.assertSameFiles(reference, crashed);
    }

    @Test
    void aRunThatThrowsAnErrorIsRecordedAsFailedAndTheBatchGoesOn() throws Exception {
        java.util.function.BiFunction<org.golivesim.scenario.Scenario, Long, org.golivesim.observe.RunResult> engine =
                (scenario, seed) -> {
                    if (seed == Planner.replicationSeed(777, 1)
                            && scenario.support().helpDeskAnalysts() == 8) {
                        throw new OutOfMemoryError("Java heap space");
                    }
                    if (seed == Planner.replicationSeed(777, 0)
                            && scenario.support().helpDeskAnalysts() == 8) {
                        throw new AssertionError("a bug in the model");
                    }
                    return org.golivesim.engine.Engine.run(scenario, seed);
                };
        Path out = dir.resolve("errors");
        Batch.Outcome o = Batch.run(
                loaded, TinyBatches.options(out, 2, false, false), new LocalPoolRunner(2, engine), TinyBatches.quiet());
        assertEquals(4, o.failed(), "both arms of point 1, both replications");
        assertTrue(
                o.firstFailure().startsWith("run 4 (seed " + Planner.replicationSeed(777, 0) + "): AssertionError"),
                o.firstFailure());
        List<List<String>> runs = csv(out.resolve("runs.csv"));
        String oom = runs.get(6).get(7);
        assertEquals("failed", runs.get(6).get(6));
        assertTrue(oom.startsWith("OutOfMemoryError: the run needed more than the "), oom);
        assertTrue(oom.contains("GOLIVE_JAVA_OPTS=-Xmx"), oom);
        assertEquals(csv(reference.resolve("runs.csv")).subList(0, 5), runs.subList(0, 5), "point 0 is unaffected");
        Batch.Outcome again = TinyBatches.run(loaded, out, 1, true);
        assertEquals(4, again.failed(), "failed runs are recorded: a resume does not hit them again");
    }

    @Test
    void sweptTextThatASpreadsheetWouldRunIsNeutralisedInTheCsvsAndReadBackAsWritten() throws Exception {
        String formula = "=HYPERLINK(\"http://example.invalid\",\"open\")";
        ScenarioLoader.Loaded l = TinyBatches.load(
                dir,
                String.join(
                        "\n",
                        "name: tiny",
                        "horizonMonths: 1",
                        "preGoLiveWeeks: 1",
                        "replications: 1",
                        "hospital: {physicians: 10, nurses: 40, allied: 10}",
                        "sweep:",
                        "  design: factorial",
                        "  parameters:",
                        "    name: ['" + formula.replace("'", "''") + "', '@SUM(1)']",
                        ""));
        Path out = dir.resolve("injection");
        TinyBatches.run(l, out, 1, false);
        String runs = Files.readString(out.resolve("runs.csv"));
        String points = Files.readString(out.resolve("points.csv"));
        for (String csv : List.of(runs, points)) {
            assertTrue(csv.contains(",\"'=HYPERLINK(") && csv.contains(",'@SUM(1)"), csv);
            assertFalse(csv.contains(",=") || csv.contains(",\"=") || csv.contains(",@"), csv);
        }
        org.golivesim.results.ResultsData data = org.golivesim.results.ResultsData.load(out);
        assertEquals(formula, data.points().get(0).parameters().get("name"), "readers undo the neutralisation");
        assertEquals("@SUM(1)", data.points().get(1).parameters().get("name"));
    }

    @Test
    void aPoolNeedsAThread() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LocalPoolRunner(0));
        assertTrue(e.getMessage().contains("threads"));
    }

    private static List<String> iteratorToList(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
