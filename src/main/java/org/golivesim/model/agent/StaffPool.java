package org.golivesim.model.agent;

import org.golivesim.random.Stream;
import org.golivesim.scenario.Scenario;

/**
 * A group of support analysts funded as FTEs: who is employed, who is on duty at an hour, and, for in-house staff,
 * how utilization turns into burnout, burnout into quitting, and quitting into vacancies that take weeks to fill.
 * Vendor staff neither burn out nor leave vacancies here: replacing them is the vendor's business.
 *
 * <p>Rule (weekly): burnout += gain x max(0, utilization - threshold), or -= recovery when at or under the threshold,
 * kept in [0, 1]; each employed analyst quits with probability base + extra x burnout; each vacancy is filled after
 * an exponential time with mean {@code vacancyFillWeeks}.
 */
public final class StaffPool {
    /** When the pool works. */
    public enum Coverage {
        /** Every day from 07:00 for {@code hoursPerDay} hours. */
        DAILY_FROM_SEVEN,
        /** Weekdays 08:00 to 17:00. */
        WEEKDAY_OFFICE_HOURS,
        /** Around the clock, every day. */
        ALWAYS
    }

    private final int funded;
    private final boolean inHouse;
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
     * @param inHouse whether the hospital employs them (burnout, attrition, vacancies apply)
     * @param coverage when they work
     * @param hoursPerDay staffed hours per day for {@link Coverage#DAILY_FROM_SEVEN}
     * @param support support parameters (FTE hours, burnout and attrition)
     * @param stream this pool's random stream
     */
    public StaffPool(
            int funded, boolean inHouse, Coverage coverage, int hoursPerDay, Scenario.Support support, Stream stream) {
        this.funded = funded;
        this.inHouse = inHouse;
        this.coverage = coverage;
        this.hoursPerDay = hoursPerDay;
        this.p = support;
        this.stream = stream;
        this.employed = funded;
        this.vacancyFilledAt = new double[funded];
    }

    /** Whether the pool is staffed at this schedule hour. */
    public boolean covers(double hour) {
        double h = org.golivesim.model.Calendar.hourOfDay(hour);
        return switch (coverage) {
            case ALWAYS -> true;
            case DAILY_FROM_SEVEN -> h >= 7 && h < 7 + hoursPerDay;
            case WEEKDAY_OFFICE_HOURS -> !org.golivesim.model.Calendar.weekend(hour) && h >= 8 && h < 17;
        };
    }

    /** Staffed hours per week. */
    public double coveredHoursPerWeek() {
        return switch (coverage) {
            case ALWAYS -> 168;
            case DAILY_FROM_SEVEN -> 7.0 * hoursPerDay;
            case WEEKDAY_OFFICE_HOURS -> 45;
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
        double x = employed * p.fteHoursPerWeek() / coveredHoursPerWeek();
        long k = coveredHourOfWeek(hour);
        return (int) (Math.floor((k + 1) * x + 1e-9) - Math.floor(k * x + 1e-9));
    }

    private long coveredHourOfWeek(double hour) {
        int day = (int) Math.floor(hour / 24.0) % 7;
        int h = (int) Math.floor(org.golivesim.model.Calendar.hourOfDay(hour));
        return switch (coverage) {
            case ALWAYS -> day * 24L + h;
            case DAILY_FROM_SEVEN -> (long) day * hoursPerDay + (h - 7);
            case WEEKDAY_OFFICE_HOURS -> day * 9L + (h - 8);
        };
    }

    /**
     * The weekly staffing step.
     *
     * @param utilization busy hours over on-duty hours in the week just ended
     * @param now schedule hour
     */
    public void week(double utilization, double now) {
        if (!inHouse) {
            return;
        }
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
        double quit = p.baseAttritionPerWeek() + p.attritionPerWeekAtFullBurnout() * burnout;
        int leaving = stream.binomial(employed, quit);
        for (int i = 0; i < leaving; i++) {
            employed--;
            vacancyFilledAt[vacancies++] = now + stream.exponential(p.vacancyFillWeeks() * 168.0);
        }
    }

    public int funded() {
        return funded;
    }

    public int employed() {
        return employed;
    }

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
