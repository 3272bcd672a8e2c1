package org.golivesim.model.agent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.golivesim.model.domain.Calendar;
import org.golivesim.model.domain.Role;
import org.golivesim.model.domain.ShiftSlot;
import org.golivesim.model.process.DefectsAndReleases;
import org.golivesim.model.process.Infrastructure;
import org.golivesim.model.process.WorkflowFit;
import org.golivesim.observe.DayLedger;
import org.golivesim.observe.Tally;
import org.golivesim.random.Stream;
import org.golivesim.random.Streams;
import org.golivesim.scenario.Scenario;

/**
 * The hospital's clinicians and their shifts. At each shift change it ends the outgoing shift (tasks, errors and
 * learning with the downtime that actually happened during it) and starts the incoming one (who works today, issues,
 * super-user capacity). Clinicians are stepped once at each end of a shift they work, not every hour: a shift is the
 * natural unit of clinical work, and this keeps a year of 25,000 clinicians fast.
 *
 * <p>Rules: each clinician has a home shift (day share by role, the rest split between evening and night by {@code work.eveningShareOfOtherShifts}) and
 * works it on a weekday or weekend day with the role-independent probabilities of {@link Scenario.Work}; with shift
 * effects off, home shifts are spread evenly and every day counts as a weekday. Super-users are available during the
 * first {@code support.superUserWeeks} weeks at {@code superUsersPer100Clinicians} per 100 clinicians on duty.
 */
public final class Workforce {
    private final Scenario s;
    private final Calendar calendar;
    private final DayLedger ledger;
    private final Clinician[] clinicians;
    private final int[][] bySlot = new int[ShiftSlot.values().length][];
    private final Stream rosterStream;
    private final Streams streams;
    private final DefectsAndReleases defects;
    private final WorkflowFit fit;
    private final Infrastructure infrastructure;
    private final SuperUsers superUsers = new SuperUsers();
    private final ErrorOdds odds;
    private final double workaroundEndProbability;
    private final double supportMemoryFade;
    private final Streams.Family shiftDraws;
    private SupportEntry supportEntry;
    private int[] working = new int[0];
    private int workingCount;
    private Shift current;
    private double downAtShiftStart;
    private double partialAtShiftStart;

