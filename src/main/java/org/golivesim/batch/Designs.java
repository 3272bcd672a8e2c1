package org.golivesim.batch;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.util.MathArrays;

/**
 * Experimental designs over a list of dimensions. A design is a list of points; each point maps every dimension key,
 * in dimension order, to the value's text: a listed value exactly as written, or a number from a range formatted by
 * {@link #formatNumber(double)}. The caller applies each point as a set of parameter overrides.
 */
public final class Designs {
    /**
     * Significant digits kept when formatting a sampled number: enough for any parameter, few enough to drop the
     * binary round-off of {@code min + u * (max - min)} (so 2.0000000000000004 prints as 2).
     */
    public static final int SIGNIFICANT_DIGITS = 12;

    /** Largest number of points a design may have; far beyond any batch, it guards against overflow. */
    public static final int MAX_POINTS = 10_000_000;

    private static final MathContext FORMAT = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);

    private Designs() {}

    /**
     * Every combination of the listed values. The first dimension varies slowest and the last fastest, as in nested
     * loops written in dimension order, so the number of points is the product of the list sizes.
     *
     * @param dimensions the dimensions, each a value list, with distinct keys
     * @return the points, each an insertion-ordered map from key to value text
     * @throws NullPointerException if {@code dimensions} or an element is null
     * @throws DesignException if there are no dimensions, two share a key, a dimension is a range (a factorial design
     *     needs values to combine; ranges need a Latin hypercube), or the design would exceed {@link #MAX_POINTS}
     */
    public static List<Map<String, String>> fullFactorial(List<DesignDimension> dimensions) {
        checkDimensions(dimensions);
        long count = 1;
        for (DesignDimension d : dimensions) {
            if (d.isRange()) {
                throw new DesignException(
                        d.key(),
                        "is a range [" + formatNumber(d.min()) + ", " + formatNumber(d.max())
                                + "]; a factorial design needs a list of values (use a Latin hypercube for ranges)");
            }
            count *= d.values().size();
            if (count > MAX_POINTS) {
                throw new DesignException(
                        "dimensions", "the factorial design has more than " + MAX_POINTS + " points; use fewer values");
            }
        }
        int k = dimensions.size();
        List<Map<String, String>> points = new ArrayList<>((int) count);
        int[] index = new int[k];
        for (long p = 0; p < count; p++) {
            Map<String, String> point = new LinkedHashMap<>();
            for (int j = 0; j < k; j++) {
                DesignDimension d = dimensions.get(j);
                point.put(d.key(), d.values().get(index[j]));
            }
            points.add(point);
            // Odometer increment: the last dimension turns fastest.
            for (int j = k - 1; j >= 0; j--) {
                if (++index[j] < dimensions.get(j).values().size()) {
                    break;
                }
                index[j] = 0;
            }
        }
        return points;
    }

    /**
     * A Latin hypercube of {@code samples} points with no integer rounding; see {@link #latinHypercube(List, int,
     * RandomGenerator, Set)}.
     *
     * @param dimensions the dimensions, value lists or ranges, with distinct keys
     * @param samples number of points, {@code >= 1}
     * @param rng the design's own generator; advanced by the draws described in the four-argument overload
     * @return the points, each an insertion-ordered map from key to value text
     * @throws NullPointerException if an argument is null
     * @throws DesignException if there are no dimensions, two share a key, or {@code samples < 1} or above {@link
     *     #MAX_POINTS}
     */
    public static List<Map<String, String>> latinHypercube(
            List<DesignDimension> dimensions, int samples, RandomGenerator rng) {
        return latinHypercube(dimensions, samples, rng, Set.of());
    }

    /**
     * A Latin hypercube of {@code samples} points (McKay, Beckman and Conover 1979). Each dimension's unit interval
     * is cut into {@code samples} equal strata and every stratum is used by exactly one point; the strata of
     * different dimensions are paired by independent random permutations. Within its stratum a point takes a uniform
     * position {@code u}, which becomes:
     *
     * <ul>
     *   <li>for a range, {@code min + u * (max - min)};
     *   <li>for a value list of size {@code m}, the value at index {@code floor(u * m)} (so when {@code samples} is a
     *       multiple of {@code m}, each value appears exactly {@code samples / m} times);
     *   <li>for a range whose key is in {@code integerKeys}, the integer at index {@code floor(u * m)} of the {@code
     *       m} integers {@code ceil(min), ..., floor(max)}. Treating the integers as a list gives each the same
     *       weight; rounding {@code min + u * (max - min)} to the nearest integer instead would give the two end
     *       values only half the weight of the others.
     * </ul>
     *
     * <p>Draws, in order, for each dimension in turn: a permutation of the strata by {@link
     * MathArrays#shuffle(int[], RandomGenerator)}, then one {@link RandomGenerator#nextDouble()} per point. Every
     * dimension consumes the same draws whatever its kind, so the same generator state gives the same design.
     *
     * @param dimensions the dimensions, value lists or ranges, with distinct keys
     * @param samples number of points, {@code >= 1}
     * @param rng the design's own generator (for example seeded from the sweep's design seed)
     * @param integerKeys keys whose range values must be integers; keys that are not range dimensions of this design
     *     are ignored, so a caller may pass every integer-typed parameter it knows
     * @return the points, each an insertion-ordered map from key to value text
     * @throws NullPointerException if an argument is null
     * @throws DesignException if there are no dimensions, two share a key, {@code samples < 1} or above {@link
     *     #MAX_POINTS}, or an integer range contains no integer
     */
    public static List<Map<String, String>> latinHypercube(
            List<DesignDimension> dimensions, int samples, RandomGenerator rng, Set<String> integerKeys) {
        checkDimensions(dimensions);
        Objects.requireNonNull(rng, "rng");
        Objects.requireNonNull(integerKeys, "integerKeys");
        if (samples < 1 || samples > MAX_POINTS) {
            throw new DesignException("samples", "is " + samples + "; allowed: an integer in [1, " + MAX_POINTS + "]");
        }
        int k = dimensions.size();
        String[][] text = new String[k][];
        for (int j = 0; j < k; j++) {
            DesignDimension d = dimensions.get(j);
            boolean integer = d.isRange() && integerKeys.contains(d.key());
            long firstInteger = integer ? (long) Math.ceil(d.min()) : 0;
            long integerCount = integer ? (long) Math.floor(d.max()) - firstInteger + 1 : 0;
            if (integer && integerCount < 1) {
                throw new DesignException(
                        d.key(),
                        "is an integer parameter but its range [" + formatNumber(d.min()) + ", " + formatNumber(d.max())
                                + "] contains no integer");
            }
            int[] strata = MathArrays.natural(samples);
            MathArrays.shuffle(strata, rng);
            text[j] = new String[samples];
            for (int i = 0; i < samples; i++) {
                double u = (strata[i] + rng.nextDouble()) / samples;
                if (!d.isRange()) {
                    text[j][i] = d.values().get((int) index(u, d.values().size()));
                } else if (integer) {
                    text[j][i] = Long.toString(firstInteger + index(u, integerCount));
                } else {
                    text[j][i] = formatNumber(d.min() + u * (d.max() - d.min()));
                }
            }
        }
        List<Map<String, String>> points = new ArrayList<>(samples);
        for (int i = 0; i < samples; i++) {
            Map<String, String> point = new LinkedHashMap<>();
            for (int j = 0; j < k; j++) {
                point.put(dimensions.get(j).key(), text[j][i]);
            }
            points.add(point);
        }
        return points;
    }

    /**
     * Formats a sampled number as override text: rounded to {@link #SIGNIFICANT_DIGITS} significant digits, without
     * trailing zeros, an exponent or a locale-dependent decimal separator (the result is the same in every locale,
     * as {@link java.util.Locale#ROOT} formatting would give). Whole numbers print without a decimal point.
     *
     * @param value a finite number
     * @return its text, e.g. {@code "2"}, {@code "0.25"}, {@code "-1.5"}, {@code "0.000012"}
     * @throws DesignException if {@code value} is NaN or infinite
     */
    public static String formatNumber(double value) {
        if (!Double.isFinite(value)) {
            throw new DesignException("value", "is " + value + "; only finite numbers can be design values");
        }
        if (value == 0.0) {
            return "0";
        }
        return new BigDecimal(value).round(FORMAT).stripTrailingZeros().toPlainString();
    }

    /** The index of the {@code size} equal cells of [0, 1) that contains {@code u}. */
    private static long index(double u, long size) {
        return Math.min((long) Math.floor(u * size), size - 1);
    }

    private static void checkDimensions(List<DesignDimension> dimensions) {
        Objects.requireNonNull(dimensions, "dimensions");
        if (dimensions.isEmpty()) {
            throw new DesignException("dimensions", "is empty; a design needs at least one dimension");
        }
        Set<String> keys = new HashSet<>();
        for (DesignDimension d : dimensions) {
            Objects.requireNonNull(d, "dimension");
            if (!keys.add(d.key())) {
                throw new DesignException(d.key(), "appears in more than one dimension; keys must be distinct");
            }
        }
    }
}
