package org.golivesim.batch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.random.MersenneTwister;
import org.golivesim.random.Streams;
import org.golivesim.scenario.Arm;
import org.golivesim.scenario.Experiment;
import org.golivesim.scenario.ParamInfo;
import org.golivesim.scenario.Scenario;
import org.golivesim.scenario.ScenarioLoader;
import org.golivesim.scenario.ScenarioSchema;
import org.golivesim.scenario.SweepSpec;

/**
 * Turns a loaded scenario or sweep file into a {@link Plan}: the design's points (one point when there is no sweep),
 * each run under every arm of the file's {@link Experiment} for every replication, with seeds derived as {@link
 * Plan#SEED_SCHEME} says.
 */
public final class Planner {
    private Planner() {}

    /**
     * Plans a batch.
     *
     * @param loaded the scenario or sweep file
     * @param replications replications per point and arm (usually the scenario's {@code replications})
     * @return the plan
     * @throws org.golivesim.scenario.ScenarioException when a point's values do not make a valid scenario
     */
    public static Plan plan(ScenarioLoader.Loaded loaded, int replications) {
        SweepSpec sweep = loaded.sweep();
        List<String> varied = new ArrayList<>();
        if (sweep != null) {
            for (SweepSpec.Dimension d : sweep.parameters()) {
                varied.add(d.key());
            }
        }
        String[] design = new String[1];
        List<Map<String, String>> values = designValues(sweep, design);
        return plan(loaded, replications, values, varied, design[0]);
    }

    /**
     * The number of runs a plan would have, without making its runs or resolving its points' scenarios.
     *
     * @param loaded the scenario or sweep file
     * @param replications replications per point and arm
     * @return design points x arms x replications
     */
    public static long count(ScenarioLoader.Loaded loaded, int replications) {
        SweepSpec sweep = loaded.sweep();
        double points;
        if (sweep == null) {
            points = 1;
        } else if (sweep.design() == SweepSpec.Design.FACTORIAL) {
            points = 1;
            for (SweepSpec.Dimension d : sweep.parameters()) {
                points *= d.values().size();
            }
        } else {
            points = designValues(sweep, new String[1]).size();
        }
        double runs = points * loaded.experiment().arms().size() * replications;
        return runs >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) runs;
    }

    private static List<Map<String, String>> designValues(SweepSpec sweep, String[] designName) {
        List<Map<String, String>> values;
        String design;
        if (sweep == null) {
            values = List.of(Map.of());
            design = "single";
        } else {
            List<DesignDimension> dims = new ArrayList<>();
            Set<String> integers = new HashSet<>();
            for (SweepSpec.Dimension d : sweep.parameters()) {
                dims.add(
                        d.isRange()
                                ? DesignDimension.ofRange(d.key(), d.min(), d.max())
                                : DesignDimension.ofValues(d.key(), d.values()));
                ParamInfo p = ScenarioSchema.find(d.key());
                if (p.type() == int.class || p.type() == Integer.class || p.type() == long.class) {
                    integers.add(d.key());
                }
            }
            if (sweep.design() == SweepSpec.Design.FACTORIAL) {
                values = Designs.fullFactorial(dims);
                design = "factorial";
            } else if (sweep.design().sensitivity()) {
                values = new ArrayList<>();
                for (double[] point : SensitivityStep.points(sweep)) {
                    Map<String, String> v = new LinkedHashMap<>();
                    for (int i = 0; i < point.length; i++) {
                        String key = sweep.parameters().get(i).key();
                        v.put(
                                key,
                                integers.contains(key)
                                        ? Long.toString(Math.round(point[i]))
                                        : Designs.formatNumber(point[i]));
                    }
                    values.add(v);
                }
                design = sweep.design() == SweepSpec.Design.MORRIS ? "morris" : "sobol";
            } else {
                values = Designs.latinHypercube(
                        dims, sweep.samples(), new MersenneTwister(sweep.designSeed()), integers);
                design = "latin-hypercube";
            }
        }
        designName[0] = design;
        return values;
    }

    private static Plan plan(
            ScenarioLoader.Loaded loaded,
            int replications,
            List<Map<String, String>> values,
            List<String> varied,
            String design) {
        Experiment experiment = loaded.experiment();
        long master = loaded.scenario().seed();
        List<Plan.Point> points = new ArrayList<>();
        List<Arm> arms = experiment.arms();
        long size = (long) values.size() * arms.size() * replications;
        if (size > Integer.MAX_VALUE) {
            throw new BatchException(String.format(
                    java.util.Locale.ROOT,
                    "the plan has %,d runs; at most %,d can be run as one batch",
                    size,
                    Integer.MAX_VALUE));
        }
        Scenario[][] scenarios = new Scenario[values.size()][arms.size()];
        for (int p = 0; p < values.size(); p++) {
            Map<String, String> v = values.get(p);
            for (int a = 0; a < arms.size(); a++) {
                Arm arm = arms.get(a);
                ScenarioLoader.Resolved resolved =
                        v.isEmpty() && arm.overrides().isEmpty() && !arm.fromFile()
                                ? new ScenarioLoader.Resolved(loaded.scenario(), loaded.notes())
                                : loaded.arm(arm, v, "sweep point " + p);
                Scenario s = resolved.scenario();
                if (arm.name().equals(experiment.reference())) {
                    points.add(new Plan.Point(p, label(v), v, resolved.notes()));
                }
                scenarios[p][a] = s;
            }
        }
        points.sort(java.util.Comparator.comparingInt(Plan.Point::pointId));
        List<RunSpec> runs = new PlannedRuns(scenarios, experiment.names(), replications, master);
        return new Plan(points, runs, varied, experiment, replications, master, design);
    }

    /** The seed of a replication: the same for every point and arm (common random numbers). */
    public static long replicationSeed(long masterSeed, int replication) {
        return Streams.childSeed(masterSeed, replication);
    }

    private static String label(Map<String, String> values) {
        if (values.isEmpty()) {
            return "as specified";
        }
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) ->
                sb.append(sb.isEmpty() ? "" : ", ").append(k).append('=').append(v));
        return sb.toString();
    }
}
