package org.golivesim.scenario;

/** Who runs an IT function: the hospital's own staff or an outside vendor. YAML names: {@code in-house}, {@code vendor}. */
public enum Sourcing {
    IN_HOUSE,
    VENDOR;

    /** True when the function is held by a vendor. */
    public boolean outsourced() {
        return this == VENDOR;
    }
}
