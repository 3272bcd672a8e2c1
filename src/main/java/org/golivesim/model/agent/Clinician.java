package org.golivesim.model.agent;

import org.golivesim.model.domain.Calendar;
import org.golivesim.model.domain.PhishingTarget;
import org.golivesim.model.domain.Role;
import org.golivesim.model.domain.ShiftSlot;
import org.golivesim.model.domain.Ticket;
import org.golivesim.model.domain.TicketKind;
import org.golivesim.model.domain.TicketOwner;
import org.golivesim.observe.Tally;
import org.golivesim.random.Stream;
import org.golivesim.scenario.Scenario;

/**
 * A physician, nurse or allied clinician who uses the HIS. Behavioural rules (parameters in {@link Scenario}):
 *
 * <ul>
 *   <li><b>Initial proficiency</b> from pre-go-live training: {@code p0 = pMax (1 - exp(-hours / hoursScale))}.
 *   <li><b>Learning</b> by use, a power law of practice: {@code p = 1 - (1 - base)(1 + usedHours / practiceHours)^-k},
 *       where {@code base} starts at {@code p0} and each taught resolution or refresher closes a share of its gap.
 *   <li><b>Issues</b> arrive per hour of use: how-to issues at {@code rate (1 - p)}, access issues, defect encounters
 *       in proportion to active defects, workflow misfits in proportion to misfit.
 *   <li><b>Choice</b> between a super-user, a ticket and a workaround by multinomial logit; ticket utility falls with
 *       remembered waits and unresolved closures, workaround utility rises with habit (VA OIG 21-00781-108).
 *   <li><b>Tasks and errors</b>: time per task is {@code (1 + slowdown (1 - p)) (1 + misfitSlowdown misfit)} times the
 *       legacy time (workflow misfit costs time as well as errors); on paper it is
 *       {@code paperTimeMultiplier} times and needs back-entry later; errors follow a logistic model with the
 *       workaround odds ratio of van der Veen 2018.
 *   <li><b>Satisfaction</b> follows a mix of proficiency and support experience.
 * </ul>
 *
 * <p>The clinician holds only its own state; the shift's circumstances arrive as a {@link Shift} from the
 * {@link Workforce}, which keeps memory per clinician small enough for tens of thousands of clinicians.
 */
public final class Clinician implements TicketOwner, PhishingTarget {
    private final int id;
    private final Role role;
    private final ShiftSlot slot;
    private final double trainingHours;
    private double baseProficiency;
    private double proficiency;
    private double errorProficiency;
    private double usedHours;
    private double satisfaction;
    private double rememberedResolutionHours;
    private double rememberedUnresolved;
    private double workaroundHabit;
    private int activeWorkarounds;
    private int openTickets;
    private double backEntryMinutes;
    private double issueMinutesThisShift;
    private int ticketsThisShift;
    private int simulatedCampaignsSeen;
    private int simulatedClicks;
    private boolean remedialTrained;
    private boolean compromised;
    private boolean remediated;
    private final boolean securityTrained;
    private final double disposition;
    private final Workforce workforce;

    Clinician(
            int id,
            Role role,
            ShiftSlot slot,
            double trainingHours,
            double disposition,
            Scenario.Training training,
            Workforce workforce) {
        this.disposition = disposition;
        this.id = id;
        this.role = role;
        this.slot = slot;
        this.trainingHours = trainingHours;
        this.baseProficiency = initialProficiency(trainingHours, training);
        this.proficiency = baseProficiency;
        this.errorProficiency = baseProficiency;
        this.securityTrained = Math.min(trainingHours, training.securityContentHours()) > 0;
        this.satisfaction =
                Math.max(0, Math.min(1, disposition + workforce.issues().satisfactionCeiling()));
        this.workforce = workforce;
    }

    /** {@code pMax (1 - exp(-hours / hoursScale))}: proficiency on the first day of go-live. */
    public static double initialProficiency(double trainingHours, Scenario.Training t) {
        return t.maxInitialProficiency() * (1.0 - Math.exp(-trainingHours / t.proficiencyHoursScale()));
    }

    /** Power law of practice: proficiency after {@code usedHours} of use from a base level. */
    public static double practiced(double base, double usedHours, Scenario.Learning l) {
        return 1.0 - (1.0 - base) * Math.pow(1.0 + usedHours / l.practiceHours(), -l.learningExponent());
    }

