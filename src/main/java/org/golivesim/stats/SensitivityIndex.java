package org.golivesim.stats;

import java.util.Objects;

/**
 * One sensitivity index of one factor for one output (the batch writes them as the rows of {@code sensitivity.csv},
 * one column per component, in order). Values are in the unit the method gives them: Sobol indices are fractions of the output
 * variance (dimensionless); Morris statistics are in output units per unit of the factor's scaled range (that is,
 * output change per full [min, max] of the factor).
 *
 * @param factor the factor's name
 * @param output the output (metric) name
 * @param method the method, e.g. {@link Sobol#METHOD} or {@link Morris#METHOD}
 * @param index the index name, e.g. {@link Sobol#FIRST_ORDER} or {@link Morris#MU_STAR}
 * @param value the estimate
 * @param ciLow lower end of its 95% interval; NaN when none was computed
 * @param ciHigh upper end of its 95% interval; NaN when none was computed
 */
public record SensitivityIndex(
        String factor, String output, String method, String index, double value, double ciLow, double ciHigh) {

    /** @throws NullPointerException if a name is null */
    public SensitivityIndex {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(index, "index");
    }
}
