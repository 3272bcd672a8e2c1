package org.golivesim.scenario;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads scenario and sweep files (YAML): {@code extends:} overlays (paths relative to the file), {@code --set
 * key=value} overrides, validation against {@link ScenarioSchema}, and budget resolution ({@link BudgetResolver}).
 * All problems in the input are collected and thrown together as one {@link ScenarioException}.
 */
public final class ScenarioLoader {
    private static final String SET_SOURCE = "--set";

    /**
     * Largest scenario file read, in bytes; larger files are refused before they are read. Shipped files are under
     * 3 kB; the YAML parser needs about 1 s per MB, so a file at the limit is accepted or refused in a fraction of one.
     */
    public static final long MAX_FILE_BYTES = 256_000;
    /** Most nodes one file may expand to, aliases followed (a scenario has a few hundred keys). */
    public static final int MAX_NODES = 20_000;
    /** Longest value or key, in characters. */
    public static final int MAX_SCALAR_CHARS = 10_000;
    /** Problems after which a file is not read further. */
    private static final int MAX_PROBLEMS = 100;
    /** Longest key or value quoted back in a message, in characters. */
    private static final int ECHO_CHARS = 80;

    private ScenarioLoader() {}

    /** A scenario file as read: hashes of every file that went into it, for the manifest. */
    public record SourceFile(String path, String sha256) implements java.io.Serializable {}

    /**
     * A loaded scenario: the resolved parameters, the explicit values they came from, the files read, and the
     * sweep section if the file has one.
     *
     * @param scenario resolved parameters
     * @param values explicit values from files and overrides (defaults are not listed)
     * @param files every file read, outermost first
     * @param notes what budgets resolved to, in words
     * @param sweep the sweep section, or null
     * @param experiment the arms every design point runs ({@code compare:}, the {@code compareDedicatedTeam}
     *     shorthand, or the single arm {@code as-given})
     */
    public record Loaded(
            Scenario scenario,
            Map<String, ScenarioSchema.Located> values,
            List<SourceFile> files,
            List<String> notes,
            SweepSpec sweep,
            Experiment experiment)
            implements java.io.Serializable {

        /** Whether the file names arms to compare. */
        public boolean declaresArms() {
            return experiment.compares();
        }

        /** The same file run as the given arms instead of its own. */
        public Loaded withExperiment(Experiment arms, List<SourceFile> moreFiles) {
            List<SourceFile> all = new ArrayList<>(files);
            all.addAll(moreFiles);
            return new Loaded(scenario, values, List.copyOf(all), notes, sweep, arms);
        }

        /**
         * One arm at one design point: the arm's starting values (its own file's or this scenario's), the point's
         * values, then the arm's overrides. Budgets are resolved again.
         *
         * @param arm the arm
         * @param point varied parameter key to value text (empty without a sweep)
         * @param origin where the point comes from, for messages
         * @throws ScenarioException when a value is not allowed
         */
        public Resolved arm(Arm arm, Map<String, String> point, String origin) {
            return CompareParser.resolve(arm, values, point, origin);
        }

        /**
         * This scenario with some parameters replaced (a sweep point, a strategy arm). Budgets are resolved again.
         *
         * @param overrides key to value text
         * @param origin where the overrides come from, for messages
         * @throws ScenarioException when a value is not allowed
         */
        public Resolved with(Map<String, String> overrides, String origin) {
            Map<String, ScenarioSchema.Located> merged = new LinkedHashMap<>(values);
            List<ScenarioException.Problem> problems = new ArrayList<>();
            overrides.forEach((k, v) -> {
                if (ScenarioSchema.find(k) == null) {
                    problems.add(unknownKey(origin, 0, k));
                }
                merged.put(k, new ScenarioSchema.Located(v, origin, 0));
            });
            if (!problems.isEmpty()) {
                throw new ScenarioException(problems);
            }
            return resolve(merged);
        }
    }

    /** A scenario with the notes of what its budgets bought. */
    public record Resolved(Scenario scenario, List<String> notes) {}

