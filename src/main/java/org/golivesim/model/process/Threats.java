package org.golivesim.model.process;

import org.apache.commons.math3.analysis.integration.SimpsonIntegrator;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.golivesim.model.domain.BreachVector;
import org.golivesim.model.domain.Calendar;
import org.golivesim.model.domain.Orderings;
import org.golivesim.model.domain.PhishingTarget;
import org.golivesim.observe.DayLedger;
import org.golivesim.observe.RunLog;
import org.golivesim.observe.Tally;
import org.golivesim.random.Stream;
import org.golivesim.scenario.Scenario;
import sim.engine.Schedule;

/**
 * The threat environment and what it does to the hospital. Rules (parameters in {@link Scenario.Security}):
 *
 * <ul>
 *   <li><b>Simulated phishing</b> ({@code training.phishingSimulationsPerYear}) reaches every clinician; click odds
 *       fall campaign by campaign through Gordon et al. 2019's odds ratios ({@code Clinician.simulatedPhishingLogOdds});
 *       go-live security content and remedial training multiply the odds by their (sourced, near-null) effects.
 *   <li><b>Real phishing campaigns</b> (Poisson) reach a share of clinicians; a click yields credentials with
 *       {@code credentialCaptureProbability}; the compromise stays undetected for an exponential time with mean
 *       {@code meanDwellDays} (IBM: ~280 days, a fully monitored hospital), lengthened when IT operations are too few
 *       to monitor ({@link #itOperationsDetectionMultiplier}), shortened by the team and in-house compliance. Detection
 *       remediates the account, which is not compromised again (no account counted twice).
 *   <li><b>Exfiltration races detection</b>: an attacker who sets out to steal records ({@code
 *       compromiseBreachProbability} for an account; every exploited vulnerability) exfiltrates after a lognormal time
 *       since compromise (Unit 42: median 2 days); the intrusion is a breach only if that time comes before detection,
 *       otherwise it is stopped. Both times are drawn when the cause arises, so faster detection can only stop more
 *       intrusions, never add breaches.
 *   <li>A share of intrusions are <b>ransomware</b>. Containment takes the HIS down in a share of attacks (Neprash et
 *       al. 2022: 41.7%); then paper downtime procedures run for lognormal days with median
 *       {@code ransomwareDowntimeMedianDays}, times {@code ransomwareBackupLossDowntimeMultiplier} when the attackers
 *       also destroyed the backups (Sophos 2024: 63% of attacks; far fewer with {@code immutableBackups}), times
 *       IT operations' staffing multiplier ({@link ItOperations#ransomwareRestoreMultiplier()}).
 *   <li><b>Third-party breaches</b>: each vendor that holds patient data or has network access (hosting, patient
 *       records, technical support, application development) breaches at {@code vendorBreachesPerYear}; <b>insider /
 *       disclosure breaches</b> arrive at a yearly rate (non-hacking); <b>inappropriate access</b> by insiders found by
 *       audits is a compliance incident below the reporting threshold.
 *   <li><b>Breach size</b>: lognormal records (OCR spread, McCoy &amp; Perlis 2018), never more than the compromised
 *       scope holds: an account or an access-only vendor reaches {@code compromisedAccountScopeShare} of {@code
 *       hospital.patientRecords}; an exploited server, the hosting vendor or the records vendor reaches all of them.
 *   <li><b>Cost and compliance</b>: each breach costs a fixed amount plus a cost per record, times 0.74 when
 *       identified and contained within 200 days (IBM 2020) and times the outsourced-compliance multiplier. A breach of
 *       500 or more records is reportable to HHS (a compliance incident); it is notified late with a share that
 *       depends on who runs compliance, which is another compliance incident and a penalty.
 *   <li><b>Expected breaches</b> (conditional Monte Carlo): every cause also books its probability to become an
 *       observed breach given the state when it arises (vendor and insider rates; click x capture x exfiltration
 *       attempt x {@link #raceProbability} for each phishing target not yet compromised; each open vulnerability's
 *       chance to be exploited that day x the race), and its expected compliance incidents. Same expectation as the
 *       realised counts, far less variance.
 * </ul>
 */
public final class Threats {
    private final Scenario s;
    private final Schedule schedule;
    private final DayLedger ledger;
    private final RunLog log;
    private final PhishingTarget[] clinicians;
    private final Infrastructure infrastructure;
    private final Stream phishing;
    private final Stream intrusions;
    private final Stream breaches;
    private final double detectionMultiplier;
    private final double complianceMultiplier;
    private final Calendar calendar;
    private final boolean[] vendorHolds;
    private final double[] vendorScopeRecords;
    private int openCompromises;
    private double observedUntil = Double.POSITIVE_INFINITY;
    private double pendingExpectedBreaches;
    private double pendingExpectedCompliance;

