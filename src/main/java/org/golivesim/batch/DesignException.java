package org.golivesim.batch;

/**
 * An experimental design cannot be built from the given dimensions or settings. The message names the dimension
 * key (or setting), the bad value and what is allowed.
 */
public final class DesignException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The dimension key or setting at fault. */
    private final String key;

    /**
     * @param key the dimension key or design setting at fault, e.g. {@code "helpdesk.agents"} or {@code "samples"}
     * @param message what is wrong: the value and what is allowed
     */
    public DesignException(String key, String message) {
        super(key + ": " + message);
        this.key = key;
    }

    /** The dimension key or design setting at fault. */
    public String key() {
        return key;
    }
}
