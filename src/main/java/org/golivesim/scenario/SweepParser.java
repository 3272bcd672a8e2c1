package org.golivesim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Parses and checks the {@code sweep:} section of a scenario file. */
final class SweepParser {
    private static final List<String> KEYS =
            List.of("design", "samples", "designSeed", "compareDedicatedTeam", "parameters", "outputs");

    private SweepParser() {}

    static SweepSpec parse(Node node, String file, Map<String, ScenarioSchema.Located> base, boolean armsDeclared) {
        List<ScenarioException.Problem> problems = new ArrayList<>();
        if (!(node instanceof MappingNode map)) {
            throw new ScenarioException(List.of(new ScenarioException.Problem(
                    file, ScenarioLoader.line(node), "sweep", "expected a mapping with keys " + KEYS)));
        }
        SweepSpec.Design design = SweepSpec.Design.FACTORIAL;
        int samples = 0;
        long designSeed = 1;
        boolean compare = true;
        boolean compareGiven = false;
        List<String> outputs = new ArrayList<>();
        List<SweepSpec.Dimension> dims = new ArrayList<>();
        for (NodeTuple t : map.getValue()) {
            String key = ScenarioLoader.scalar(t.getKeyNode());
            Node v = t.getValueNode();
            int line = ScenarioLoader.line(v);
            String text = ScenarioLoader.scalar(v);
            String where = "sweep." + key;
            switch (key == null ? "" : key) {
                case "design" -> {
                    if ("factorial".equals(text)) {
                        design = SweepSpec.Design.FACTORIAL;
                    } else if ("latin-hypercube".equals(text)) {
                        design = SweepSpec.Design.LATIN_HYPERCUBE;
                    } else if ("morris".equals(text)) {
                        design = SweepSpec.Design.MORRIS;
                    } else if ("sobol".equals(text)) {
                        design = SweepSpec.Design.SOBOL;
                    } else {
                        problems.add(
                                new ScenarioException.Problem(
                                        file,
                                        line,
                                        where,
                                        "value '" + text
                                                + "' is not allowed; allowed: one of factorial, latin-hypercube, morris, sobol"));
                    }
                }
                case "samples" -> samples = (int) number(text, file, line, where, 1, 1_000_000, problems);
                case "designSeed" -> designSeed =
                        (long) number(text, file, line, where, Long.MIN_VALUE, Long.MAX_VALUE, problems);
                case "compareDedicatedTeam" -> {
                    if ("true".equals(text) || "false".equals(text)) {
                        compare = Boolean.parseBoolean(text);
                        compareGiven = true;
                    } else {
                        problems.add(new ScenarioException.Problem(
                                file, line, where, "value '" + text + "' is not allowed; allowed: one of true, false"));
                    }
                }
                case "parameters" -> dims = dimensions(v, file, base, problems);
                case "outputs" -> {
                    List<Node> items = ScenarioLoader.sequence(v);
                    if (items == null || items.isEmpty()) {
                        problems.add(new ScenarioException.Problem(
                                file,
                                line,
                                where,
                                "expected a list of summary metrics, e.g. [errors_per_1000_tasks, cost_total_usd]"));
                    } else {
                        for (Node item : items) {
                            outputs.add(String.valueOf(ScenarioLoader.scalar(item)));
                        }
                    }
                }
                default -> problems.add(new ScenarioException.Problem(
                        file, ScenarioLoader.line(t.getKeyNode()), where, "unknown sweep key; allowed: " + KEYS));
            }
        }
        if (armsDeclared) {
            if (compareGiven && compare) {
                problems.add(new ScenarioException.Problem(
                        file,
                        ScenarioLoader.line(node),
                        "sweep.compareDedicatedTeam",
                        "set together with a compare: section; name the dedicated-team arm there instead"));
            }
            compare = false;
        }
        if (dims.isEmpty() && problems.isEmpty()) {
            problems.add(new ScenarioException.Problem(
                    file,
                    ScenarioLoader.line(node),
                    "sweep.parameters",
                    "a sweep needs at least one parameter to vary"));
        }
        if (design != SweepSpec.Design.FACTORIAL && samples < 2) {
            problems.add(new ScenarioException.Problem(
                    file,
                    ScenarioLoader.line(node),
                    "sweep.samples",
                    "a " + ParamInfo.yamlName(design) + " design needs samples >= 2"));
        }
        if (design.sensitivity()) {
            if (outputs.isEmpty()) {
                problems.add(new ScenarioException.Problem(
                        file,
                        ScenarioLoader.line(node),
                        "sweep.outputs",
                        "a " + ParamInfo.yamlName(design) + " design needs outputs: the summary metrics to analyse"));
            }
            for (SweepSpec.Dimension d : dims) {
                if (!d.isRange()) {
                    problems.add(new ScenarioException.Problem(
                            file,
                            ScenarioLoader.line(node),
                            "sweep.parameters." + d.key(),
                            "a sensitivity design needs a {min, max} range"));
                }
            }
            if (!compareGiven) {
                compare = false;
            }
        } else if (!outputs.isEmpty()) {
            problems.add(new ScenarioException.Problem(
                    file,
                    ScenarioLoader.line(node),
                    "sweep.outputs",
                    "outputs apply to the morris and sobol designs only"));
        }
        if (design == SweepSpec.Design.FACTORIAL) {
            for (SweepSpec.Dimension d : dims) {
                if (d.isRange()) {
                    problems.add(new ScenarioException.Problem(
                            file,
                            ScenarioLoader.line(node),
                            "sweep.parameters." + d.key(),
                            "a factorial design needs a list of values; ranges {min, max} need design: latin-hypercube,"
                                    + " morris or sobol"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new SweepSpec(design, samples, designSeed, compare, dims, outputs);
    }

    private static List<SweepSpec.Dimension> dimensions(
            Node node,
            String file,
            Map<String, ScenarioSchema.Located> base,
            List<ScenarioException.Problem> problems) {
        List<SweepSpec.Dimension> dims = new ArrayList<>();
        if (!(node instanceof MappingNode map)) {
            problems.add(new ScenarioException.Problem(
                    file,
                    ScenarioLoader.line(node),
                    "sweep.parameters",
                    "expected a mapping of parameter keys to value lists or {min, max} ranges"));
            return dims;
        }
        for (NodeTuple t : map.getValue()) {
            String key = ScenarioLoader.scalar(t.getKeyNode());
            int line = ScenarioLoader.line(t.getKeyNode());
            ParamInfo p = key == null ? null : ScenarioSchema.find(key);
            if (p == null) {
                problems.add(ScenarioLoader.unknownKey(file, line, String.valueOf(key)));
                continue;
            }
            Node v = t.getValueNode();
            List<Node> seq = ScenarioLoader.sequence(v);
            if (seq != null) {
                List<String> values = new ArrayList<>();
                for (Node item : seq) {
                    String text = ScenarioLoader.scalar(item);
                    try {
                        if (text == null) {
                            throw new IllegalArgumentException("expected a single value; allowed: " + p.allowedText());
                        }
                        ScenarioSchema.parse(p, text);
                        values.add(text);
                    } catch (IllegalArgumentException e) {
                        problems.add(
                                new ScenarioException.Problem(file, ScenarioLoader.line(item), key, e.getMessage()));
                    }
                }
                if (values.isEmpty()) {
                    problems.add(
                            new ScenarioException.Problem(file, line, key, "a value list needs at least one value"));
                } else {
                    dims.add(new SweepSpec.Dimension(key, values, Double.NaN, Double.NaN));
                }
            } else if (v instanceof MappingNode range && p.numeric()) {
                Map<String, String> r = new LinkedHashMap<>();
                for (NodeTuple rt : range.getValue()) {
                    r.put(
                            String.valueOf(ScenarioLoader.scalar(rt.getKeyNode())),
                            ScenarioLoader.scalar(rt.getValueNode()));
                }
                if (!r.keySet().equals(java.util.Set.of("min", "max"))) {
                    problems.add(new ScenarioException.Problem(
                            file, line, key, "a range needs exactly the keys min and max"));
                    continue;
                }
                double lo = number(r.get("min"), file, line, key, p.min(), p.max(), problems);
                double hi = number(r.get("max"), file, line, key, p.min(), p.max(), problems);
                if (lo > hi) {
                    problems.add(
                            new ScenarioException.Problem(file, line, key, "range min " + lo + " exceeds max " + hi));
                    continue;
                }
                dims.add(new SweepSpec.Dimension(key, List.of(), lo, hi));
            } else {
                problems.add(new ScenarioException.Problem(
                        file, line, key, "expected a list of values" + (p.numeric() ? " or a {min, max} range" : "")));
            }
        }
        return dims;
    }

    private static double number(
            String text,
            String file,
            int line,
            String key,
            double min,
            double max,
            List<ScenarioException.Problem> problems) {
        try {
            double d = Double.parseDouble(text);
            if (d < min || d > max) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException | NullPointerException e) {
            problems.add(new ScenarioException.Problem(
                    file,
                    line,
                    key,
                    "value '" + text + "' is not allowed; allowed: a number in [" + ParamInfo.fmt(min) + ", "
                            + ParamInfo.fmt(max) + "]"));
            return 0;
        }
    }
}
