package org.golivesim.model;

/**
 * The model's clock conventions. Schedule time is in hours; hour 0 is midnight at the start of the pre-go-live
 * reference period, a Monday. Go-live is at midnight after the reference period.
 */
public final class Calendar {
    /** Hours per day. */
    public static final double DAY = 24.0;
    /** Hours per week. */
    public static final double WEEK = 168.0;
    /** Hours per (365-day) year. */
    public static final double YEAR = 8760.0;
    /** Hours per average month (a twelfth of a year). */
    public static final double MONTH = YEAR / 12.0;

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
        int dayOfWeek = (int) Math.floor(hour / DAY) % 7;
        return dayOfWeek >= 5;
    }

    /** Hour of the day, 0..24. */
    public static double hourOfDay(double hour) {
        return hour - Math.floor(hour / DAY) * DAY;
    }
}
