package org.golivesim.scenario;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One named arm of an experiment: the base scenario (or another scenario file) with some parameters replaced. Every
 * arm of a replication runs with the same seed and named streams (common random numbers), so a paired difference
 * between an arm and the experiment's reference arm isolates what the arm changes.
 *
 * @param name the arm's name as written in result files ({@code arm} column), e.g. {@code dedicated-team}
 * @param overrides parameter key to value text, applied over the arm's scenario
 * @param file the scenario file the arm starts from, as written in the experiment file (null: the base scenario)
 * @param values the explicit values of {@code file} with the command line's overrides (null when {@code file} is)
 */
public record Arm(String name, Map<String, String> overrides, String file, Map<String, ScenarioSchema.Located> values)
        implements Serializable {

    /** Name of the arm that runs the scenario exactly as given. */
    public static final String AS_GIVEN = "as-given";

    /** Name of the arm that adds the dedicated team ({@code compareDedicatedTeam: true}). */
    public static final String DEDICATED_TEAM = "dedicated-team";

    public Arm {
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
        values = values == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The arm that runs the base scenario unchanged. */
    public static Arm asGiven() {
        return new Arm(AS_GIVEN, Map.of(), null, null);
    }

    /** The base scenario unchanged, under another name (the reference file of {@code golive compare}). */
    public static Arm asGivenNamed(String name) {
        return new Arm(name, Map.of(), null, null);
    }

    /** The base scenario with the dedicated change-management and support team funded. */
    public static Arm dedicatedTeam() {
        return new Arm(DEDICATED_TEAM, Map.of("dedicatedTeam.enabled", "true"), null, null);
    }

    /** Whether the arm starts from a scenario file of its own rather than the base scenario. */
    public boolean fromFile() {
        return values != null;
    }
}
