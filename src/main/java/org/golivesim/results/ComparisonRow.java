package org.golivesim.results;

/**
 * One row of {@code comparison.csv}: the paired difference (arm minus reference arm) of a summary metric at one
 * scenario point, over replications run with common random numbers.
 *
 * @param pointId scenario point id
 * @param arm the compared arm
 * @param referenceArm the arm it is compared with
 * @param metric summary metric column name
 * @param pairs number of replication pairs
 * @param meanReference mean under the reference arm
 * @param meanArm mean under the compared arm
 * @param meanDifference mean of (arm − reference); positive means the arm's value is higher
 * @param ciLow lower limit of the 95% confidence interval of the mean difference
 * @param ciHigh upper limit of that interval
 * @param pValue two-sided p-value of the paired test
 * @param raw the cells exactly as written in the file, keyed by column name, so a report can quote them
 */
public record ComparisonRow(
        int pointId,
        String arm,
        String referenceArm,
        String metric,
        int pairs,
        double meanReference,
        double meanArm,
        double meanDifference,
        double ciLow,
        double ciHigh,
        double pValue,
        java.util.Map<String, String> raw) {

    /**
     * Copies the raw cells.
     *
     * @param pointId scenario point id
     * @param arm the compared arm
     * @param referenceArm the arm it is compared with
     * @param arm the compared arm
     * @param referenceArm the arm it is compared with
     * @param metric summary metric column name
     * @param pairs number of replication pairs
     * @param meanReference mean under the reference arm
     * @param meanArm mean under the compared arm
     * @param meanDifference mean of (arm − reference); positive means the arm's value is higher
     * @param ciLow lower limit of the 95% confidence interval of the mean difference
     * @param ciHigh upper limit of that interval
     * @param pValue two-sided p-value of the paired test
     * @param raw the cells exactly as written in the file, keyed by column name, so a report can quote them
     */
    public ComparisonRow {
        raw = java.util.Map.copyOf(raw);
    }

    /**
     * Tells whether the 95% interval excludes zero.
     *
     * @return true when both limits are finite and on the same side of zero
     */
    public boolean isClear() {
        return Double.isFinite(ciLow) && Double.isFinite(ciHigh) && (ciLow > 0 || ciHigh < 0);
    }
}
