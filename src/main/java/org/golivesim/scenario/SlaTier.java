package org.golivesim.scenario;

/**
 * A vendor service-level agreement tier. What a tier buys is on the parameter sheet ({@link Scenario.Vendor}):
 * response targets by priority, how reliably the vendor meets them, how fast it works a ticket and how many desk
 * analysts it puts on duty per contracted FTE; what it costs is {@link Scenario.Costs}.
 */
public enum SlaTier {
    /** The cheapest tier: longest targets, shared agents, lowest priority in the vendor's queue. */
    BRONZE,
    /** The middle tier (the reference of the tier multipliers). */
    SILVER,
    /** The dearest tier: shortest targets, surge staffing, named engineers. */
    GOLD
}
