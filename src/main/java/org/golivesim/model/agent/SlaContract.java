package org.golivesim.model.agent;

/**
 * One vendor contract's service-level attainment and the service credit it owes. Every response the vendor gives
 * under the contract counts against its target; at the end of each month, if fewer than the contract's attainment
 * target were on time, the vendor credits a share of that month's fee back (hosted-EHR and SaaS SLAs credit 5-30% of
 * the fee, domain-facts 4.3). Parameters: {@code vendor.slaAttainmentTarget}, {@code vendor.serviceCreditShare}.
 */
public final class SlaContract {
    private final String function;
    private final double monthlyFeeUsd;
    private final double attainmentTarget;
    private final double creditShare;
    private double responses;
    private double met;

    /**
     * @param function the IT function the contract covers, for reports
     * @param monthlyFeeUsd the contract's fee per month
     * @param attainmentTarget share of responses required within target per month
     * @param creditShare share of the month's fee credited when the target is missed
     */
    public SlaContract(String function, double monthlyFeeUsd, double attainmentTarget, double creditShare) {
        this.function = function;
        this.monthlyFeeUsd = monthlyFeeUsd;
        this.attainmentTarget = attainmentTarget;
        this.creditShare = creditShare;
    }

    /** A response under this contract took {@code hoursTaken} against a target of {@code targetHours}. */
    public void record(double hoursTaken, double targetHours) {
        responses++;
        if (hoursTaken <= targetHours) {
            met++;
        }
    }

    /** Share of this month's responses on time so far (NaN before the first). */
    public double attainment() {
        return responses == 0 ? Double.NaN : met / responses;
    }

    /**
     * Ends the month: the credit owed for it, and a fresh count for the next. A month without responses owes nothing.
     *
     * @return USD credited back on the contract's fee
     */
    public double closeMonth() {
        double credit = responses > 0 && met / responses < attainmentTarget ? creditShare * monthlyFeeUsd : 0.0;
        responses = 0;
        met = 0;
        return credit;
    }

    public String function() {
        return function;
    }

    public double monthlyFeeUsd() {
        return monthlyFeeUsd;
    }
}
