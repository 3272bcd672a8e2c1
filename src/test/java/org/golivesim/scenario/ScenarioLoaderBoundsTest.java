package org.golivesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.golivesim.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that must not hang the loader: an alias graph that expands exponentially, huge scalars and keys, oversized
 * files, and an {@code extends:} naming a file that is not a scenario. Each is refused within a second, with one clear
 * message and a bounded list of problems.
 */
class ScenarioLoaderBoundsTest {
    /** Far more than the loader needs for any of these, far less than the unbounded loader took (33 s at 12 levels, over 150 s at 14). */
    private static final java.time.Duration HANG_GUARD = java.time.Duration.ofSeconds(60);

    @TempDir
    Path dir;

    /** {@code hospital: q_i: &x_i {a: *x_{i-1}, b: *x_{i-1}}}: 2 aliases a level, 2^levels leaves as a tree. */
    static String aliasBomb(int levels) {
        StringBuilder sb = new StringBuilder("name: bomb\nhospital:\n  q0: &x0 {a: 1, b: 2}\n");
        for (int i = 1; i <= levels; i++) {
            sb.append("  q")
                    .append(i)
                    .append(": &x")
                    .append(i)
                    .append(" {a: *x")
                    .append(i - 1)
                    .append(", b: *x")
                    .append(i - 1)
                    .append("}\n");
        }
        return sb.toString();
    }

    /**
     * Loads a file that must be refused. The bound on the loader's work is shown by the node budget and the problem
     * count (wall time is measured by the benchmark, not here); the preemptive timeout only keeps a regression from
     * hanging the build.
     */
    private ScenarioException refusedQuickly(Path file) {
        ScenarioException e = assertTimeoutPreemptively(
                HANG_GUARD,
                () -> assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, List.of())),
                file.getFileName() + " was not refused: the loader seems to expand the alias graph");
        assertTrue(e.problems().size() <= 102, e.problems().size() + " problems");
        assertTrue(e.getMessage().lines().count() <= 53, "the message lists at most 50 problems");
        return e;
    }

    @Test
    void anExponentialAliasGraphIsRefusedAfterBoundedWork() {
        for (int levels : new int[] {12, 16, 24}) {
            String yaml = aliasBomb(levels);
            assertTrue(yaml.length() < 1000, "a small file: " + yaml.length() + " bytes");
            ScenarioException e = refusedQuickly(TestScenarios.write(dir, "bomb" + levels + ".yaml", yaml));
            assertTrue(
                    e.problems().get(e.problems().size() - 1).message().contains("stopped reading after 100 problems"),
                    e.problems().get(e.problems().size() - 1).toString());
        }
    }

    @Test
    void anAliasGraphOfKnownSectionsThatExpandsTooFarIsStoppedByTheNodeBudget() {
        List<ScenarioException.Problem> problems = new ArrayList<>();
        var root = (org.yaml.snakeyaml.nodes.MappingNode)
                new org.yaml.snakeyaml.Yaml().compose(new java.io.StringReader(aliasBomb(24)));
        int[] budget = {60}; // spent before the 100-problem stop
        for (var t : root.getValue()) {
            ScenarioLoader.flatten(
                    ScenarioLoader.scalar(t.getKeyNode()),
                    t.getValueNode(),
                    "f",
                    new java.util.HashMap<>(),
                    problems,
                    budget);
        }
        assertTrue(budget[0] < 0, "the walk stopped when the budget was spent");
        assertTrue(problems.get(problems.size() - 1).message().contains("expands to more than"), problems.toString());
        assertTrue(problems.size() < 60, "nothing after the budget is spent: " + problems.size());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithoutReadingIt() throws Exception {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "name: " + "x".repeat(5_000_000) + "\n");
        ScenarioException e = refusedQuickly(big);
        assertEquals(1, e.problems().size());
        assertTrue(e.getMessage().contains("at most 256000 bytes"), e.getMessage());
    }

    @Test
    void aLongValueOrKeyUnderTheFileLimitIsRefusedQuicklyAndNotEchoed() {
        ScenarioException value =
                refusedQuickly(TestScenarios.write(dir, "v.yaml", "name: " + "x".repeat(250_000) + "\n"));
        assertTrue(value.getMessage().contains("value is 250000 characters long; at most 10000"), value.getMessage());
        assertTrue(value.getMessage().length() < 500, "the value is not echoed");
        ScenarioException key =
                refusedQuickly(TestScenarios.write(dir, "k.yaml", "hospital:\n  \"" + "k".repeat(250_000) + "\": 1\n"));
        assertTrue(
                key.getMessage().length() < 500,
                "the key is not echoed: " + key.getMessage().length());
    }

    @Test
    void anExtendsTargetThatIsNotAScenarioFileIsNotReadNorEchoed() throws Exception {
        Path secret = Files.writeString(dir.resolve("shadow"), "root:$6$secret-hash:19000:0:99999:7:::\n");
        ScenarioException e = assertThrows(
                ScenarioException.class, () -> TestScenarios.load(dir, "extends: " + secret.getFileName() + "\n"));
        assertTrue(e.getMessage().contains("is not a scenario file; allowed: a .yaml or .yml file"), e.getMessage());
        assertFalse(e.getMessage().contains("secret-hash"), e.getMessage());
    }

    @Test
    void aSetOverrideOverTheLengthLimitIsRefused() {
        ScenarioException e =
                assertThrows(ScenarioException.class, () -> TestScenarios.load(dir, "", "name=" + "n".repeat(20_000)));
        assertTrue(e.getMessage().contains("characters long; at most 10000"), e.getMessage());
        assertTrue(e.getMessage().length() < 500);
    }
}