    /**
     * Error-relevant proficiency: the same power law on its own, slower time scale {@code errorPracticeHours}
     * (Abramson et al. 2011: errors stay raised for months after speed has recovered).
     */
    public static double practicedForErrors(double base, double usedHours, Scenario.Learning l) {
        return 1.0 - (1.0 - base) * Math.pow(1.0 + usedHours / l.errorPracticeHours(), -l.learningExponent());
    }

    /**
     * Expected harm events of a shift from delays in care: every task falling due while the HIS is down (full
     * downtime, or the share of tasks whose function a partial incident took away) is delayed, and each delayed task
     * harms the patient with the given probability, apart from any error made on paper.
     *
     * @param demandedTasks tasks falling due in the shift
     * @param shiftHours the shift's length, hours
     * @param downtimeHours hours of the shift spent on paper downtime procedures (full plus partial)
     * @param harmPerDelayedTask {@code errors.delayHarmPerDowntimeTask}
     * @return expected delayed-care harm events
     */
    public static double delayedCareHarm(
            double demandedTasks, double shiftHours, double downtimeHours, double harmPerDelayedTask) {
        if (downtimeHours <= 0 || harmPerDelayedTask <= 0) {
            return 0;
        }
        return demandedTasks * (downtimeHours / shiftHours) * harmPerDelayedTask;
    }

    /**
     * Probability that an error reaches the patient as harm: logistic, base share plus the low-proficiency term, and
     * the paper or workaround odds ratio (the error escaped the system's checks).
     *
     * @param p error-relevant proficiency (1 on paper and the legacy system)
     * @param workaround whether the task was done under a workaround
     * @param paper whether the task was done on paper downtime procedures
     */
    public static double harmProbability(Scenario.Errors e, double p, boolean workaround, boolean paper) {
        return new ErrorOdds(e).harm(p, workaround, paper);
    }

    /**
     * Error probability of one task by the logistic model: base log-odds plus proficiency, defect and misfit terms,
     * plus the workaround odds ratio or the paper-procedure term.
     *
     * @param p proficiency on the system used (1 on paper and on the legacy system)
     * @param activeDefectShare discovered, unfixed defects over latent defects at go-live
     * @param misfit workflow misfit 0..1
     * @param workaround whether the task is done under a workaround
     * @param paper whether the task is done on paper downtime procedures
     */
    public static double errorProbability(
            Scenario.Errors e, double p, double activeDefectShare, double misfit, boolean workaround, boolean paper) {
        return new ErrorOdds(e).error(p, activeDefectShare, misfit, workaround, paper);
    }

    /**
     * Clinician's probability of clicking a phishing e-mail: base odds times the simulated-phishing effect for the
     * campaigns seen ({@link #simulatedPhishingLogOdds}), the go-live security content and remedial training.
     */
    @Override
    public double clickProbability(Scenario.Security s, Scenario.Training t) {
        double base = s.baseClickProbability();
        double odds = base / (1 - base) * Math.exp(simulatedPhishingLogOdds(simulatedCampaignsSeen, s));
        if (securityTrained) {
            odds *= s.securityTrainingClickOddsMultiplier();
        }
        if (remedialTrained) {
            odds *= t.remedialClickOddsMultiplier();
        }
        return odds / (1 + odds);
    }

    /**
     * Log-odds change of clicking after {@code seen} simulated campaigns, growing campaign by campaign: piecewise linear
     * in the campaign number {@code k = seen + 1} through Gordon et al. 2019's bins at their centres (campaigns 1-5 at
     * k = 3: 0; 6-10 at k = 8: ln aOR 0.511; over 10 at k = 13: ln aOR 0.335), flat after k = 13. The line through the
     * first two anchors extends to k = 1 and 2, so each bin's mean log-odds matches its published odds ratio.
     */
    public static double simulatedPhishingLogOdds(int seen, Scenario.Security s) {
        int k = seen + 1;
        double mid = Math.log(s.clickOddsAfter6Campaigns());
        double late = Math.log(s.clickOddsAfter10Campaigns());
        if (k <= 8) {
            return mid * (k - 3) / 5.0;
        }
        if (k <= 13) {
            return mid + (late - mid) * (k - 8) / 5.0;
        }
        return late;
    }

