package org.golivesim.cli;

import static org.golivesim.InProcess.golive;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.golivesim.InProcess.Result;
import org.golivesim.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's exit codes and messages, through {@link GoLive#execute}: 0 on success, 2 for bad input with the
 * message on the error stream. The commands currently print their results to {@code System.out} rather than to the
 * stream given to {@code execute}, so both are captured and read together.
 */
class GoLiveTest {
    @TempDir
    Path dir;

    private Path tiny() {
        return TestScenarios.write(
                dir,
                "tiny.yaml",
                "name: tiny\nhorizonMonths: 1\npreGoLiveWeeks: 1\nhospital:\n  physicians: 10\n  nurses: 40\n"
                        + "  allied: 10\n");
    }

    @Test
    void compareRunsFilesAsArmsAgainstTheFirstWithSharedSeeds() throws Exception {
        Path base = tiny();
        Path lean = TestScenarios.write(dir, "lean desk.yaml", "extends: tiny.yaml\nsupport:\n  helpDeskAnalysts: 2\n");
        Path out = dir.resolve("cmp");
        Result r = golive(
                "compare",
                base.toString(),
                lean.toString(),
                "--replications",
                "2",
                "--out",
                out.toString(),
                "--no-report");
        assertEquals(0, r.code(), r.err());
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertTrue(runs.get(0).startsWith("run_id,point_id,arm,replication,seed"), runs.get(0));
        assertEquals(
                List.of("tiny", "tiny", "lean-desk", "lean-desk"),
                runs.subList(1, 5).stream().map(l -> l.split(",")[2]).toList());
        assertEquals(runs.get(1).split(",")[4], runs.get(3).split(",")[4], "arms of a replication share its seed");
        List<String> comparison = Files.readAllLines(out.resolve("comparison.csv"));
        assertTrue(comparison.get(1).startsWith("0,lean-desk,tiny,"), comparison.get(1));

        Path longer = TestScenarios.write(dir, "longer.yaml", "extends: tiny.yaml\nhorizonMonths: 2\n");
        Result refused = golive(
                "compare",
                base.toString(),
                longer.toString(),
                "--out",
                dir.resolve("x").toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("horizonMonths is 2 but 1"), refused.err());
        assertFalse(Files.exists(dir.resolve("x")), "nothing is written for a refused comparison");
    }

    @Test
    void aMissingFileExitsWithTwoAndNamesTheFileOnStandardError() {
        Path missing = dir.resolve("nowhere.yaml");
        Result r = golive("validate", missing.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(missing.toString()) && r.err().contains("file not found"), r.err());
    }

    @Test
    void aBadValueInAFileExitsWithTwoAndNamesFileLineKeyAndRange() {
        Path bad = TestScenarios.write(dir, "bad.yaml", "name: x\nhorizonMonths: 99\n");
        Result r = golive("validate", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bad.yaml:2: horizonMonths: value 99 is out of range"), r.err());
        assertTrue(r.err().contains("[1, 60]"), r.err());
    }

    @Test
    void anUnknownSetKeyExitsWithTwoAndASuggestion() {
        Result r = golive("validate", tiny().toString(), "--set", "suport.helpDeskAnalysts=3");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("did you mean 'support.helpDeskAnalysts'?"), r.err());
    }

    @Test
    void anUnknownCommandOrOptionIsBadUsage() {
        assertEquals(2, golive("simulate").code());
        assertEquals(2, golive("run", tiny().toString(), "--sed", "3").code());
        assertEquals(2, golive().code());
    }

