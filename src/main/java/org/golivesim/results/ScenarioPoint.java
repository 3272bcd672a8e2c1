package org.golivesim.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of {@code points.csv}: a combination of varied parameter values.
 *
 * @param id point id, an integer from 0
 * @param label human-readable description; arbitrary text from scenario files, so escape it before display
 * @param parameters varied parameter key → value text, in column order
 */
public record ScenarioPoint(int id, String label, Map<String, String> parameters) {

    /**
     * Copies the parameter map.
     *
     * @param id point id, an integer from 0
     * @param label human-readable description; arbitrary text from scenario files, so escape it before display
     * @param parameters varied parameter key → value text, in column order
     */
    public ScenarioPoint {
        Objects.requireNonNull(label, "label");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
