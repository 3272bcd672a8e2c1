package org.golivesim.observe;

/**
 * The running tally of one simulated day, written by the model's components as things happen and read by
 * {@link DailyRecorder} at the day's end (the last schedule ordering), which then clears it. Fields are public counters
 * on purpose: each is a plain sum with one writer per mechanism, and a getter/setter pair per counter would hide
 * nothing.
 */
public final class DayLedger {
    // Downtime (hours)
    public double unplannedDownHours;
    public double plannedDownHours;
    public double partialHours;
    public double ransomwareDownHours;
    public double changeIncidents;
    public double defectIncidents;
    // Work and errors
    public double tasksDemanded;
    public double tasksCompleted;
    public double workaroundTasks;
    /** Tasks done in the HIS as designed: neither on paper nor under a workaround. */
    public double systemTasks;

    public double workaroundErrors;
    public double errors;
    public double expectedErrors;
    public double expectedSystemInducedErrors;
    public double harmEvents;
    public double minutesLost;
    public double clinicianShifts;
    public double physicianMinutesLost;
    public double physicianShifts;
    // Issues and support
    public double issues;
    public double superUserAssists;
    public double workaroundsStarted;
    public double ticketsOpened;
    public double ticketsResolved;
    public double closedUnresolved;
    public double firstContactHandled;
    public double firstContactResolved;
    public double waitHoursSum;
    public double waitCount;
    public double resolutionHoursSum;
    public double resolutionCount;
    public double slaMet;
    public double slaCount;
    public double staffBusyHours;
    public double staffOnDutyHours;
    public double vendorChangeRequests;
    // Security
    public double phishingEmails;
    public double phishingClicks;
    public double compromises;
    public double breaches;
    public double hackingBreaches;
    public double vendorBreaches;
    public double ransomwareEvents;
    public double ransomwareOutages;
    public double recordsExposed;
    public double unplannedOutages;
    public double intrusionsStopped;
    public double reportableBreaches;
    public double lateNotifications;
    public double inappropriateAccess;
    public double complianceIncidents;
    /** Expected breaches of the causes that arose today, given the run's state (conditional Monte Carlo). */
    public double expectedBreaches;
    /** Expected compliance incidents of the causes that arose today, given the run's state. */
    public double expectedComplianceIncidents;

    public double patchesApplied;
    public double patchLatencyDaysSum;
    // Costs (USD)
    public double costTraining;
    public double costSupportStaff;
    public double costVendor;
    public double costInHouseIt;
    public double costDedicatedTeam;
    public double costDowntime;
    public double costHarm;
    public double costBreach;
    /** Service credits vendors paid back (already deducted from the cost columns their fees are booked in). */
    public double serviceCredits;

    public double costPenalties;

    /** Clears every counter for the next day. */
    public void clear() {
        for (java.lang.reflect.Field f : DayLedger.class.getFields()) {
            try {
                f.setDouble(this, 0.0);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
