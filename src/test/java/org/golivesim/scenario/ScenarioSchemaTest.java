package org.golivesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.golivesim.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parameter schema: every declaration is complete and consistent, and scenarios round-trip through YAML. */
class ScenarioSchemaTest {
    @TempDir
    Path dir;

    @Test
    void everyParameterIsDocumentedWithAUnitAMeaningAndASource() {
        Set<String> keys = new HashSet<>();
        for (ParamInfo p : ScenarioSchema.params()) {
            assertTrue(keys.add(p.key()), "duplicate key " + p.key());
            assertTrue(
                    p.key().matches("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*"),
                    "not a dotted camelCase key: " + p.key());
            assertFalse(p.unit().isBlank(), p.key() + " has no unit");
            assertFalse(p.doc().isBlank(), p.key() + " has no meaning");
            assertFalse(p.source().isBlank(), p.key() + " has no source");
            assertTrue(p.min() <= p.max(), p.key() + ": min above max");
        }
        assertEquals(
                ScenarioSchema.params().size(),
                ScenarioSchema.values(ScenarioSchema.defaults()).size());
    }

    @Test
    void everyDefaultIsAllowedByItsOwnDeclaration() {
        for (ParamInfo p : ScenarioSchema.params()) {
            Object v = ScenarioSchema.parse(p, p.defaultText());
            if (p.numeric() && v != null) {
                double d = ((Number) v).doubleValue();
                assertTrue(d >= p.min() && d <= p.max(), p.key() + " default " + d + " outside " + p.allowedText());
            }
        }
    }

    @Test
    void defaultsBuildAndMatchTheDeclaredDefaults() {
        Scenario s = ScenarioSchema.defaults();
        Map<String, String> values = ScenarioSchema.values(s);
        for (ParamInfo p : ScenarioSchema.params()) {
            assertEquals(
                    ScenarioSchema.parse(p, p.defaultText()), ScenarioSchema.parse(p, values.get(p.key())), p.key());
        }
        assertEquals(20261125L, s.seed());
        assertEquals(2500, s.hospital().clinicians());
        assertNull(s.budget().trainingUsd());
    }

    @Test
    void derivedCalendarValuesFollowTheHorizon() {
        Scenario s = TestScenarios.of("horizonMonths=12", "preGoLiveWeeks=3");
        assertEquals(365, s.horizonDays());
        assertEquals(365 * 24.0, s.horizonHours());
        assertEquals(21, s.preGoLiveDays());
        assertEquals(30, TestScenarios.of("horizonMonths=1").horizonDays()); // round(30.4)
    }

    @Test
    void findAndSuggest() {
        assertEquals(int.class, ScenarioSchema.find("support.helpDeskAnalysts").type());
        assertNull(ScenarioSchema.find("support"));
        assertEquals("support.helpDeskAnalysts", ScenarioSchema.suggest("support.helpdeskanalysts"));
        assertEquals("support.helpDeskAnalysts", ScenarioSchema.suggest("helpDeskAnalysts"));
        assertNull(ScenarioSchema.suggest("qqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"));
    }

    @Test
    void allowedTextDescribesTypesAndRanges() {
        assertEquals(
                "an integer in [1, 60]", ScenarioSchema.find("horizonMonths").allowedText());
        assertEquals(
                "a number in [0.1, 60]",
                ScenarioSchema.find("work.physicianTasksPerHour").allowedText());
        assertEquals(
                "one of in-house, vendor",
                ScenarioSchema.find("sourcing.hosting").allowedText());
        assertEquals(
                "one of bronze, silver, gold",
                ScenarioSchema.find("vendor.slaTier").allowedText());
        assertEquals(
                "one of true, false", ScenarioSchema.find("mechanisms.learning").allowedText());
        assertEquals("any text", ScenarioSchema.find("name").allowedText());
        assertEquals("a number", ScenarioSchema.find("issues.superUserUtility").allowedText());
        assertEquals("an integer", ScenarioSchema.find("seed").allowedText());
    }