    /**
     * Start of a shift: issues arrive over the shift's hours of use and the clinician chooses what to do with each.
     * Tickets are opened at their own times within the shift.
     */
    void beginShift(Shift shift) {
        issueMinutesThisShift = 0;
        ticketsThisShift = 0;
        Stream r = shift.draws(id, 0);
        if (!shift.live()) {
            // legacy system: only access problems, taken to the desk
            int access = r.poisson(shift.accessIssues());
            for (int i = 0; i < access; i++) {
                openTicket(TicketKind.ACCESS, shift, r);
            }
            return;
        }
        Scenario.Issues q = shift.issues();
        double h = shift.hours();
        int howTo = r.poisson(q.howToPerHourAtZeroProficiency() * (1 - proficiency) * h);
        int access = r.poisson(shift.accessIssues());
        int defect = r.poisson(shift.defectIssues());
        int workflow = r.poisson(shift.workflowIssues());
        for (int i = 0; i < howTo; i++) {
            handleIssue(TicketKind.HOW_TO, shift, r);
        }
        for (int i = 0; i < access; i++) {
            openTicket(TicketKind.ACCESS, shift, r);
        }
        for (int i = 0; i < defect; i++) {
            handleIssue(TicketKind.DEFECT, shift, r);
        }
        for (int i = 0; i < workflow; i++) {
            TicketKind kind = r.bernoulli(q.recordShareOfWorkflowIssues()) ? TicketKind.RECORD : TicketKind.WORKFLOW;
            handleIssue(kind, shift, r);
        }
        shift.ledger().add(Tally.ISSUES, howTo + access + defect + workflow);
    }

    private void handleIssue(TicketKind kind, Shift shift, Stream r) {
        Scenario.Issues q = shift.issues();
        boolean superUserCanHelp =
                kind != TicketKind.DEFECT && shift.superUsers().available();
        double uSuper = superUserCanHelp ? Math.exp(q.superUserUtility()) : 0.0;
        double uTicket = Math.exp(q.ticketUtility()
                - q.waitAversionPerLogHour() * Math.log1p(rememberedResolutionHours)
                - q.unresolvedAversion() * rememberedUnresolved);
        double uWork = shift.workaroundsAllowed()
                ? Math.exp(q.workaroundUtility() + q.workaroundHabitWeight() * workaroundHabit)
                : 0.0;
        double u = r.uniform() * (uSuper + uTicket + uWork);
        double w = q.supportMemoryWeight();
        if (u < uSuper) {
            shift.superUsers().use();
            shift.ledger().count(Tally.SUPER_USER_ASSISTS);
            issueMinutesThisShift += shift.work().minutesLostPerSuperUserIssue();
            workaroundHabit *= 1 - w;
            if (r.bernoulli(shift.support().superUserResolveProbability())) {
                if (kind == TicketKind.HOW_TO) {
                    learnFromResolution(shift.learning());
                }
            } else {
                openTicket(kind, shift, r);
            }
        } else if (u < uSuper + uTicket) {
            workaroundHabit *= 1 - w;
            openTicket(kind, shift, r);
        } else {
            workaroundHabit = workaroundHabit * (1 - w) + w;
            activeWorkarounds++;
            issueMinutesThisShift += shift.work().minutesLostPerWorkaroundIssue();
            shift.ledger().count(Tally.WORKAROUNDS_STARTED);
        }
    }

    private void openTicket(TicketKind kind, Shift shift, Stream r) {
        issueMinutesThisShift += shift.work().minutesLostPerTicketIssue();
        openTickets++;
        long key = ((long) id << 36) | (shift.number() << 8) | (ticketsThisShift++ & 0xFF);
        shift.openTicket(kind, this, shift.start() + r.uniform() * shift.hours(), key);
    }

