package org.golivesim.model.agent;

import org.golivesim.model.domain.Calendar;
import org.golivesim.random.Stream;
import org.golivesim.scenario.Scenario;

/**
 * A group of support analysts funded as FTEs: who is employed, who is on duty at an hour, and how utilization turns
 * into burnout, burnout into quitting, and quitting into gaps that take weeks to fill. In-house and vendor staff follow
 * the same rule with their own numbers: a vendor's analysts leave too (contact-centre turnover), but the vendor
 * backfills from its bench within {@code vendor.deskBackfillWeeks}, while an in-house vacancy takes
 * {@code support.vacancyFillWeeks}. A vendor desk's 24/7 advantage is therefore its hours ({@link Coverage#ALWAYS}),
 * not staff who never leave.
 *
 * <p>Rule (weekly): burnout += gain x max(0, utilization - threshold), or -= recovery when at or under the threshold,
 * kept in [0, 1]; each employed analyst quits with probability base + extra x burnout; each gap is filled after an
 * exponential time with the pool's mean fill time. A vendor pool puts {@code staffingMultiplier} analysts on duty per
 * contracted FTE (its SLA tier).
 */
public final class StaffPool {
    /** When the pool works. */
    public enum Coverage {
        /** Every day from {@code support.inHouseDeskOpensAtHour} for {@code hoursPerDay} hours. */
        DAILY_FROM_SEVEN,
        /** Weekdays from {@code support.tier2OpensAtHour} for {@code support.tier2HoursPerDay} hours. */
        WEEKDAY_OFFICE_HOURS,
        /** Around the clock, every day. */
        ALWAYS
    }

    /**
     * How a pool loses and replaces staff.
     *
     * @param baseAttritionPerWeek weekly chance an analyst leaves with no burnout
     * @param fillWeeks mean weeks to fill a gap
     */
    public record Turnover(double baseAttritionPerWeek, double fillWeeks) {
        /** The hospital's own staff: {@code support.baseAttritionPerWeek}, {@code support.vacancyFillWeeks}. */
        public static Turnover inHouse(Scenario.Support s) {
            return new Turnover(s.baseAttritionPerWeek(), s.vacancyFillWeeks());
        }

        /** A vendor's desk staff: {@code vendor.deskAttritionPerWeek}, {@code vendor.deskBackfillWeeks}. */
        public static Turnover vendor(Scenario.Vendor v) {
            return new Turnover(v.deskAttritionPerWeek(), v.deskBackfillWeeks());
        }
    }

    private final int funded;
    private final boolean inHouse;
    private final Turnover turnover;
    private final double staffingMultiplier;
    private final Coverage coverage;
    private final int hoursPerDay;
    private final Scenario.Support p;
    private final Stream stream;
    private int employed;
    private final double[] vacancyFilledAt;
    private int vacancies;
    private double burnout;

    /**
     * @param funded FTEs funded
     * @param inHouse whether the hospital employs them (their gaps are its vacancies)
     * @param coverage when they work
     * @param hoursPerDay staffed hours per day for {@link Coverage#DAILY_FROM_SEVEN}
     * @param support support parameters (FTE hours, burnout)
     * @param turnover how the pool loses and replaces staff
     * @param staffingMultiplier analysts on duty per funded FTE's hours (1 in-house; the SLA tier's for a vendor)
     * @param stream this pool's random stream
     */
    public StaffPool(
            int funded,
            boolean inHouse,
            Coverage coverage,
            int hoursPerDay,
            Scenario.Support support,
            Turnover turnover,
            double staffingMultiplier,
            Stream stream) {
        if (!(staffingMultiplier > 0)) {
            throw new IllegalArgumentException("staffingMultiplier must be > 0, got " + staffingMultiplier);
        }
        this.funded = funded;
        this.inHouse = inHouse;
        this.turnover = turnover;
        this.staffingMultiplier = staffingMultiplier;
        this.coverage = coverage;
        this.hoursPerDay = hoursPerDay;
        this.p = support;
        this.stream = stream;
        this.employed = funded;
        this.vacancyFilledAt = new double[funded];
    }

