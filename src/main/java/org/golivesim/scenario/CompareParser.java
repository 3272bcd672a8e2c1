package org.golivesim.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Parses and checks the {@code compare:} section of a scenario file: a {@code reference} arm name and the
 * {@code arms}, each a set of parameter overrides, optionally starting from another scenario file ({@code file:},
 * relative to the file that names it). Arms must keep the keys that cannot differ within one experiment (horizon,
 * pre-go-live reference period and hospital size) equal to the base scenario's; the base scenario's master seed
 * governs every arm.
 */
final class CompareParser {
    private static final List<String> KEYS = List.of("reference", "arms");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private CompareParser() {}

    static Experiment parse(
            Node node,
            String file,
            Map<String, ScenarioSchema.Located> baseValues,
            Scenario base,
            List<String> sets,
            List<ScenarioLoader.SourceFile> files) {
        List<ScenarioException.Problem> problems = new ArrayList<>();
        if (!(node instanceof MappingNode map)) {
            throw new ScenarioException(List.of(new ScenarioException.Problem(
                    file, ScenarioLoader.line(node), "compare", "expected a mapping with keys " + KEYS)));
        }
        String reference = null;
        int referenceLine = ScenarioLoader.line(node);
        List<Arm> arms = new ArrayList<>();
        boolean armsGiven = false;
        for (NodeTuple t : map.getValue()) {
            String key = Objects.requireNonNullElse(ScenarioLoader.scalar(t.getKeyNode()), "");
            switch (key) {
                case "reference" -> {
                    reference = ScenarioLoader.scalar(t.getValueNode());
                    referenceLine = ScenarioLoader.line(t.getValueNode());
                }
                case "arms" -> {
                    armsGiven = true;
                    arms(t.getValueNode(), file, sets, files, problems, arms);
                }
                default -> problems.add(new ScenarioException.Problem(
                        file,
                        ScenarioLoader.line(t.getKeyNode()),
                        "compare." + key,
                        "unknown compare key; allowed: " + KEYS));
            }
        }
        if (!armsGiven || (arms.isEmpty() && problems.isEmpty())) {
            problems.add(new ScenarioException.Problem(
                    file,
                    ScenarioLoader.line(node),
                    "compare.arms",
                    "expected at least one named arm, e.g."
                            + " arms: {as-given: {}, dedicated-team: {dedicatedTeam.enabled: true}}"));
        }
        List<String> names = arms.stream().map(Arm::name).toList();
        if (reference == null || reference.isBlank()) {
            problems.add(new ScenarioException.Problem(
                    file, referenceLine, "compare.reference", "missing; name the reference arm, one of " + names));
        } else if (!names.isEmpty() && !names.contains(reference)) {
            problems.add(new ScenarioException.Problem(
                    file,
                    referenceLine,
                    "compare.reference",
                    "'" + reference + "' is not an arm; allowed: one of " + names));
        }
        if (problems.isEmpty()) {
            for (Arm arm : arms) {
                check(arm, file, baseValues, base, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new Experiment(reference, arms);
    }

    private static void arms(
            Node node,
            String file,
            List<String> sets,
            List<ScenarioLoader.SourceFile> files,
            List<ScenarioException.Problem> problems,
            List<Arm> out) {
        if (!(node instanceof MappingNode map)) {
            problems.add(new ScenarioException.Problem(
                    file, ScenarioLoader.line(node), "compare.arms", "expected a mapping of arm names to overrides"));
            return;
        }
        for (NodeTuple t : map.getValue()) {
            String name = ScenarioLoader.scalar(t.getKeyNode());
            int line = ScenarioLoader.line(t.getKeyNode());
            if (name == null || !NAME.matcher(name).matches()) {
                problems.add(new ScenarioException.Problem(
                        file,
                        line,
                        "compare.arms." + name,
                        "an arm name is lower-case letters, digits and '-' (at most 63), e.g. dedicated-team"));
                continue;
            }
            String where = "compare.arms." + name;
            if (out.stream().anyMatch(a -> a.name().equals(name))) {
                problems.add(new ScenarioException.Problem(
                        file, line, where, "arm '" + name + "' is defined twice; arm names must be unique"));
                continue;
            }
            if (!(t.getValueNode() instanceof MappingNode body)) {
                problems.add(new ScenarioException.Problem(
                        file,
                        ScenarioLoader.line(t.getValueNode()),
                        where,
                        "expected a mapping of parameter overrides ({} for none), optionally with file: OTHER.yaml"));
                continue;
            }
            Map<String, ScenarioSchema.Located> own = new LinkedHashMap<>();
            String armFile = null;
            Map<String, ScenarioSchema.Located> armValues = null;
            int before = problems.size();
            for (NodeTuple o : body.getValue()) {
                String key = ScenarioLoader.scalar(o.getKeyNode());
                if ("file".equals(key)) {
                    armFile = ScenarioLoader.scalar(o.getValueNode());
                    armValues =
                            armFile(file, armFile, ScenarioLoader.line(o.getValueNode()), where, sets, files, problems);
                    continue;
                }
                if (key == null) {
                    problems.add(new ScenarioException.Problem(
                            file, ScenarioLoader.line(o.getKeyNode()), where, "keys must be plain text"));
                    continue;
                }
                ScenarioLoader.flatten(key, o.getValueNode(), file, own, problems);
            }
            for (int i = before; i < problems.size(); i++) {
                ScenarioException.Problem p = problems.get(i);
                if (!p.key().startsWith("compare.")) {
                    problems.set(
                            i, new ScenarioException.Problem(p.file(), p.line(), where + "." + p.key(), p.message()));
                }
            }
            Map<String, String> overrides = new LinkedHashMap<>();
            own.forEach((k, v) -> overrides.put(k, v.text()));
            out.add(new Arm(name, overrides, armFile, armValues));
        }
    }

    /** Loads an arm's own scenario file with the command line's overrides; null after recording a problem. */
    private static Map<String, ScenarioSchema.Located> armFile(
            String file,
            String armFile,
            int line,
            String where,
            List<String> sets,
            List<ScenarioLoader.SourceFile> files,
            List<ScenarioException.Problem> problems) {
        if (armFile == null || armFile.isBlank()) {
            problems.add(
                    new ScenarioException.Problem(file, line, where + ".file", "expected the path of a scenario file"));
            return null;
        }
        Path path = Path.of(file).resolveSibling(armFile);
        if (!Files.isRegularFile(path)) {
            problems.add(new ScenarioException.Problem(
                    file,
                    line,
                    where + ".file",
                    "scenario file '" + armFile + "' not found (looked for " + path + ")"));
            return null;
        }
        try {
            ScenarioLoader.Loaded loaded = ScenarioLoader.load(path, sets);
            if (loaded.sweep() != null || loaded.declaresArms()) {
                problems.add(new ScenarioException.Problem(
                        file,
                        line,
                        where + ".file",
                        "'" + armFile + "' has a sweep: or compare: section; an arm's file states parameters only"
                                + " (the design and the arms come from the experiment's file)"));
                return null;
            }
            files.addAll(loaded.files());
            return loaded.values();
        } catch (ScenarioException e) {
            for (ScenarioException.Problem p : e.problems()) {
                problems.add(new ScenarioException.Problem(p.file(), p.line(), where + ": " + p.key(), p.message()));
            }
            return null;
        }
    }

    /**
     * The experiment of {@code golive compare}: each file is an arm named after its file name (the first is the
     * reference and the base of the design), all with the same command-line overrides.
     *
     * @throws ScenarioException naming the file and the key for any problem, all together
     */
    static ScenarioLoader.Loaded files(List<Path> paths, List<String> sets) {
        if (paths.size() < 2) {
            throw new ScenarioException(List.of(new ScenarioException.Problem(
                    "compare", 0, "FILE", "expected at least two scenario files: the reference, then the arms")));
        }
        ScenarioLoader.Loaded base = ScenarioLoader.load(paths.get(0), sets);
        List<ScenarioException.Problem> problems = new ArrayList<>();
        List<ScenarioLoader.SourceFile> files = new ArrayList<>();
        List<Arm> arms = new ArrayList<>();
        arms.add(Arm.asGivenNamed(armName(paths.get(0), arms)));
        for (Path p : paths.subList(1, paths.size())) {
            String name = armName(p, arms);
            Map<String, ScenarioSchema.Located> values = armFile(
                    paths.get(0).toAbsolutePath().toString(),
                    p.toAbsolutePath().toString(),
                    0,
                    "arm " + name,
                    sets,
                    files,
                    problems);
            if (values != null) {
                arms.add(new Arm(name, Map.of(), p.toString(), values));
            }
        }
        if (problems.isEmpty()) {
            for (Arm arm : arms) {
                check(arm, paths.get(0).toString(), base.values(), base.scenario(), problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return base.withExperiment(new Experiment(arms.get(0).name(), arms), files);
    }

    /** An arm's name from its file name: lower-case, '-' for anything else, unique among the arms so far. */
    private static String armName(Path file, List<Arm> earlier) {
        String stem =
                file.getFileName().toString().replaceFirst("\\.ya?ml$", "").toLowerCase(java.util.Locale.ROOT);
        String name = stem.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (name.isEmpty()) {
            name = "arm";
        }
        name = name.length() > 56 ? name.substring(0, 56) : name;
        String unique = name;
        for (int i = 2; ; i++) {
            String candidate = unique;
            if (earlier.stream().noneMatch(a -> a.name().equals(candidate))) {
                return unique;
            }
            unique = name + "-" + i;
        }
    }

    /** Refuses arms whose scenario cannot share a replication's timeline with the base scenario. */
    private static void check(
            Arm arm,
            String file,
            Map<String, ScenarioSchema.Located> baseValues,
            Scenario base,
            List<ScenarioException.Problem> problems) {
        Scenario s;
        try {
            s = resolve(arm, baseValues, Map.of(), "arm '" + arm.name() + "'").scenario();
        } catch (ScenarioException e) {
            for (ScenarioException.Problem p : e.problems()) {
                problems.add(new ScenarioException.Problem(
                        p.file(), p.line(), "compare.arms." + arm.name() + "." + p.key(), p.message()));
            }
            return;
        }
        String where = "compare.arms." + arm.name() + (arm.file() != null ? " (file " + arm.file() + ")" : "");
        mustMatch(problems, file, where, "horizonMonths", s.horizonMonths(), base.horizonMonths());
        mustMatch(problems, file, where, "preGoLiveWeeks", s.preGoLiveWeeks(), base.preGoLiveWeeks());
        mustMatch(
                problems,
                file,
                where,
                "hospital.physicians",
                s.hospital().physicians(),
                base.hospital().physicians());
        mustMatch(
                problems,
                file,
                where,
                "hospital.nurses",
                s.hospital().nurses(),
                base.hospital().nurses());
        mustMatch(
                problems,
                file,
                where,
                "hospital.allied",
                s.hospital().allied(),
                base.hospital().allied());
    }

    private static void mustMatch(
            List<ScenarioException.Problem> problems, String file, String where, String key, Object arm, Object base) {
        if (!arm.equals(base)) {
            problems.add(new ScenarioException.Problem(
                    file,
                    0,
                    where,
                    key + " is " + arm + " but " + base + " in the reference scenario; the arms of one experiment"
                            + " share the horizon, reference period and hospital size"));
        }
    }

    /**
     * Resolves one arm at one design point: the arm's starting values (its file's, or the base scenario's), then the
     * point's values, then the arm's overrides.
     *
     * @throws ScenarioException when a value is not allowed
     */
    static ScenarioLoader.Resolved resolve(
            Arm arm, Map<String, ScenarioSchema.Located> baseValues, Map<String, String> point, String origin) {
        Map<String, ScenarioSchema.Located> merged = new LinkedHashMap<>(arm.fromFile() ? arm.values() : baseValues);
        // the experiment's master seed governs every arm: an arm's file cannot move its replications' streams
        merged.remove("seed");
        if (baseValues.containsKey("seed")) {
            merged.put("seed", baseValues.get("seed"));
        }
        point.forEach((k, v) -> merged.put(k, new ScenarioSchema.Located(v, origin, 0)));
        arm.overrides()
                .forEach((k, v) -> merged.put(k, new ScenarioSchema.Located(v, origin + ", arm " + arm.name(), 0)));
        return ScenarioLoader.resolve(merged);
    }
}
