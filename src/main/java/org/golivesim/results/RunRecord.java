package org.golivesim.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of {@code runs.csv}: a single replication of one scenario point under one experiment arm.
 *
 * @param runId run id
 * @param pointId scenario point id
 * @param arm experiment arm
 * @param replication replication number
 * @param seed the run's seed, as written
 * @param ok true when {@code status} is {@code ok}
 * @param error error text of a failed run (empty otherwise)
 * @param metrics summary metric column → value; NaN where the cell is empty
 */
public record RunRecord(
        int runId,
        int pointId,
        String arm,
        int replication,
        String seed,
        boolean ok,
        String error,
        Map<String, Double> metrics) {

    /**
     * Copies the metric map.
     *
     * @param runId run id
     * @param pointId scenario point id
     * @param arm experiment arm
     * @param replication replication number
     * @param seed the run's seed, as written
     * @param ok true when {@code status} is {@code ok}
     * @param error error text of a failed run (empty otherwise)
     * @param metrics summary metric column → value; NaN where the cell is empty
     */
    public RunRecord {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /**
     * Returns one summary metric.
     *
     * @param metric column name
     * @return the value, or NaN when missing
     */
    public double metric(String metric) {
        Double v = metrics.get(metric);
        return v == null ? Double.NaN : v;
    }
}