    /** An in-house pool with the hospital's turnover and one analyst per FTE. */
    public StaffPool(
            int funded, boolean inHouse, Coverage coverage, int hoursPerDay, Scenario.Support support, Stream stream) {
        this(funded, inHouse, coverage, hoursPerDay, support, Turnover.inHouse(support), 1.0, stream);
    }

    /** Whether the pool is staffed at this schedule hour. */
    public boolean covers(double hour) {
        double h = Calendar.hourOfDay(hour);
        return switch (coverage) {
            case ALWAYS -> true;
            case DAILY_FROM_SEVEN -> h >= p.inHouseDeskOpensAtHour() && h < p.inHouseDeskOpensAtHour() + hoursPerDay;
            case WEEKDAY_OFFICE_HOURS -> !Calendar.weekend(hour)
                    && h >= p.tier2OpensAtHour()
                    && h < p.tier2OpensAtHour() + p.tier2HoursPerDay();
        };
    }

    /** Staffed hours per week. */
    public double coveredHoursPerWeek() {
        return switch (coverage) {
            case ALWAYS -> Calendar.WEEK;
            case DAILY_FROM_SEVEN -> Calendar.DAYS_PER_WEEK * hoursPerDay;
            case WEEKDAY_OFFICE_HOURS -> Calendar.WEEKDAYS_PER_WEEK * p.tier2HoursPerDay();
        };
    }

    /**
     * Analysts on duty: the employed FTEs' weekly hours ({@code employed x fteHoursPerWeek}) spread evenly over the
     * covered hours of the week, as whole analysts. With {@code x} analysts on duty on average, covered hour
     * {@code k} of the week has {@code floor((k + 1) x) - floor(k x)}, so every week holds exactly the paid hours (a
     * single FTE does not staff a 24/7 desk alone).
     */
    public int onDuty(double hour) {
        if (employed == 0 || !covers(hour)) {
            return 0;
        }
        double x = employed * staffingMultiplier * p.fteHoursPerWeek() / coveredHoursPerWeek();
        long k = coveredHourOfWeek(hour);
        return (int) (Math.floor((k + 1) * x + 1e-9) - Math.floor(k * x + 1e-9));
    }

    private long coveredHourOfWeek(double hour) {
        int day = (int) Math.floor(hour / Calendar.DAY) % Calendar.DAYS_PER_WEEK;
        int h = (int) Math.floor(Calendar.hourOfDay(hour));
        return switch (coverage) {
            case ALWAYS -> day * (long) Calendar.DAY + h;
            case DAILY_FROM_SEVEN -> (long) day * hoursPerDay + (h - p.inHouseDeskOpensAtHour());
            case WEEKDAY_OFFICE_HOURS -> (long) day * p.tier2HoursPerDay() + (h - p.tier2OpensAtHour());
        };
    }

    /**
     * The weekly staffing step.
     *
     * @param utilization busy hours over on-duty hours in the week just ended
     * @param now schedule hour
     */
    public void week(double utilization, double now) {
        for (int i = 0; i < vacancies; ) {
            if (vacancyFilledAt[i] <= now) {
                vacancyFilledAt[i] = vacancyFilledAt[--vacancies];
                employed++;
            } else {
                i++;
            }
        }
        double excess = utilization - p.burnoutUtilizationThreshold();
        burnout = excess > 0 ? burnout + p.burnoutGainPerWeek() * excess : burnout - p.burnoutRecoveryPerWeek();
        burnout = Math.max(0, Math.min(1, burnout));
        double quit = Math.min(1.0, turnover.baseAttritionPerWeek() + p.attritionPerWeekAtFullBurnout() * burnout);
        int leaving = stream.binomial(employed, quit);
        for (int i = 0; i < leaving; i++) {
            employed--;
            vacancyFilledAt[vacancies++] = now + stream.exponential(turnover.fillWeeks() * Calendar.WEEK);
        }
    }

    public int funded() {
        return funded;
    }

    public int employed() {
        return employed;
    }

    /** Unfilled positions (the hospital's vacancies for an in-house pool; the vendor's gaps otherwise). */
    public int vacancies() {
        return vacancies;
    }

    public double burnout() {
        return burnout;
    }

    public boolean inHouse() {
        return inHouse;
    }
}
