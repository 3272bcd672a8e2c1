package org.golivesim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.golivesim.results.ScenarioPoint;
import org.golivesim.scenario.ParamInfo;
import org.golivesim.scenario.ScenarioSchema;

/**
 * Names scenario parameters and points in words for readers: a dotted key becomes the parameter's plain name from
 * the parameter sheet ({@code budget.trainingUsd} → "Pre-go-live training budget") and a value is formatted in the
 * parameter's unit ("2.0 M USD", "20 FTE"), so a point reads "Pre-go-live training budget 2.0 M USD, help-desk
 * analysts 20 FTE" instead of "scenario point 4".
 */
final class PointNames {

    private PointNames() {}

    /**
     * The plain name of a parameter: its documented meaning up to the first ';', ',' or '(' ; the key itself when
     * the parameter sheet does not know it.
     *
     * @param key dotted parameter key
     * @return a name starting with a capital letter
     */
    static String label(String key) {
        ParamInfo p = ScenarioSchema.find(key);
        if (p == null || p.doc().isBlank()) {
            return key;
        }
        String doc = p.doc().trim();
        int cut = doc.length();
        for (String stop : new String[] {";", ",", " (", ": "}) {
            int i = doc.indexOf(stop);
            if (i > 0) {
                cut = Math.min(cut, i);
            }
        }
        String name = doc.substring(0, cut).trim();
        return name.isEmpty() ? key : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    /**
     * A parameter value in the parameter's unit: money as "2.0 M USD", numbers with their unit ("20 FTE", "6
     * hours"), other values as written.
     *
     * @param key dotted parameter key
     * @param text value as written in points.csv
     * @return the value for readers
     */
    static String value(String key, String text) {
        if (text == null || text.isBlank()) {
            return "not set";
        }
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return text.trim();
        }
        ParamInfo p = ScenarioSchema.find(key);
        String unit = p == null ? "" : p.unit().trim();
        if (unit.startsWith("USD") || key.endsWith("Usd") || key.endsWith("UsdPerYear")) {
            String suffix = unit.startsWith("USD per year") || key.endsWith("PerYear") ? " a year" : "";
            return Html.money(v) + suffix;
        }
        String n = Html.num(v);
        if (unit.isEmpty()
                || List.of("integer", "text", "boolean", "number", "fraction", "index")
                        .contains(unit)) {
            return unit.equals("fraction") ? Html.percent(v) : n;
        }
        return n + " " + unit;
    }

    /**
     * A point named by its key values, e.g. "Pre-go-live training budget 2.0 M USD, help-desk analysts 20 FTE".
     *
     * @param point the scenario point
     * @return the name; "the scenario as given" for a point with no varied parameters
     */
    static String name(ScenarioPoint point) {
        List<String> parts = new ArrayList<>();
        boolean first = true;
        for (Map.Entry<String, String> e : point.parameters().entrySet()) {
            String label = label(e.getKey());
            if (!first && !label.equals(e.getKey()) && label.length() > 1 && Character.isLowerCase(label.charAt(1))) {
                label = label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
            }
            parts.add(label + " " + value(e.getKey(), e.getValue()));
            first = false;
        }
        return parts.isEmpty() ? "the scenario as given" : String.join(", ", parts);
    }

    /**
     * A short name for chart axes: the values only, joined by " · " ("2.0 M USD · 20 FTE").
     *
     * @param point the scenario point
     * @return the short name; "as given" for a point with no varied parameters
     */
    static String shortName(ScenarioPoint point) {
        List<String> parts = new ArrayList<>();
        point.parameters().forEach((k, v) -> parts.add(value(k, v)));
        return parts.isEmpty() ? "as given" : String.join(" · ", parts);
    }
}
