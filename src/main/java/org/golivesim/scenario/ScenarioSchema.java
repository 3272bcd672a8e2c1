package org.golivesim.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameter schema read from {@link Scenario}'s record components, and the builder that turns text values into
 * a validated {@link Scenario}. Keys are dotted component paths ({@code support.helpDeskAnalysts}).
 */
public final class ScenarioSchema {
    private static final List<ParamInfo> PARAMS = Collections.unmodifiableList(collect(Scenario.class, ""));
    private static final Map<String, ParamInfo> BY_KEY = index();

    private ScenarioSchema() {}

    /** A value as written in a file or on the command line, with where it came from. */
    public record Located(String text, String file, int line) implements java.io.Serializable {}

    /** Every parameter, in declaration order. */
    public static List<ParamInfo> params() {
        return PARAMS;
    }

    /** The decision levers ({@link Param#lever()}), in declaration order. */
    public static List<ParamInfo> levers() {
        return PARAMS.stream().filter(ParamInfo::lever).toList();
    }

    /**
     * Looks a key up.
     *
     * @return the parameter, or null when no parameter has this key
     */
    public static ParamInfo find(String key) {
        return BY_KEY.get(key);
    }

    /** The scenario with every parameter at its default. */
    public static Scenario defaults() {
        List<ScenarioException.Problem> problems = new ArrayList<>();
        Scenario s = build(Map.of(), problems);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return s;
    }

    /**
     * Every parameter's value in a scenario, as YAML text, in schema order ("" for unset optional values).
     *
     * @param scenario a built scenario
     * @return key to value text
     */
    public static Map<String, String> values(Scenario scenario) {
        Map<String, String> out = new LinkedHashMap<>();
        collectValues(scenario, "", out);
        return out;
    }

    private static void collectValues(Object record, String prefix, Map<String, String> out) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (c.getType().isRecord()) {
                collectValues(v, prefix + c.getName() + ".", out);
            } else if (v == null) {
                out.put(prefix + c.getName(), "");
            } else if (v instanceof Enum<?> e) {
                out.put(prefix + c.getName(), ParamInfo.yamlName(e));
            } else if (v instanceof Double d) {
                out.put(prefix + c.getName(), ParamInfo.fmt(d));
            } else {
                out.put(prefix + c.getName(), v.toString());
            }
        }
    }

    /** The closest known key to an unknown one, or null when none is close. */
    public static String suggest(String unknown) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = unknown.toLowerCase(Locale.ROOT);
        for (ParamInfo p : PARAMS) {
            String key = p.key().toLowerCase(Locale.ROOT);
            int d = levenshtein(lower, key);
            String leaf = key.substring(key.lastIndexOf('.') + 1);
            d = Math.min(d, levenshtein(lower.substring(lower.lastIndexOf('.') + 1), leaf) + 1);
            if (d < bestDistance) {
                bestDistance = d;
                best = p.key();
            }
        }
        return bestDistance <= Math.max(3, unknown.length() / 3) ? best : null;
    }

    /**
     * Builds a scenario from text values over the defaults. Problems (unparseable or out-of-range values, failed
     * record checks) are appended to {@code problems}; unknown keys are the caller's to check with {@link #find}.
     *
     * @return the scenario, or null when there were problems
     */
    public static Scenario build(Map<String, Located> values, List<ScenarioException.Problem> problems) {
        int before = problems.size();
        Object s = buildRecord(Scenario.class, "", values, problems);
        return problems.size() == before ? (Scenario) s : null;
    }

    /**
     * Parses one value of a parameter.
     *
     * @throws IllegalArgumentException naming what is allowed when the text does not fit
     */
    public static Object parse(ParamInfo p, String text) {
        Class<?> t = p.type();
        String v = text.trim();
        try {
            Object out;
            if (t == int.class || t == Integer.class) {
                if (v.isEmpty() && t == Integer.class) {
                    return null;
                }
                out = Integer.parseInt(v);
            } else if (t == long.class) {
                out = Long.parseLong(v);
            } else if (t == double.class || t == Double.class) {
                if (v.isEmpty() && t == Double.class) {
                    return null;
                }
                double d = Double.parseDouble(v.replace("_", ""));
                if (!Double.isFinite(d)) {
                    throw new NumberFormatException();
                }
                out = d;
            } else if (t == boolean.class) {
                if (!v.equals("true") && !v.equals("false")) {
                    throw new NumberFormatException();
                }
                out = Boolean.parseBoolean(v);
            } else if (t == String.class) {
                return v;
            } else if (t.isEnum()) {
                for (Object c : t.getEnumConstants()) {
                    if (ParamInfo.yamlName((Enum<?>) c).equals(v)) {
                        return c;
                    }
                }
                throw new NumberFormatException();
            } else {
                throw new IllegalStateException("unsupported parameter type " + t);
            }
            if (p.numeric()) {
                double d = ((Number) out).doubleValue();
                if (d < p.min() || d > p.max()) {
                    throw new IllegalArgumentException(
                            "value " + v + " is out of range; allowed: " + p.allowedText() + " (" + p.unit() + ")");
                }
            }
            return out;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("value '" + v + "' is not allowed; allowed: " + p.allowedText());
        }
    }

    private static Object buildRecord(
            Class<?> type, String prefix, Map<String, Located> values, List<ScenarioException.Problem> problems) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        boolean failed = false;
        Located anyLocation = null;
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            String key = prefix + c.getName();
            if (c.getType().isRecord()) {
                args[i] = buildRecord(c.getType(), key + ".", values, problems);
                failed |= args[i] == null;
                continue;
            }
            ParamInfo p = BY_KEY.get(key);
            Located given = values.get(key);
            String text = given != null ? given.text() : p.defaultText();
            if (given != null && anyLocation == null) {
                anyLocation = given;
            }
            try {
                args[i] = parse(p, text);
            } catch (IllegalArgumentException e) {
                failed = true;
                problems.add(new ScenarioException.Problem(
                        given != null ? given.file() : "(default)",
                        given != null ? given.line() : 0,
                        key,
                        e.getMessage()));
            }
        }
        if (failed) {
            return null;
        }
        try {
            Constructor<?> ctor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            problems.add(new ScenarioException.Problem(
                    anyLocation != null ? anyLocation.file() : "(scenario)",
                    anyLocation != null ? anyLocation.line() : 0,
                    prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1),
                    cause.getMessage()));
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type, e);
        }
    }

    private static List<ParamInfo> collect(Class<?> type, String prefix) {
        List<ParamInfo> out = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            String key = prefix + c.getName();
            if (c.getType().isRecord()) {
                out.addAll(collect(c.getType(), key + "."));
                continue;
            }
            Param p = c.getAnnotation(Param.class);
            if (p == null) {
                throw new IllegalStateException("scenario parameter " + key + " lacks a @Param declaration");
            }
            out.add(new ParamInfo(
                    key, c.getType(), p.unit(), p.def(), p.min(), p.max(), p.doc(), p.source(), p.lever()));
        }
        return out;
    }

    private static Map<String, ParamInfo> index() {
        Map<String, ParamInfo> m = new LinkedHashMap<>();
        for (ParamInfo p : PARAMS) {
            m.put(p.key(), p);
        }
        return Collections.unmodifiableMap(m);
    }

    private static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[b.length()];
    }
}
