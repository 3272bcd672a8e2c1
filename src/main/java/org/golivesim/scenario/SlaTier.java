package org.golivesim.scenario;

/**
 * A vendor service-level agreement tier. Each tier fixes response targets by ticket priority and how reliably the
 * vendor meets them; a higher tier costs more (see {@link Scenario.Costs#vendorSlaCostMultiplierGold()}).
 */
public enum SlaTier {
    /** Response targets 2 h / 8 h / 24 h / 72 h for urgent / high / normal / low tickets. */
    BRONZE(new double[] {2, 8, 24, 72}),
    /** Response targets 1 h / 4 h / 12 h / 48 h. */
    SILVER(new double[] {1, 4, 12, 48}),
    /** Response targets 0.5 h / 2 h / 8 h / 24 h. */
    GOLD(new double[] {0.5, 2, 8, 24});

    private final double[] responseTargetHours;

    SlaTier(double[] responseTargetHours) {
        this.responseTargetHours = responseTargetHours;
    }

    /**
     * Contracted time to first response.
     *
     * @param priorityRank 0 (urgent) to 3 (low)
     * @return hours
     */
    public double responseTargetHours(int priorityRank) {
        return responseTargetHours[priorityRank];
    }
}
