package org.golivesim.stats;

/**
 * Two arrays that must be paired index by index (two arms of a common-random-numbers comparison, a design and its
 * model outputs) have different lengths. The message names both arrays and both lengths.
 */
public final class LengthMismatchException extends StatisticsArgumentException {
    private static final long serialVersionUID = 1L;

    /** Length of the offending array. */
    private final int length;
    /** Length it must have. */
    private final int expectedLength;

    /**
     * @param parameter the name of the array whose length is wrong
     * @param length its length
     * @param reference the name of the array or design it must match
     * @param expectedLength the length of {@code reference}
     */
    public LengthMismatchException(String parameter, int length, String reference, int expectedLength) {
        super(
                parameter,
                "has length " + length + " but " + reference + " has length " + expectedLength
                        + "; they are paired index by index and must have equal lengths");
        this.length = length;
        this.expectedLength = expectedLength;
    }

    /** The length of the offending array. */
    public int length() {
        return length;
    }

    /** The length it must have. */
    public int expectedLength() {
        return expectedLength;
    }
}
