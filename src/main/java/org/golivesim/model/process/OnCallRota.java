package org.golivesim.model.process;

import org.golivesim.model.domain.Calendar;

/**
 * An on-call rota: each week {@code onCallPerWeek} analysts are on call outside office hours, and no analyst is on
 * call in more than {@code support.maxOnCallWeekShare} of the weeks (Beyer et al. 2016, <i>Site Reliability
 * Engineering</i>, ch. 11: at most 25% of the time). A team of {@code staff} therefore covers
 * {@code min(1, staff x maxShare / onCallPerWeek)} of the weeks; the weeks it cannot cover are spread evenly over the
 * year (the first week is covered), and in them nobody is on call.
 */
public final class OnCallRota {
    private OnCallRota() {}

    /**
     * Share of weeks the rota covers.
     *
     * @param staff analysts in the rota
     * @param maxShare largest share of weeks one analyst is on call
     * @param onCallPerWeek analysts on call each week
     */
    public static double coverage(int staff, double maxShare, int onCallPerWeek) {
        if (onCallPerWeek <= 0) {
            return 1.0;
        }
        return Math.min(1.0, staff * maxShare / onCallPerWeek);
    }

    /** Whether the week containing this schedule hour has someone on call, at the given coverage. */
    public static boolean covers(double hour, double coverage) {
        if (coverage >= 1.0) {
            return true;
        }
        if (coverage <= 0.0) {
            return false;
        }
        double week = Math.floor(hour / Calendar.WEEK);
        return Math.ceil((week + 1) * coverage) > Math.ceil(week * coverage);
    }

    /** Whether this schedule hour is in weekday office hours ({@code opensAt} for {@code hoursPerDay} hours). */
    public static boolean officeHours(double hour, int opensAt, int hoursPerDay) {
        double h = Calendar.hourOfDay(hour);
        return !Calendar.weekend(hour) && h >= opensAt && h < opensAt + hoursPerDay;
    }

    /** The next schedule hour at or after {@code hour} when office hours begin or are on. */
    public static double nextOfficeHour(double hour, int opensAt, int hoursPerDay) {
        if (officeHours(hour, opensAt, hoursPerDay)) {
            return hour;
        }
        double day = Math.floor(hour / Calendar.DAY);
        for (int d = 0; d <= Calendar.DAYS_PER_WEEK; d++) {
            double open = (day + d) * Calendar.DAY + opensAt;
            if (open >= hour && officeHours(open, opensAt, hoursPerDay)) {
                return open;
            }
        }
        return hour;
    }
}