    @Test
    void parseRejectsWhatTheDeclarationDoesNotAllow() {
        ParamInfo months = ScenarioSchema.find("horizonMonths");
        assertEquals(12, ScenarioSchema.parse(months, " 12 "));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ScenarioSchema.parse(months, "61"));
        assertEquals("value 61 is out of range; allowed: an integer in [1, 60] (months)", e.getMessage());
        assertEquals(1_000_000.0, ScenarioSchema.parse(ScenarioSchema.find("budget.trainingUsd"), "1_000_000"));
    }

    /** Writing every value of the defaults to a file and loading it gives an equal scenario. */
    @Test
    void aFileStatingEveryDefaultLoadsAsTheDefaults() {
        Scenario defaults = ScenarioSchema.defaults();
        assertEquals(
                defaults,
                TestScenarios.load(dir, yaml(ScenarioSchema.values(defaults))).scenario());
    }

    /**
     * The same round trip for a scenario in which every parameter differs from its default: each number moved inside
     * its range, each enum and boolean switched, so a value dropped or swapped on the way would show.
     */
    @Test
    void aFileStatingEveryValueOfAVariantLoadsAsThatVariant() {
        List<String> overrides = new ArrayList<>();
        for (ParamInfo p : ScenarioSchema.params()) {
            String other = otherValue(p);
            if (other != null) {
                overrides.add(p.key() + "=" + other);
            }
        }
        Scenario variant = TestScenarios.of(overrides.toArray(String[]::new));
        Scenario defaults = ScenarioSchema.defaults();
        Map<String, String> dv = ScenarioSchema.values(defaults);
        Map<String, String> vv = ScenarioSchema.values(variant);
        for (ParamInfo p : ScenarioSchema.params()) {
            if (!p.key().startsWith("budget.")) {
                assertNotEquals(dv.get(p.key()), vv.get(p.key()), p.key() + " did not change");
            }
        }
        assertEquals(variant, TestScenarios.load(dir, yaml(vv)).scenario());
    }

    private static String otherValue(ParamInfo p) {
        Class<?> t = p.type();
        if (t == String.class) {
            return "a name: with 'quotes', commas and # marks";
        }
        if (t == boolean.class) {
            return p.defaultText().equals("true") ? "false" : "true";
        }
        if (t.isEnum()) {
            List<String> words = p.allowedWords();
            return words.get((words.indexOf(p.defaultText()) + 1) % words.size());
        }
        if (p.key().startsWith("budget.")) {
            return null; // budgets would conflict with the natural units they buy
        }
        // optional parameters (empty default) are unset by default: any value in range differs
        Number parsed = (Number) ScenarioSchema.parse(p, p.defaultText());
        double def = parsed == null ? Double.NaN : parsed.doubleValue();
        double lo = Double.isInfinite(p.min()) ? def - 10 : p.min();
        double hi = Double.isInfinite(p.max()) ? def + 10 : p.max();
        if (t == int.class || t == Integer.class || t == long.class) {
            long v = (long) Math.floor(lo + (hi - lo) * 0.37);
            if (v == (long) def) {
                v = v + 1 <= hi ? v + 1 : v - 1;
            }
            return Long.toString(v);
        }
        double v = lo + (hi - lo) * 0.3719;
        return Double.toString(v == def ? (lo + hi) / 2 : v);
    }

    /** Nested YAML with every value single-quoted, from dotted keys. */
    static String yaml(Map<String, String> values) {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        StringBuilder top = new StringBuilder();
        values.forEach((k, v) -> {
            int dot = k.indexOf('.');
            if (dot < 0) {
                top.append(k).append(": ").append(quote(v)).append('\n');
            } else {
                groups.computeIfAbsent(k.substring(0, dot), g -> new LinkedHashMap<>())
                        .put(k.substring(dot + 1), v);
            }
        });
        StringBuilder sb = new StringBuilder(top);
        groups.forEach((g, kv) -> {
            sb.append(g).append(":\n");
            kv.forEach((k, v) ->
                    sb.append("  ").append(k).append(": ").append(quote(v)).append('\n'));
        });
        return sb.toString();
    }

    private static String quote(String v) {
        return "'" + v.replace("'", "''") + "'";
    }
}
