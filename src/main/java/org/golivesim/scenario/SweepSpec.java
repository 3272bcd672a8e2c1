package org.golivesim.scenario;

import java.io.Serializable;
import java.util.List;

/**
 * The {@code sweep:} section of a scenario file: which parameters vary, over which values or ranges, by which
 * experimental design, and whether each point is compared with the dedicated-team strategy.
 *
 * @param design how points are chosen
 * @param samples number of points of a Latin hypercube (ignored by the factorial design)
 * @param designSeed seed of the Latin hypercube's own random stream
 * @param compareDedicatedTeam run every point both as given and with {@code dedicatedTeam.enabled = true}
 * @param parameters the varied parameters, in file order
 * @param outputs summary metrics a sensitivity design analyses (empty for other designs)
 */
public record SweepSpec(
        Design design,
        int samples,
        long designSeed,
        boolean compareDedicatedTeam,
        List<Dimension> parameters,
        List<String> outputs)
        implements Serializable {

    /** Experimental designs. YAML names: {@code factorial}, {@code latin-hypercube}. */
    public enum Design {
        /** Every combination of the listed values. */
        FACTORIAL,
        /** {@code samples} points, one per stratum of every dimension, strata paired at random. */
        LATIN_HYPERCUBE,
        /** Morris elementary effects: {@code samples} random trajectories on a 4-level grid (screening). */
        MORRIS,
        /** Sobol indices: Saltelli sampling with {@code samples} base points, N (k + 2) points in all. */
        SOBOL;

        /** Whether the design is a sensitivity analysis (ranges only, indices written to sensitivity.csv). */
        public boolean sensitivity() {
            return this == MORRIS || this == SOBOL;
        }
    }

    /**
     * One varied parameter: either an explicit list of values (text as in YAML) or a numeric range.
     *
     * @param key parameter key
     * @param values explicit values, empty for a range
     * @param min lower end of a range
     * @param max upper end of a range
     */
    public record Dimension(String key, List<String> values, double min, double max) implements Serializable {
        /** True when the dimension is a numeric range rather than a list. */
        public boolean isRange() {
            return values.isEmpty();
        }
    }

    public SweepSpec {
        parameters = List.copyOf(parameters);
        outputs = List.copyOf(outputs);
    }
}