    @Test
    void paramsListsEveryKeyWithItsUnitAndDefault() {
        Result r = golive("params");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("support.helpDeskAnalysts"), r.out());
        assertTrue(r.out().contains("errors.workaroundOddsRatio"), r.out());
        assertTrue(r.out().contains("van der Veen"), "sources are listed");
    }

    @Test
    void paramsMarkdownPrintsTheParameterDocument() {
        Result r = golive("params", "--markdown");
        assertEquals(0, r.code(), r.err());
        assertEquals(ParameterDocs.markdown(), r.out());
    }

    @Test
    void validateOfASweepPrintsItsRunCount() {
        Result r = golive("validate", "scenarios/funding-sweep.yaml");
        assertEquals(0, r.code(), r.err());
        // 3 training budgets x 2 desk sizes x 3 IT operations levels, both arms, 10 replications
        assertTrue(
                r.out().contains("18 point(s) x 2 arm(s) [as-given, dedicated-team] x 10 replication(s) = 360 runs"),
                r.out());
        assertTrue(r.out().contains("support.helpDeskAnalysts: 20"), "resolved values are printed");
    }

    @Test
    void validatePrintsWhatABudgetBuys() {
        Path budget = TestScenarios.write(dir, "budget.yaml", "budget:\n  helpDeskUsdPerYear: 1000000\n");
        Result r = golive("validate", budget.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("# budget: budget.helpDeskUsdPerYear 1000000 buys 18 help-desk analysts"), r.out());
        assertTrue(r.out().contains("support.helpDeskAnalysts: 18"), r.out());
    }

    @Test
    void validateOfAScenarioShowsWhereEachValueCameFrom() {
        Result r = golive("validate", tiny().toString(), "--set", "support.tier2Analysts=4");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 point(s) x 1 arm(s) [as-given] x 10 replication(s) = 10 runs"), r.out());
        assertTrue(r.out().contains("horizonMonths: 1   # " + dir.resolve("tiny.yaml") + ":2"), r.out());
        assertTrue(r.out().contains("support.tier2Analysts: 4   # --set"), r.out());
    }

    @Test
    void runTwiceIntoOneDirectoryWithoutOverwriteFailsAndLeavesTheFirstResults() throws Exception {
        Path out = dir.resolve("out");
        Result first = golive("run", tiny().toString(), "--seed", "3", "--out", out.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("Scenario 'tiny', seed 3: 30 days after go-live"), first.out());
        byte[] runs = Files.readAllBytes(out.resolve("runs.csv"));
        byte[] daily = Files.readAllBytes(out.resolve("daily.csv"));
        byte[] manifest = Files.readAllBytes(out.resolve("manifest.json"));

        Result second = golive("run", tiny().toString(), "--seed", "4", "--out", out.toString());
        assertEquals(2, second.code());
        assertTrue(second.err().contains("already holds results"), second.err());
        assertArrayEquals(runs, Files.readAllBytes(out.resolve("runs.csv")));
        assertArrayEquals(daily, Files.readAllBytes(out.resolve("daily.csv")));
        assertArrayEquals(manifest, Files.readAllBytes(out.resolve("manifest.json")));

        Result third = golive("run", tiny().toString(), "--seed", "4", "--out", out.toString(), "--overwrite");
        assertEquals(0, third.code(), third.err());
        assertFalse(Files.readString(out.resolve("runs.csv")).equals(new String(runs, StandardCharsets.UTF_8)));
    }

    @Test
    void batchOptionsThatExcludeEachOtherAreBadUsage() {
        Path out = dir.resolve("b");
        assertEquals(
                2,
                golive("batch", tiny().toString(), "--out", out.toString(), "--resume", "--overwrite")
                        .code());
        assertEquals(
                2,
                golive("batch", tiny().toString(), "--out", out.toString(), "--threads", "0")
                        .code());
        Result r = golive("batch", tiny().toString(), "--out", out.toString(), "--target-precision", "2");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--target-precision"), r.err());
        assertEquals(
                2,
                golive("batch", tiny().toString(), "--out", out.toString(), "--resume")
                        .code());
    }

    @Test
    void aBatchWithoutTheReportRunsEveryRun() {
        Path out = dir.resolve("b");
        Result r = golive(
                "batch",
                tiny().toString(),
                "--out",
                out.toString(),
                "--threads",
                "2",
                "--replications",
                "2",
                "--no-report");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2 runs (0 failed), 1 point(s), 2 replication(s), 2 thread(s)"), r.out());
        assertTrue(Files.exists(out.resolve("curves.csv")));
    }
}
