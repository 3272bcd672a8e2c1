package org.golivesim.observe;

import java.util.ArrayList;
import java.util.List;

/** Events of a whole run that per-run summaries need individually (outage and restore lengths, campaign click rates, dwell). */
public final class RunLog {
    final List<double[]> unplannedOutages = new ArrayList<>();
    final List<double[]> simulatedCampaigns = new ArrayList<>();
    final List<Double> breachDwellDays = new ArrayList<>();
    final List<double[]> partialIncidents = new ArrayList<>();
    final List<double[]> restores = new ArrayList<>();

    /**
     * An incident (full outage or partial incident, ransomware excluded) was restored.
     *
     * @param startHour schedule hour it began
     * @param hours from its start to its restore
     */
    public void restored(double startHour, double hours) {
        restores.add(new double[] {startHour, hours});
    }

    /**
     * A partial-function incident was restored.
     *
     * @param startHour schedule hour it began
     * @param hours its length
     */
    public void partialIncident(double startHour, double hours) {
        partialIncidents.add(new double[] {startHour, hours});
    }

    /**
     * An unplanned full outage's length became known (at its restore; ransomware at its start).
     *
     * @param startHour schedule hour it began
     * @param hours its length
     */
    public void fullOutage(double startHour, double hours) {
        unplannedOutages.add(new double[] {startHour, hours});
    }

    /**
     * A simulated-phishing campaign went out.
     *
     * @param hour schedule hour
     * @param clickRate share of recipients who clicked
     */
    public void simulatedCampaign(double hour, double clickRate) {
        simulatedCampaigns.add(new double[] {hour, clickRate});
    }

    /** A breach was identified and contained after this many days. */
    public void breachDwell(double days) {
        breachDwellDays.add(days);
    }
}