    /**
     * Loads a scenario or sweep file with command-line overrides.
     *
     * @param file the YAML file
     * @param sets overrides of the form {@code key=value}
     * @throws ScenarioException for any problem in the file, the files it extends, or the overrides
     */
    public static Loaded load(Path file, List<String> sets) {
        List<ScenarioException.Problem> problems = new ArrayList<>();
        Map<String, ScenarioSchema.Located> values = new LinkedHashMap<>();
        List<SourceFile> files = new ArrayList<>();
        Node[] sweepNode = new Node[2];
        String[] sweepFile = new String[2];
        readFile(file, values, files, problems, new HashSet<>(), sweepNode, sweepFile, true);
        for (String set : sets) {
            int eq = set.indexOf('=');
            if (eq <= 0) {
                problems.add(new ScenarioException.Problem(
                        SET_SOURCE, 0, set, "expected key=value, e.g. --set support.helpDeskAnalysts=20"));
                continue;
            }
            String key = set.substring(0, eq).trim();
            if (set.length() > MAX_SCALAR_CHARS) {
                problems.add(new ScenarioException.Problem(
                        SET_SOURCE,
                        0,
                        echo(key),
                        "is " + set.length() + " characters long; at most " + MAX_SCALAR_CHARS + " allowed"));
                continue;
            }
            ParamInfo p = ScenarioSchema.find(key);
            if (p == null) {
                problems.add(unknownKey(SET_SOURCE, 0, key));
                continue;
            }
            try {
                // checked now, so that a bad value is reported together with the file's problems
                ScenarioSchema.parse(p, set.substring(eq + 1));
            } catch (IllegalArgumentException e) {
                problems.add(new ScenarioException.Problem(SET_SOURCE, 0, key, e.getMessage()));
                continue;
            }
            values.put(key, new ScenarioSchema.Located(set.substring(eq + 1), SET_SOURCE, 0));
        }
        if (!problems.isEmpty()) {
            BudgetResolver.conflicts(values, problems);
            throw new ScenarioException(problems);
        }
        Resolved resolved = resolve(values);
        boolean armsDeclared = sweepNode[1] != null;
        SweepSpec sweep =
                sweepNode[0] == null ? null : SweepParser.parse(sweepNode[0], sweepFile[0], values, armsDeclared);
        Experiment experiment;
        if (armsDeclared) {
            experiment = CompareParser.parse(sweepNode[1], sweepFile[1], values, resolved.scenario(), sets, files);
        } else if (sweep != null && sweep.compareDedicatedTeam()) {
            experiment = Experiment.dedicatedTeamComparison();
        } else {
            experiment = Experiment.single();
        }
        return new Loaded(
                resolved.scenario(), Map.copyOf(values), List.copyOf(files), resolved.notes(), sweep, experiment);
    }

    /**
     * Loads scenario files as the arms of one experiment ({@code golive compare A.yaml B.yaml ...}): the first file is
     * the reference arm and the base of the design; each arm is named after its file name.
     *
     * @param files two or more scenario files
     * @param sets overrides of the form {@code key=value}, applied to every arm
     * @throws ScenarioException for any problem in the files or overrides, or arms that cannot share an experiment
     */
    public static Loaded loadArms(List<Path> files, List<String> sets) {
        return CompareParser.files(files, sets);
    }

    /**
     * Builds and budget-resolves a scenario from explicit values.
     *
     * @throws ScenarioException listing every problem
     */
    public static Resolved resolve(Map<String, ScenarioSchema.Located> values) {
        List<ScenarioException.Problem> problems = new ArrayList<>();
        Scenario first = ScenarioSchema.build(values, problems);
        if (first == null) {
            BudgetResolver.conflicts(values, problems);
            throw new ScenarioException(problems);
        }
        BudgetResolver.Result budget = BudgetResolver.resolve(first, values, problems);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        if (budget.derived().isEmpty()) {
            return new Resolved(first, List.of());
        }
        Map<String, ScenarioSchema.Located> merged = new LinkedHashMap<>(values);
        merged.putAll(budget.derived());
        Scenario second = ScenarioSchema.build(merged, problems);
        if (second == null) {
            throw new ScenarioException(problems);
        }
        return new Resolved(second, budget.notes());
    }

    static ScenarioException.Problem unknownKey(String file, int line, String key) {
        // a suggestion compares against every key: only for keys of a sensible length
        String hint = key.length() <= 200 ? ScenarioSchema.suggest(key) : null;
        return new ScenarioException.Problem(
                file,
                line,
                echo(key),
                "unknown key" + (hint != null ? "; did you mean '" + hint + "'?" : "")
                        + " (`golive params` lists every key)");
    }