    /**
     * End of a shift: tasks done on the HIS, under workarounds and on paper given the shift's downtime; errors and
     * harm; learning; workarounds fading; satisfaction.
     */
    double endShift(Shift shift) {
        Stream r = shift.draws(id, 1);
        Scenario.Work wk = shift.work();
        double hours = shift.hours();
        double rate = workforce.tasksPerHour(role);
        double demanded = rate * hours;
        double down = Math.min(hours, shift.downHours());
        double lost = Math.min(hours - down, (issueMinutesThisShift + backEntryMinutes) / Calendar.MINUTES_PER_HOUR);
        double up = hours - down - lost;
        double partialPaper = Math.min(shift.partialHours(), up) * wk.partialFunctionTaskShare();
        double paperHours = down + partialPaper;
        double hisHours = up - partialPaper;
        double p = shift.live() ? proficiency : 1.0;
        double pe = shift.live() ? errorProficiency : 1.0;
        double misfitNow = shift.live() ? shift.misfit() : 0;
        double hisTasks = hisHours
                * rate
                / ((1 + wk.slowdownAtZeroProficiency() * (1 - p)) * (1 + wk.misfitSlowdownAtFullMisfit() * misfitNow));
        // most shifts have no paper hours: then no paper tasks and no back-entry (0 either way, without the divisions)
        double paperTasks = paperHours > 0 ? paperHours * rate / wk.paperTimeMultiplier() : 0;
        backEntryMinutes = paperTasks > 0 ? paperTasks * Calendar.MINUTES_PER_HOUR / rate * wk.backEntryShare() : 0;
        double workaroundShare =
                shift.live() ? Math.min(1.0, activeWorkarounds * shift.issues().workaroundTaskShare()) : 0;
        double workaroundTasks = hisTasks * workaroundShare;
        double defects = shift.live() ? shift.activeDefectShare() : 0;
        double misfit = shift.live() ? shift.misfit() : 0;
        ErrorOdds odds = shift.odds();
        double pNormal = odds.error(pe, defects, misfit, false, false);
        // with no tasks under workarounds their error probability only ever multiplies 0: not computed
        double pWork = workaroundTasks > 0 ? odds.error(pe, defects, misfit, true, false) : 0;
        double pPaper = odds.paperError();
        double expected = (hisTasks - workaroundTasks) * pNormal + workaroundTasks * pWork + paperTasks * pPaper;
        double humanOnly = (hisTasks + paperTasks) * odds.error(pe, 0, 0, false, false);
        int workaroundErrors = r.poisson(workaroundTasks * pWork);
        int paperErrors = r.poisson(paperTasks * pPaper);
        int systemErrors = r.poisson((hisTasks - workaroundTasks) * pNormal);
        int errors = workaroundErrors + paperErrors + systemErrors;
        // the harm probabilities only where there are errors to harm (most shifts have none)
        int harm = (systemErrors > 0 ? r.binomial(systemErrors, odds.harm(pe, false, false)) : 0)
                + (workaroundErrors > 0 ? r.binomial(workaroundErrors, odds.harm(pe, true, false)) : 0)
                + (paperErrors > 0 ? r.binomial(paperErrors, odds.harm(1.0, false, true)) : 0);
        double completed = hisTasks + paperTasks;
        var ledger = shift.ledger();
        ledger.add(Tally.TASKS_DEMANDED, demanded);
        ledger.add(Tally.TASKS_COMPLETED, completed);
        ledger.add(Tally.WORKAROUND_TASKS, workaroundTasks);
        ledger.add(Tally.SYSTEM_TASKS, hisTasks - workaroundTasks);
        ledger.add(Tally.ERRORS, errors);
        ledger.add(Tally.WORKAROUND_ERRORS, workaroundErrors);
        ledger.add(Tally.EXPECTED_ERRORS, expected);
        ledger.add(Tally.EXPECTED_SYSTEM_INDUCED_ERRORS, Math.max(0, expected - humanOnly));
        ledger.add(Tally.HARM_EVENTS, harm);
        double minutesLost = Calendar.MINUTES_PER_HOUR * (hours - completed / rate);
        ledger.add(Tally.MINUTES_LOST, minutesLost);
        ledger.count(Tally.CLINICIAN_SHIFTS);
        if (role == Role.PHYSICIAN) {
            ledger.add(Tally.PHYSICIAN_MINUTES_LOST, minutesLost);
            ledger.count(Tally.PHYSICIAN_SHIFTS);
        }
        if (shift.live()) {
            usedHours += hisHours;
            if (shift.learningOn()) {
                proficiency = practiced(baseProficiency, usedHours, shift.learning());
                errorProficiency = practicedForErrors(baseProficiency, usedHours, shift.learning());
            }
            if (activeWorkarounds > 0) {
                activeWorkarounds -= r.binomial(activeWorkarounds, shift.workaroundEndProbability());
            }
        }
        // delays in care: the tasks falling due in the downtime hours, drawn last so every other draw stays as it was
        double delayExpected = delayedCareHarm(demanded, hours, paperHours, odds.delayHarmPerDowntimeTask());
        if (delayExpected > 0) {
            int delayHarm = r.poisson(delayExpected);
            ledger.add(Tally.DELAY_HARM_EVENTS, delayHarm);
            ledger.add(Tally.HARM_EVENTS, delayHarm);
        }
        updateSatisfaction(shift.issues(), shift.supportMemoryFade(), p, misfit);
        return shift.live() ? hisHours : 0;
    }

