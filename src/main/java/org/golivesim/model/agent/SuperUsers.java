package org.golivesim.model.agent;

/**
 * At-the-elbow super-users during the first weeks after go-live: clinicians with extra training who answer colleagues'
 * questions on the unit. Each shift they have a capacity of issues (super-users on the shift x shift hours x issues per
 * hour); once it is used up, no super-user is free until the next shift.
 */
public final class SuperUsers {
    private double capacity;

    /** Sets the capacity for a new shift, in issues. */
    void newShift(double issues) {
        capacity = issues;
    }

    /** Whether a super-user is free now. */
    boolean available() {
        return capacity >= 1;
    }

    /** A super-user takes an issue. */
    void use() {
        capacity -= 1;
    }
}
