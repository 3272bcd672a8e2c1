package org.golivesim.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.golivesim.scenario.BudgetResolver;
import org.golivesim.scenario.ParamInfo;
import org.golivesim.scenario.ScenarioException;
import org.golivesim.scenario.ScenarioLoader;
import org.golivesim.scenario.ScenarioSchema;

/**
 * One what-if question, checked like a scenario file: the reference scenario, the levers that differ from it, and
 * the replications. Every value goes through the schema's parser and the budget resolver, so the browser gets the
 * same messages as a file would (key, value, what is allowed), one per control.
 *
 * @param referenceName the reference's file name without {@code .yaml}
 * @param referenceFile the reference scenario file
 * @param reference the loaded reference
 * @param changes lever key to value text, only those that differ from the reference
 * @param values the what-if's explicit values: the reference's with the changes laid over (a budget replacing the
 *     natural units it buys and the other way round)
 * @param resolved the what-if scenario with what its budgets bought
 * @param replications paired replications asked for
 */
record WhatIfSpec(
        String referenceName,
        Path referenceFile,
        ScenarioLoader.Loaded reference,
        Map<String, String> changes,
        Map<String, String> values,
        ScenarioLoader.Resolved resolved,
        int replications) {

    /**
     * Reads and checks a request body {@code {"reference": NAME, "values": {KEY: TEXT}, "replications": N}}.
     *
     * @param references the reference scenarios on offer, by name
     * @throws HttpError (400) naming every bad key, its value and what is allowed
     */
    static WhatIfSpec parse(JsonNode body, References references, ServeConfig config) {
        if (body == null || !body.isObject()) {
            throw new HttpError(400, "expected a JSON object {\"reference\": ..., \"values\": {...}}");
        }
        String name = body.path("reference").asText("baseline");
        References.Entry ref = references.find(name);
        int reps = config.defaultReplications();
        List<HttpError.Problem> problems = new ArrayList<>();
        JsonNode r = body.get("replications");
        if (r != null && !r.isNull()) {
            String allowed = "an integer in [" + ServeConfig.MIN_REPLICATIONS + ", " + config.maxReplications() + "]";
            String t = r.asText().trim();
            if (!(r.isIntegralNumber() && r.canConvertToInt()) && !(r.isTextual() && t.matches("\\d{1,9}"))) {
                problems.add(new HttpError.Problem("replications", r.asText(), "not an integer", allowed));
            } else {
                reps = Integer.parseInt(t);
                if (reps < ServeConfig.MIN_REPLICATIONS || reps > config.maxReplications()) {
                    problems.add(new HttpError.Problem(
                            "replications", r.asText(), "value " + reps + " is out of range", allowed));
                }
            }
        }
        Map<String, String> refValues = ScenarioSchema.values(ref.loaded().scenario());
        Map<String, String> changes = new LinkedHashMap<>();
        JsonNode values = body.get("values");
        if (values != null && !values.isNull() && !values.isObject()) {
            throw new HttpError(400, "values: expected an object of lever key to value text");
        }
        List<String> leverKeys =
                ScenarioSchema.levers().stream().map(ParamInfo::key).toList();
        if (values != null && values.isObject()) {
            for (Map.Entry<String, JsonNode> e : values.properties()) {
                String key = e.getKey();
                JsonNode v = e.getValue();
                String text = v == null || v.isNull() ? "" : v.asText();
                ParamInfo p = ScenarioSchema.find(key);
                if (p == null || !p.lever()) {
                    problems.add(new HttpError.Problem(
                            key,
                            text,
                            p == null ? "unknown parameter" : "not a decision lever (set it in a scenario file)",
                            "the decision levers: " + String.join(", ", leverKeys)));
                    continue;
                }
                if (v != null && !v.isValueNode()) {
                    problems.add(new HttpError.Problem(key, v.toString(), "expected a single value", p.allowedText()));
                    continue;
                }
                Object parsed;
                try {
                    parsed = text.isBlank() && p.type() == Double.class ? null : ScenarioSchema.parse(p, text);
                } catch (IllegalArgumentException ex) {
                    problems.add(new HttpError.Problem(key, text, ex.getMessage(), p.allowedText()));
                    continue;
                }
                Object before = refValues.get(key).isEmpty() && p.type() == Double.class
                        ? null
                        : ScenarioSchema.parse(p, refValues.get(key));
                if (!Objects.equals(parsed, before)) {
                    changes.put(key, text.trim());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new HttpError(400, summary(problems), problems);
        }
        Map<String, String> merged = new LinkedHashMap<>();
        ref.loaded().values().forEach((k, loc) -> merged.put(k, loc.text()));
        for (Map.Entry<String, String> c : changes.entrySet()) {
            for (String funded : BudgetResolver.funds(c.getKey())) {
                if (!changes.containsKey(funded)) {
                    merged.remove(funded);
                }
            }
            for (String budget : leverKeys) {
                if (BudgetResolver.funds(budget).contains(c.getKey()) && !changes.containsKey(budget)) {
                    merged.remove(budget);
                }
            }
            if (c.getValue().isEmpty()) {
                merged.remove(c.getKey());
            } else {
                merged.put(c.getKey(), c.getValue());
            }
        }
        merged.put("name", "what-if");
        Map<String, ScenarioSchema.Located> located = new LinkedHashMap<>();
        merged.forEach((k, v) -> located.put(k, new ScenarioSchema.Located(v, "what-if", 0)));
        ScenarioLoader.Resolved resolved;
        try {
            resolved = ScenarioLoader.resolve(located);
        } catch (ScenarioException e) {
            for (ScenarioException.Problem p : e.problems()) {
                ParamInfo info = ScenarioSchema.find(p.key());
                problems.add(new HttpError.Problem(
                        p.key(),
                        changes.getOrDefault(p.key(), merged.getOrDefault(p.key(), "")),
                        p.message(),
                        info == null ? "" : info.allowedText()));
            }
            throw new HttpError(400, summary(problems), problems);
        }
        return new WhatIfSpec(ref.name(), ref.file(), ref.loaded(), changes, merged, resolved, reps);
    }

    private static String summary(List<HttpError.Problem> problems) {
        HttpError.Problem p = problems.get(0);
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
        return p.key() + " = '" + p.value() + "': " + p.message()
                + (p.allowed().isEmpty() || p.message().contains("allowed:") ? "" : "; allowed: " + p.allowed())
                + more;
    }

    /**
     * The what-if as a scenario file: every explicit value, nested by group, with a comment saying where it came from.
     */
    String yaml() {
        Map<String, Object> root = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            ParamInfo p = ScenarioSchema.find(e.getKey());
            Object v =
                    p.type() == Double.class && e.getValue().isBlank() ? null : ScenarioSchema.parse(p, e.getValue());
            if (v == null) {
                continue;
            }
            if (v instanceof Enum<?> en) {
                v = ParamInfo.yamlName(en);
            }
            String[] parts = e.getKey().split("\\.");
            Map<String, Object> m = root;
            for (int i = 0; i < parts.length - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> child =
                        (Map<String, Object>) m.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
                m = child;
            }
            m.put(parts[parts.length - 1], v);
        }
        org.yaml.snakeyaml.DumperOptions o = new org.yaml.snakeyaml.DumperOptions();
        o.setDefaultFlowStyle(org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
        o.setIndent(2);
        StringBuilder sb = new StringBuilder();
        sb.append("# What-if from golive serve: the reference scenario ")
                .append(referenceName)
                .append(".yaml with these decision levers changed: ")
                .append(changes.isEmpty() ? "(none)" : changes.toString().replace('\n', ' '))
                .append('\n');
        sb.append("# Run it again with: golive compare ")
                .append(referenceFile)
                .append(" THIS_FILE --replications ")
                .append(replications)
                .append('\n');
        sb.append(new org.yaml.snakeyaml.Yaml(o).dump(root));
        return sb.toString();
    }
}
