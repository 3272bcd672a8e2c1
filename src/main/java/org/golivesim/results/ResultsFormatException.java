package org.golivesim.results;

/**
 * Thrown when a results directory lacks a required file or a file does not follow the documented format. The
 * message names the file (and, for CSV problems, the row and column) and says what was expected.
 */
public class ResultsFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is missing or wrong, naming the file and what is expected
     */
    public ResultsFormatException(String message) {
        super(message);
    }

    /**
     * Creates the exception with the underlying parse failure.
     *
     * @param message what is missing or wrong, naming the file and what is expected
     * @param cause the parser's exception
     */
    public ResultsFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