    private static void readFile(
            Path file,
            Map<String, ScenarioSchema.Located> values,
            List<SourceFile> files,
            List<ScenarioException.Problem> problems,
            Set<Path> chain,
            Node[] sweepNode,
            String[] sweepFile,
            boolean outermost) {
        Path norm = file.toAbsolutePath().normalize();
        String name = file.toString();
        if (!chain.add(norm)) {
            problems.add(new ScenarioException.Problem(
                    name,
                    0,
                    "extends",
                    "cycle in extends: " + name + " extends itself through "
                            + chain.stream().map(Path::getFileName).toList()));
            return;
        }
        byte[] bytes;
        try {
            long size = Files.size(norm);
            if (size > MAX_FILE_BYTES) {
                problems.add(new ScenarioException.Problem(
                        name,
                        0,
                        "",
                        "file is " + size + " bytes; scenario files may be at most " + MAX_FILE_BYTES
                                + " bytes (a scenario states only what differs from the defaults)"));
                return;
            }
            bytes = Files.readAllBytes(norm);
        } catch (NoSuchFileException e) {
            problems.add(new ScenarioException.Problem(name, 0, "", "file not found"));
            return;
        } catch (IOException e) {
            problems.add(new ScenarioException.Problem(name, 0, "", "cannot read file: " + e.getMessage()));
            return;
        }
        files.add(new SourceFile(name, sha256(bytes)));
        Node root;
        try (Reader r = new java.io.StringReader(new String(bytes, StandardCharsets.UTF_8))) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setAllowRecursiveKeys(false);
            options.setMaxAliasesForCollections(50);
            options.setNestingDepthLimit(50);
            options.setCodePointLimit((int) MAX_FILE_BYTES);
            root = new Yaml(options).compose(r);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            problems.add(new ScenarioException.Problem(name, line, "", "malformed YAML: " + e.getProblem()));
            return;
        } catch (YAMLException | IOException e) {
            problems.add(new ScenarioException.Problem(name, 0, "", "malformed YAML: " + e.getMessage()));
            return;
        }
        if (root == null) {
            return; // an empty file states no differences from the defaults
        }
        if (!(root instanceof MappingNode map)) {
            problems.add(new ScenarioException.Problem(
                    name, line(root), "", "expected a mapping of keys to values at the top level"));
            return;
        }
        Map<String, ScenarioSchema.Located> own = new LinkedHashMap<>();
        int[] budget = {MAX_NODES};
        for (NodeTuple t : map.getValue()) {
            if (budget[0] < 0) {
                break;
            }
            String key = scalar(t.getKeyNode());
            if (key == null) {
                problems.add(new ScenarioException.Problem(name, line(t.getKeyNode()), "", "keys must be plain text"));
                continue;
            }
            if (key.equals("extends")) {
                String parent = scalar(t.getValueNode());
                if (parent == null || parent.isBlank()) {
                    problems.add(new ScenarioException.Problem(
                            name, line(t.getValueNode()), "extends", "expected the path of another scenario file"));
                    continue;
                }
                Path parentPath = file.resolveSibling(parent);
                String lowerParent = lower(parent);
                if (!lowerParent.endsWith(".yaml") && !lowerParent.endsWith(".yml")) {
                    // not read at all: a non-scenario file's content must not be echoed into messages
                    problems.add(new ScenarioException.Problem(
                            name,
                            line(t.getValueNode()),
                            "extends",
                            "extends target '" + echo(parent) + "' is not a scenario file; allowed: a .yaml or"
                                    + " .yml file"));
                    continue;
                }
                int before = problems.size();
                readFile(parentPath, values, files, problems, chain, sweepNode, sweepFile, false);
                if (problems.size() > before && problems.get(before).message().equals("file not found")) {
                    problems.set(
                            before,
                            new ScenarioException.Problem(
                                    name,
                                    line(t.getValueNode()),
                                    "extends",
                                    "extends target '" + parent + "' not found (looked for " + parentPath + ")"));
                }
                continue;
            }
            if (key.equals("sweep") || key.equals("compare")) {
                // the design and the arms belong to the outermost file: an extended file contributes parameters
                int slot = key.equals("sweep") ? 0 : 1;
                if (outermost) {
                    sweepNode[slot] = t.getValueNode();
                    sweepFile[slot] = name;
                }
                continue;
            }
            flatten(key, t.getValueNode(), name, own, problems, budget);
        }
        values.putAll(own);
        chain.remove(norm);
    }

    static void flatten(
            String key,
            Node node,
            String file,
            Map<String, ScenarioSchema.Located> out,
            List<ScenarioException.Problem> problems) {
        flatten(key, node, file, out, problems, new int[] {MAX_NODES});
    }

    /**
     * Flattens a mapping into dotted keys, visiting at most {@code budget[0]} nodes: aliases make a node graph whose
     * expansion as a tree can be exponential in the file's size, so the walk stops (with one problem) when the budget
     * is spent, and {@code budget[0]} becomes negative.
     */
    static void flatten(
            String key,
            Node node,
            String file,
            Map<String, ScenarioSchema.Located> out,
            List<ScenarioException.Problem> problems,
            int[] budget) {
        if (budget[0] < 0) {
            return;
        }
        if (problems.size() >= MAX_PROBLEMS) {
            budget[0] = -1;
            problems.add(new ScenarioException.Problem(
                    file, line(node), "", "stopped reading after " + MAX_PROBLEMS + " problems; fix these first"));
            return;
        }
        if (--budget[0] < 0) {
            problems.add(new ScenarioException.Problem(
                    file,
                    line(node),
                    echo(key),
                    "the file expands to more than " + MAX_NODES + " keys and values (through YAML aliases?);"
                            + " a scenario has a few hundred parameters: write them out or use extends:"));
            return;
        }
        if (key.length() > MAX_SCALAR_CHARS) {
            problems.add(new ScenarioException.Problem(
                    file,
                    line(node),
                    echo(key),
                    "key is " + key.length() + " characters long; at most " + MAX_SCALAR_CHARS + " allowed"));
            return;
        }
        if (node instanceof MappingNode map && ScenarioSchema.find(key) == null) {
            for (NodeTuple t : map.getValue()) {
                String child = scalar(t.getKeyNode());
                if (child == null) {
                    problems.add(new ScenarioException.Problem(
                            file, line(t.getKeyNode()), echo(key), "keys must be plain text"));
                    continue;
                }
                flatten(key + "." + child, t.getValueNode(), file, out, problems, budget);
                if (budget[0] < 0) {
                    return;
                }
            }
            return;
        }
        ParamInfo p = ScenarioSchema.find(key);
        if (p == null) {
            problems.add(unknownKey(file, line(node), key));
            return;
        }
        if (!(node instanceof ScalarNode scalar)) {
            problems.add(new ScenarioException.Problem(
                    file, line(node), key, "expected a single value; allowed: " + p.allowedText()));
            return;
        }
        String text = scalar.getValue();
        if (text.length() > MAX_SCALAR_CHARS) {
            problems.add(new ScenarioException.Problem(
                    file,
                    line(node),
                    key,
                    "value is " + text.length() + " characters long; at most " + MAX_SCALAR_CHARS + " allowed"));
            return;
        }
        if (text.equals("~") || text.equalsIgnoreCase("null")) {
            text = "";
        }
        ScenarioSchema.Located earlier = out.get(key);
        if (earlier != null) {
            problems.add(new ScenarioException.Problem(
                    file, line(node), key, "given twice in this file (also on line " + earlier.line() + ")"));
            return;
        }
        try {
            ScenarioSchema.parse(p, text);
            out.put(key, new ScenarioSchema.Located(text, file, line(node)));
        } catch (IllegalArgumentException e) {
            problems.add(new ScenarioException.Problem(file, line(node), key, e.getMessage()));
        }
    }

    /** Text quoted back in a message: at most {@value #ECHO_CHARS} characters. */
    static String echo(String s) {
        return s.length() <= ECHO_CHARS ? s : s.substring(0, ECHO_CHARS) + "... (" + s.length() + " characters)";
    }

    static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    static int line(Node node) {
        return node.getStartMark() != null ? node.getStartMark().getLine() + 1 : 0;
    }

    static List<Node> sequence(Node node) {
        return node instanceof SequenceNode s ? s.getValue() : null;
    }

    /** SHA-256 of bytes as lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
