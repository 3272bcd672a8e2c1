package org.golivesim.model.domain;

import org.golivesim.scenario.TimeUnits;

/**
 * The model's clock conventions. Schedule time is in hours; hour 0 is midnight at the start of the pre-go-live
 * reference period, a Monday. Go-live is at midnight after the reference period.
 */
public final class Calendar {
    /** Hours per day. */
    public static final double DAY = TimeUnits.HOURS_PER_DAY;
    /** Hours per week. */
    public static final double WEEK = TimeUnits.HOURS_PER_WEEK;
    /** Hours per (365-day) year. */
    public static final double YEAR = TimeUnits.HOURS_PER_YEAR;
    /** Hours per average month (a twelfth of a year). */
    public static final double MONTH = YEAR / TimeUnits.MONTHS_PER_YEAR;
    /** Days per week. */
    public static final int DAYS_PER_WEEK = TimeUnits.DAYS_PER_WEEK;
    /** Weekdays (Monday to Friday) per week; the schedule's week starts on a Monday. */
    public static final int WEEKDAYS_PER_WEEK = 5;
    /** Days per (365-day) year, to turn yearly rates and costs into daily ones. */
    public static final double DAYS_PER_YEAR = TimeUnits.DAYS_PER_YEAR;
    /** Months per year, to turn yearly fees into monthly ones. */
    public static final double MONTHS_PER_YEAR = TimeUnits.MONTHS_PER_YEAR;
    /** Minutes per hour. */
    public static final double MINUTES_PER_HOUR = TimeUnits.MINUTES_PER_HOUR;

    private final double goLiveHour;

    /** @param preGoLiveDays days of the reference period before go-live */
    public Calendar(int preGoLiveDays) {
        this.goLiveHour = preGoLiveDays * DAY;
    }

    /** Schedule hour of go-live. */
    public double goLiveHour() {
        return goLiveHour;
    }

    /** Whether the new HIS is live at this hour. */
    public boolean live(double hour) {
        return hour >= goLiveHour;
    }

    /** Hours since go-live (negative before). */
    public double sinceGoLive(double hour) {
        return hour - goLiveHour;
    }

    /** Whether the day containing this hour is a Saturday or Sunday. */
    public static boolean weekend(double hour) {
        int dayOfWeek = (int) Math.floor(hour / DAY) % DAYS_PER_WEEK;
        return dayOfWeek >= WEEKDAYS_PER_WEEK;
    }

    /** Hour of the day, 0..24. */
    public static double hourOfDay(double hour) {
        return hour - Math.floor(hour / DAY) * DAY;
    }
}
