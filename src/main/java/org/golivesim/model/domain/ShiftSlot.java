package org.golivesim.model.domain;

/** The three eight-hour shifts of a hospital day. */
public enum ShiftSlot {
    /** 07:00 to 15:00. */
    DAY(7),
    /** 15:00 to 23:00. */
    EVENING(15),
    /** 23:00 to 07:00 the next day. */
    NIGHT(23);

    /** Shift length in hours. */
    public static final double HOURS = 8.0;

    private final int startHour;

    ShiftSlot(int startHour) {
        this.startHour = startHour;
    }

    /** Hour of the day the shift starts. */
    public int startHour() {
        return startHour;
    }
}
