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
 */
public record SweepSpec(
        Design design, int samples, long designSeed, boolean compareDedicatedTeam, List<Dimension> parameters)
        implements Serializable {

    /** Experimental designs. YAML names: {@code factorial}, {@code latin-hypercube}. */
    public enum Design {
        /** Every combination of the listed values. */
        FACTORIAL,
        /** {@code samples} points, one per stratum of every dimension, strata paired at random. */
        LATIN_HYPERCUBE
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
    }
}
