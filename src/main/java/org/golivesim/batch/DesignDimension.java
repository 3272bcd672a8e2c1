package org.golivesim.batch;

import java.util.List;
import java.util.Objects;

/**
 * One dimension of an experimental design: a parameter key with either an explicit list of values (kept as the text
 * the user wrote) or a numeric range {@code [min, max]} in the parameter's own unit.
 *
 * @param key the parameter key, e.g. {@code "helpdesk.agents"}
 * @param values the explicit values, in order; empty for a range
 * @param min lower end of a range; ignored (conventionally NaN) for a value list
 * @param max upper end of a range; ignored (conventionally NaN) for a value list
 */
public record DesignDimension(String key, List<String> values, double min, double max) {

    /**
     * Copies {@code values} and validates the dimension.
     *
     * @throws NullPointerException if {@code key}, {@code values} or a value is null
     * @throws DesignException if the key is blank, or the dimension is a range whose ends are not finite or whose
     *     {@code min} exceeds {@code max}
     */
    public DesignDimension {
        Objects.requireNonNull(key, "key");
        values = List.copyOf(Objects.requireNonNull(values, "values"));
        if (key.isBlank()) {
            throw new DesignException("key", "is blank; every dimension needs a parameter key");
        }
        if (values.isEmpty()) {
            if (!Double.isFinite(min) || !Double.isFinite(max)) {
                throw new DesignException(key, "range [" + min + ", " + max + "] must have finite ends");
            }
            if (min > max) {
                throw new DesignException(key, "range min " + min + " exceeds max " + max);
            }
        }
    }

    /**
     * A dimension over an explicit list of values.
     *
     * @param key the parameter key
     * @param values the values as written, at least one
     * @return the dimension, with NaN range ends
     * @throws DesignException if {@code values} is empty (an empty list would make the dimension a range)
     */
    public static DesignDimension ofValues(String key, List<String> values) {
        if (values.isEmpty()) {
            throw new DesignException(key, "has an empty value list; give at least one value or a range");
        }
        return new DesignDimension(key, values, Double.NaN, Double.NaN);
    }

    /**
     * A dimension over a numeric range.
     *
     * @param key the parameter key
     * @param min lower end, in the parameter's unit
     * @param max upper end, in the parameter's unit, {@code >= min}
     * @return the dimension
     * @throws DesignException if the ends are not finite or {@code min > max}
     */
    public static DesignDimension ofRange(String key, double min, double max) {
        return new DesignDimension(key, List.of(), min, max);
    }

    /** True when the dimension is a numeric range, that is, when it has no explicit values. */
    public boolean isRange() {
        return values.isEmpty();
    }
}
