package org.golivesim.model.process;

import org.golivesim.model.domain.Calendar;
import org.golivesim.model.domain.SupportBilling;
import org.golivesim.observe.DayLedger;
import org.golivesim.observe.Tally;
import org.golivesim.scenario.BudgetResolver;
import org.golivesim.scenario.Scenario;

/**
 * Turns each day after go-live into money (parameters in {@link Scenario.Costs}): pre-go-live training on day 0,
 * support staff (desk and tier 2; super-users are booked by the workforce), vendor contracts for outsourced
 * functions (priced by SLA tier), in-house IT for functions kept in-house, the dedicated team, and harm events; at
 * each month's end, the service credits vendors owe for missed SLA attainment, credited on the column their fee is
 * booked in (the vendor desk's on support staff, the decision-support and record vendors' on vendor contracts).
 * Downtime and breaches are booked where they happen ({@link Infrastructure}, {@link Threats}).
 */
public final class CostAccounting {
    private final Scenario s;
    private final SupportBilling desk;
    private final DayLedger ledger;
    private final double slaMultiplier;
    private boolean trainingBooked;

    /**
     * @param s scenario
     * @param desk the support organisation (its staff bill and its vendors' service credits)
     * @param ledger the day's tally
     */
    public CostAccounting(Scenario s, SupportBilling desk, DayLedger ledger) {
        this.s = s;
        this.desk = desk;
        this.ledger = ledger;
        this.slaMultiplier = BudgetResolver.slaCostMultiplier(s);
    }

    /** Yearly vendor contracts of the outsourced functions (hosting, application development, clinical functions). */
    public double vendorContractsPerYear() {
        Scenario.Costs c = s.costs();
        Scenario.FunctionSourcing f = s.sourcing();
        double v = 0;
        v += f.hosting().outsourced() ? c.hostingVendorUsdPerYear() : 0;
        v += f.applicationDevelopment().outsourced() ? c.applicationDevelopmentVendorUsdPerYear() : 0;
        v += clinicalFunctions(true) * c.clinicalFunctionVendorUsdPerYear();
        return v * slaMultiplier;
    }

    /** Yearly cost of the functions kept in-house, IT operations staff and immutable backups. */
    public double inHouseItPerYear() {
        Scenario.Costs c = s.costs();
        Scenario.FunctionSourcing f = s.sourcing();
        double v = 0;
        v += f.hosting().outsourced() ? 0 : c.hostingInHouseUsdPerYear();
        v += f.applicationDevelopment().outsourced() ? 0 : c.applicationDevelopmentInHouseUsdPerYear();
        v += clinicalFunctions(false) * c.clinicalFunctionInHouseUsdPerYear();
        v += s.support().itOperationsAnalysts() * c.itOperationsAnalystUsdPerYear();
        v += s.security().immutableBackups() ? c.immutableBackupsUsdPerYear() : 0;
        return v;
    }

    private int clinicalFunctions(boolean outsourced) {
        Scenario.FunctionSourcing f = s.sourcing();
        int n = 0;
        for (var fn :
                new org.golivesim.scenario.Sourcing[] {f.patientRecords(), f.clinicalDecisionSupport(), f.compliance()
                }) {
            if (fn.outsourced() == outsourced) {
                n++;
            }
        }
        return n;
    }

    /** Books a training refresher for every clinician. */
    public void refresherForAll(double hours) {
        Scenario.Hospital h = s.hospital();
        Scenario.Costs c = s.costs();
        ledger.add(
                Tally.COST_TRAINING,
                hours
                        * (h.physicians() * (c.physicianHourUsd() + c.trainerUsdPerTraineeHour())
                                + h.nurses() * (c.nurseHourUsd() + c.trainerUsdPerTraineeHour())
                                + h.allied() * (c.alliedHourUsd() + c.trainerUsdPerTraineeHour())));
    }

    /** Go-live: the vendor contracts' attainment counts from here (responses before go-live owe nothing). */
    public void startContracts() {
        desk.closeDeskContractMonth();
        desk.closeFunctionContractsMonth();
    }

    /** The end of a month after go-live: service credits the vendors owe for it. */
    public void endOfMonth() {
        double deskCredit = desk.closeDeskContractMonth();
        double functionCredit = desk.closeFunctionContractsMonth();
        ledger.add(Tally.COST_SUPPORT_STAFF, -deskCredit);
        ledger.add(Tally.COST_VENDOR, -functionCredit);
        ledger.add(Tally.SERVICE_CREDITS, deskCredit + functionCredit);
    }

    /** The end-of-day booking (days after go-live only). */
    public void endOfDay() {
        if (!trainingBooked) {
            ledger.add(Tally.COST_TRAINING, BudgetResolver.trainingCost(s));
            trainingBooked = true;
        }
        ledger.add(Tally.COST_SUPPORT_STAFF, desk.dailyStaffCost(slaMultiplier));
        ledger.add(Tally.COST_VENDOR, vendorContractsPerYear() / Calendar.DAYS_PER_YEAR);
        ledger.add(Tally.COST_IN_HOUSE_IT, inHouseItPerYear() / Calendar.DAYS_PER_YEAR);
        if (s.dedicatedTeam().enabled()) {
            ledger.add(
                    Tally.COST_DEDICATED_TEAM,
                    s.dedicatedTeam().members(s.hospital().clinicians())
                            * s.costs().dedicatedTeamMemberUsdPerYear()
                            / Calendar.DAYS_PER_YEAR);
        }
        ledger.add(Tally.COST_HARM, ledger.get(Tally.HARM_EVENTS) * s.costs().harmEventUsd());
    }
}
