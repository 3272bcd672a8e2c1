package org.golivesim.batch;

/** The two arms of every comparison: the scenario as given, and the same scenario with the dedicated team. */
public enum Strategy {
    AS_GIVEN("as-given"),
    DEDICATED_TEAM("dedicated-team");

    private final String label;

    Strategy(String label) {
        this.label = label;
    }

    /** Name used in files and reports. */
    public String label() {
        return label;
    }

    /** The strategy with this label. */
    public static Strategy byLabel(String label) {
        for (Strategy s : values()) {
            if (s.label.equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown strategy '" + label + "'; allowed: as-given, dedicated-team");
    }
}
