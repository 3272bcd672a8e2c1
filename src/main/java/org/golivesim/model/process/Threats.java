package org.golivesim.model.process;

import org.golivesim.model.Orderings;
import org.golivesim.model.agent.Clinician;
import org.golivesim.model.domain.BreachVector;
import org.golivesim.observe.DayLedger;
import org.golivesim.observe.RunLog;
import org.golivesim.random.Stream;
import org.golivesim.scenario.Scenario;
import sim.engine.Schedule;

/**
 * The threat environment and what it does to the hospital. Rules (parameters in {@link Scenario.Security}):
 *
 * <ul>
 *   <li><b>Simulated phishing</b> ({@code training.phishingSimulationsPerYear}) reaches every clinician; click odds
 *       fall by 0.511 after 5 campaigns and 0.335 after 10 (Gordon et al. 2019, JAMA Netw Open); optional remedial
 *       training for repeat clickers multiplies odds by {@code remedialClickOddsMultiplier} (1.0: no effect, Gordon et
 *       al. 2019, JAMIA).
 *   <li><b>Real phishing campaigns</b> (Poisson) reach a share of clinicians; a click yields credentials with
 *       {@code credentialCaptureProbability}; the compromise stays undetected for an exponential dwell time with
 *       mean {@code meanDwellDays} (IBM: ~280 days), shortened by dedicated monitoring and in-house compliance; an
 *       undetected compromise becomes a breach with {@code compromiseBreachProbability}.
 *   <li><b>Exploited vulnerabilities</b> ({@link Vulnerabilities}) are intrusions that breach records.
 *   <li>A share of intrusions are <b>ransomware</b>, taking the HIS down for lognormal days.
 *   <li><b>Third-party breaches</b>: each vendor holding patient data (hosting, records, technical support) breaches
 *       at its own yearly rate; <b>insider / disclosure breaches</b> arrive at a yearly rate (non-hacking).
 *   <li>Each breach exposes a lognormal number of records and costs a fixed amount plus a cost per record, raised
 *       when compliance is outsourced.
 * </ul>
 */
public final class Threats {
    private final Scenario s;
    private final Schedule schedule;
    private final DayLedger ledger;
    private final RunLog log;
    private final Clinician[] clinicians;
    private final Infrastructure infrastructure;
    private final Stream phishing;
    private final Stream intrusions;
    private final Stream breaches;
    private final double detectionMultiplier;
    private final double complianceMultiplier;
    private final org.golivesim.model.Calendar calendar;
    private final int vendorsWithData;
    private int openCompromises;

    /**
     * @param s scenario
     * @param schedule the model's schedule
     * @param ledger the day's tally
     * @param log run log (campaign click rates, breach dwell)
     * @param clinicians everyone who receives e-mail
     * @param infrastructure the HIS (ransomware takes it down)
     * @param phishing stream for campaigns and clicks ("phishing")
     * @param intrusions stream for compromises, detection and ransomware ("intrusions")
     * @param breaches stream for breach arrivals and sizes ("breaches")
     */
    public Threats(
            Scenario s,
            Schedule schedule,
            DayLedger ledger,
            RunLog log,
            Clinician[] clinicians,
            Infrastructure infrastructure,
            Stream phishing,
            Stream intrusions,
            Stream breaches) {
        this.s = s;
        this.schedule = schedule;
        this.ledger = ledger;
        this.log = log;
        this.clinicians = clinicians;
        this.infrastructure = infrastructure;
        this.calendar = infrastructure.calendar();
        this.phishing = phishing;
        this.intrusions = intrusions;
        this.breaches = breaches;
        double monitoring = 1
                + (s.dedicatedTeam().detectionHazardMultiplier() - 1)
                        * s.dedicatedTeam().effect();
        double compliance =
                s.sourcing().compliance().outsourced() ? 1.0 : s.security().inHouseComplianceDetectionMultiplier();
        this.detectionMultiplier = monitoring * compliance;
        this.complianceMultiplier = compliance;
        Scenario.FunctionSourcing f = s.sourcing();
        this.vendorsWithData = (f.hosting().outsourced() ? 1 : 0)
                + (f.patientRecords().outsourced() ? 1 : 0)
                + (f.technicalSupport().outsourced() ? 1 : 0);
    }

    /**
     * The random outcome of an intrusion, drawn when its cause arises (a disclosure, a compromise) rather than when
     * it strikes, so two strategies that share the cause share the outcome (common random numbers).
     *
     * @param ransomware uniform deciding whether it becomes ransomware
     * @param downtime standard normal setting the ransomware downtime
     * @param dwell uniform setting the days to identify and contain it
     * @param records standard normal setting the records exposed
     */
    public record Intrusion(double ransomware, double downtime, double dwell, double records) {
        /** Draws an outcome from a stream (always four numbers). */
        public static Intrusion draw(Stream s) {
            return new Intrusion(s.uniform(), s.gaussian(), s.uniform(), s.gaussian());
        }

        double dwellDays(double meanDays) {
            return -meanDays * Math.log(1 - dwell);
        }
    }

    /** Mean days from compromise to detection under this scenario's monitoring and compliance. */
    public double meanDwellDays() {
        return s.security().meanDwellDays() / detectionMultiplier;
    }