    private void updateSatisfaction(Scenario.Issues q, double fade, double proficiency, double misfit) {
        rememberedResolutionHours *= fade;
        rememberedUnresolved *= fade;
        double support = (1 - rememberedUnresolved)
                * q.waitToleranceHours()
                / (q.waitToleranceHours() + rememberedResolutionHours);
        double wp = q.satisfactionProficiencyWeight();
        double wf = q.satisfactionFitWeight();
        double target = disposition
                + q.satisfactionCeiling() * (wp * proficiency + wf * (1 - misfit) + Math.max(0, 1 - wp - wf) * support);
        satisfaction += q.satisfactionAdjustmentPerShift() * (Math.max(0, Math.min(1, target)) - satisfaction);
    }

    private void learnFromResolution(Scenario.Learning l) {
        if (!workforce.learningOn()) {
            return;
        }
        baseProficiency += l.taughtResolutionGain() * (1 - baseProficiency);
        proficiency = practiced(baseProficiency, usedHours, l);
        errorProficiency = practicedForErrors(baseProficiency, usedHours, l);
    }

    /** A refresher session of the given length (scheduled refreshers or the dedicated team's targeted sessions). */
    void refresher(double hours, Scenario.Learning l) {
        if (!workforce.learningOn()) {
            return;
        }
        double gain = 1 - Math.pow(1 - l.refresherGainPerHour(), hours);
        baseProficiency += gain * (1 - baseProficiency);
        proficiency = practiced(baseProficiency, usedHours, l);
        errorProficiency = practicedForErrors(baseProficiency, usedHours, l);
    }

    /**
     * A trainer showed the supported way to do what the clinician works around: each workaround in use ends with
     * probability {@code endProbability}, and the habit of working around weakens by the same share.
     */
    void taughtSupportedWay(double endProbability, Stream r) {
        if (activeWorkarounds > 0) {
            activeWorkarounds -= r.binomial(activeWorkarounds, endProbability);
        }
        workaroundHabit *= 1 - endProbability;
    }

    @Override
    public void ticketClosed(Ticket t) {
        openTickets--;
        double w = workforce.issues().supportMemoryWeight();
        rememberedResolutionHours = (1 - w) * rememberedResolutionHours + w * t.resolutionHours();
        boolean unresolved = t.outcome() == Ticket.Outcome.CLOSED_UNRESOLVED;
        rememberedUnresolved = (1 - w) * rememberedUnresolved + w * (unresolved ? 1 : 0);
        if (unresolved && workforce.workaroundsAllowed()) {
            activeWorkarounds++;
            workaroundHabit = workaroundHabit * (1 - w) + w;
        } else if (!unresolved && t.kind() == TicketKind.HOW_TO) {
            learnFromResolution(workforce.learning());
        }
    }

    /** A simulated-phishing e-mail arrived and the clinician clicked or not; returns {@code clicked}. */
    @Override
    public boolean simulatedPhish(boolean clicked, boolean remedialProgramme) {
        simulatedCampaignsSeen++;
        if (clicked) {
            simulatedClicks++;
            if (remedialProgramme && simulatedClicks >= workforce.training().repeatClickerClicks()) {
                remedialTrained = true;
            }
        }
        return clicked;
    }

    @Override
    public boolean compromised() {
        return compromised;
    }

    @Override
    public void setCompromised(boolean value) {
        compromised = value;
    }

    /**
     * Whether the account was compromised, detected and remediated (credentials reset, multi-factor enrolment); a
     * remediated account is not compromised again in the run, so no account is counted twice.
     */
    @Override
    public boolean remediated() {
        return remediated;
    }

    /** Detection: the compromise ends and the account is remediated. */
    @Override
    public void remediate() {
        compromised = false;
        remediated = true;
    }

    public int id() {
        return id;
    }

    public Role role() {
        return role;
    }

    public ShiftSlot slot() {
        return slot;
    }

    public double trainingHours() {
        return trainingHours;
    }

    public double proficiency() {
        return proficiency;
    }

    /** Error-relevant proficiency (its own, slower learning curve). */
    public double errorProficiency() {
        return errorProficiency;
    }

    public double satisfaction() {
        return satisfaction;
    }

    public int activeWorkarounds() {
        return activeWorkarounds;
    }

    public int openTickets() {
        return openTickets;
    }

    public double workaroundHabit() {
        return workaroundHabit;
    }

    public int simulatedCampaignsSeen() {
        return simulatedCampaignsSeen;
    }
}
