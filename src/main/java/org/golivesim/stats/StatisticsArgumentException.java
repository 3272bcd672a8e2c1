package org.golivesim.stats;

/**
 * Bad input to a statistics routine: a parameter or a value outside what the routine accepts. The message names the
 * parameter, the offending value and what is allowed, so a caller several layers up can report it without context.
 */
public class StatisticsArgumentException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The name of the bad parameter. */
    private final String parameter;

    /**
     * @param parameter the name of the bad parameter, e.g. {@code "relativeTarget"} or {@code "values[3]"}
     * @param message what is wrong: the value and what is allowed
     */
    public StatisticsArgumentException(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    /** The name of the bad parameter, as given to the constructor. */
    public String parameter() {
        return parameter;
    }
}
