package org.golivesim.scenario;

import java.io.Serializable;

/**
 * The fully resolved parameters of one scenario: a hospital, its training, support, sourcing, dedicated-team,
 * threat and cost parameters, and the run's horizon. This file is the parameter sheet of the model: every
 * behavioural number is declared here once, with its unit, default, range and source ({@link Param}). Files state
 * only what differs from these defaults; {@link ScenarioLoader} builds instances, never application code.
 *
 * @param name a label for reports
 * @param horizonMonths months simulated after go-live
 * @param preGoLiveWeeks weeks on the legacy system before go-live, the reference period for productivity
 * @param seed master seed of the run's random streams
 * @param replications replications per scenario point in a batch
 */
public record Scenario(
        @Param(unit = "text", def = "unnamed", doc = "Label used in reports and result files") String name,
        @Param(unit = "months", def = "12", min = 1, max = 60, doc = "Months simulated after go-live")
                int horizonMonths,
        @Param(
                        unit = "weeks",
                        def = "2",
                        min = 1,
                        max = 26,
                        doc = "Weeks on the legacy system before go-live (productivity and error reference period)")
                int preGoLiveWeeks,
        @Param(unit = "integer", def = "20261125", doc = "Master seed; every random stream derives from it") long seed,
        @Param(unit = "runs", def = "10", min = 1, max = 100000, doc = "Replications per scenario point in a batch")
                int replications,
        Hospital hospital,
        Work work,
        Training training,
        Learning learning,
        Issues issues,
        Errors errors,
        Support support,
        Operations operations,
        Vendor vendor,
        FunctionSourcing sourcing,
        HisSystem system,
        Security security,
        DedicatedTeam dedicatedTeam,
        Costs costs,
        Budget budget,
        Mechanisms mechanisms)
        implements Serializable {

    /** Hours in the simulated horizon after go-live (months of 365/12 days). */
    public double horizonHours() {
        return Math.round(horizonMonths * TimeUnits.DAYS_PER_YEAR / TimeUnits.MONTHS_PER_YEAR)
                * TimeUnits.HOURS_PER_DAY;
    }

    /** Days simulated after go-live. */
    public int horizonDays() {
        return (int) Math.round(horizonMonths * TimeUnits.DAYS_PER_YEAR / TimeUnits.MONTHS_PER_YEAR);
    }

    /** Days simulated before go-live. */
    public int preGoLiveDays() {
        return preGoLiveWeeks * 7;
    }

    /** The size and staff mix of the hospital. */
    public record Hospital(
            @Param(unit = "clinicians", def = "300", min = 0, max = 50000, doc = "Physicians who use the HIS")
                    int physicians,
            @Param(unit = "clinicians", def = "1500", min = 0, max = 100000, doc = "Nurses who use the HIS") int nurses,
            @Param(
                            unit = "clinicians",
                            def = "700",
                            min = 0,
                            max = 50000,
                            doc = "Allied health staff (pharmacy, therapy, lab) who use the HIS")
                    int allied,
            @Param(
                            unit = "records",
                            def = "1000000",
                            min = 1,
                            max = 1e9,
                            doc =
                                    "Patient records the hospital holds (every patient with a chart); no breach exposes more",
                            source =
                                    "assumption (a 2,500-user hospital: about 1 M patients in its chart over the years); sensitivity range 0.2-5 M")
                    double patientRecords)
            implements Serializable {
        public Hospital {
            if (physicians + nurses + allied == 0) {
                throw new IllegalArgumentException("physicians + nurses + allied must be at least 1, got 0");
            }
        }

        /** All clinicians. */
        public int clinicians() {
            return physicians + nurses + allied;
        }
    }

    /** Clinical work: task rates, shift patterns, and what slows it down. */
    public record Work(
            @Param(
                            unit = "tasks per hour",
                            def = "6",
                            min = 0.1,
                            max = 60,
                            doc = "Clinical tasks a physician does per hour on the HIS")
                    double physicianTasksPerHour,
            @Param(
                            unit = "tasks per hour",
                            def = "8",
                            min = 0.1,
                            max = 60,
                            doc = "Clinical tasks a nurse does per hour on the HIS")
                    double nurseTasksPerHour,
            @Param(
                            unit = "tasks per hour",
                            def = "5",
                            min = 0.1,
                            max = 60,
                            doc = "Clinical tasks an allied clinician does per hour")
                    double alliedTasksPerHour,
            @Param(
                            unit = "share",
                            def = "0.8",
                            min = 0,
                            max = 1,
                            doc = "Share of physicians whose home shift is the day shift (07-15)")
                    double physicianDayShiftShare,
            @Param(
                            unit = "share",
                            def = "0.45",
                            min = 0,
                            max = 1,
                            doc = "Share of nurses whose home shift is the day shift")
                    double nurseDayShiftShare,
            @Param(
                            unit = "share",
                            def = "0.7",
                            min = 0,
                            max = 1,
                            doc = "Share of allied staff whose home shift is the day shift")
                    double alliedDayShiftShare,
            @Param(
                            unit = "share",
                            def = "0.6",
                            min = 0,
                            max = 1,
                            doc =
                                    "Share of clinicians not on the day shift whose home shift is the evening (the rest work nights)",
                            source = "assumption; sensitivity range 0.4-0.7")
                    double eveningShareOfOtherShifts,
            @Param(
                            unit = "probability",
                            def = "0.8",
                            min = 0,
                            max = 1,
                            doc = "Chance a clinician works their shift on a weekday")
                    double weekdayWorkProbability,
            @Param(
                            unit = "probability",
                            def = "0.4",
                            min = 0,
                            max = 1,
                            doc = "Chance a clinician works their shift on a weekend day")
                    double weekendWorkProbability,
            @Param(
                            unit = "multiplier",
                            def = "0.65",
                            min = 0,
                            max = 5,
                            doc = "Extra time per task at zero proficiency: time x (1 + slowdown x (1 - proficiency))",
                            source = "assumption; fitted to the -20..-30% productivity dip (Bhargava & Mishra 2014)")
                    double slowdownAtZeroProficiency,
            @Param(
                            unit = "multiplier",
                            def = "2.15",
                            min = 1,
                            max = 10,
                            doc = "Time per task on paper downtime procedures relative to the HIS",
                            source = "AC Group time-and-motion (2.15 min per normal minute)")
                    double paperTimeMultiplier,
            @Param(
                            unit = "multiplier",
                            def = "0.033",
                            min = 0,
                            max = 5,
                            doc =
                                    "Extra time per HIS task at full workflow misfit: time x (1 + slowdown x misfit); misfit is 1 at go-live",
                            source =
                                    "Sieja et al. 2019 / CT Lin 2019: about 16 min less EHR time per physician per day after workflow redesign, 16 / 480 min of an 8-h shift = 0.033 (grade C); assumption, sensitivity range 0-0.2")
                    double misfitSlowdownAtFullMisfit,
            @Param(
                            unit = "share",
                            def = "0.3",
                            min = 0,
                            max = 1,
                            doc = "Share of a paper task's time needed again to back-enter it after restore")
                    double backEntryShare,
            @Param(
                            unit = "share",
                            def = "0.3",
                            min = 0,
                            max = 1,
                            doc = "Share of tasks that fall back to paper during a partial loss of function")
                    double partialFunctionTaskShare,
            @Param(
                            unit = "minutes",
                            def = "8",
                            min = 0,
                            max = 240,
                            doc = "Clinician time lost per issue taken to a super-user")
                    double minutesLostPerSuperUserIssue,
            @Param(
                            unit = "minutes",
                            def = "12",
                            min = 0,
                            max = 240,
                            doc = "Clinician time lost per issue reported as a ticket")
                    double minutesLostPerTicketIssue,
            @Param(unit = "minutes", def = "5", min = 0, max = 240, doc = "Clinician time lost per issue worked around")
                    double minutesLostPerWorkaroundIssue)
            implements Serializable {}

    /** Training before go-live, refreshers and simulated phishing. */
    public record Training(
            @Param(
                            lever = true,
                            unit = "hours",
                            def = "6",
                            min = 0,
                            max = 200,
                            doc = "Pre-go-live HIS training per physician",
                            source = "Pivot Point / icgi.org (4-8 h classroom), grade C")
                    double physicianHours,
            @Param(
                            lever = true,
                            unit = "hours",
                            def = "12",
                            min = 0,
                            max = 200,
                            doc = "Pre-go-live HIS training per nurse",
                            source = "Pivot Point / icgi.org (8-24 h), grade C")
                    double nurseHours,
            @Param(
                            lever = true,
                            unit = "hours",
                            def = "8",
                            min = 0,
                            max = 200,
                            doc = "Pre-go-live HIS training per allied clinician")
                    double alliedHours,
            @Param(
                            unit = "hours",
                            def = "8",
                            min = 0.1,
                            max = 200,
                            doc = "Training hours that reach 63% of the initial-proficiency ceiling",
                            source = "assumption; KLAS (<4 h is poor), AmericanEHR (3-5 days best)")
                    double proficiencyHoursScale,
            @Param(
                            unit = "proficiency",
                            def = "0.7",
                            min = 0,
                            max = 1,
                            doc = "Ceiling of initial proficiency from classroom training alone")
                    double maxInitialProficiency,
            @Param(
                            lever = true,
                            unit = "weeks",
                            def = "0",
                            min = 0,
                            max = 52,
                            doc = "Interval between refresher sessions for every clinician; 0 = none")
                    int refresherIntervalWeeks,
            @Param(lever = true, unit = "hours", def = "2", min = 0, max = 40, doc = "Length of one refresher session")
                    double refresherHours,
            @Param(
                            lever = true,
                            unit = "campaigns per year",
                            def = "4",
                            min = 0,
                            max = 52,
                            doc = "Simulated-phishing campaigns sent to all clinicians",
                            source = "Gordon et al. 2019 JAMA Netw Open")
                    int phishingSimulationsPerYear,
            @Param(
                            lever = true,
                            unit = "boolean",
                            def = "false",
                            doc =
                                    "Mandatory remedial training for clinicians who clicked training.repeatClickerClicks or more simulations")
                    boolean remedialTrainingForRepeatClickers,
            @Param(
                            unit = "clicks",
                            def = "2",
                            min = 1,
                            max = 52,
                            doc =
                                    "Simulated-phishing clicks that make a clinician a repeat clicker (sent to remedial training)",
                            source = "assumption (Gordon et al. 2019 JAMIA: repeat clickers); sensitivity range 2-3")
                    int repeatClickerClicks,
            @Param(
                            unit = "hour of day",
                            def = "10",
                            min = 0,
                            max = 23,
                            doc = "Hour of the day simulated-phishing campaigns are sent",
                            source =
                                    "assumption (office hours; the day of a campaign follows phishingSimulationsPerYear)")
                    int phishingSimulationHourOfDay,
            @Param(
                            unit = "odds multiplier",
                            def = "1.0",
                            min = 0.01,
                            max = 1,
                            doc = "Click-odds multiplier that remedial training gives a repeat clicker",
                            source = "Gordon et al. 2019 JAMIA (no substantial effect)")
                    double remedialClickOddsMultiplier,
            @Param(
                            unit = "hours",
                            def = "1",
                            min = 0,
                            max = 40,
                            doc =
                                    "Privacy and security content within each clinician's go-live training hours (capped by them)",
                            source = "assumption (a typical HIPAA privacy and security module)")
                    double securityContentHours)
            implements Serializable {}

    /** How proficiency grows after go-live. */
    public record Learning(
            @Param(
                            unit = "hours",
                            def = "60",
                            min = 1,
                            max = 10000,
                            doc = "Hours of use that set the time scale of the power law of practice",
                            source = "assumption; fitted to recovery in 3-5 months (UC Davis, Bhargava & Mishra)")
                    double practiceHours,
            @Param(unit = "exponent", def = "0.9", min = 0, max = 5, doc = "Exponent of the power law of practice")
                    double learningExponent,
            @Param(
                            unit = "share of gap",
                            def = "0.03",
                            min = 0,
                            max = 1,
                            doc =
                                    "Share of the remaining proficiency gap closed by a resolved how-to ticket or super-user answer")
                    double taughtResolutionGain,
            @Param(
                            unit = "share of gap per hour",
                            def = "0.05",
                            min = 0,
                            max = 1,
                            doc = "Share of the proficiency gap closed per hour of refresher training")
                    double refresherGainPerHour,
            @Param(
                            unit = "hours",
                            def = "450",
                            min = 1,
                            max = 100000,
                            doc =
                                    "Hours of use that set the time scale of error-relevant proficiency (its own, slower power law of practice)",
                            source =
                                    "Abramson et al. 2011 JGIM (non-abbreviation prescribing errors 17.7 vs 8.5 per 100 at 12 weeks, back to baseline at 1 year): half the gap left after ~540 h of use; sensitivity range 100-2000")
                    double errorPracticeHours)
            implements Serializable {}

    /** How clinicians run into issues and choose between a super-user, a ticket and a workaround. */
    public record Issues(
            @Param(
                            unit = "issues per hour",
                            def = "0.15",
                            min = 0,
                            max = 10,
                            doc = "How-to issues per hour of use at zero proficiency (scales with 1 - proficiency)")
                    double howToPerHourAtZeroProficiency,
            @Param(
                            unit = "issues per hour",
                            def = "0.003",
                            min = 0,
                            max = 1,
                            doc = "Access and password issues per hour of use",
                            source = "Gartner via HIT News (~4 resets per user per year), grade C")
                    double accessPerHour,
            @Param(
                            unit = "issues per hour per defect",
                            def = "0.00001",
                            min = 0,
                            max = 1,
                            doc = "Defect encounters per hour of use per active known-or-latent defect discovered")
                    double defectPerHourPerActiveDefect,
            @Param(
                            unit = "issues per hour",
                            def = "0.003",
                            min = 0,
                            max = 1,
                            doc = "Workflow-misfit issues per hour at full misfit (misfit level 1)")
                    double workflowMisfitPerHour,
            @Param(unit = "utility", def = "1.0", doc = "Base utility of asking a super-user when one is available")
                    double superUserUtility,
            @Param(unit = "utility", def = "0.8", doc = "Base utility of opening a ticket") double ticketUtility,
            @Param(unit = "utility", def = "0.0", doc = "Base utility of working around the issue")
                    double workaroundUtility,
            @Param(
                            unit = "utility per log hour",
                            def = "0.5",
                            min = 0,
                            max = 10,
                            doc = "Loss of ticket utility per unit of ln(1 + remembered resolution hours)",
                            source = "VA OIG 21-00781-108 (mechanism)")
                    double waitAversionPerLogHour,
            @Param(
                            unit = "utility per share",
                            def = "3.0",
                            min = 0,
                            max = 50,
                            doc = "Loss of ticket utility per share of recent tickets closed without resolution",
                            source = "VA OIG 21-00781-108 (mechanism)")
                    double unresolvedAversion,
            @Param(
                            unit = "utility",
                            def = "1.5",
                            min = 0,
                            max = 20,
                            doc = "Gain in workaround utility per unit of workaround habit (0..1)")
                    double workaroundHabitWeight,
            @Param(
                            unit = "weight",
                            def = "0.2",
                            min = 0.001,
                            max = 1,
                            doc =
                                    "Weight of the newest ticket in a clinician's memory of support (exponential smoothing)")
                    double supportMemoryWeight,
            @Param(
                            unit = "days",
                            def = "30",
                            min = 0.1,
                            max = 3650,
                            doc =
                                    "Half-life of a clinician's memory of support experience (waits and unresolved closures fade)")
                    double supportMemoryHalfLifeDays,
            @Param(unit = "days", def = "10", min = 0.1, max = 365, doc = "Mean time a workaround stays in use")
                    double workaroundPersistenceDays,
            @Param(
                            unit = "share of tasks",
                            def = "0.02",
                            min = 0,
                            max = 1,
                            doc = "Share of a clinician's tasks done under each active workaround")
                    double workaroundTaskShare,
            @Param(
                            unit = "share",
                            def = "0.4",
                            min = 0,
                            max = 1,
                            doc =
                                    "Share of workflow-misfit issues that concern patient-record management (routed by its sourcing)")
                    double recordShareOfWorkflowIssues,
            @Param(
                            unit = "share of misfit",
                            def = "0.0005",
                            min = 0,
                            max = 1,
                            doc =
                                    "Share of remaining workflow misfit removed by a workflow ticket resolved in-house, at a hospital of misfitReferenceClinicians")
                    double misfitFixPerInHouseTicket,
            @Param(
                            unit = "share of misfit",
                            def = "0.0002",
                            min = 0,
                            max = 1,
                            doc =
                                    "Share of remaining workflow misfit removed by a workflow ticket resolved by a vendor (weaker workflow fit), at a hospital of misfitReferenceClinicians",
                            source = "seed essay (vendors align less with clinical workflows); assumption")
                    double misfitFixPerVendorTicket,
            @Param(
                            unit = "clinicians",
                            def = "2500",
                            min = 1,
                            max = 1000000,
                            doc =
                                    "Hospital size at which the misfit fixes per ticket apply; in a hospital of N clinicians a ticket fixes reference / N of that (more users, more workflows)",
                            source =
                                    "assumption (the calibrated baseline's size): keeps misfit decay per clinician independent of size")
                    double misfitReferenceClinicians,
            @Param(
                            unit = "days",
                            def = "3",
                            min = 0,
                            max = 365,
                            doc =
                                    "Time from a resolved workflow or record ticket to its configuration change going live, built in-house",
                            source = "assumption; sensitivity range 1-14")
                    double workflowChangeLeadDaysInHouse,
            @Param(
                            unit = "days",
                            def = "21",
                            min = 0,
                            max = 365,
                            doc =
                                    "The same when a vendor builds the change (decision support, records or application development outsourced): its change-request process",
                            source =
                                    "assumption (VA OIG 21-00781-108: an ineffective vendor change-request process; 350 change requests in the first six months, US Medicine 2021); sensitivity range 7-60")
                    double workflowChangeLeadDaysVendor,
            @Param(
                            unit = "share",
                            def = "0.4",
                            min = 0,
                            max = 1,
                            doc = "Weight of proficiency (vs support experience) in a clinician's satisfaction")
                    double satisfactionProficiencyWeight,
            @Param(
                            unit = "share",
                            def = "0.3",
                            min = 0,
                            max = 1,
                            doc =
                                    "Weight of workflow fit (1 - misfit) in a clinician's satisfaction; support experience takes the rest",
                            source = "KLAS Arch Collaborative (personalisation and training drive satisfaction)")
                    double satisfactionFitWeight,
            @Param(
                            unit = "satisfaction",
                            def = "0.85",
                            min = 0,
                            max = 1,
                            doc =
                                    "Satisfaction of a clinician of neutral disposition with full proficiency, fit and support")
                    double satisfactionCeiling,
            @Param(
                            unit = "hours",
                            def = "72",
                            min = 0.1,
                            max = 10000,
                            doc =
                                    "Ticket resolution time that halves support experience: experience = (1 - unresolved) x tolerance / (tolerance + remembered hours)")
                    double waitToleranceHours,
            @Param(
                            unit = "weight per shift",
                            def = "0.05",
                            min = 0.001,
                            max = 1,
                            doc = "How fast satisfaction follows its current level (exponential smoothing per shift)")
                    double satisfactionAdjustmentPerShift,
            @Param(
                            unit = "satisfaction",
                            def = "0.15",
                            min = 0,
                            max = 1,
                            doc =
                                    "Spread (sd) of clinicians' personal disposition towards the HIS, added to their satisfaction target")
                    double satisfactionSpread)
            implements Serializable {}

    /** How tasks go wrong. */
    public record Errors(
            @Param(
                            unit = "probability",
                            def = "0.003",
                            min = 0,
                            max = 0.5,
                            doc =
                                    "Error probability of a task done by a fully proficient clinician on a working system")
                    double baseErrorProbability,
            @Param(
                            unit = "log-odds",
                            def = "1.2",
                            min = 0,
                            max = 10,
                            doc = "Added log-odds of error at zero proficiency (times 1 - proficiency)")
                    double lowProficiencyLogOdds,
            @Param(
                            unit = "odds ratio",
                            def = "3.06",
                            min = 1,
                            max = 50,
                            doc = "Odds ratio of error for a task done under a workaround",
                            source = "van der Veen et al. 2018 (OR 3.06)")
                    double workaroundOddsRatio,
            @Param(
                            unit = "log-odds",
                            def = "0.7",
                            min = 0,
                            max = 10,
                            doc = "Added log-odds of error for a task done on paper downtime procedures",
                            source = "assumption; Larsen et al. 2018 (downtime procedures often not followed)")
                    double downtimeLogOdds,
            @Param(
                            unit = "log-odds",
                            def = "2.0",
                            min = 0,
                            max = 20,
                            doc =
                                    "Added log-odds of error per unit share of latent defects active (discovered, unfixed)",
                            source = "assumption; Westbrook 2012 (system-related errors)")
                    double activeDefectLogOdds,
            @Param(
                            unit = "log-odds",
                            def = "1.0",
                            min = 0,
                            max = 10,
                            doc = "Added log-odds at full workflow / decision-support misfit")
                    double misfitLogOdds,
            @Param(
                            unit = "share",
                            def = "0.003",
                            min = 0,
                            max = 1,
                            doc =
                                    "Share of errors that reach the patient as harm events, for a fully proficient clinician on a working system",
                            source =
                                    "assumption; Anderson et al. 2002 (most sensitive parameter); Bates et al. 1995 (0.9% of medication errors caused an adverse drug event)")
                    double harmShareOfErrors,
            @Param(
                            unit = "log-odds",
                            def = "0.7",
                            min = 0,
                            max = 10,
                            doc =
                                    "Added log-odds that an error reaches the patient at zero error-relevant proficiency (errors caught later by the less proficient)",
                            source = "assumption; sensitivity range 0-1.5")
                    double harmLowProficiencyLogOdds,
            @Param(
                            unit = "odds ratio",
                            def = "2.2",
                            min = 1,
                            max = 50,
                            doc =
                                    "Odds ratio that an error on paper downtime procedures reaches the patient (no order checks)",
                            source =
                                    "Bates et al. 1998 JAMA (order entry with checks cut non-intercepted serious medication errors by 55%: 1/0.45)")
                    double harmPaperOddsRatio,
            @Param(
                            unit = "odds ratio",
                            def = "2.2",
                            min = 1,
                            max = 50,
                            doc =
                                    "Odds ratio that an error under a workaround reaches the patient (the workaround skips the system's checks)",
                            source =
                                    "assumption by analogy with Bates et al. 1998; van der Veen et al. 2018 (most workarounds skip scanning); sensitivity range 1-3")
                    double harmWorkaroundOddsRatio,
            @Param(
                            unit = "probability per task",
                            def = "0.00004",
                            min = 0,
                            max = 0.01,
                            doc =
                                    "Probability that a task falling due while the HIS is down (full downtime, or a function lost in a partial incident) harms the patient through delayed care (late results, orders, procedures), apart from any error",
                            source =
                                    "assumption, sensitivity range 0-0.0001, set to the order of the harm from paper-procedure errors per downtime task (about 0.00004 at the defaults); Larsen et al. 2019 Appl Clin Inform (laboratory results 62% later during EHR downtime); Larsen et al. 2018 JAMIA (delayed lab results and procedures among the main kinds of downtime safety reports, downtime procedures not followed or absent in 46%)")
                    double delayHarmPerDowntimeTask)
            implements Serializable {}

    /** Help desk (tier 1), application analysts (tier 2) and super-users. */
    public record Support(
            @Param(
                            lever = true,
                            unit = "FTE",
                            def = "20",
                            min = 0,
                            max = 2000,
                            doc = "Help-desk analysts (tier 1), in-house or vendor staff by technical-support sourcing")
                    int helpDeskAnalysts,
            @Param(
                            lever = true,
                            unit = "FTE",
                            def = "10",
                            min = 0,
                            max = 2000,
                            doc = "In-house application analysts (tier 2)")
                    int tier2Analysts,
            @Param(
                            lever = true,
                            unit = "FTE",
                            def = "12",
                            min = 0,
                            max = 2000,
                            doc =
                                    "In-house IT operations staff: monitoring, patching, change management, incident response and restore",
                            source = "assumption (about 1 FTE per 200 HIS users); sensitivity range 2-40")
                    int itOperationsAnalysts,
            @Param(
                            lever = true,
                            unit = "per 100 clinicians",
                            def = "5",
                            min = 0,
                            max = 100,
                            doc = "At-the-elbow super-users per 100 clinicians during go-live",
                            source = "Leidos blog (1 per 2-4 staff at go-live), grade C; assumption")
                    double superUsersPer100Clinicians,
            @Param(
                            lever = true,
                            unit = "weeks",
                            def = "4",
                            min = 0,
                            max = 52,
                            doc = "Weeks after go-live that super-users stay at the elbow")
                    int superUserWeeks,
            @Param(
                            unit = "issues per hour",
                            def = "4",
                            min = 0.1,
                            max = 60,
                            doc = "Issues one super-user can handle per hour")
                    double superUserIssuesPerHour,
            @Param(
                            unit = "probability",
                            def = "0.7",
                            min = 0,
                            max = 1,
                            doc = "Chance a super-user resolves a how-to or workflow issue on the spot")
                    double superUserResolveProbability,
            @Param(
                            unit = "calls per clinician on duty",
                            def = "0.02",
                            min = 0,
                            max = 10,
                            doc = "Outage calls to the help desk per clinician on duty when an unplanned outage starts")
                    double outageCallsPerClinicianOnDuty,
            @Param(
                            unit = "calls per clinician on duty",
                            def = "0.004",
                            min = 0,
                            max = 10,
                            doc =
                                    "Calls to the help desk per clinician on duty when a partial-function incident starts (one function fails, so fewer clinicians call than in a full outage)",
                            source =
                                    "assumption (a fifth of the outage call rate: about 3 calls from 800 clinicians on duty), sensitivity range 0.001-0.02")
                    double partialIncidentCallsPerClinicianOnDuty,
            @Param(
                            unit = "analysts",
                            def = "1",
                            min = 0,
                            max = 100,
                            doc =
                                    "Tier-2 application analysts on call outside office hours; they take urgent work (incidents) only",
                            source = "assumption (one on-call application analyst), sensitivity range 0-3")
                    int tier2OnCallAnalysts,
            @Param(
                            unit = "share of weeks",
                            def = "0.25",
                            min = 0.01,
                            max = 1,
                            doc =
                                    "Largest share of weeks one analyst is on call: an on-call rota of k analysts a week covers min(1, staff x this / k) of the weeks (tier 2 and IT operations); in the weeks it cannot cover nobody is on call",
                            source =
                                    "Beyer et al. 2016, Site Reliability Engineering (Google), ch. 11 'Being On-Call': at most 25% of an engineer's time on call, hence at least eight engineers for a single-site 24/7 rota with primary and secondary; sensitivity range 0.25-0.5")
                    double maxOnCallWeekShare,
            @Param(
                            unit = "minutes",
                            def = "30",
                            min = 0,
                            max = 600,
                            doc =
                                    "Time from an out-of-hours escalation until the on-call tier-2 analyst works on it (paged, awake, logged in)",
                            source =
                                    "Beyer et al. 2016, Site Reliability Engineering (Google), ch. 11 (response time 5 minutes for user-facing systems, 30 minutes for less time-critical ones); sensitivity range 5-60")
                    double tier2OnCallResponseMinutes,
            @Param(
                            lever = true,
                            unit = "hours per day",
                            def = "16",
                            min = 8,
                            max = 24,
                            doc =
                                    "Daily hours an in-house help desk is staffed (from support.inHouseDeskOpensAtHour); vendor desks cover 24 h")
                    int inHouseDeskHoursPerDay,
            @Param(
                            unit = "hour of day",
                            def = "7",
                            min = 0,
                            max = 23,
                            doc = "Hour an in-house help desk opens every day (with the day shift)",
                            source = "assumption; sensitivity range 6-8")
                    int inHouseDeskOpensAtHour,
            @Param(
                            unit = "hour of day",
                            def = "8",
                            min = 0,
                            max = 23,
                            doc = "Hour in-house tier 2 opens on weekdays (office hours)",
                            source = "assumption; sensitivity range 7-9")
                    int tier2OpensAtHour,
            @Param(
                            unit = "hours per day",
                            def = "9",
                            min = 1,
                            max = 24,
                            doc =
                                    "Weekday hours in-house tier 2 is staffed from support.tier2OpensAtHour (08:00-17:00 by default)",
                            source = "assumption; sensitivity range 8-12")
                    int tier2HoursPerDay,
            @Param(unit = "hours per week", def = "40", min = 1, max = 80, doc = "Working hours of one FTE")
                    double fteHoursPerWeek,
            @Param(
                            unit = "minutes",
                            def = "12",
                            min = 0.1,
                            max = 600,
                            doc = "Mean tier-1 handle time of a how-to ticket",
                            source = "SDI 2017 (~7 min per call), grade C; assumption")
                    double handleMinutesHowTo,
            @Param(
                            unit = "minutes",
                            def = "7",
                            min = 0.1,
                            max = 600,
                            doc = "Mean tier-1 handle time of an access / password ticket",
                            source = "SDI 2017 (~7 min), grade C")
                    double handleMinutesAccess,
            @Param(
                            unit = "minutes",
                            def = "20",
                            min = 0.1,
                            max = 600,
                            doc = "Mean tier-1 handle time of a defect ticket")
                    double handleMinutesDefect,
            @Param(
                            unit = "minutes",
                            def = "25",
                            min = 0.1,
                            max = 600,
                            doc = "Mean tier-1 handle time of a workflow / configuration ticket")
                    double handleMinutesWorkflow,
            @Param(
                            unit = "coefficient of variation",
                            def = "0.8",
                            min = 0,
                            max = 5,
                            doc = "Spread of handle times (lognormal); 0 = fixed times")
                    double handleTimeCv,
            @Param(
                            unit = "probability",
                            def = "0.64",
                            min = 0,
                            max = 1,
                            doc = "First-contact resolution of how-to tickets at an in-house desk",
                            source = "HDI 2015 (FCR 66% overall); assumption by kind")
                    double fcrHowTo,
            @Param(
                            unit = "probability",
                            def = "0.75",
                            min = 0,
                            max = 1,
                            doc = "First-contact resolution of access tickets")
                    double fcrAccess,
            @Param(
                            unit = "probability",
                            def = "0.5",
                            min = 0,
                            max = 1,
                            doc = "First-contact resolution of defect tickets (the rest go to the fix queue)")
                    double fcrDefect,
            @Param(
                            unit = "probability",
                            def = "0.35",
                            min = 0,
                            max = 1,
                            doc = "First-contact resolution of workflow / configuration tickets at an in-house desk")
                    double fcrWorkflow,
            @Param(
                            unit = "hours",
                            def = "1.5",
                            min = 0.01,
                            max = 200,
                            doc = "Mean tier-2 work time on an escalated ticket")
                    double tier2HandleHours,
            @Param(
                            unit = "hours",
                            def = "0.4",
                            min = 0.01,
                            max = 200,
                            doc = "Mean tier-2 work time on an escalated how-to or access ticket")
                    double tier2HandleHoursHowTo,
            @Param(
                            unit = "utilization",
                            def = "0.85",
                            min = 0,
                            max = 1,
                            doc = "Weekly utilization above which in-house staff accumulate burnout")
                    double burnoutUtilizationThreshold,
            @Param(
                            unit = "burnout per week",
                            def = "1.0",
                            min = 0,
                            max = 100,
                            doc = "Burnout gained per week per unit of utilization above the threshold")
                    double burnoutGainPerWeek,
            @Param(
                            unit = "burnout per week",
                            def = "0.05",
                            min = 0,
                            max = 1,
                            doc = "Burnout recovered per week at or below the threshold")
                    double burnoutRecoveryPerWeek,
            @Param(
                            unit = "probability per week",
                            def = "0.002",
                            min = 0,
                            max = 1,
                            doc = "Weekly chance an in-house analyst quits with no burnout (about 10% a year)")
                    double baseAttritionPerWeek,
            @Param(
                            unit = "probability per week",
                            def = "0.04",
                            min = 0,
                            max = 1,
                            doc = "Added weekly quitting chance at full burnout (1.0)")
                    double attritionPerWeekAtFullBurnout,
            @Param(
                            unit = "weeks",
                            def = "8",
                            min = 0,
                            max = 104,
                            doc = "Mean time to fill a vacancy",
                            source = "Leidos blog (>= 6 weeks to recruit), grade C")
                    double vacancyFillWeeks)
            implements Serializable {
        public Support {
            if (tier2OpensAtHour + tier2HoursPerDay > TimeUnits.HOURS_PER_DAY) {
                throw new IllegalArgumentException("support.tier2OpensAtHour + support.tier2HoursPerDay must not pass"
                        + " midnight (at most 24), got " + tier2OpensAtHour + " + " + tier2HoursPerDay);
            }
        }
    }

    /**
     * In-house IT operations (monitoring, patching, change management, incident response and restore) and, for the
     * parts a hosting vendor runs, the vendor's restore priority. The staff level itself is
     * {@code support.itOperationsAnalysts}.
     */
    public record Operations(
            @Param(
                            unit = "HIS users per FTE",
                            def = "200",
                            min = 1,
                            max = 100000,
                            doc =
                                    "HIS users one IT operations FTE can look after (sets the workload the hospital needs)",
                            source =
                                    "Strata Decision 2023 IT staffing report (38 non-IT employees per IT FTE) with about a fifth of IT in infrastructure operations; assumption, sensitivity range 100-400")
                    double usersPerAnalyst,
            @Param(
                            unit = "multiplier per week",
                            def = "0.05",
                            min = 0,
                            max = 10,
                            doc =
                                    "Added incident rate per week of deferred maintenance (backlog grows by 1 - adequacy a week)",
                            source =
                                    "Valenstein 1996, 2003 (systems without recent patches fail more); assumption, sensitivity range 0-0.2")
                    double incidentRatePerDeferredWeek,
            @Param(
                            unit = "multiplier per week",
                            def = "0.02",
                            min = 0,
                            max = 10,
                            doc = "Added in-house restore time per week of deferred maintenance",
                            source = "assumption, sensitivity range 0-0.1")
                    double restoreSlowdownPerDeferredWeek,
            @Param(
                            unit = "share of releases",
                            def = "0.05",
                            min = 0,
                            max = 1,
                            doc = "Change-failure rate of releases that go through full change review and testing",
                            source = "DORA Accelerate State of DevOps 2024 (elite performers about 5%; 2019: 0-15%)")
                    double changeFailureRateReviewed,
            @Param(
                            unit = "share of releases",
                            def = "0.46",
                            min = 0,
                            max = 1,
                            doc = "Change-failure rate of releases installed without change review",
                            source = "DORA Accelerate State of DevOps 2019 (low performers 46-60%)")
                    double changeFailureRateUnreviewed,
            @Param(
                            unit = "share",
                            def = "0.2",
                            min = 0,
                            max = 1,
                            doc =
                                    "Share of failed changes that take the HIS fully down (the rest degrade it partially)",
                            source =
                                    "VA OIG IT-controls report 2024 (configuration-management weaknesses: 23 incidents, 80 h of outage); assumption, sensitivity range 0.05-0.5")
                    double changeFailureFullOutageShare,
            @Param(
                            unit = "minutes",
                            def = "5",
                            min = 0,
                            max = 600,
                            doc = "Time for monitoring to detect an outage or incident it covers",
                            source = "assumption (alerting within minutes), sensitivity range 1-30")
                    double monitoringDetectionMinutes,
            @Param(
                            unit = "hours",
                            def = "2",
                            min = 0,
                            max = 72,
                            doc =
                                    "Time until an incident no monitor saw reaches IT operations by other routes (full outages: sooner when the help desk passes on an outage call)",
                            source = "assumption, sensitivity range 0.5-8")
                    double unmonitoredDetectionHours,
            @Param(
                            unit = "share",
                            def = "0.5",
                            min = 0,
                            max = 1,
                            doc =
                                    "Share of infrastructure partial-function incidents (degraded performance, a failing interface) that monitoring sees; the rest are found when users report them (in-house, times the monitoring coverage)",
                            source =
                                    "assumption: 1E 2017 survey of 1,014 IT professionals (46% of business-critical issues identified within an hour, 11% took 4 h to a week); sensitivity range 0.2-0.9")
                    double partialIncidentMonitoredShare,
            @Param(
                            unit = "analysts",
                            def = "1",
                            min = 1,
                            max = 100,
                            doc = "On-duty IT operations analysts one incident needs (restore crews = on duty / this)")
                    int analystsPerIncident,
            @Param(
                            unit = "analysts",
                            def = "2",
                            min = 1,
                            max = 100,
                            doc =
                                    "IT operations analysts on call each week outside office hours (primary and secondary); outside support.tier2OpensAtHour + support.tier2HoursPerDay on weekdays they are the only restore crews",
                            source =
                                    "Beyer et al. 2016, Site Reliability Engineering (Google), ch. 11 (primary and secondary on call); sensitivity range 1-2")
                    int onCallAnalysts,
            @Param(
                            unit = "minutes",
                            def = "30",
                            min = 0,
                            max = 600,
                            doc =
                                    "Time from an out-of-hours detection until the on-call analyst works on the incident (paged, awake, logged in)",
                            source =
                                    "Beyer et al. 2016, Site Reliability Engineering (Google), ch. 11 (response time 5 minutes for user-facing systems, 30 minutes for less time-critical ones); sensitivity range 5-60")
                    double onCallResponseMinutes,
            @Param(
                            unit = "hours",
                            def = "2",
                            min = 0,
                            max = 72,
                            doc =
                                    "Time until someone from IT operations is reached and works on an out-of-hours incident in a week the on-call rota cannot cover (best-effort call-out; never later than the next office hours)",
                            source = "assumption, sensitivity range 1-8")
                    double uncoveredCallOutHours,
            @Param(
                            unit = "share",
                            def = "0.33",
                            min = 0,
                            max = 1,
                            doc =
                                    "Share of incidents of a vendor-hosted HIS that arise on the hospital's side (network, interfaces, local change) and are restored in-house",
                            source =
                                    "FedScoop 2022 on VA FOIA data (VA responsible for about 1/3 of major EHR incidents, Oracle Cerner for 2/3)")
                    double localShareOfIncidentsVendorHosted,
            @Param(
                            unit = "multiplier",
                            def = "1.3",
                            min = 0.01,
                            max = 20,
                            doc = "Restore-time multiplier of a bronze-tier hosting vendor (restore priority)",
                            source = "assumption, sensitivity range 1-2")
                    double vendorRestoreMultiplierBronze,
            @Param(
                            unit = "multiplier",
                            def = "1.0",
                            min = 0.01,
                            max = 20,
                            doc = "Restore-time multiplier of a silver-tier hosting vendor")
                    double vendorRestoreMultiplierSilver,
            @Param(
                            unit = "multiplier",
                            def = "0.75",
                            min = 0.01,
                            max = 20,
                            doc = "Restore-time multiplier of a gold-tier hosting vendor (restore priority)",
                            source = "assumption, sensitivity range 0.5-1")
                    double vendorRestoreMultiplierGold,
            @Param(
                            unit = "exponent",
                            def = "0.5",
                            min = 0,
                            max = 3,
                            doc =
                                    "Elasticity of ransomware restore time to IT operations staffing: time x (needed / staff)^exponent",
                            source = "assumption, sensitivity range 0-1")
                    double ransomwareRestoreStaffingExponent)
            implements Serializable {

        /** Restore-time multiplier of a hosting vendor at this tier. */
        public double vendorRestoreMultiplier(SlaTier tier) {
            return switch (tier) {
                case BRONZE -> vendorRestoreMultiplierBronze;
                case SILVER -> vendorRestoreMultiplierSilver;
                case GOLD -> vendorRestoreMultiplierGold;
            };
        }
    }

    /** Vendors that hold outsourced functions. */
    public record Vendor(
            @Param(
                            lever = true,
                            unit = "tier",
                            def = "silver",
                            doc = "Service-level tier: bronze, silver or gold (response targets by priority)")
                    SlaTier slaTier,
            @Param(
                            unit = "probability",
                            def = "0.25",
                            min = 0,
                            max = 1,
                            doc = "Chance a bronze-tier vendor misses a response target")
                    double slaMissProbabilityBronze,
            @Param(
                            unit = "probability",
                            def = "0.12",
                            min = 0,
                            max = 1,
                            doc = "Chance a silver-tier vendor misses a response target")
                    double slaMissProbabilitySilver,
            @Param(
                            unit = "probability",
                            def = "0.05",
                            min = 0,
                            max = 1,
                            doc = "Chance a gold-tier vendor misses a response target")
                    double slaMissProbabilityGold,
            @Param(
                            unit = "multiplier",
                            def = "1.5",
                            min = 0,
                            max = 20,
                            doc = "Mean overrun of a missed response, as a multiple of the target")
                    double missedResponseOverrun,
            @Param(
                            unit = "tickets per week",
                            def = "250",
                            min = 1,
                            max = 1000000,
                            doc =
                                    "Tier-2 tickets per week the vendor's shared team is sized for; beyond it, misses grow")
                    double contractedTicketsPerWeek,
            @Param(
                            unit = "hours",
                            def = "10",
                            min = 0.01,
                            max = 2000,
                            doc = "Mean vendor work time on a tier-2 ticket after first response")
                    double workHours,
            @Param(
                            unit = "multiplier",
                            def = "0.75",
                            min = 0,
                            max = 1,
                            doc =
                                    "FCR multiplier of a vendor desk on clinical workflow and record tickets (clinical-context gap)",
                            source =
                                    "Black Book (~2017): dissatisfaction with vendors lacking healthcare experience, grade C")
                    double clinicalContextFcrMultiplier,
            @Param(
                            unit = "probability",
                            def = "0.33",
                            min = 0,
                            max = 1,
                            doc = "Chance a vendor closes a workflow / record ticket without resolution",
                            source = "VA OIG 21-00781-108 (33% of medication tickets)")
                    double closeUnresolvedWorkflow,
            @Param(
                            unit = "probability",
                            def = "0.02",
                            min = 0,
                            max = 1,
                            doc = "Chance a vendor closes any other ticket without resolution",
                            source = "VA OIG 21-00781-108 (1% of care-coordination tickets)")
                    double closeUnresolvedOther,
            @Param(
                            unit = "hours",
                            def = "2",
                            min = 0.01,
                            max = 2000,
                            doc = "Contracted time to first response, urgent ticket, bronze tier",
                            source = SLA_TARGET_SOURCE)
                    double responseHoursUrgentBronze,
            @Param(
                            unit = "hours",
                            def = "8",
                            min = 0.01,
                            max = 2000,
                            doc = "Contracted time to first response, high ticket, bronze tier",
                            source = SLA_TARGET_SOURCE)
                    double responseHoursHighBronze,
            @Param(
                            unit = "hours",
                            def = "24",
                            min = 0.01,
                            max = 2000,
                            doc = "Contracted time to first response, normal ticket, bronze tier",
                            source = SLA_TARGET_SOURCE)
                    double responseHoursNormalBronze,
            @Param(
                            unit = "hours",
                            def = "72",
                            min = 0.01,
                            max = 2000,
                            doc = "Contracted time to first response, low ticket, bronze tier",
                            source = SLA_TARGET_SOURCE)
                    double responseHoursLowBronze,
            @Param(
                            unit = "hours",
                            def = "1",
                            min = 0.01,
                            max = 2000,
                            doc = "Contracted time to first response, urgent ticket, silver tier",
                            source = SLA_TARGET_SOURCE)
                    double responseHoursUrgentSilver,
            @Param(
                            unit = "hours",
                            def = "4",
                            min = 0.01,
                            max = 2000,
                            doc = "Contracted time to first response, high ticket, silver tier",
                            source = SLA_TARGET_SOURCE)
                    double responseHoursHighSilver,
            @Param(
                            unit = "hours",
                            def = "12",
                            min = 0.01,
                            max = 2000,
                            doc = "Contracted time to first response, normal ticket, silver tier",
                            source = SLA_TARGET_SOURCE)
                    double responseHoursNormalSilver,
            @Param(
                            unit = "hours",
                            def = "48",
                            min = 0.01,
                            max = 2000,
                            doc = "Contracted time to first response, low ticket, silver tier",
                            source = SLA_TARGET_SOURCE)
                    double responseHoursLowSilver,
            @Param(
                            unit = "hours",
                            def = "0.5",
                            min = 0.01,
                            max = 2000,
                            doc = "Contracted time to first response, urgent ticket, gold tier",
                            source = SLA_TARGET_SOURCE)
                    double responseHoursUrgentGold,
            @Param(
                            unit = "hours",
                            def = "2",
                            min = 0.01,
                            max = 2000,
                            doc = "Contracted time to first response, high ticket, gold tier",
                            source = SLA_TARGET_SOURCE)
                    double responseHoursHighGold,
            @Param(
                            unit = "hours",
                            def = "8",
                            min = 0.01,
                            max = 2000,
                            doc = "Contracted time to first response, normal ticket, gold tier",
                            source = SLA_TARGET_SOURCE)
                    double responseHoursNormalGold,
            @Param(
                            unit = "hours",
                            def = "24",
                            min = 0.01,
                            max = 2000,
                            doc = "Contracted time to first response, low ticket, gold tier",
                            source = SLA_TARGET_SOURCE)
                    double responseHoursLowGold,
            @Param(
                            unit = "share of target",
                            def = "0.25",
                            min = 0,
                            max = 1,
                            doc =
                                    "Earliest a met response arrives, as a share of its target (met responses fall uniformly between this share and the target)",
                            source = "assumption; sensitivity range 0-0.75")
                    double metResponseMinShareOfTarget,
            @Param(
                            unit = "weeks",
                            def = "1",
                            min = 0.01,
                            max = 52,
                            doc =
                                    "Time constant of the vendor's memory of this hospital's load (its tickets decay exponentially)",
                            source = "assumption; sensitivity range 0.5-4")
                    double loadMemoryWeeks,
            @Param(
                            unit = "multiplier per overload",
                            def = "1.0",
                            min = 0,
                            max = 20,
                            doc =
                                    "Growth of vendor work time with load above the contracted load: work x (1 + stretch x (load / contracted - 1))",
                            source =
                                    "assumption (Shachak et al. 2013: vendor support-staff shortage as its client base grows); sensitivity range 0-3")
                    double overloadWorkStretch,
            @Param(
                            unit = "multiplier",
                            def = "1.5",
                            min = 0.01,
                            max = 20,
                            doc =
                                    "Vendor work time on a tier-2 ticket at bronze tier relative to silver (lower priority in its shared queue)",
                            source = VENDOR_TIER_SOURCE)
                    double workHoursMultiplierBronze,
            @Param(
                            unit = "multiplier",
                            def = "0.6",
                            min = 0.01,
                            max = 20,
                            doc =
                                    "Vendor work time on a tier-2 ticket at gold tier relative to silver (named engineers, first in the queue)",
                            source = VENDOR_TIER_SOURCE)
                    double workHoursMultiplierGold,
            @Param(
                            unit = "analysts per FTE",
                            def = "0.8",
                            min = 0.01,
                            max = 5,
                            doc =
                                    "Vendor desk analysts on duty per contracted FTE at bronze tier relative to silver (agents shared with other clients)",
                            source = VENDOR_TIER_SOURCE)
                    double deskStaffingMultiplierBronze,
            @Param(
                            unit = "analysts per FTE",
                            def = "1.2",
                            min = 0.01,
                            max = 5,
                            doc =
                                    "Vendor desk analysts on duty per contracted FTE at gold tier relative to silver (surge staffing for the client)",
                            source = VENDOR_TIER_SOURCE)
                    double deskStaffingMultiplierGold,
            @Param(
                            unit = "share of responses",
                            def = "0.9",
                            min = 0,
                            max = 1,
                            doc =
                                    "Share of a month's responses the contract requires within target; below it the vendor owes a service credit",
                            source =
                                    "assumption; hosted-EHR SLA pages measure monthly attainment (domain-facts 4.3), grade C")
                    double slaAttainmentTarget,
            @Param(
                            unit = "share of monthly fee",
                            def = "0.1",
                            min = 0,
                            max = 1,
                            doc = "Service credit for a month in which a vendor contract missed its attainment target",
                            source = "hosted-EHR / SaaS SLA pages: 5-30% credits (domain-facts 4.3), grade C")
                    double serviceCreditShare,
            @Param(
                            unit = "probability per week",
                            def = "0.006",
                            min = 0,
                            max = 1,
                            doc =
                                    "Weekly chance a vendor desk analyst leaves with no burnout (about 27% a year; burnout adds as in-house)",
                            source =
                                    "assumption (contact-centre turnover above in-house IT); sensitivity range 0.002-0.01")
                    double deskAttritionPerWeek,
            @Param(
                            unit = "weeks",
                            def = "2",
                            min = 0,
                            max = 104,
                            doc = "Mean time the vendor takes to backfill a desk analyst who left (from its bench)",
                            source =
                                    "assumption; sensitivity range 0.5-8 (in-house vacancies take support.vacancyFillWeeks)")
                    double deskBackfillWeeks)
            implements Serializable {

        /** Chance of missing a response target at this vendor's tier. */
        public double slaMissProbability() {
            return switch (slaTier) {
                case BRONZE -> slaMissProbabilityBronze;
                case SILVER -> slaMissProbabilitySilver;
                case GOLD -> slaMissProbabilityGold;
            };
        }

        /**
         * Contracted time to first response at this vendor's tier.
         *
         * @param priorityRank the ticket's priority rank: 0 urgent, 1 high, 2 normal, 3 low
         * @return hours
         * @throws IllegalArgumentException for a rank outside 0..3
         */
        public double responseTargetHours(int priorityRank) {
            return switch (slaTier) {
                case BRONZE -> pick(
                        priorityRank,
                        responseHoursUrgentBronze,
                        responseHoursHighBronze,
                        responseHoursNormalBronze,
                        responseHoursLowBronze);
                case SILVER -> pick(
                        priorityRank,
                        responseHoursUrgentSilver,
                        responseHoursHighSilver,
                        responseHoursNormalSilver,
                        responseHoursLowSilver);
                case GOLD -> pick(
                        priorityRank,
                        responseHoursUrgentGold,
                        responseHoursHighGold,
                        responseHoursNormalGold,
                        responseHoursLowGold);
            };
        }

        private static double pick(int rank, double urgent, double high, double normal, double low) {
            return switch (rank) {
                case 0 -> urgent;
                case 1 -> high;
                case 2 -> normal;
                case 3 -> low;
                default -> throw new IllegalArgumentException(
                        "priority rank must be 0 (urgent) to 3 (low), got " + rank);
            };
        }

        /** Vendor work time on a tier-2 ticket at this tier relative to silver. */
        public double workHoursMultiplier() {
            return switch (slaTier) {
                case BRONZE -> workHoursMultiplierBronze;
                case SILVER -> 1.0;
                case GOLD -> workHoursMultiplierGold;
            };
        }

        /** Vendor desk analysts on duty per contracted FTE at this tier relative to silver. */
        public double deskStaffingMultiplier() {
            return switch (slaTier) {
                case BRONZE -> deskStaffingMultiplierBronze;
                case SILVER -> 1.0;
                case GOLD -> deskStaffingMultiplierGold;
            };
        }
    }

    private static final String SLA_TARGET_SOURCE =
            "assumption; hosted-EHR SLA pages as templates (domain-facts 4.3, grade C): no EHR vendor publishes response"
                    + " times (domain-facts 6); sensitivity range half to double";
    private static final String VENDOR_TIER_SOURCE =
            "assumption (CereCore: speed-to-answer is the strongest cost driver and users value resolution most,"
                    + " grade C); sensitivity range: bronze 0.5-1, gold 1-2 for staffing, the inverse for work time";

    /** Which of the six IT functions of the seed paper are held in-house and which by vendors. */
    public record FunctionSourcing(
            @Param(lever = true, unit = "in-house | vendor", def = "in-house", doc = "Patient record management")
                    Sourcing patientRecords,
            @Param(
                            lever = true,
                            unit = "in-house | vendor",
                            def = "in-house",
                            doc = "Clinical decision support development")
                    Sourcing clinicalDecisionSupport,
            @Param(
                            lever = true,
                            unit = "in-house | vendor",
                            def = "in-house",
                            doc = "Compliance and regulatory management")
                    Sourcing compliance,
            @Param(lever = true, unit = "in-house | vendor", def = "vendor", doc = "Data storage and hosting")
                    Sourcing hosting,
            @Param(
                            lever = true,
                            unit = "in-house | vendor",
                            def = "vendor",
                            doc = "Technical support and maintenance (help desk, patching)")
                    Sourcing technicalSupport,
            @Param(
                            lever = true,
                            unit = "in-house | vendor",
                            def = "vendor",
                            doc = "Application development and upgrades")
                    Sourcing applicationDevelopment)
            implements Serializable {}

    /** The HIS itself: defects, releases, maintenance and outages. */
    public record HisSystem(
            @Param(
                            unit = "defects",
                            def = "200",
                            min = 0,
                            max = 100000,
                            doc =
                                    "Expected number of defects that use will eventually reveal (Goel-Okumoto a; discoveries are Poisson, so a run may find a few more or fewer)",
                            source = "assumption; reliability-growth literature")
                    double latentDefects,
            @Param(
                            unit = "per million usage hours",
                            def = "1.0",
                            min = 0,
                            max = 1000,
                            doc = "Defect discovery rate per undiscovered defect (Goel-Okumoto b)")
                    double defectDiscoveryPerMillionUsageHours,
            @Param(
                            unit = "days",
                            def = "14",
                            min = 1,
                            max = 365,
                            doc = "Release cadence of in-house application development",
                            source = "assumption (two-week sprints); sensitivity range 7-28")
                    double releaseCadenceDaysInHouse,
            @Param(
                            unit = "days",
                            def = "28",
                            min = 1,
                            max = 365,
                            doc = "Release cadence of a vendor's application development",
                            source = "assumption (monthly vendor service packs); sensitivity range 14-90")
                    double releaseCadenceDaysVendor,
            @Param(
                            unit = "defects",
                            def = "",
                            min = 0,
                            max = 10000,
                            doc =
                                    "Explicit defects an in-house team fixes per release; empty: from its developer capacity over the cadence")
                    Integer fixesPerReleaseInHouse,
            @Param(
                            unit = "defects",
                            def = "",
                            min = 0,
                            max = 10000,
                            doc =
                                    "Explicit defects a vendor fixes per release for this hospital; empty: from the capacity it assigns over the cadence")
                    Integer fixesPerReleaseVendor,
            @Param(
                            unit = "FTE",
                            def = "6",
                            min = 0,
                            max = 1000,
                            doc = "In-house application developers (when application development is in-house)",
                            source =
                                    "assumption: costs.applicationDevelopmentInHouseUsdPerYear 800,000 / about 130,000 USD loaded per developer; sensitivity range 2-15")
                    double developersInHouse,
            @Param(
                            unit = "FTE",
                            def = "6",
                            min = 0,
                            max = 1000,
                            doc =
                                    "Developer capacity a vendor assigns to this hospital's defects (when application development is outsourced)",
                            source =
                                    "assumption: costs.applicationDevelopmentVendorUsdPerYear 650,000 / about 110,000 USD per vendor developer; sensitivity range 2-15")
                    double developersVendor,
            @Param(
                            unit = "share",
                            def = "0.5",
                            min = 0,
                            max = 1,
                            doc =
                                    "Share of developer time spent fixing defects (the rest: features, upgrades, interfaces)",
                            source = "assumption; sensitivity range 0.3-0.7")
                    double defectFixShareOfDeveloperTime,
            @Param(
                            unit = "hours",
                            def = "12",
                            min = 0.1,
                            max = 2000,
                            doc = "Developer hours to fix, test and package one defect",
                            source = "assumption; sensitivity range 6-40")
                    double developerHoursPerDefectFix,
            @Param(
                            unit = "defects",
                            def = "4",
                            min = 0,
                            max = 1000,
                            doc = "Mean regressions a release introduces without extra testing")
                    double regressionsPerRelease,
            @Param(
                            unit = "hours",
                            def = "0.5",
                            min = 0,
                            max = 48,
                            doc = "Planned downtime to install a release (at system.releaseHourOfDay)")
                    double releaseDowntimeHours,
            @Param(
                            unit = "hour of day",
                            def = "2",
                            min = 0,
                            max = 23,
                            doc = "Hour of the day releases are installed (a quiet night hour)",
                            source = "assumption; sensitivity range 0-5")
                    int releaseHourOfDay,
            @Param(
                            unit = "windows per month",
                            def = "1",
                            min = 0,
                            max = 30,
                            doc = "Planned maintenance windows per month (Sunday 01:00)",
                            source = "Houston Methodist downtime calendar, grade C")
                    double maintenanceWindowsPerMonth,
            @Param(
                            unit = "hours",
                            def = "1.5",
                            min = 0,
                            max = 24,
                            doc = "Length of a planned maintenance window",
                            source = "Houston Methodist downtime calendar (30 min to 6-8 h), grade C")
                    double maintenanceWindowHours,
            @Param(
                            unit = "outages per year",
                            def = "1.8",
                            min = 0,
                            max = 1000,
                            doc = "Full unplanned outages per year, in-house hosting",
                            source = "Sittig et al. 2014 (>= 1.07 per year)")
                    double fullOutagesPerYearInHouse,
            @Param(
                            unit = "outages per year",
                            def = "1.5",
                            min = 0,
                            max = 1000,
                            doc = "Full unplanned outages per year, vendor hosting",
                            source = "Sittig et al. 2014; VA OIG 2024")
                    double fullOutagesPerYearVendor,
            @Param(
                            unit = "hours",
                            def = "4.0",
                            min = 0.01,
                            max = 1000,
                            doc = "Median restore time of a full outage, in-house hosting",
                            source = "Sittig et al. 2014 (>8 h about 0.4 per year)")
                    double restoreMedianHoursInHouse,
            @Param(
                            unit = "hours",
                            def = "3.0",
                            min = 0.01,
                            max = 1000,
                            doc = "Median restore time of a full outage, vendor hosting")
                    double restoreMedianHoursVendor,
            @Param(unit = "log-sd", def = "1.3", min = 0, max = 5, doc = "Spread (sigma of the log) of restore times")
                    double restoreLogSd,
            @Param(
                            unit = "incidents per month",
                            def = "0.7",
                            min = 0,
                            max = 1000,
                            doc = "Partial-function incidents per month in steady state, in-house hosting")
                    double partialIncidentsPerMonthInHouse,
            @Param(
                            unit = "incidents per month",
                            def = "1.0",
                            min = 0,
                            max = 1000,
                            doc = "Partial-function incidents per month in steady state, vendor hosting",
                            source = "VA OIG audit 22-03591-231 (2024)")
                    double partialIncidentsPerMonthVendor,
            @Param(
                            unit = "multiplier",
                            def = "4",
                            min = 1,
                            max = 100,
                            doc = "Incident-rate multiplier at go-live, decaying to 1",
                            source = "VA OIG 2024 (about 4 incidents per month early on)")
                    double goLiveIncidentMultiplier,
            @Param(
                            unit = "weeks",
                            def = "10",
                            min = 0.1,
                            max = 520,
                            doc = "Time constant of the decay of early-life incidents")
                    double goLiveIncidentDecayWeeks,
            @Param(
                            unit = "hours",
                            def = "1.0",
                            min = 0.01,
                            max = 1000,
                            doc = "Median length of a partial-function incident",
                            source = "VA OIG 2024 (mean about 2.3 h)")
                    double partialMedianHours,
            @Param(
                            unit = "share",
                            def = "0.5",
                            min = 0,
                            max = 1,
                            doc =
                                    "Share of partial-function incidents caused by application defects (a broken order function, interface mapping or screen), reported by users and restored by in-house tier 2 rather than IT operations",
                            source =
                                    "assumption: FedScoop 2022 on VA FOIA data (of 1,073 h of partial impact, 930 h were incomplete functionality, 103 h degraded performance; root cause unclear in about half); sensitivity range 0.2-0.9")
                    double defectShareOfPartialIncidents,
            @Param(
                            unit = "multiplier per vulnerability",
                            def = "0.05",
                            min = 0,
                            max = 10,
                            doc = "Added outage rate per open unpatched vulnerability (maintenance adequacy)",
                            source = "Valenstein 1996, 2003 (unpatched systems fail more)")
                    double outageRatePerOpenVulnerability)
            implements Serializable {}

    /** Threats: phishing, compromise and detection, vulnerabilities, vendor breaches and ransomware. */
    public record Security(
            @Param(
                            unit = "campaigns per year",
                            def = "12",
                            min = 0,
                            max = 365,
                            doc = "Real phishing campaigns that reach staff")
                    double phishingCampaignsPerYear,
            @Param(unit = "share", def = "0.02", min = 0, max = 1, doc = "Share of clinicians a real campaign reaches")
                    double phishingTargetShare,
            @Param(
                            unit = "probability",
                            def = "0.155",
                            min = 0,
                            max = 1,
                            doc = "Click probability of an untrained clinician",
                            source = "Gordon et al. 2019 JAMA Netw Open (14.2% overall, median 16.7%)")
                    double baseClickProbability,
            @Param(
                            unit = "odds ratio",
                            def = "0.511",
                            min = 0,
                            max = 1,
                            doc = "Click odds after 6-10 simulated campaigns",
                            source = "Gordon et al. 2019 JAMA Netw Open (aOR 0.511)")
                    double clickOddsAfter6Campaigns,
            @Param(
                            unit = "odds ratio",
                            def = "0.335",
                            min = 0,
                            max = 1,
                            doc = "Click odds after more than 10 simulated campaigns",
                            source = "Gordon et al. 2019 JAMA Netw Open (aOR 0.335)")
                    double clickOddsAfter10Campaigns,
            @Param(
                            unit = "probability",
                            def = "0.2",
                            min = 0,
                            max = 1,
                            doc = "Chance a click on a real phish yields working credentials")
                    double credentialCaptureProbability,
            @Param(
                            unit = "probability",
                            def = "0.01",
                            min = 0,
                            max = 1,
                            doc =
                                    "Chance the attacker holding a compromised account sets out to exfiltrate records; it is a breach only if exfiltration comes before detection")
                    double compromiseBreachProbability,
            @Param(
                            unit = "days",
                            def = "280",
                            min = 1,
                            max = 3650,
                            doc = "Mean time to identify and contain a compromise without dedicated monitoring",
                            source = "IBM Cost of a Data Breach 2023-2025 (~279 days)")
                    double meanDwellDays,
            @Param(
                            unit = "vulnerabilities per month",
                            def = "3",
                            min = 0,
                            max = 1000,
                            doc = "Disclosed vulnerabilities that affect the HIS stack")
                    double vulnerabilitiesPerMonth,
            @Param(
                            unit = "days",
                            def = "32",
                            min = 0.1,
                            max = 3650,
                            doc =
                                    "In-house maintenance: median lead time before a patch can be applied (availability, testing, change window); the patch then waits for IT operations capacity",
                            source =
                                    "Verizon DBIR 2025 (median 32 days to remediate); queueing for capacity is added on top")
                    double patchLatencyDaysInHouse,
            @Param(
                            unit = "days",
                            def = "32",
                            min = 0.1,
                            max = 3650,
                            doc = "Median patch latency when maintenance is outsourced",
                            source =
                                    "Verizon DBIR 2025 (median 32 days); no published comparison of vendor and in-house patch latency found (managed-service providers' own claims of faster patching are grade C); sensitivity range 14-90")
                    double patchLatencyDaysVendor,
            @Param(unit = "log-sd", def = "0.8", min = 0, max = 5, doc = "Spread of patch latency")
                    double patchLatencyLogSd,
            @Param(
                            unit = "probability per day",
                            def = "0.0002",
                            min = 0,
                            max = 1,
                            doc = "Daily exploitation hazard of a vulnerability 30 days after disclosure")
                    double exploitHazardPerDayAt30Days,
            @Param(
                            unit = "exponent",
                            def = "1.0",
                            min = 0,
                            max = 5,
                            doc =
                                    "Growth of exploitation hazard with days unpatched (hazard proportional to days^exponent)",
                            source = "Verizon DBIR (exploitation rises with exposure time)")
                    double exploitHazardGrowth,
            @Param(
                            unit = "share",
                            def = "0.2",
                            min = 0,
                            max = 1,
                            doc = "Share of intrusions (exploits, compromised credentials) that become ransomware",
                            source = "assumption; Sophos 2024")
                    double ransomwareShare,
            @Param(
                            unit = "days",
                            def = "7",
                            min = 0.1,
                            max = 365,
                            doc =
                                    "Median HIS downtime after ransomware that takes it down, with intact backups and adequately staffed IT operations",
                            source = "Sophos 2024 (22% recover within a week, 37% > 1 month); Neprash et al.")
                    double ransomwareDowntimeMedianDays,
            @Param(unit = "log-sd", def = "0.9", min = 0, max = 5, doc = "Spread of ransomware downtime")
                    double ransomwareDowntimeLogSd,
            @Param(
                            unit = "share",
                            def = "0.417",
                            min = 0,
                            max = 1,
                            doc = "Share of ransomware attacks whose containment takes the HIS down",
                            source =
                                    "Neprash et al. 2022 JAMA Health Forum (electronic system downtime in 156 of 374 attacks, 41.7%)")
                    double ransomwareHisDowntimeShare,
            @Param(
                            unit = "probability",
                            def = "0.63",
                            min = 0,
                            max = 1,
                            doc = "Chance attackers also destroy or encrypt ordinary backups",
                            source =
                                    "Sophos State of Ransomware in Healthcare 2024 (attempted in 95% of attacks, succeeded in 66% of those)")
                    double backupCompromiseProbability,
            @Param(
                            lever = true,
                            unit = "boolean",
                            def = "false",
                            doc = "Whether the hospital keeps immutable (offline or write-once) backups of the HIS")
                    boolean immutableBackups,
            @Param(
                            unit = "probability",
                            def = "0.05",
                            min = 0,
                            max = 1,
                            doc = "Chance immutable backups are lost or unusable after an attack",
                            source = "assumption, sensitivity range 0-0.2")
                    double immutableBackupCompromiseProbability,
            @Param(
                            unit = "multiplier",
                            def = "4",
                            min = 1,
                            max = 50,
                            doc = "Ransomware downtime multiplier when backups are lost (rebuild, decrypt or pay)",
                            source =
                                    "Sophos 2024 (22% recover within a week, 37% take more than a month): with a 7-day median for intact backups, a 28-day median without gives about 22% and 31%")
                    double ransomwareBackupLossDowntimeMultiplier,
            @Param(
                            unit = "breaches per year",
                            def = "0.1",
                            min = 0,
                            max = 100,
                            doc =
                                    "Breach rate of each vendor that holds patient data or has network access (hosting, records, technical support, application development)",
                            source =
                                    "Ponemon/Censinet 2024 (56% of healthcare organisations had a vendor-caused breach in 2 years: 0.41 per year) over 4 data-holding functions; Ponemon/Imprivata 2025 (44% of healthcare respondents had a third-party breach or attack in 12 months); OCR 2023 (business associates 23.4% of breaches, Paubox; 19% reported by business associates, 24By7Security); sensitivity range 0.02-0.3")
                    double vendorBreachesPerYear,
            @Param(
                            unit = "breaches per year",
                            def = "0.1",
                            min = 0,
                            max = 100,
                            doc = "Reportable insider / misdirected-disclosure breaches per year (non-hacking)",
                            source = "OCR summaries (hacking ~75% of breaches)")
                    double insiderBreachesPerYear,
            @Param(
                            unit = "records",
                            def = "4109",
                            min = 1,
                            max = 1e9,
                            doc = "Median records exposed per breach",
                            source = "HIPAA Journal 2024 (median 4,109)")
                    double recordsExposedMedian,
            @Param(
                            unit = "log-sd",
                            def = "2.68",
                            min = 0,
                            max = 6,
                            doc =
                                    "Spread of records exposed per breach (lognormal, before the cap by what the scope holds)",
                            source =
                                    "McCoy & Perlis 2018 JAMA (OCR 2010-2017: median 2,300, mean 84,456 records: log-sd = sqrt(2 ln(mean/median)))")
                    double recordsExposedLogSd,
            @Param(
                            unit = "multiplier",
                            def = "1.3",
                            min = 1,
                            max = 20,
                            doc = "Detection-hazard multiplier when compliance is managed in-house",
                            source =
                                    "assumption (an in-house privacy office reviews access logs and incident reports with workflow knowledge; no published comparison found); sensitivity range 1-2")
                    double inHouseComplianceDetectionMultiplier,
            @Param(
                            unit = "hazard ratio",
                            def = "2",
                            min = 1,
                            max = 20,
                            doc =
                                    "Compromise detection hazard with full IT operations monitoring coverage over none (coverage = IT operations adequacy, at most 1)",
                            source =
                                    "assumption (IBM: internally detected breaches have shorter lifecycles); sensitivity range 1-5")
                    double itOperationsDetectionHazardMultiplier,
            @Param(
                            unit = "days",
                            def = "2",
                            min = 0.001,
                            max = 3650,
                            doc = "Median time from compromise to data exfiltration",
                            source = "Palo Alto Unit 42 Incident Response Report 2024 (median 2 days in 2023)")
                    double exfiltrationMedianDays,
            @Param(
                            unit = "log-sd",
                            def = "5.5",
                            min = 0,
                            max = 10,
                            doc = "Spread of the time to exfiltration (lognormal)",
                            source = "Palo Alto Unit 42 2024 (45% within one day of compromise: ln 2 / z(0.55) = 5.5)")
                    double exfiltrationLogSd,
            @Param(
                            unit = "share",
                            def = "0.05",
                            min = 0,
                            max = 1,
                            doc =
                                    "Share of the hospital's patient records one compromised account (mailbox, chart access) or an access-only vendor can reach",
                            source = "assumption; sensitivity range 0.01-0.5")
                    double compromisedAccountScopeShare,
            @Param(
                            unit = "days",
                            def = "200",
                            min = 1,
                            max = 3650,
                            doc = "Breach lifecycle (identify and contain) below which a breach costs less",
                            source = "IBM Cost of a Data Breach 2020 (lifecycle under vs over 200 days)")
                    double fastContainmentDays,
            @Param(
                            unit = "multiplier",
                            def = "0.74",
                            min = 0,
                            max = 1,
                            doc = "Cost multiplier of a breach identified and contained within fastContainmentDays",
                            source = "IBM Cost of a Data Breach 2020 (USD 3.21 M under 200 days vs 4.33 M over)")
                    double fastContainmentCostMultiplier,
            @Param(
                            unit = "hours",
                            def = "24",
                            min = 0.1,
                            max = 1000,
                            doc =
                                    "IT operations work to test, deploy and verify one patch across the HIS stack (in-house)",
                            source = "assumption; sensitivity range 8-80")
                    double patchHoursPerVulnerability,
            @Param(
                            unit = "share",
                            def = "0.1",
                            min = 0,
                            max = 1,
                            doc = "Share of each in-house IT operations analyst's time available for patching",
                            source = "assumption; sensitivity range 0.05-0.3")
                    double itOperationsPatchingShare,
            @Param(
                            unit = "share",
                            def = "0.05",
                            min = 0,
                            max = 1,
                            doc =
                                    "Share of discovered HIS defects that are security vulnerabilities (enter the patch queue)",
                            source = "assumption; sensitivity range 0-0.15")
                    double securityRelevantDefectShare,
            @Param(
                            unit = "odds multiplier",
                            def = "1.0",
                            min = 0.01,
                            max = 1,
                            doc = "Click-odds multiplier for a clinician whose go-live training had security content",
                            source =
                                    "Ho et al. 2025 IEEE S&P (19,500 UC San Diego Health staff: no significant effect of annual training)")
                    double securityTrainingClickOddsMultiplier,
            @Param(
                            unit = "share",
                            def = "0.1",
                            min = 0,
                            max = 1,
                            doc =
                                    "Share of reportable breaches notified after the 60-day deadline when compliance is in-house",
                            source =
                                    "assumption; HIPAA Breach Notification Rule (60 days); Protenus Breach Barometer found 34% (April 2017) to 60% (November 2016) of breaches reported to HHS more than 60 days after discovery, before OCR's first late-notice settlement (Presence Health 2017); Comparitech 2023 (via Paubox): US healthcare took 3.7 months on average to report ransomware breaches; so 0.1 is at the low end; sensitivity range 0-0.6")
                    double lateNotificationShareInHouse,
            @Param(
                            unit = "share",
                            def = "0.2",
                            min = 0,
                            max = 1,
                            doc = "Share of reportable breaches notified late when compliance is with a vendor",
                            source =
                                    "assumption (one more hand-off before notice; no published comparison of in-house and outsourced compliance found; Comparitech 2023 found non-provider healthcare businesses reported ransomware breaches slightly faster, 3.4 vs 3.7 months); sensitivity range 0-0.7")
                    double lateNotificationShareVendor,
            @Param(
                            unit = "incidents per 1,000 users per year",
                            def = "1",
                            min = 0,
                            max = 1000,
                            doc =
                                    "Inappropriate access to charts by insiders found by access audits (privacy incidents below 500 records)",
                            source =
                                    "assumption; Verizon DBIR 2024 healthcare (privilege misuse among top patterns); sensitivity range 0.2-5")
                    double inappropriateAccessPerThousandUsersPerYear)
            implements Serializable {}

    /**
     * The dedicated, interdisciplinary change-management and support team (the strategy compared). Its size follows
     * the hospital ({@code membersPer100Clinicians}) unless {@code size} gives it explicitly; each of its five
     * functions has a switch, so a sweep can turn them off one at a time.
     */
    public record DedicatedTeam(
            @Param(lever = true, unit = "boolean", def = "false", doc = "Whether the hospital funds the dedicated team")
                    boolean enabled,
            @Param(
                            lever = true,
                            unit = "members",
                            def = "",
                            min = 0,
                            max = 5000,
                            doc =
                                    "Explicit team size (informaticists, trainers, analysts); empty: membersPer100Clinicians of the hospital's clinicians",
                            source = "Sieja et al. 2019 (Sprint team of 11)")
                    Integer size,
            @Param(
                            unit = "members per 100 clinicians",
                            def = "0.44",
                            min = 0,
                            max = 100,
                            doc =
                                    "Default team size per 100 HIS users (rounded, at least 1): 11 at the 2,500-user baseline",
                            source =
                                    "assumption: Sieja et al. 2019's team of 11 at the baseline's 2,500 users (UCHealth ran 2 teams of 11, CT Lin 2019, grade C); sensitivity range 0.2-1.0")
                    double membersPer100Clinicians,
            @Param(
                            unit = "members",
                            def = "",
                            min = 0.1,
                            max = 5000,
                            doc =
                                    "Explicit size at which the team reaches 63% of its full effect, whatever the hospital's size; empty: effectScaleMembersPer100Clinicians")
                    Double effectScaleMembers,
            @Param(
                            unit = "members per 100 clinicians",
                            def = "0.24",
                            min = 0.001,
                            max = 100,
                            doc =
                                    "Team members per 100 clinicians at which the team reaches 63% of its full effect (effect = 1 - exp(-members per 100 / scale)): 6 members at 2,500 users",
                            source = "assumption; sensitivity range 0.1-0.5")
                    double effectScaleMembersPer100Clinicians,
            @Param(
                            unit = "boolean",
                            def = "true",
                            doc = "Monitoring function: shorter outage restores and faster compromise detection")
                    boolean monitoring,
            @Param(
                            unit = "boolean",
                            def = "true",
                            doc = "Training function: targeted refresher sessions for struggling clinicians")
                    boolean training,
            @Param(
                            unit = "boolean",
                            def = "true",
                            doc = "Updates and change-management function: shorter patch latency, release testing")
                    boolean changeManagement,
            @Param(
                            unit = "boolean",
                            def = "true",
                            doc = "Workflow-redesign function: removes workflow misfit every week")
                    boolean workflowRedesign,
            @Param(
                            unit = "boolean",
                            def = "true",
                            doc = "At-the-elbow support function: clinically aware members join tier 2")
                    boolean atTheElbow,
            @Param(
                            unit = "share",
                            def = "0.4",
                            min = 0,
                            max = 1,
                            doc = "Cut in outage restore time from monitoring at full effect")
                    double restoreTimeReduction,
            @Param(
                            unit = "multiplier",
                            def = "5",
                            min = 1,
                            max = 100,
                            doc = "Compromise detection-hazard multiplier from monitoring at full effect",
                            source = "IBM 2024 (faster detection with security AI / monitoring)")
                    double detectionHazardMultiplier,
            @Param(
                            unit = "sessions per member per week",
                            def = "6",
                            min = 0,
                            max = 100,
                            doc =
                                    "Targeted refresher sessions per member per week, given to the least proficient clinicians",
                            source = "Sieja et al. 2019; English et al. 2022")
                    double refresherSessionsPerMemberPerWeek,
            @Param(unit = "hours", def = "1", min = 0, max = 40, doc = "Length of one targeted refresher session")
                    double refresherSessionHours,
            @Param(
                            unit = "probability",
                            def = "0.5",
                            min = 0,
                            max = 1,
                            doc =
                                    "Chance a targeted session ends each workaround the clinician has in use (taught the supported way)",
                            source =
                                    "assumption (Koppel et al. 2008: training gaps among the causes of workarounds); sensitivity range 0-1")
                    double workaroundEndProbabilityPerSession,
            @Param(unit = "share", def = "0.5", min = 0, max = 1, doc = "Cut in patch latency at full effect")
                    double patchLatencyReduction,
            @Param(
                            unit = "share",
                            def = "0.6",
                            min = 0,
                            max = 1,
                            doc = "Cut in regressions per release from release testing at full effect")
                    double regressionReduction,
            @Param(
                            unit = "share per week",
                            def = "0.04",
                            min = 0,
                            max = 1,
                            doc = "Share of remaining workflow misfit the team removes per week at full effect",
                            source = "Sieja et al. 2019 (Sprints: workflow redesign, specialty build)")
                    double misfitFixPerWeek,
            @Param(
                            unit = "share",
                            def = "0.35",
                            min = 0,
                            max = 1,
                            doc = "Share of members who also work as clinically aware tier-2 analysts")
                    double tier2Share)
            implements Serializable {

        /**
         * Members in a hospital of {@code clinicians}: the explicit {@code size}, else
         * {@code max(1, round(clinicians x membersPer100Clinicians / 100))}; 0 when the team is off.
         */
        public int members(int clinicians) {
            if (!enabled) {
                return 0;
            }
            if (size != null) {
                return size;
            }
            return (int) Math.max(1, Math.round(clinicians * membersPer100Clinicians / 100.0));
        }

        /**
         * Strength of the team's functions in a hospital of {@code clinicians}, 0 when the team is off:
         * {@code 1 - exp(-(members per 100 clinicians) / effectScaleMembersPer100Clinicians)}, so a team scaled with
         * the hospital is as strong per clinician in a small hospital as in a large one; with an explicit
         * {@code effectScaleMembers}, {@code 1 - exp(-members / effectScaleMembers)}.
         */
        public double effect(int clinicians) {
            int m = members(clinicians);
            if (m == 0) {
                return 0.0;
            }
            if (effectScaleMembers != null) {
                return 1.0 - Math.exp(-m / effectScaleMembers);
            }
            return 1.0 - Math.exp(-(100.0 * m / Math.max(1, clinicians)) / effectScaleMembersPer100Clinicians);
        }

        /** The monitoring function's strength (0 when switched off). */
        public double monitoringEffect(int clinicians) {
            return monitoring ? effect(clinicians) : 0.0;
        }

        /** The updates and change-management function's strength (0 when switched off). */
        public double changeManagementEffect(int clinicians) {
            return changeManagement ? effect(clinicians) : 0.0;
        }

        /** The workflow-redesign function's strength (0 when switched off). */
        public double workflowRedesignEffect(int clinicians) {
            return workflowRedesign ? effect(clinicians) : 0.0;
        }

        /** Targeted sessions per week (0 when the training function is off). */
        public int sessionsPerWeek(int clinicians) {
            return training ? (int) Math.round(members(clinicians) * refresherSessionsPerMemberPerWeek) : 0;
        }

        /**
         * Members who work as clinically aware tier-2 analysts: {@code round(members x tier2Share)}, at least one when
         * the team has members and a positive share (a small hospital's team still does the function); 0 when
         * at-the-elbow support is off.
         */
        public int tier2Analysts(int clinicians) {
            int m = members(clinicians);
            if (!atTheElbow || m == 0 || tier2Share <= 0) {
                return 0;
            }
            return (int) Math.max(1, Math.round(m * tier2Share));
        }
    }

    /** Unit costs: they turn activity into money and budgets into staff and hours. */
    public record Costs(
            @Param(
                            unit = "USD per hour",
                            def = "150",
                            min = 0,
                            max = 10000,
                            doc = "Loaded cost of a physician hour (training time, lost time)")
                    double physicianHourUsd,
            @Param(unit = "USD per hour", def = "55", min = 0, max = 10000, doc = "Loaded cost of a nurse hour")
                    double nurseHourUsd,
            @Param(
                            unit = "USD per hour",
                            def = "45",
                            min = 0,
                            max = 10000,
                            doc = "Loaded cost of an allied clinician hour")
                    double alliedHourUsd,
            @Param(
                            unit = "USD per trainee hour",
                            def = "20",
                            min = 0,
                            max = 10000,
                            doc = "Trainer and room cost per trainee-hour of training")
                    double trainerUsdPerTraineeHour,
            @Param(
                            unit = "USD per year",
                            def = "70000",
                            min = 0,
                            max = 1e7,
                            doc = "Loaded cost of an in-house help-desk analyst",
                            source = "HDI 2016 salary report, grade B/C")
                    double inHouseDeskAnalystUsdPerYear,
            @Param(
                            unit = "USD per year",
                            def = "55000",
                            min = 0,
                            max = 1e7,
                            doc = "Vendor price of one help-desk FTE (silver tier)")
                    double vendorDeskAnalystUsdPerYear,
            @Param(
                            unit = "USD per year",
                            def = "110000",
                            min = 0,
                            max = 1e7,
                            doc = "Loaded cost of an in-house tier-2 application analyst")
                    double tier2AnalystUsdPerYear,
            @Param(
                            unit = "USD per year",
                            def = "120000",
                            min = 0,
                            max = 1e7,
                            doc = "Loaded cost of an in-house IT operations analyst",
                            source = "assumption (US systems administrator median wage plus about 30% benefits)")
                    double itOperationsAnalystUsdPerYear,
            @Param(
                            unit = "USD per year",
                            def = "150000",
                            min = 0,
                            max = 1e8,
                            doc = "Immutable backups of the HIS (storage, software and their management), when kept",
                            source = "assumption, sensitivity range 50,000-500,000")
                    double immutableBackupsUsdPerYear,
            @Param(
                            unit = "USD per hour",
                            def = "60",
                            min = 0,
                            max = 10000,
                            doc = "Backfill cost of a super-user hour at the elbow")
                    double superUserHourUsd,
            @Param(
                            unit = "USD per year",
                            def = "130000",
                            min = 0,
                            max = 1e7,
                            doc = "Loaded cost of a dedicated-team member")
                    double dedicatedTeamMemberUsdPerYear,
            @Param(
                            unit = "USD per year",
                            def = "900000",
                            min = 0,
                            max = 1e9,
                            doc = "In-house hosting (data centre, staff, depreciation)")
                    double hostingInHouseUsdPerYear,
            @Param(
                            unit = "USD per year",
                            def = "700000",
                            min = 0,
                            max = 1e9,
                            doc = "Vendor hosting contract (silver tier)")
                    double hostingVendorUsdPerYear,
            @Param(
                            unit = "USD per change",
                            def = "1500",
                            min = 0,
                            max = 1e7,
                            doc =
                                    "Vendor charge for building one workflow or record change (customisation billed outside the contract)",
                            source =
                                    "assumption (time and materials, about 10 vendor hours); sensitivity range 500-5000")
                    double vendorChangeRequestUsd,
            @Param(
                            unit = "USD per year",
                            def = "800000",
                            min = 0,
                            max = 1e9,
                            doc = "In-house application development team")
                    double applicationDevelopmentInHouseUsdPerYear,
            @Param(
                            unit = "USD per year",
                            def = "650000",
                            min = 0,
                            max = 1e9,
                            doc = "Vendor application development contract")
                    double applicationDevelopmentVendorUsdPerYear,
            @Param(
                            unit = "USD per year",
                            def = "300000",
                            min = 0,
                            max = 1e9,
                            doc = "In-house record management, decision-support and compliance staff (per function)")
                    double clinicalFunctionInHouseUsdPerYear,
            @Param(
                            unit = "USD per year",
                            def = "250000",
                            min = 0,
                            max = 1e9,
                            doc =
                                    "Vendor contract for a record, decision-support or compliance function (per function)")
                    double clinicalFunctionVendorUsdPerYear,
            @Param(unit = "multiplier", def = "0.85", min = 0, max = 10, doc = "Vendor price multiplier at bronze tier")
                    double vendorSlaCostMultiplierBronze,
            @Param(unit = "multiplier", def = "1.3", min = 0, max = 10, doc = "Vendor price multiplier at gold tier")
                    double vendorSlaCostMultiplierGold,
            @Param(
                            unit = "USD per hour",
                            def = "20000",
                            min = 0,
                            max = 1e8,
                            doc = "Cost of an hour of full unplanned downtime (lost revenue, overtime, diversion)",
                            source =
                                    "assumption; Sittig (up to $1M/h for a large hospital), AC Group ($488-634 per physician-hour)")
                    double unplannedDowntimeUsdPerHour,
            @Param(unit = "USD per event", def = "20000", min = 0, max = 1e9, doc = "Cost of a harm event")
                    double harmEventUsd,
            @Param(
                            unit = "USD per breach",
                            def = "6000000",
                            min = 0,
                            max = 1e10,
                            doc = "Fixed cost of a breach (response, notification, penalties, churn)",
                            source = "IBM Cost of a Data Breach 2023-2025 ($7.4M-$10.9M per breach)")
                    double breachFixedUsd,
            @Param(
                            unit = "USD per record",
                            def = "100",
                            min = 0,
                            max = 10000,
                            doc = "Cost per record exposed",
                            source = "IBM 2019 ($429 per record, all-in)")
                    double breachPerRecordUsd,
            @Param(
                            unit = "multiplier",
                            def = "1.5",
                            min = 1,
                            max = 10,
                            doc = "Breach-cost multiplier when compliance is outsourced (slower reporting, penalties)")
                    double outsourcedCompliancePenaltyMultiplier,
            @Param(
                            unit = "USD per late notification",
                            def = "475000",
                            min = 0,
                            max = 1e9,
                            doc = "Penalty for notifying a reportable breach after the 60-day deadline",
                            source =
                                    "HHS OCR 2017, Presence Health settlement (USD 475,000, first for untimely notification)")
                    double lateNotificationPenaltyUsd)
            implements Serializable {

        /** Loaded cost of an hour of a clinician of the given role index (0 physician, 1 nurse, 2 allied). */
        public double clinicianHourUsd(int roleIndex) {
            return switch (roleIndex) {
                case 0 -> physicianHourUsd;
                case 1 -> nurseHourUsd;
                default -> alliedHourUsd;
            };
        }
    }

    /**
     * Funding given as money instead of staff and hours. When a budget is set, unit costs turn it into the natural
     * unit it funds ({@link BudgetResolver}); setting both forms of one lever is an error.
     */
    public record Budget(
            @Param(
                            lever = true,
                            unit = "USD (one-off)",
                            def = "",
                            min = 0,
                            max = 1e10,
                            doc =
                                    "Pre-go-live training budget; buys hours for all roles in the ratio of the scenario's training hours")
                    Double trainingUsd,
            @Param(
                            lever = true,
                            unit = "USD per year",
                            def = "",
                            min = 0,
                            max = 1e10,
                            doc = "Help-desk budget; buys support.helpDeskAnalysts at the desk's FTE price")
                    Double helpDeskUsdPerYear,
            @Param(
                            lever = true,
                            unit = "USD per year",
                            def = "",
                            min = 0,
                            max = 1e10,
                            doc = "Tier-2 budget; buys support.tier2Analysts")
                    Double tier2UsdPerYear,
            @Param(
                            lever = true,
                            unit = "USD per year",
                            def = "",
                            min = 0,
                            max = 1e10,
                            doc = "IT operations budget; buys support.itOperationsAnalysts")
                    Double itOperationsUsdPerYear,
            @Param(
                            lever = true,
                            unit = "USD per year",
                            def = "",
                            min = 0,
                            max = 1e10,
                            doc = "Dedicated-team budget; buys dedicatedTeam.size")
                    Double dedicatedTeamUsdPerYear)
            implements Serializable {}

    /** Switches that turn mechanisms off for analytic checks and ablation studies; all on by default. */
    public record Mechanisms(
            @Param(
                            unit = "boolean",
                            def = "true",
                            doc = "Clinicians learn after go-live (off: proficiency stays at its initial level)")
                    boolean learning,
            @Param(
                            unit = "boolean",
                            def = "true",
                            doc = "Tier-1 tickets not resolved at first contact escalate (off: tier 1 resolves all)")
                    boolean escalation,
            @Param(
                            unit = "boolean",
                            def = "true",
                            doc = "Staffing and demand follow shifts and weekdays (off: flat around the clock)")
                    boolean shiftEffects,
            @Param(unit = "boolean", def = "true", doc = "Clinicians may work around issues instead of asking for help")
                    boolean workarounds)
            implements Serializable {}
}
