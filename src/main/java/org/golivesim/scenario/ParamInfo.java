package org.golivesim.scenario;

import java.util.List;

/**
 * One scenario parameter as the schema sees it: its dotted YAML key and its {@link Param} declaration.
 *
 * @param key dotted YAML key, e.g. {@code support.helpDeskAnalysts}
 * @param type Java type of the value (int, double, long, boolean, String, Double, an enum)
 * @param unit unit in words
 * @param defaultText default as written in YAML ("" when the parameter is optional and unset)
 * @param min smallest allowed number
 * @param max largest allowed number
 * @param doc meaning
 * @param source citation or "assumption"
 * @param lever whether leadership decides this value ({@link Param#lever()})
 */
public record ParamInfo(
        String key,
        Class<?> type,
        String unit,
        String defaultText,
        double min,
        double max,
        String doc,
        String source,
        boolean lever) {

    /** The parameter's group: the first part of its key ({@code support}), or {@code run} for top-level keys. */
    public String group() {
        int dot = key.indexOf('.');
        return dot < 0 ? "run" : key.substring(0, dot);
    }

    /** Allowed words for enums and booleans, or an empty list for free values. */
    public List<String> allowedWords() {
        if (type == boolean.class || type == Boolean.class) {
            return List.of("true", "false");
        }
        if (type.isEnum()) {
            return java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> yamlName((Enum<?>) c))
                    .toList();
        }
        return List.of();
    }

    /** True for numeric parameters. */
    public boolean numeric() {
        return type == int.class
                || type == Integer.class
                || type == long.class
                || type == double.class
                || type == Double.class;
    }

    /** Allowed values in words, for messages and documentation. */
    public String allowedText() {
        if (!allowedWords().isEmpty()) {
            return "one of " + String.join(", ", allowedWords());
        }
        if (!numeric()) {
            return "any text";
        }
        String kind = type == int.class || type == Integer.class || type == long.class ? "an integer" : "a number";
        boolean lo = min != Double.NEGATIVE_INFINITY;
        boolean hi = max != Double.POSITIVE_INFINITY;
        if (lo && hi) {
            return kind + " in [" + fmt(min) + ", " + fmt(max) + "]";
        }
        if (lo) {
            return kind + " >= " + fmt(min);
        }
        if (hi) {
            return kind + " <= " + fmt(max);
        }
        return kind;
    }

    /** YAML spelling of an enum constant: lower case with hyphens ({@code IN_HOUSE} is {@code in-house}). */
    public static String yamlName(Enum<?> constant) {
        return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