    /** Mean dwell days for a compromise arising at this hour: the team monitors from go-live on. */
    private double meanDwellDays(double now) {
        return calendar.live(now) ? meanDwellDays() : s.security().meanDwellDays() / complianceMultiplier;
    }

    /** A simulated-phishing campaign to every clinician now. */
    public void simulatedCampaign(double now) {
        int clicks = 0;
        boolean remedial = s.training().remedialTrainingForRepeatClickers();
        for (Clinician c : clinicians) {
            boolean click = phishing.bernoulli(c.clickProbability(s.security(), s.training()));
            c.simulatedPhish(click, remedial);
            if (click) {
                clicks++;
            }
        }
        ledger.phishingEmails += clinicians.length;
        ledger.phishingClicks += clicks;
        log.simulatedCampaign(now, (double) clicks / clinicians.length);
    }

    /** A real phishing campaign now. */
    public void realCampaign(double now) {
        int targets = phishing.binomial(clinicians.length, s.security().phishingTargetShare());
        // distinct targets, chosen by Floyd's algorithm (k draws for k targets)
        java.util.Set<Integer> chosen = new java.util.LinkedHashSet<>();
        for (int j = clinicians.length - targets; j < clinicians.length; j++) {
            int t = phishing.nextInt(j + 1);
            chosen.add(chosen.contains(t) ? j : t);
        }
        for (int index : chosen) {
            Clinician c = clinicians[index];
            // every target draws the same numbers whatever happens, keeping strategies aligned
            boolean click = phishing.bernoulli(c.clickProbability(s.security(), s.training()));
            boolean captured = phishing.bernoulli(s.security().credentialCaptureProbability());
            Intrusion outcome = Intrusion.draw(intrusions);
            double breachDraw = intrusions.uniform();
            double breachTiming = intrusions.uniform();
            if (click && captured && !c.compromised()) {
                compromise(c, now, outcome, breachDraw, breachTiming);
            }
        }
    }

    private void compromise(Clinician c, double now, Intrusion outcome, double breachDraw, double breachTiming) {
        c.setCompromised(true);
        openCompromises++;
        ledger.compromises++;
        double dwellDays = outcome.dwellDays(meanDwellDays(now));
        if (breachDraw < s.security().compromiseBreachProbability()) {
            double at = now + breachTiming * dwellDays * 24.0;
            schedule.scheduleOnce(
                    at,
                    Orderings.ENVIRONMENT,
                    st -> intrusion(st.schedule.getTime(), BreachVector.PHISHED_CREDENTIALS, outcome));
        }
        schedule.scheduleOnce(now + dwellDays * 24.0, Orderings.ENVIRONMENT, st -> {
            c.setCompromised(false);
            openCompromises--;
        });
    }

    /** A vulnerability was exploited now; its outcome was drawn at disclosure. */
    public void exploit(double now, Intrusion outcome) {
        intrusion(now, BreachVector.EXPLOITED_VULNERABILITY, outcome);
    }

    private void intrusion(double now, BreachVector vector, Intrusion outcome) {
        Scenario.Security sec = s.security();
        if (outcome.ransomware() < sec.ransomwareShare()) {
            ledger.ransomwareEvents++;
            double days =
                    sec.ransomwareDowntimeMedianDays() * Math.exp(sec.ransomwareDowntimeLogSd() * outcome.downtime());
            infrastructure.ransomware(now, days * 24.0);
        }
        double records = sec.recordsExposedMedian() * Math.exp(sec.recordsExposedLogSd() * outcome.records());
        breach(vector, false, outcome.dwellDays(meanDwellDays(now)), records);
    }

    /** The daily step: third-party and insider breach arrivals. */
    public void day(double now) {
        int vendor = breaches.poisson(vendorsWithData * s.security().vendorBreachesPerYear() / 365.0);
        for (int i = 0; i < vendor; i++) {
            breach(
                    BreachVector.THIRD_PARTY,
                    true,
                    breaches.exponential(s.security().meanDwellDays()),
                    recordsDrawn());
        }
        int insider = breaches.poisson(s.security().insiderBreachesPerYear() / 365.0);
        for (int i = 0; i < insider; i++) {
            breach(BreachVector.INSIDER_OR_DISCLOSURE, false, breaches.exponential(meanDwellDays(now)), recordsDrawn());
        }
    }

    private double recordsDrawn() {
        return breaches.lognormalMedian(
                s.security().recordsExposedMedian(), s.security().recordsExposedLogSd());
    }

    private void breach(BreachVector vector, boolean vendorOrigin, double dwellDays, double recordsExposed) {
        double records = Math.max(1, Math.round(recordsExposed));
        ledger.breaches++;
        if (vector.hacking()) {
            ledger.hackingBreaches++;
        }
        if (vendorOrigin) {
            ledger.vendorBreaches++;
        }
        ledger.recordsExposed += records;
        double cost = s.costs().breachFixedUsd() + s.costs().breachPerRecordUsd() * records;
        if (s.sourcing().compliance().outsourced()) {
            cost *= s.costs().outsourcedCompliancePenaltyMultiplier();
        }
        ledger.costBreach += cost;
        log.breachDwell(dwellDays);
    }

    /** Compromised accounts not yet detected. */
    public int openCompromises() {
        return openCompromises;
    }
}
