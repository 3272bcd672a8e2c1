package org.golivesim.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
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
 * The batch's {@code manifest.json}: what was run, with which inputs and seeds, and how it went. This record is the
 * file's one definition: the batch writes it ({@link #write}, Jackson, keys in declaration order so two identical
 * batches write identical files) and the report reads it back ({@link #read}). Text fields that the file lacks are
 * empty strings and counts it lacks are empty, so a report can still be built from the manifest of an interrupted
 * batch or an older version; fields of the wrong JSON type are rejected.
 *
 * @param tool producing tool, e.g. {@code golive-sim}
 * @param version tool version
 * @param commit git commit of the tool, or {@code unknown}
 * @param command the command that produced the directory, e.g. {@code batch}
 * @param scenarioName the scenario's name
 * @param scenarioFiles scenario files with their SHA-256 hashes, in file order
 * @param scenarioDescription the first scenario file's opening comment in one paragraph (written only when there is a
 *     scenario file; "" when read from a file without it)
 * @param overrides {@code --set} overrides, key → value text, sorted by key
 * @param masterSeed master seed, as written (kept as text so no digits are lost; written as a JSON number)
 * @param seedScheme how run seeds derive from the master seed
 * @param planFingerprint SHA-256 of every run's identity and parameters (resume refuses a different plan)
 * @param threads worker threads used
 * @param started start time (ISO-8601)
 * @param finished finish time (ISO-8601); written as null while the batch runs
 * @param status {@code running} or {@code finished}
 * @param runsPlanned runs the batch planned
 * @param runsCompleted runs that completed
 * @param runsFailed runs that failed
 * @param design experimental design: factorial, latin-hypercube, single…
 * @param points number of scenario points
 * @param arms the experiment's arm names in plan order
 * @param referenceArm the arm the others are compared with
 * @param armDefinitions each arm's file and overrides, in arm order
 * @param replications replications per point and arm
 * @param targetPrecision the precision rule, or null when replications were fixed
 * @param variedParameters dotted keys of the varied parameters
 * @param resolvedParameters every resolved parameter key → value text, in file order
 * @param budgetNotes notes from budget resolution
 * @param targetLimits stated targets: summary metric → {@code min} and/or {@code max} (empty when none; see {@link
 *     #targets()})
 * @param pointBudgetNotes per scenario point id, what its budgets buy (empty when not recorded)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Manifest(
        String tool,
        String version,
        String commit,
        String command,
        String scenarioName,
        List<ScenarioFile> scenarioFiles,
        @JsonInclude(JsonInclude.Include.NON_NULL) String scenarioDescription,
        Map<String, String> overrides,
        @JsonRawValue String masterSeed,
        String seedScheme,
        String planFingerprint,
        OptionalInt threads,
        String started,
        String finished,
        String status,
        OptionalInt runsPlanned,
        OptionalInt runsCompleted,
        OptionalInt runsFailed,
        String design,
        OptionalInt points,
        List<String> arms,
        String referenceArm,
        List<ArmDefinition> armDefinitions,
        OptionalInt replications,
        @JsonInclude(JsonInclude.Include.NON_NULL) TargetPrecision targetPrecision,
        List<String> variedParameters,
        Map<String, String> resolvedParameters,
        List<String> budgetNotes,
        @JsonProperty("targets") @JsonInclude(JsonInclude.Include.NON_EMPTY)
                Map<String, Map<String, Double>> targetLimits,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<Integer, List<String>> pointBudgetNotes) {

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
     * One arm of the experiment as it was defined.
     *
     * @param name the arm's name
     * @param file the scenario file it was read from, or null when it is an override set
     * @param overrides its overrides, key → value text, sorted by key
     */
    public record ArmDefinition(
            String name, @JsonInclude(JsonInclude.Include.NON_NULL) String file, Map<String, String> overrides) {
        /**
         * Sorts the overrides.
         *
         * @param name the arm's name
         * @param file the scenario file it was read from, or null
         * @param overrides its overrides
         */
        public ArmDefinition {
            overrides = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(overrides));
        }
    }

    /**
     * The precision rule a batch ran under.
     *
     * @param relativeHalfWidth relative 95% CI half-width to reach
     * @param metrics summary metrics it applies to
     * @param maxReplications cap on replications
     * @param replicationsUsed replications the batch ended with
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TargetPrecision(
            double relativeHalfWidth, List<String> metrics, int maxReplications, int replicationsUsed) {}

    /**
     * Makes the collections unmodifiable (keeping their order; point notes sorted by point id).
     *
     * @throws NullPointerException when a collection is null
     */
    public Manifest {
        scenarioFiles = List.copyOf(scenarioFiles);
        overrides = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
        arms = List.copyOf(arms);
        armDefinitions = List.copyOf(armDefinitions);
        variedParameters = List.copyOf(variedParameters);
        resolvedParameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(resolvedParameters));
        budgetNotes = List.copyOf(budgetNotes);
        targetLimits = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(targetLimits));
        pointBudgetNotes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(pointBudgetNotes));
    }

    /**
     * The stated targets, one per limit, in the order the file states them.
     *
     * @return each metric's {@code min} and {@code max} as a target (empty when none)
     */
    public List<PerformanceTarget> targets() {
        List<PerformanceTarget> result = new ArrayList<>();
        targetLimits.forEach((metric, limits) -> limits.forEach((bound, threshold) -> result.add(new PerformanceTarget(
                metric,
                bound.equals("max") ? PerformanceTarget.Bound.MAX : PerformanceTarget.Bound.MIN,
                threshold,
                "manifest.json targets"))));
        return result;
    }

    /**
     * Writes the manifest atomically, keys in declaration order.
     *
     * @param dir results directory
     * @throws IOException when the file cannot be written
     */
    public void write(Path dir) throws IOException {
        if (!masterSeed.matches("-?[0-9]+")) {
            throw new IllegalStateException(
                    "a manifest's master seed must be a whole number, got '" + masterSeed + "'");
        }
        AtomicFiles.write(dir.resolve(FILE_NAME), WRITER.writeValueAsBytes(this));
    }

    /** Writes counts that a file may lack (an empty {@link OptionalInt}) as a JSON number or null. */
    private static final ObjectWriter WRITER = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(OptionalInt.class, new StdSerializer<>(OptionalInt.class) {
                @Override
                public void serialize(OptionalInt v, JsonGenerator g, SerializerProvider p) throws IOException {
                    if (v.isPresent()) {
                        g.writeNumber(v.getAsInt());
                    } else {
                        g.writeNull();
                    }
                }
            }))
            .writerWithDefaultPrettyPrinter();

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
        List<ArmDefinition> armDefinitions = new ArrayList<>();
        for (JsonNode a : array(root, "arm_definitions")) {
            if (!a.isObject()) {
                throw new ResultsFormatException(FILE_NAME
                        + ": each entry of arm_definitions must be an object {\"name\":..., \"overrides\":...}");
            }
            armDefinitions.add(new ArmDefinition(
                    text(a, "name", "arm_definitions[].name"),
                    a.hasNonNull("file") ? text(a, "file", "arm_definitions[].file") : null,
                    texts(a.get("overrides"), "arm_definitions[].overrides")));
        }
        JsonNode precision = root.get("target_precision");
        TargetPrecision targetPrecision = null;
        if (precision != null && !precision.isNull()) {
            if (!precision.isObject()) {
                throw new ResultsFormatException(FILE_NAME + ": target_precision must be an object");
            }
            targetPrecision = new TargetPrecision(
                    number(precision, "relative_half_width"),
                    strings(precision, "metrics", "target_precision.metrics[]"),
                    integer(precision, "max_replications").orElse(0),
                    integer(precision, "replications_used").orElse(0));
        }
        return new Manifest(
                text(root, "tool", "tool"),
                text(root, "version", "version"),
                text(root, "commit", "commit"),
                text(root, "command", "command"),
                text(root, "scenario_name", "scenario_name"),
                files,
                text(root, "scenario_description", "scenario_description"),
                texts(root.get("overrides"), "overrides"),
                text(root, "master_seed", "master_seed"),
                text(root, "seed_scheme", "seed_scheme"),
                text(root, "plan_fingerprint", "plan_fingerprint"),
                integer(root, "threads"),
                text(root, "started", "started"),
                text(root, "finished", "finished"),
                text(root, "status", "status"),
                integer(root, "runs_planned"),
                integer(root, "runs_completed"),
                integer(root, "runs_failed"),
                text(root, "design", "design"),
                integer(root, "points"),
                strings(root, "arms", "arms[]"),
                text(root, "reference_arm", "reference_arm"),
                armDefinitions,
                integer(root, "replications"),
                targetPrecision,
                strings(root, "varied_parameters", "varied_parameters[]"),
                texts(root.get("resolved_parameters"), "resolved_parameters"),
                strings(root, "budget_notes", "budget_notes[]"),
                targetLimits(root.get("targets")),
                pointBudgetNotes(root.get("point_budget_notes")));
    }

    /** An array of strings or numbers, as text; empty when absent. */
    private static List<String> strings(JsonNode parent, String field, String path) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array(parent, field)) {
            out.add(scalar(v, path));
        }
        return out;
    }

    /** An object of key → value text (a nested value is kept as its JSON text); empty when absent. */
    private static Map<String, String> texts(JsonNode node, String field) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw new ResultsFormatException(FILE_NAME + ": " + field + " must be an object of key → value");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            JsonNode v = e.getValue();
            out.put(e.getKey(), v.isValueNode() ? v.asText() : v.toString());
        }
        return out;
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

    private static Map<String, Map<String, Double>> targetLimits(JsonNode node) {
        Map<String, Map<String, Double>> result = new LinkedHashMap<>();
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
            Map<String, Double> bounds = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> l : limits.properties()) {
                if (!l.getKey().equals("max") && !l.getKey().equals("min")) {
                    throw new ResultsFormatException(FILE_NAME + ": targets." + e.getKey() + " has key '" + l.getKey()
                            + "'; allowed keys are max and min");
                }
                if (!l.getValue().isNumber() || !Double.isFinite(l.getValue().asDouble())) {
                    throw new ResultsFormatException(FILE_NAME + ": targets." + e.getKey() + "." + l.getKey()
                            + " must be a finite number, got " + l.getValue());
                }
                bounds.put(l.getKey(), l.getValue().asDouble());
            }
            result.put(e.getKey(), bounds);
        }
        return result;
    }

    private static double number(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return Double.NaN;
        }
        if (!node.isNumber()) {
            throw new ResultsFormatException(FILE_NAME + ": " + field + " must be a number, got " + node);
        }
        return node.asDouble();
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
