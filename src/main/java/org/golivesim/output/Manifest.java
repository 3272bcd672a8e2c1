package org.golivesim.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The batch's {@code manifest.json}: what was run, with which inputs and seeds, and how it went. Text fields that
 * the file lacks are empty strings and counts it lacks are empty, so a report can still be built from the
 * manifest of an interrupted batch; fields of the wrong JSON type are rejected.
 *
 * @param tool producing tool, e.g. {@code golive-sim}
 * @param version tool version
 * @param commit git commit of the tool, or {@code unknown}
 * @param command the command that produced the directory, e.g. {@code batch}
 * @param scenarioName the scenario's name
 * @param scenarioFiles scenario files with their SHA-256 hashes, in file order
 * @param masterSeed master seed, as written (kept as text so no digits are lost)
 * @param seedScheme how run seeds derive from the master seed
 * @param threads worker threads used
 * @param started start time (ISO-8601)
 * @param finished finish time (ISO-8601)
 * @param runsPlanned runs the batch planned
 * @param runsCompleted runs that completed
 * @param runsFailed runs that failed
 * @param design experimental design: factorial, latin-hypercube or single
 * @param replications replications per point and strategy
 * @param variedParameters dotted keys of the varied parameters
 * @param resolvedParameters every resolved parameter key → value text, in file order
 * @param budgetNotes notes from budget resolution
 * @param targets targets stated in the manifest (empty when none)
 * @param scenarioDescription the scenario file's opening comment in one paragraph ("" when not recorded)
 * @param pointBudgetNotes per scenario point id, what its budgets buy (empty when not recorded)
 */
