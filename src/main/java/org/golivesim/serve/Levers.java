package org.golivesim.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.golivesim.scenario.BudgetResolver;
import org.golivesim.scenario.ParamInfo;
import org.golivesim.scenario.Scenario;
import org.golivesim.scenario.ScenarioSchema;

/**
 * The what-if page's controls: every decision lever of the parameter sheet ({@code @Param(lever = true)}), grouped
 * by the sheet's groups, with its unit, range or choices, meaning, and its value in the reference scenario. Nothing
 * here lists keys: a lever added to the sheet appears by itself.
 */
final class Levers {
    private Levers() {}

    /** Words for the sheet's groups, for headings; a group not named here is headed by its key. */
    private static final Map<String, String> TITLES = Map.of(
            "training", "Training",
            "support", "Support and IT operations staffing",
            "vendor", "Vendor contract",
            "sourcing", "Sourcing of IT functions",
            "dedicatedTeam", "Dedicated change-management and support team",
            "budget", "Budgets (money instead of natural units)",
            "security", "Security");

    /** The controls, grouped, with values from a reference scenario. */
    static List<Map<String, Object>> groups(Scenario reference) {
        Map<String, String> values = ScenarioSchema.values(reference);
        Map<String, List<Map<String, Object>>> byGroup = new LinkedHashMap<>();
        for (ParamInfo p : ScenarioSchema.levers()) {
            byGroup.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(control(p, values.get(p.key())));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        byGroup.forEach((g, controls) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("group", g);
            m.put("title", TITLES.getOrDefault(g, g));
            m.put("levers", controls);
            out.add(m);
        });
        return out;
    }

    private static Map<String, Object> control(ParamInfo p, String value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", p.key());
        m.put("unit", p.unit());
        m.put("doc", p.doc());
        m.put("value", value == null ? "" : value);
        m.put("allowed", p.allowedText());
        if (!p.allowedWords().isEmpty()) {
            m.put("kind", "choice");
            m.put("choices", p.allowedWords());
        } else if (p.numeric()) {
            boolean integer = p.type() == int.class || p.type() == long.class;
            m.put("kind", integer ? "integer" : "number");
            m.put("optional", p.type() == Double.class);
            if (p.min() != Double.NEGATIVE_INFINITY) {
                m.put("min", p.min());
            }
            if (p.max() != Double.POSITIVE_INFINITY) {
                m.put("max", p.max());
            }
        } else {
            m.put("kind", "text");
        }
        List<String> funds = BudgetResolver.funds(p.key());
        if (!funds.isEmpty()) {
            m.put("buys", funds);
        }
        return m;
    }
}
