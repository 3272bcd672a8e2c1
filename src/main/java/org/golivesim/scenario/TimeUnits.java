package org.golivesim.scenario;

/**
 * The one definition of the simulation's time units, used by the scenario (horizon), the model's {@code Calendar},
 * the observation layer (months of a run) and the charts: a day of 24 hours, a week of 7 days, a year of 365 days,
 * and a month of a twelfth of a year ({@value #DAYS_PER_MONTH} days). Parameters are written in the unit their source
 * uses (per year, per month, days, weeks) and converted with these constants only.
 */
public final class TimeUnits {
    /** Hours per day. */
    public static final double HOURS_PER_DAY = 24.0;
    /** Days per week. */
    public static final int DAYS_PER_WEEK = 7;
    /** Hours per week. */
    public static final double HOURS_PER_WEEK = DAYS_PER_WEEK * HOURS_PER_DAY;
    /** Days per year (the model's years have 365 days). */
    public static final double DAYS_PER_YEAR = 365.0;
    /** Months per year. */
    public static final double MONTHS_PER_YEAR = 12.0;
    /** Days per month: a twelfth of a year, the only definition of a month. */
    public static final double DAYS_PER_MONTH = DAYS_PER_YEAR / MONTHS_PER_YEAR;
    /** Hours per year. */
    public static final double HOURS_PER_YEAR = DAYS_PER_YEAR * HOURS_PER_DAY;
    /** Minutes per hour. */
    public static final double MINUTES_PER_HOUR = 60.0;

    private TimeUnits() {}
}