public record Manifest(
        String tool,
        String version,
        String commit,
        String command,
        String scenarioName,
        List<ScenarioFile> scenarioFiles,
        String masterSeed,
        String seedScheme,
        OptionalInt threads,
        String started,
        String finished,
        OptionalInt runsPlanned,
        OptionalInt runsCompleted,
        OptionalInt runsFailed,
        String design,
        OptionalInt replications,
        List<String> variedParameters,
        Map<String, String> resolvedParameters,
        List<String> budgetNotes,
        List<Target> targets,
        String scenarioDescription,
        Map<Integer, List<String>> pointBudgetNotes) {

    /** File name inside a results directory. */
    public static final String FILE_NAME = "manifest.json";

    /**
     * One scenario file that went into the batch.
     *
     * @param path path as written in the manifest
     * @param sha256 hex SHA-256 of the file's bytes
     */
    public record ScenarioFile(String path, String sha256) {}

    /**
     * Makes the collections unmodifiable.
     *
     * @param tool producing tool, e.g. {@code golive-sim}
     * @param version tool version
     * @param commit git commit of the tool, or {@code unknown}
     * @param command the command that produced the directory, e.g. {@code batch}
     * @param scenarioName the scenario's name
     * @param scenarioFiles scenario files with their SHA-256 hashes, in file order
     * @param masterSeed master seed, as written (kept as text so no digits are lost)
     * @param seedScheme how run seeds derive from the master seed
     * @param threads worker threads used
     * @param started start time (ISO-8601)
     * @param finished finish time (ISO-8601)
     * @param runsPlanned runs the batch planned
     * @param runsCompleted runs that completed
     * @param runsFailed runs that failed
     * @param design experimental design: factorial, latin-hypercube or single
     * @param replications replications per point and strategy
     * @param variedParameters dotted keys of the varied parameters
     * @param resolvedParameters every resolved parameter key → value text, in file order
     * @param budgetNotes notes from budget resolution
     * @param targets targets stated in the manifest (empty when none)
     * @param scenarioDescription the scenario file's opening comment in one paragraph ("" when not recorded)
     * @param pointBudgetNotes per scenario point id, what its budgets buy (empty when not recorded)
     */
    public Manifest {
        scenarioDescription = scenarioDescription == null ? "" : scenarioDescription;
        pointBudgetNotes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(pointBudgetNotes));
        scenarioFiles = List.copyOf(scenarioFiles);
        variedParameters = List.copyOf(variedParameters);
        resolvedParameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(resolvedParameters));
        budgetNotes = List.copyOf(budgetNotes);
        targets = List.copyOf(targets);
    }

    /**
     * Reads and checks a manifest file.
     *
     * @param file path of {@code manifest.json}
     * @return the manifest
     * @throws ResultsFormatException if the file is not a JSON object or a field has the wrong type
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Manifest read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new ResultsFormatException(
                    FILE_NAME + " is not valid JSON (" + e.getOriginalMessage() + "); expected the object written by"
                            + " `golive batch`",
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (root == null || !root.isObject()) {
            throw new ResultsFormatException(FILE_NAME + " must contain a JSON object");
        }
        List<ScenarioFile> files = new ArrayList<>();
        for (JsonNode f : array(root, "scenario_files")) {
            if (!f.isObject()) {
                throw new ResultsFormatException(
                        FILE_NAME + ": each entry of scenario_files must be an object {\"path\":..., \"sha256\":...}");
            }
            files.add(new ScenarioFile(
                    text(f, "path", "scenario_files[].path"), text(f, "sha256", "scenario_files[].sha256")));
        }
        List<String> varied = new ArrayList<>();
        for (JsonNode v : array(root, "varied_parameters")) {
            varied.add(scalar(v, "varied_parameters[]"));
        }
        List<String> notes = new ArrayList<>();
        for (JsonNode v : array(root, "budget_notes")) {
            notes.add(scalar(v, "budget_notes[]"));
        }
        Map<String, String> resolved = new LinkedHashMap<>();
        JsonNode params = root.get("resolved_parameters");
        if (params != null && !params.isNull()) {
            if (!params.isObject()) {
                throw new ResultsFormatException(FILE_NAME + ": resolved_parameters must be an object of key → value");
            }
            for (Map.Entry<String, JsonNode> e : params.properties()) {
                JsonNode v = e.getValue();
                resolved.put(e.getKey(), v.isValueNode() ? v.asText() : v.toString());
            }
        }
        return new Manifest(
                text(root, "tool", "tool"),
                text(root, "version", "version"),
                text(root, "commit", "commit"),
                text(root, "command", "command"),
                text(root, "scenario_name", "scenario_name"),
                files,
                text(root, "master_seed", "master_seed"),
                text(root, "seed_scheme", "seed_scheme"),
                integer(root, "threads"),
                text(root, "started", "started"),
                text(root, "finished", "finished"),
                integer(root, "runs_planned"),
                integer(root, "runs_completed"),
                integer(root, "runs_failed"),
                text(root, "design", "design"),
                integer(root, "replications"),
                varied,
                resolved,
                notes,
                targets(root.get("targets")),
                root.hasNonNull("scenario_description")
                        ? text(root, "scenario_description", "scenario_description")
                        : "",
                pointBudgetNotes(root.get("point_budget_notes")));
    }

    /**
     * The first paragraph of a scenario file's opening comment, joined into one line: the shipped files open with
     * what they represent ("Funding sweep (the main job): how much should the hospital spend..."). The batch records
     * it as {@code scenario_description} so the report can say in words what was simulated.
     *
     * @param scenarioFile a YAML scenario file
     * @return the paragraph, or "" when the file does not open with a comment or cannot be read
     */
    public static String describe(Path scenarioFile) {
        List<String> lines;
        try {
            lines = Files.readAllLines(scenarioFile, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            String t = line.strip();
            if (!t.startsWith("#")) {
                break;
            }
            String text = t.replaceFirst("^#+", "").strip();
            if (text.isEmpty()) {
                if (sb.length() > 0) {
                    break;
                }
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(text);
        }
        return sb.toString();
    }

    private static Map<Integer, List<String>> pointBudgetNotes(JsonNode node) {
        Map<Integer, List<String>> out = new java.util.TreeMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw new ResultsFormatException(
                    FILE_NAME + ": point_budget_notes must be an object of point id → list of" + " notes");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            int id;
            try {
                id = Integer.parseInt(e.getKey());
            } catch (NumberFormatException x) {
                throw new ResultsFormatException(FILE_NAME + ": point_budget_notes has key '" + e.getKey()
                        + "'; expected a point id (a whole number)");
            }
            List<String> notes = new ArrayList<>();
            if (e.getValue().isArray()) {
                for (JsonNode v : e.getValue()) {
                    notes.add(scalar(v, "point_budget_notes[]"));
                }
            } else {
                notes.add(scalar(e.getValue(), "point_budget_notes[]"));
            }
            out.put(id, notes);
        }
        return out;
    }

    private static List<Target> targets(JsonNode node) {
        List<Target> result = new ArrayList<>();
        if (node == null || node.isNull()) {
            return result;
        }
        if (!node.isObject()) {
            throw new ResultsFormatException(
                    FILE_NAME + ": targets must be an object like {\"availability\": {\"min\": 0.995}}");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            JsonNode limits = e.getValue();
            if (!limits.isObject() || limits.isEmpty()) {
                throw new ResultsFormatException(FILE_NAME + ": targets." + e.getKey()
                        + " must be an object with \"max\" and/or \"min\" numbers, got " + limits);
            }
            for (Map.Entry<String, JsonNode> l : limits.properties()) {
                Target.Bound bound;
                if (l.getKey().equals("max")) {
                    bound = Target.Bound.MAX;
                } else if (l.getKey().equals("min")) {
                    bound = Target.Bound.MIN;
                } else {
                    throw new ResultsFormatException(FILE_NAME + ": targets." + e.getKey() + " has key '" + l.getKey()
                            + "'; allowed keys are max and min");
                }
                if (!l.getValue().isNumber() || !Double.isFinite(l.getValue().asDouble())) {
                    throw new ResultsFormatException(FILE_NAME + ": targets." + e.getKey() + "." + l.getKey()
                            + " must be a finite number, got " + l.getValue());
                }
                result.add(new Target(e.getKey(), bound, l.getValue().asDouble(), "manifest.json targets"));
            }
        }
        return result;
    }

    private static List<JsonNode> array(JsonNode root, String field) {
        JsonNode node = root.get(field);
        List<JsonNode> items = new ArrayList<>();
        if (node == null || node.isNull()) {
            return items;
        }
        if (!node.isArray()) {
            throw new ResultsFormatException(
                    FILE_NAME + ": " + field + " must be a JSON array, got " + node.getNodeType());
        }
        node.forEach(items::add);
        return items;
    }

    private static String text(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return "";
        }
        return scalar(node, path);
    }

    private static String scalar(JsonNode node, String path) {
        if (!node.isValueNode()) {
            throw new ResultsFormatException(
                    FILE_NAME + ": " + path + " must be a string or number, got " + node.getNodeType());
        }
        return node.asText();
    }

    private static OptionalInt integer(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return OptionalInt.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new ResultsFormatException(FILE_NAME + ": " + field + " must be an integer, got " + node);
        }
        return OptionalInt.of(node.asInt());
    }
}