    /**
     * @param s scenario
     * @param calendar clock conventions
     * @param ledger the day's tally
     * @param streams the run's streams ("roster"; each clinician's draws in a shift come from a keyed stream)
     * @param defects the HIS's defects (read for issue and error rates; told of usage)
     * @param fit workflow fit (read)
     * @param infrastructure HIS availability (read for the shift's downtime)
     */
    public Workforce(
            Scenario s,
            Calendar calendar,
            DayLedger ledger,
            Streams streams,
            DefectsAndReleases defects,
            WorkflowFit fit,
            Infrastructure infrastructure) {
        this.s = s;
        this.calendar = calendar;
        this.ledger = ledger;
        this.defects = defects;
        this.fit = fit;
        this.infrastructure = infrastructure;
        this.rosterStream = streams.stream("roster");
        this.streams = streams;
        this.shiftDraws = streams.family("clinician.shift");
        this.odds = new ErrorOdds(s.errors());
        this.workaroundEndProbability =
                1 - Math.exp(-ShiftSlot.HOURS / (s.issues().workaroundPersistenceDays() * Calendar.DAY));
        this.supportMemoryFade =
                Math.pow(0.5, ShiftSlot.HOURS / (Calendar.DAY * s.issues().supportMemoryHalfLifeDays()));
        Scenario.Hospital h = s.hospital();
        this.clinicians = new Clinician[h.clinicians()];
        List<List<Integer>> slots = new ArrayList<>();
        for (int i = 0; i < ShiftSlot.values().length; i++) {
            slots.add(new ArrayList<>());
        }
        int id = 0;
        for (Role role : Role.values()) {
            int n =
                    switch (role) {
                        case PHYSICIAN -> h.physicians();
                        case NURSE -> h.nurses();
                        case ALLIED -> h.allied();
                    };
            for (int k = 0; k < n; k++, id++) {
                ShiftSlot slot = homeShift(role);
                double disposition = s.issues().satisfactionSpread() * rosterStream.gaussian();
                clinicians[id] = new Clinician(id, role, slot, trainingHours(role), disposition, s.training(), this);
                slots.get(slot.ordinal()).add(id);
            }
        }
        for (int i = 0; i < slots.size(); i++) {
            bySlot[i] = slots.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Connects where tickets go (the support organisation is built after the workforce). */
    public void connect(SupportEntry entry) {
        this.supportEntry = entry;
    }

    private ShiftSlot homeShift(Role role) {
        if (!s.mechanisms().shiftEffects()) {
            return ShiftSlot.values()[rosterStream.nextInt(3)];
        }
        double day =
                switch (role) {
                    case PHYSICIAN -> s.work().physicianDayShiftShare();
                    case NURSE -> s.work().nurseDayShiftShare();
                    case ALLIED -> s.work().alliedDayShiftShare();
                };
        double u = rosterStream.uniform();
        if (u < day) {
            return ShiftSlot.DAY;
        }
        return u < day + (1 - day) * s.work().eveningShareOfOtherShifts() ? ShiftSlot.EVENING : ShiftSlot.NIGHT;
    }

    /** Pre-go-live training hours of a role. */
    public double trainingHours(Role role) {
        return switch (role) {
            case PHYSICIAN -> s.training().physicianHours();
            case NURSE -> s.training().nurseHours();
            case ALLIED -> s.training().alliedHours();
        };
    }

    /** Clinical tasks per hour of a role. */
    double tasksPerHour(Role role) {
        return switch (role) {
            case PHYSICIAN -> s.work().physicianTasksPerHour();
            case NURSE -> s.work().nurseTasksPerHour();
            case ALLIED -> s.work().alliedTasksPerHour();
        };
    }

    /**
     * The shift change at {@code now}: ends the outgoing shift and starts the one that begins now.
     *
     * @param now schedule hour, at 07:00, 15:00 or 23:00
     */
    public void shiftChange(double now) {
        if (current != null) {
            endShift(now);
        }
        ShiftSlot slot = slotStartingAt(now);
        boolean weekend = s.mechanisms().shiftEffects() && Calendar.weekend(now);
        double pWork = weekend ? s.work().weekendWorkProbability() : s.work().weekdayWorkProbability();
        int[] pool = bySlot[slot.ordinal()];
        if (working.length < pool.length) {
            working = new int[pool.length];
        }
        workingCount = 0;
        for (int idx : pool) {
            if (rosterStream.bernoulli(pWork)) {
                working[workingCount++] = idx;
            }
        }
        for (int i = workingCount - 1; i > 0; i--) {
            int j = rosterStream.nextInt(i + 1);
            int tmp = working[i];
            working[i] = working[j];
            working[j] = tmp;
        }
        boolean live = calendar.live(now);
        double superUserCount = superUsersOnDuty(now, live);
        superUsers.newShift(superUserCount * ShiftSlot.HOURS * s.support().superUserIssuesPerHour());
        ledger.add(
                Tally.COST_SUPPORT_STAFF,
                superUserCount * ShiftSlot.HOURS * s.costs().superUserHourUsd());
        current = new Shift(
                this, now, live, defects.activeDefects(), defects.activeDefectShare(), fit.misfit(), superUsers);
        downAtShiftStart = infrastructure.cumulativeDownHours(now);
        partialAtShiftStart = infrastructure.cumulativePartialHours(now);
        for (int i = 0; i < workingCount; i++) {
            clinicians[working[i]].beginShift(current);
        }
    }

    private double superUsersOnDuty(double now, boolean live) {
        double weeks = calendar.sinceGoLive(now) / Calendar.WEEK;
        if (!live || weeks >= s.support().superUserWeeks()) {
            return 0;
        }
        return s.support().superUsersPer100Clinicians() / 100.0 * workingCount;
    }

    private void endShift(double now) {
        current.downtime(
                infrastructure.cumulativeDownHours(now) - downAtShiftStart,
                infrastructure.cumulativePartialHours(now) - partialAtShiftStart);
        double usage = 0;
        for (int i = 0; i < workingCount; i++) {
            usage += clinicians[working[i]].endShift(current);
        }
        defects.usage(usage);
    }

    private static ShiftSlot slotStartingAt(double hour) {
        int h = (int) Math.round(Calendar.hourOfDay(hour));
        for (ShiftSlot slot : ShiftSlot.values()) {
            if (slot.startHour() == h) {
                return slot;
            }
        }
        throw new IllegalStateException("no shift starts at hour " + h);
    }

    /** Gives every clinician a refresher session (the scenario's refresher cadence). */
    public void refresherForAll(double hours) {
        for (Clinician c : clinicians) {
            c.refresher(hours, s.learning());
        }
    }

    /**
     * Gives targeted sessions to the {@code count} most struggling clinicians: those with the most workarounds in use
     * first, then the least proficient. Each session is a refresher of {@code hours} and ends each of the clinician's
     * workarounds with probability {@code workaroundEnd}.
     */
    public void targetedSessions(int count, double hours, double workaroundEnd, Stream stream) {
        if (count <= 0) {
            return;
        }
        Integer[] order = new Integer[clinicians.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Integer.compare(clinicians[b].activeWorkarounds(), clinicians[a].activeWorkarounds());
            if (c != 0) {
                return c;
            }
            c = Double.compare(clinicians[a].proficiency(), clinicians[b].proficiency());
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int i = 0; i < Math.min(count, order.length); i++) {
            Clinician c = clinicians[order[i]];
            c.refresher(hours, s.learning());
            c.taughtSupportedWay(workaroundEnd, stream);
        }
    }

    /** Clinicians on the current shift. */
    public int onDuty() {
        return workingCount;
    }

    /** All clinicians (for campaigns that reach everyone). */
    public Clinician[] all() {
        return clinicians;
    }

    /** Mean proficiency on the new HIS. */
    public double proficiencyMean() {
        double sum = 0;
        for (Clinician c : clinicians) {
            sum += c.proficiency();
        }
        return sum / clinicians.length;
    }

    /** Standard deviation of proficiency. */
    public double proficiencySd() {
        double mean = proficiencyMean();
        double ss = 0;
        for (Clinician c : clinicians) {
            ss += (c.proficiency() - mean) * (c.proficiency() - mean);
        }
        return Math.sqrt(ss / clinicians.length);
    }

    /** Mean satisfaction, 0..1. */
    public double satisfactionMean() {
        double sum = 0;
        for (Clinician c : clinicians) {
            sum += c.satisfaction();
        }
        return sum / clinicians.length;
    }

    /**
     * Net promoter score from satisfaction read as a 0-10 rating: promoters rate 9 or 10, detractors 0 to 6; the score
     * is the percentage of promoters minus the percentage of detractors.
     */
    public double netPromoterScore() {
        int promoters = 0;
        int detractors = 0;
        for (Clinician c : clinicians) {
            double rating = Math.floor(c.satisfaction() * 10.0 + 0.5);
            if (rating >= 9) {
                promoters++;
            } else if (rating <= 6) {
                detractors++;
            }
        }
        return 100.0 * (promoters - detractors) / clinicians.length;
    }

    DayLedger ledger() {
        return ledger;
    }

    Scenario.Issues issues() {
        return s.issues();
    }

    Scenario.Work work() {
        return s.work();
    }

    Scenario.Errors errors() {
        return s.errors();
    }

    ErrorOdds odds() {
        return odds;
    }

    double workaroundEndProbability() {
        return workaroundEndProbability;
    }

    double supportMemoryFade() {
        return supportMemoryFade;
    }

    Streams.Family shiftDraws() {
        return shiftDraws;
    }

    Scenario.Learning learning() {
        return s.learning();
    }

    Scenario.Support support() {
        return s.support();
    }

    Scenario.Training training() {
        return s.training();
    }

    boolean learningOn() {
        return s.mechanisms().learning();
    }

    boolean workaroundsAllowed() {
        return s.mechanisms().workarounds();
    }

    Streams streams() {
        return streams;
    }

    SupportEntry supportEntry() {
        return supportEntry;
    }
}
