package org.golivesim.model.domain;

/** How a breach happened; the first three are "hacking / IT incident" in OCR's terms. */
public enum BreachVector {
    PHISHED_CREDENTIALS(true),
    EXPLOITED_VULNERABILITY(true),
    THIRD_PARTY(true),
    INSIDER_OR_DISCLOSURE(false);

    private final boolean hacking;

    BreachVector(boolean hacking) {
        this.hacking = hacking;
    }

    /** Whether OCR would file it under hacking / IT incident. */
    public boolean hacking() {
        return hacking;
    }
}
