package org.golivesim.scenario;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.golivesim.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading scenario files: layering, overrides, and every kind of bad input with a message that names the key. */
class ScenarioLoaderTest {
    @TempDir
    Path dir;

    private ScenarioException fails(String yaml, String... sets) {
        return assertThrows(ScenarioException.class, () -> TestScenarios.load(dir, yaml, sets));
    }

    private static void assertMentions(ScenarioException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "message lacks '" + part + "':\n" + e.getMessage());
        }
    }

    @Test
    void aBudgetConflictIsReportedTogetherWithABadValue() {
        ScenarioException e =
                fails("horizonMonths: 0\nsupport:\n  helpDeskAnalysts: 12\nbudget:\n  helpDeskUsdPerYear: 900000\n");
        assertEquals(2, e.problems().size(), e.getMessage());
        assertMentions(e, "horizonMonths", "support.helpDeskAnalysts", "either in natural units or as a budget");
    }

    @Test
    void anEmptyFileIsTheDefaultScenario() {
        ScenarioLoader.Loaded loaded = TestScenarios.load(dir, "");
        assertEquals(ScenarioSchema.defaults(), loaded.scenario());
        assertTrue(loaded.values().isEmpty());
        assertNull(loaded.sweep());
        assertEquals(1, loaded.files().size());
        assertEquals(64, loaded.files().get(0).sha256().length());
    }

    @Test
    void fileValuesReplaceDefaultsAndRememberWhereTheyCameFrom() {
        ScenarioLoader.Loaded loaded = TestScenarios.load(
                dir, "name: small\nsupport:\n  helpDeskAnalysts: 7\nsourcing:\n  hosting: in-house\n");
        assertEquals("small", loaded.scenario().name());
        assertEquals(7, loaded.scenario().support().helpDeskAnalysts());
        assertEquals(Sourcing.IN_HOUSE, loaded.scenario().sourcing().hosting());
        assertEquals(10, loaded.scenario().support().tier2Analysts(), "untouched keys keep their defaults");
        ScenarioSchema.Located where = loaded.values().get("support.helpDeskAnalysts");
        assertEquals(3, where.line());
        assertTrue(where.file().endsWith("scenario.yaml"));
    }

    @Test
    void dottedKeysAtTheTopLevelAreTheSameAsNestedOnes() {
        assertEquals(
                TestScenarios.load(dir, "support:\n  helpDeskAnalysts: 7\n").scenario(),
                TestScenarios.load(dir, "support.helpDeskAnalysts: 7\n").scenario());
    }

    @Test
    void extendsLayersTheFileOverItsParent() {
        TestScenarios.write(dir, "parent.yaml", "name: parent\nsupport:\n  helpDeskAnalysts: 5\n  tier2Analysts: 4\n");
        Path child = TestScenarios.write(
                dir, "sub/child.yaml", "extends: ../parent.yaml\nname: child\nsupport:\n  helpDeskAnalysts: 7\n");
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(child, List.of());
        assertAll(
                () -> assertEquals("child", loaded.scenario().name()),
                () -> assertEquals(7, loaded.scenario().support().helpDeskAnalysts()),
                () -> assertEquals(4, loaded.scenario().support().tier2Analysts()),
                () -> assertEquals(2, loaded.files().size()),
                () -> assertTrue(loaded.files().get(0).path().endsWith("child.yaml"), "outermost file first"),
                () -> assertTrue(loaded.files().get(1).path().endsWith("parent.yaml")));
    }

    @Test
    void setOverridesTheFileAndIsRecordedAsSet() {
        ScenarioLoader.Loaded loaded = TestScenarios.load(
                dir, "support:\n  helpDeskAnalysts: 7\n", "support.helpDeskAnalysts=12", "horizonMonths=3");
        assertEquals(12, loaded.scenario().support().helpDeskAnalysts());
        assertEquals(3, loaded.scenario().horizonMonths());
        assertEquals("--set", loaded.values().get("support.helpDeskAnalysts").file());
    }

    @Test
    void setWithAnEmptyValueUnsetsAnOptionalParameter() {
        ScenarioLoader.Loaded loaded =
                TestScenarios.load(dir, "budget:\n  trainingUsd: 1000000\n", "budget.trainingUsd=");
        assertNull(loaded.scenario().budget().trainingUsd());
    }

    @Test
    void malformedYamlNamesTheFileAndLine() {
        ScenarioException e = fails("name: x\nhorizonMonths: 12\nsupport:\n  helpDeskAnalysts: [1, 2\n  tier2: 3\n");
        assertEquals(1, e.problems().size());
        ScenarioException.Problem p = e.problems().get(0);
        // SnakeYAML notices the unclosed list where the next key starts, one line after the bracket
        assertEquals(5, p.line());
        assertMentions(e, "scenario.yaml:5", "malformed YAML");
    }

    @Test
    void aKeyGivenTwiceInOneFileIsAnError() {
        ScenarioException e = fails("horizonMonths: 3\nhorizonMonths: 4\n");
        assertEquals("horizonMonths", e.problems().get(0).key());
        assertEquals(2, e.problems().get(0).line());
        assertMentions(e, "given twice", "also on line 1");
        ScenarioException nested = fails("support:\n  tier2Analysts: 3\nsupport.tier2Analysts: 4\n");
        assertMentions(nested, "support.tier2Analysts", "given twice", "also on line 2");
    }

    @Test
    void unknownKeySuggestsTheClosestKnownKey() {
        ScenarioException e = fails("name: x\nsuport:\n  helpDeskAnalysts: 3\n");
        ScenarioException.Problem p = e.problems().get(0);
        assertEquals("suport.helpDeskAnalysts", p.key());
        assertEquals(3, p.line());
        assertMentions(e, "unknown key", "did you mean 'support.helpDeskAnalysts'?");
    }

    @Test
    void unknownKeyFarFromEveryKnownKeyGetsNoSuggestion() {
        ScenarioException e = fails("qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq: 1\n");
        assertMentions(e, "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq", "unknown key");
        assertFalse(e.getMessage().contains("did you mean"), e.getMessage());
    }

    static Stream<Arguments> wrongTypes() {
        return Stream.of(
                Arguments.of("horizonMonths: twelve\n", "horizonMonths", "'twelve'", "an integer in [1, 60]"),
                Arguments.of("horizonMonths: 2.5\n", "horizonMonths", "'2.5'", "an integer"),
                Arguments.of("seed: 1e3\n", "seed", "'1e3'", "an integer"),
                Arguments.of(
                        "training:\n  nurseHours: lots\n", "training.nurseHours", "'lots'", "a number in [0, 200]"),
                Arguments.of("training:\n  nurseHours: .nan\n", "training.nurseHours", "'.nan'", "a number"),
                Arguments.of("sourcing:\n  hosting: cloud\n", "sourcing.hosting", "'cloud'", "one of in-house, vendor"),
                Arguments.of("vendor:\n  slaTier: platinum\n", "vendor.slaTier", "'platinum'", "bronze, silver, gold"),
                Arguments.of("mechanisms:\n  learning: yes\n", "mechanisms.learning", "'yes'", "one of true, false"),
                Arguments.of(
                        "support:\n  helpDeskAnalysts: [1, 2]\n",
                        "support.helpDeskAnalysts",
                        "expected a single value",
                        "an integer in [0, 2000]"));
    }

    @ParameterizedTest
    @MethodSource("wrongTypes")
    void wrongTypeNamesTheKeyTheValueAndWhatIsAllowed(String yaml, String key, String value, String allowed) {
        ScenarioException e = fails(yaml);
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals(key, e.problems().get(0).key());
        assertMentions(e, key, value, allowed);
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                Arguments.of("horizonMonths: 61\n", "horizonMonths", "61", "an integer in [1, 60] (months)"),
                Arguments.of("horizonMonths: 0\n", "horizonMonths", "0", "an integer in [1, 60]"),
                Arguments.of("training:\n  nurseHours: -1\n", "training.nurseHours", "-1", "a number in [0, 200]"),
                Arguments.of(
                        "errors:\n  workaroundOddsRatio: 0.5\n",
                        "errors.workaroundOddsRatio",
                        "0.5",
                        "a number in [1, 50]"),
                Arguments.of(
                        "budget:\n  trainingUsd: -5\n", "budget.trainingUsd", "-5", "a number in [0, 10000000000]"));
    }

    @ParameterizedTest
    @MethodSource("outOfRange")
    void outOfRangeNamesTheKeyTheValueAndTheAllowedRange(String yaml, String key, String value, String range) {
        ScenarioException e = fails(yaml);
        assertEquals(key, e.problems().get(0).key());
        assertMentions(e, key, "value " + value + " is out of range", range);
    }

    @Test
    void aRecordLevelCheckNamesItsGroup() {
        ScenarioException e = fails("hospital:\n  physicians: 0\n  nurses: 0\n  allied: 0\n");
        assertEquals("hospital", e.problems().get(0).key());
        assertMentions(e, "physicians + nurses + allied must be at least 1");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("missing.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(missing, List.of()));
        assertMentions(e, missing.toString(), "file not found");
    }

    @Test
    void anUnknownExtendsTargetIsNamedWithTheLineThatAsksForIt() {
        ScenarioException e = fails("name: x\nextends: nowhere.yaml\n");
        ScenarioException.Problem p = e.problems().get(0);
        assertEquals("extends", p.key());
        assertEquals(2, p.line());
        assertMentions(e, "extends target 'nowhere.yaml' not found");
    }

    @Test
    void aCycleInExtendsIsReported() {
        TestScenarios.write(dir, "a.yaml", "extends: b.yaml\n");
        TestScenarios.write(dir, "b.yaml", "extends: a.yaml\n");
        ScenarioException e =
                assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir.resolve("a.yaml"), List.of()));
        assertEquals("extends", e.problems().get(0).key());
        assertMentions(e, "cycle in extends", "a.yaml", "b.yaml");
    }

    @Test
    void aFileThatExtendsItselfIsACycle() {
        ScenarioException e = fails("extends: scenario.yaml\n");
        assertMentions(e, "extends", "cycle in extends");
    }

    @Test
    void aTopLevelListIsRejected() {
        ScenarioException e = fails("- 1\n- 2\n");
        assertMentions(e, "expected a mapping of keys to values at the top level");
    }

    @Test
    void everyProblemInTheFileAndTheOverridesIsReportedTogether() {
        String yaml = String.join(
                "\n",
                "name: many",
                "horizonMonths: 61", // out of range
                "preGoLiveWeeks: two", // wrong type
                "suport:", // unknown key
                "  helpDeskAnalysts: 3",
                "sourcing:",
                "  hosting: cloud", // not an allowed word
                "training:",
                "  nurseHours: -1", // out of range
                "");
        ScenarioException e = fails(
                yaml,
                "support.tier2Analyst=3", // unknown --set key
                "support.tier2Analysts", // not key=value
                "replications=0"); // --set value out of range
        List<String> keys =
                e.problems().stream().map(ScenarioException.Problem::key).toList();
        assertEquals(
                List.of(
                        "horizonMonths",
                        "preGoLiveWeeks",
                        "suport.helpDeskAnalysts",
                        "sourcing.hosting",
                        "training.nurseHours",
                        "support.tier2Analyst",
                        "support.tier2Analysts",
                        "replications"),
                keys);
        assertTrue(e.getMessage().startsWith("8 problems in scenario input:"), e.getMessage());
        assertMentions(e, "did you mean 'support.tier2Analysts'?", "expected key=value");
    }

    @Test
    void anUnknownSetKeyFailsWithASuggestion() {
        ScenarioException e = fails("", "suport.helpDeskAnalysts=3");
        ScenarioException.Problem p = e.problems().get(0);
        assertEquals("--set", p.file());
        assertEquals("suport.helpDeskAnalysts", p.key());
        assertMentions(e, "did you mean 'support.helpDeskAnalysts'?");
    }

    @Test
    void aBadSetValueNamesTheKeyAndTheRange() {
        ScenarioException e = fails("", "horizonMonths=0");
        assertEquals("horizonMonths", e.problems().get(0).key());
        assertMentions(e, "--set", "value 0 is out of range", "[1, 60]");
    }

    @Test
    void overridesOfALoadedScenarioAreCheckedAndNamed() {
        ScenarioLoader.Loaded loaded = TestScenarios.load(dir, "support:\n  helpDeskAnalysts: 7\n");
        assertEquals(
                9,
                loaded.with(Map.of("support.helpDeskAnalysts", "9"), "sweep point 0")
                        .scenario()
                        .support()
                        .helpDeskAnalysts());
        ScenarioException unknown = assertThrows(
                ScenarioException.class, () -> loaded.with(Map.of("support.helpDesk", "9"), "sweep point 3"));
        assertMentions(unknown, "sweep point 3", "support.helpDesk", "unknown key");
        ScenarioException range = assertThrows(
                ScenarioException.class, () -> loaded.with(Map.of("support.helpDeskAnalysts", "-1"), "sweep point 4"));
        assertMentions(range, "sweep point 4", "support.helpDeskAnalysts", "out of range");
    }

    @Test
    void scenarioExceptionIsAnIllegalArgumentExceptionListingItsProblems() {
        ScenarioException e = fails("horizonMonths: 0\n");
        assertInstanceOf(IllegalArgumentException.class, e);
        assertEquals("1 problem in scenario input:\n  " + e.problems().get(0), e.getMessage());
    }
}