    /** The standard normal (only its CDF and inverse are used; no random numbers are drawn from it). */
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    /** {@code Math.round} makes a draw of 499.5 records or more a breach of 500 or more. */
    private static final double ROUNDING = 0.5;

    /** Records in a breach from which HIPAA requires notice to HHS and the media (45 CFR 164.406-408). */
    public static final int REPORTABLE_RECORDS = 500;

    /** Days after discovery within which a breach must be notified (HIPAA Breach Notification Rule). */
    public static final int NOTIFICATION_DEADLINE_DAYS = 60;

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
            PhishingTarget[] clinicians,
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
                        * s.dedicatedTeam().monitoringEffect(s.hospital().clinicians());
        double compliance =
                s.sourcing().compliance().outsourced() ? 1.0 : s.security().inHouseComplianceDetectionMultiplier();
        double operations = itOperationsDetectionMultiplier(
                s.security().itOperationsDetectionHazardMultiplier(),
                infrastructure.operations().coverage());
        this.detectionMultiplier = monitoring * compliance * operations;
        this.complianceMultiplier = compliance * operations;
        Scenario.FunctionSourcing f = s.sourcing();
        double all = s.hospital().patientRecords();
        double account = accountScopeRecords();
        // hosting and patient records hold every record; technical support and application development have access
        this.vendorHolds = new boolean[] {
            f.hosting().outsourced(),
            f.patientRecords().outsourced(),
            f.technicalSupport().outsourced(),
            f.applicationDevelopment().outsourced()
        };
        this.vendorScopeRecords = new double[] {all, all, account, account};
    }

    /**
     * Detection-hazard multiplier of in-house IT operations' security monitoring, relative to a fully covered
     * hospital (where the IBM dwell time applies): {@code (1 + (m - 1) c) / m} for monitoring coverage {@code c} (IT
     * operations adequacy, at most 1) and the hazard ratio {@code m} of full coverage over none.
     */
    public static double itOperationsDetectionMultiplier(double fullOverNone, double coverage) {
        return (1 + (fullOverNone - 1) * coverage) / fullOverNone;
    }

    /** Vendors that hold patient data or have network access under this scenario's sourcing. */
    public int vendorsWithData() {
        int n = 0;
        for (boolean h : vendorHolds) {
            n += h ? 1 : 0;
        }
        return n;
    }

    /** Records one compromised account (or an access-only vendor) can reach. */
    public double accountScopeRecords() {
        return Math.max(1, s.hospital().patientRecords() * s.security().compromisedAccountScopeShare());
    }

    /**
     * The random outcome of an intrusion, drawn when its cause arises (a disclosure, a compromise) rather than when
     * it strikes, so two arms that share the cause share the outcome (common random numbers).
     *
     * @param ransomware uniform deciding whether it becomes ransomware
     * @param downtime standard normal setting the ransomware downtime
     * @param dwell uniform setting the days to identify and contain it
     * @param records standard normal setting the records exposed
     * @param exfiltration standard normal setting the days from compromise to exfiltration
     * @param notice uniform deciding whether a reportable breach is notified late
     * @param hisDown uniform deciding whether ransomware containment takes the HIS down
     * @param backups uniform deciding whether ransomware also destroys the backups
     */
    public record Intrusion(
            double ransomware,
            double downtime,
            double dwell,
            double records,
            double exfiltration,
            double notice,
            double hisDown,
            double backups) {
        /** Draws an outcome from a stream (always eight numbers). */
        public static Intrusion draw(Stream s) {
            return new Intrusion(
                    s.uniform(),
                    s.gaussian(),
                    s.uniform(),
                    s.gaussian(),
                    s.gaussian(),
                    s.uniform(),
                    s.uniform(),
                    s.uniform());
        }

        /** Days to identify and contain: exponential with the given mean (inverse transform of {@code dwell}). */
        public double dwellDays(double meanDays) {
            return -meanDays * Math.log(1 - dwell);
        }

        /** Days from compromise to exfiltration: lognormal with the scenario's median and spread. */
        public double exfiltrationDays(Scenario.Security p) {
            return p.exfiltrationMedianDays() * Math.exp(p.exfiltrationLogSd() * exfiltration);
        }
    }

    /**
     * The hour after which breaches are no longer observed (the run's end): expected breaches count only what would
     * land before it. Unbounded unless set.
     */
    public void observeUntil(double endHour) {
        this.observedUntil = endHour;
    }

    /**
     * Probability that an attacker who sets out to exfiltrate at {@code now} succeeds before detection and that the
     * breach lands in the observed window (after go-live, up to {@link #observeUntil}): {@code P(a < L <= b, L < D)}
     * for the lognormal time to exfiltration {@code L} and the exponential dwell {@code D} of this hour.
     */
    public double breachBeforeDetectionProbability(double now) {
        Scenario.Security p = s.security();
        double from = Math.max(0, (calendar.goLiveHour() - now) / Calendar.DAY);
        double to = (observedUntil - now) / Calendar.DAY;
        return raceProbability(p.exfiltrationMedianDays(), p.exfiltrationLogSd(), meanDwellDays(now), from, to);
    }

    /**
     * {@code P(from < L <= to, L < D)} for {@code L} lognormal (median, log-sd) and {@code D} exponential with mean
     * {@code meanDwellDays}, independent: the integral of {@code exp(-L/meanDwell)} over the lognormal's quantiles
     * between {@code from} and {@code to} (adaptive Simpson on the unit interval, so the integrand stays in [0, 1]).
     */
    public static double raceProbability(
            double medianDays, double logSd, double meanDwellDays, double fromDays, double toDays) {
        double lo = fromDays <= 0 ? 0 : lognormalCdf(fromDays, medianDays, logSd);
        double hi = Double.isInfinite(toDays) ? 1 : lognormalCdf(toDays, medianDays, logSd);
        if (hi <= lo) {
            return 0;
        }
        if (logSd == 0) {
            return Math.exp(-medianDays / meanDwellDays);
        }
        return new SimpsonIntegrator()
                .integrate(
                        Integer.MAX_VALUE,
                        u -> Math.exp(-medianDays
                                * Math.exp(logSd * STANDARD_NORMAL.inverseCumulativeProbability(u))
                                / meanDwellDays),
                        lo,
                        hi);
    }

    private static double lognormalCdf(double x, double median, double logSd) {
        if (logSd == 0) {
            return x >= median ? 1 : 0;
        }
        return STANDARD_NORMAL.cumulativeProbability(Math.log(x / median) / logSd);
    }

    /** Probability that a breach of the given scope is HIPAA-reportable (500 or more records after the cap). */
    public double reportableProbability(double scopeRecords) {
        if (Math.floor(scopeRecords) < REPORTABLE_RECORDS) {
            return 0;
        }
        Scenario.Security sec = s.security();
        return 1 - lognormalCdf(REPORTABLE_RECORDS - ROUNDING, sec.recordsExposedMedian(), sec.recordsExposedLogSd());
    }

    /**
     * Books the expected breaches and compliance incidents of a cause arising now with breach probability {@code p}
     * and the given scope. A cause before go-live is carried to the first day after it (the run's metrics sum only
     * post-go-live days, and its breach, if any, would land after go-live).
     */
    private void expect(double now, double p, double scopeRecords) {
        double reportable = p * reportableProbability(scopeRecords);
        double compliance = reportable * (1 + lateNotificationShare());
        if (calendar.live(now)) {
            ledger.add(Tally.EXPECTED_BREACHES, p);
            ledger.add(Tally.EXPECTED_COMPLIANCE_INCIDENTS, compliance);
        } else {
            pendingExpectedBreaches += p;
            pendingExpectedCompliance += compliance;
        }
    }

    /**
     * The expected breaches of the exploitations the patch queue's state implied today: {@code exploitProbability}
     * is the sum over open vulnerabilities of their chance to be exploited in this step.
     */
    public void expectExploits(double now, double exploitProbability) {
        if (exploitProbability > 0) {
            expect(
                    now,
                    exploitProbability * breachBeforeDetectionProbability(now),
                    s.hospital().patientRecords());
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
        for (PhishingTarget c : clinicians) {
            boolean click = phishing.bernoulli(c.clickProbability(s.security(), s.training()));
            c.simulatedPhish(click, remedial);
            if (click) {
                clicks++;
            }
        }
        ledger.add(Tally.PHISHING_EMAILS, clinicians.length);
        ledger.add(Tally.PHISHING_CLICKS, clicks);
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
        double exfiltrationShare = s.security().credentialCaptureProbability()
                * s.security().compromiseBreachProbability()
                * breachBeforeDetectionProbability(now);
        for (int index : chosen) {
            PhishingTarget c = clinicians[index];
            double clickProbability = c.clickProbability(s.security(), s.training());
            if (!c.compromised() && !c.remediated()) {
                expect(now, clickProbability * exfiltrationShare, accountScopeRecords());
            }
            // every target draws the same numbers whatever happens, keeping strategies aligned
            boolean click = phishing.bernoulli(clickProbability);
            boolean captured = phishing.bernoulli(s.security().credentialCaptureProbability());
            Intrusion outcome = Intrusion.draw(intrusions);
            double breachDraw = intrusions.uniform();
            if (click && captured && !c.compromised() && !c.remediated()) {
                compromise(c, now, outcome, breachDraw);
            }
        }
    }

    private void compromise(PhishingTarget c, double now, Intrusion outcome, double breachDraw) {
        c.setCompromised(true);
        openCompromises++;
        ledger.count(Tally.COMPROMISES);
        double dwellDays = outcome.dwellDays(meanDwellDays(now));
        boolean exfiltrates = breachDraw < s.security().compromiseBreachProbability();
        race(now, BreachVector.PHISHED_CREDENTIALS, outcome, dwellDays, exfiltrates, accountScopeRecords());
        schedule.scheduleOnce(now + dwellDays * Calendar.DAY, Orderings.ENVIRONMENT, st -> {
            c.remediate();
            openCompromises--;
        });
    }

    /**
     * Exfiltration against detection: when the attacker sets out to steal, the breach happens at the exfiltration time
     * if that comes before detection; otherwise detection stops the intrusion.
     */
    private void race(
            double now, BreachVector vector, Intrusion outcome, double dwellDays, boolean exfiltrates, double scope) {
        if (!exfiltrates) {
            return;
        }
        double exfiltrationDays = outcome.exfiltrationDays(s.security());
        if (exfiltrationDays < dwellDays) {
            schedule.scheduleOnce(
                    now + exfiltrationDays * Calendar.DAY,
                    Orderings.ENVIRONMENT,
                    st -> breach(vector, false, dwellDays, recordsExposed(outcome.records(), scope), outcome.notice()));
        } else {
            schedule.scheduleOnce(
                    now + dwellDays * Calendar.DAY,
                    Orderings.ENVIRONMENT,
                    st -> ledger.count(Tally.INTRUSIONS_STOPPED));
        }
    }

    /** A vulnerability was exploited now; its outcome was drawn at disclosure. */
    public void exploit(double now, Intrusion outcome) {
        Scenario.Security sec = s.security();
        if (outcome.ransomware() < sec.ransomwareShare()) {
            ledger.count(Tally.RANSOMWARE_EVENTS);
            if (outcome.hisDown() < sec.ransomwareHisDowntimeShare()) {
                infrastructure.ransomware(now, ransomwareDowntimeDays(outcome) * Calendar.DAY);
            }
        }
        race(
                now,
                BreachVector.EXPLOITED_VULNERABILITY,
                outcome,
                outcome.dwellDays(meanDwellDays(now)),
                true,
                s.hospital().patientRecords());
    }

    /**
     * Records a breach exposes: lognormal with the scenario's median and spread for the standard normal {@code z},
     * rounded, at least 1 and never more than the compromised scope holds.
     */
    public double recordsExposed(double z, double scopeRecords) {
        Scenario.Security sec = s.security();
        double drawn = sec.recordsExposedMedian() * Math.exp(sec.recordsExposedLogSd() * z);
        return Math.max(1, Math.min(Math.floor(scopeRecords), Math.round(drawn)));
    }

    /** Chance that a ransomware attack also destroys the backups it would be restored from. */
    public double backupLossProbability() {
        Scenario.Security sec = s.security();
        return sec.immutableBackups() ? sec.immutableBackupCompromiseProbability() : sec.backupCompromiseProbability();
    }

    /** Days the HIS stays down after a ransomware attack that takes it down, before the team's monitoring cut. */
    double ransomwareDowntimeDays(Intrusion outcome) {
        Scenario.Security sec = s.security();
        double backups =
                outcome.backups() < backupLossProbability() ? sec.ransomwareBackupLossDowntimeMultiplier() : 1.0;
        return sec.ransomwareDowntimeMedianDays()
                * backups
                * Math.exp(sec.ransomwareDowntimeLogSd() * outcome.downtime())
                * infrastructure.operations().ransomwareRestoreMultiplier();
    }

    /** The daily step: third-party, insider breach and inappropriate-access arrivals. */
    public void day(double now) {
        Scenario.Security sec = s.security();
        if (calendar.live(now)) {
            ledger.add(Tally.EXPECTED_BREACHES, pendingExpectedBreaches);
            ledger.add(Tally.EXPECTED_COMPLIANCE_INCIDENTS, pendingExpectedCompliance);
            pendingExpectedBreaches = 0;
            pendingExpectedCompliance = 0;
        }
        double vendorDaily = sec.vendorBreachesPerYear() / Calendar.DAYS_PER_YEAR;
        double insiderDaily = sec.insiderBreachesPerYear() / Calendar.DAYS_PER_YEAR;
        double snoopingDaily = sec.inappropriateAccessPerThousandUsersPerYear()
                * s.hospital().clinicians()
                / 1000.0
                / Calendar.DAYS_PER_YEAR;
        // the breaches below happen today, so today's expectation is their arrival rates (no carry before go-live)
        for (int v = 0; v < vendorHolds.length; v++) {
            if (vendorHolds[v]) {
                ledger.add(Tally.EXPECTED_BREACHES, vendorDaily);
                ledger.add(
                        Tally.EXPECTED_COMPLIANCE_INCIDENTS,
                        vendorDaily * reportableProbability(vendorScopeRecords[v]) * (1 + lateNotificationShare()));
            }
        }
        ledger.add(Tally.EXPECTED_BREACHES, insiderDaily);
        ledger.add(
                Tally.EXPECTED_COMPLIANCE_INCIDENTS,
                insiderDaily * reportableProbability(accountScopeRecords()) * (1 + lateNotificationShare())
                        + snoopingDaily);
        // every function draws whether or not a vendor runs it, so arms with different sourcing stay aligned
        for (int v = 0; v < vendorHolds.length; v++) {
            int n = breaches.poisson(vendorDaily);
            for (int i = 0; i < n; i++) {
                double dwell = breaches.exponential(sec.meanDwellDays());
                double z = breaches.gaussian();
                double notice = breaches.uniform();
                if (vendorHolds[v]) {
                    breach(BreachVector.THIRD_PARTY, true, dwell, recordsExposed(z, vendorScopeRecords[v]), notice);
                }
            }
        }
        int insider = breaches.poisson(insiderDaily);
        for (int i = 0; i < insider; i++) {
            double dwell = breaches.exponential(meanDwellDays(now));
            double z = breaches.gaussian();
            double notice = breaches.uniform();
            breach(BreachVector.INSIDER_OR_DISCLOSURE, false, dwell, recordsExposed(z, accountScopeRecords()), notice);
        }
        int snooping = breaches.poisson(snoopingDaily);
        ledger.add(Tally.INAPPROPRIATE_ACCESS, snooping);
        ledger.add(Tally.COMPLIANCE_INCIDENTS, snooping);
    }

    /** Share of reportable breaches notified late under this scenario's compliance sourcing. */
    public double lateNotificationShare() {
        Scenario.Security sec = s.security();
        return s.sourcing().compliance().outsourced()
                ? sec.lateNotificationShareVendor()
                : sec.lateNotificationShareInHouse();
    }

    /** Cost of one breach: fixed plus per record, cut when contained fast, raised when compliance is outsourced. */
    public double breachCost(double records, double dwellDays) {
        double cost = s.costs().breachFixedUsd() + s.costs().breachPerRecordUsd() * records;
        if (dwellDays < s.security().fastContainmentDays()) {
            cost *= s.security().fastContainmentCostMultiplier();
        }
        if (s.sourcing().compliance().outsourced()) {
            cost *= s.costs().outsourcedCompliancePenaltyMultiplier();
        }
        return cost;
    }

    void breach(BreachVector vector, boolean vendorOrigin, double dwellDays, double records, double notice) {
        ledger.count(Tally.BREACHES);
        if (vector.hacking()) {
            ledger.count(Tally.HACKING_BREACHES);
        }
        if (vendorOrigin) {
            ledger.count(Tally.VENDOR_BREACHES);
        }
        ledger.add(Tally.RECORDS_EXPOSED, records);
        ledger.add(Tally.COST_BREACH, breachCost(records, dwellDays));
        if (records >= REPORTABLE_RECORDS) {
            ledger.count(Tally.REPORTABLE_BREACHES);
            ledger.count(Tally.COMPLIANCE_INCIDENTS);
            if (notice < lateNotificationShare()) {
                ledger.count(Tally.LATE_NOTIFICATIONS);
                ledger.count(Tally.COMPLIANCE_INCIDENTS);
                ledger.add(Tally.COST_PENALTIES, s.costs().lateNotificationPenaltyUsd());
            }
        }
        log.breachDwell(dwellDays);
    }

    /** Compromised accounts not yet detected. */
    public int openCompromises() {
        return openCompromises;
    }
}
