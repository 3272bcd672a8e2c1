package org.golivesim.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares one scenario parameter on a record component: its unit, default, allowed range, meaning and source. The
 * scenario schema, the YAML loader, {@code golive params} and {@code docs/PARAMETERS.md} all read this one
 * declaration, so a parameter's documentation cannot drift from the code.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Param {
    /** Unit in words, e.g. {@code "hours"}, {@code "USD per year"}, {@code "probability"}. */
    String unit();

    /** Default value as it would be written in YAML; the empty string means "not set" (optional parameters). */
    String def();

    /** Smallest allowed value (numbers only). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest allowed value (numbers only). */
    double max() default Double.POSITIVE_INFINITY;

    /** One-line meaning in domain words. */
    String doc();

    /** Where the default comes from: a citation key from the research notes, or {@code "assumption"}. */
    String source() default "assumption";

    /**
     * Whether this is a decision lever: something leadership chooses (training hours, staffing, sourcing, vendor tier,
     * the team, budgets) rather than a fact about the hospital or the world. Levers are what {@code golive serve}'s
     * what-if page offers as controls and what {@code docs/PARAMETERS.md} marks as decisions; a new lever needs only
     * this flag to appear there.
     */
    boolean lever() default false;
}
