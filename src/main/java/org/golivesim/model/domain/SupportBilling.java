package org.golivesim.model.domain;

/**
 * The support organisation as the finance office sees it: the daily bill for its staff and, at each month's end, the
 * service credits its vendors owe for missed SLA attainment. Cost accounting reads the support desk only through this.
 */
public interface SupportBilling {
    /** Daily cost of support staff (desk and tier 2), USD; vendor staff priced at the SLA tier's multiplier. */
    double dailyStaffCost(double slaMultiplier);

    /** Ends the month of the vendor desk's contract: the service credit it owes, USD (0 for an in-house desk). */
    double closeDeskContractMonth();

    /** Ends the month of the decision-support and record vendors' contracts: the credits they owe, USD. */
    double closeFunctionContractsMonth();
}
