package org.golivesim.model.domain;

/**
 * Named schedule orderings: within one schedule time, lower orderings act first. Metrics are recorded last, after
 * every agent and process has acted.
 */
public final class Orderings {
    /** Infrastructure state, maintenance windows, releases, threat arrivals. */
    public static final int ENVIRONMENT = 0;
    /** Clinicians starting and ending shifts. */
    public static final int CLINICIANS = 1;
    /** Ticket arrivals and completions at the help desk, tier 2 and vendors. */
    public static final int SUPPORT = 2;
    /** Weekly staffing, burnout and the dedicated team's work. */
    public static final int MANAGEMENT = 3;
    /** Daily cost accounting. */
    public static final int ACCOUNTING = 4;
    /** Metric recording: always last. */
    public static final int OBSERVATION = 9;

    private Orderings() {}
}
