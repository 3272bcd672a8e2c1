package org.golivesim.stats;

import java.util.List;
import java.util.Objects;

/**
 * An input factor of a sensitivity analysis: a named parameter varied uniformly over {@code [min, max]}, in the
 * parameter's own unit. Sensitivity designs are built in the unit hypercube; {@link #scale(double)} maps a unit
 * coordinate to the factor's range.
 *
 * @param name the parameter key, e.g. {@code "patchLatencyDays"}; written as the {@code factor} column of {@code
 *     sensitivity.csv}
 * @param min lower end of the range, in the parameter's unit
 * @param max upper end of the range, in the parameter's unit; {@code > min}
 */
public record Factor(String name, double min, double max) {

    /**
     * @throws NullPointerException if {@code name} is null
     * @throws StatisticsArgumentException if the name is blank, an end is not finite, or {@code min >= max}
     */
    public Factor {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new StatisticsArgumentException("name", "is blank; every factor needs a name");
        }
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new StatisticsArgumentException(
                    name, "range [" + min + ", " + max + "] must have finite ends with min < max");
        }
    }

    /**
     * Maps a unit coordinate to this factor's range.
     *
     * @param unit a coordinate in [0, 1]
     * @return {@code min + unit * (max - min)}, in the factor's unit
     * @throws StatisticsArgumentException if {@code unit} is outside [0, 1] or NaN
     */
    public double scale(double unit) {
        if (!(unit >= 0.0 && unit <= 1.0)) {
            throw new StatisticsArgumentException(name, "unit coordinate " + unit + " is outside [0, 1]");
        }
        return min + unit * (max - min);
    }

    /**
     * Maps a point of the unit hypercube to the factors' ranges, coordinate by coordinate.
     *
     * @param unitPoint one coordinate in [0, 1] per factor; not modified
     * @param factors the factors, in the point's coordinate order
     * @return a new array with {@code factors.get(i).scale(unitPoint[i])}
     * @throws NullPointerException if an argument is null
     * @throws LengthMismatchException if the point does not have one coordinate per factor
     * @throws StatisticsArgumentException if a coordinate is outside [0, 1]
     */
    public static double[] scale(double[] unitPoint, List<Factor> factors) {
        Objects.requireNonNull(unitPoint, "unitPoint");
        Objects.requireNonNull(factors, "factors");
        if (unitPoint.length != factors.size()) {
            throw new LengthMismatchException("unitPoint", unitPoint.length, "factors", factors.size());
        }
        double[] scaled = new double[unitPoint.length];
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = factors.get(i).scale(unitPoint[i]);
        }
        return scaled;
    }

    /**
     * Checks a list of factors for a sensitivity design: at least one, names distinct.
     *
     * @return an immutable copy
     * @throws StatisticsArgumentException if the list is empty or two factors share a name
     */
    static List<Factor> checkedCopy(List<Factor> factors) {
        List<Factor> copy = List.copyOf(Objects.requireNonNull(factors, "factors"));
        if (copy.isEmpty()) {
            throw new StatisticsArgumentException("factors", "is empty; a sensitivity design needs at least one");
        }
        if (copy.stream().map(Factor::name).distinct().count() != copy.size()) {
            throw new StatisticsArgumentException(
                    "factors",
                    "names " + copy.stream().map(Factor::name).toList() + " are not distinct; each may appear once");
        }
        return copy;
    }
}
