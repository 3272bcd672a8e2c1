package org.golivesim.scenario;

import java.io.Serializable;
import java.util.List;

/**
 * The arms an experiment runs at every design point and which of them the others are compared with: the
 * {@code compare:} section of a scenario file, the {@code compareDedicatedTeam: true} shorthand, or the files given
 * to {@code golive compare}.
 *
 * @param reference name of the reference arm (one of {@code arms})
 * @param arms the arms in file order; names are unique
 */
public record Experiment(String reference, List<Arm> arms) implements Serializable {

    public Experiment {
        arms = List.copyOf(arms);
        if (arms.isEmpty()) {
            throw new IllegalArgumentException("an experiment needs at least one arm");
        }
        if (arms.stream().map(Arm::name).distinct().count() != arms.size()) {
            throw new IllegalArgumentException(
                    "arm names must be unique: " + arms.stream().map(Arm::name).toList());
        }
        if (arms.stream().noneMatch(a -> a.name().equals(reference))) {
            throw new IllegalArgumentException("reference arm '" + reference + "' is not one of the arms "
                    + arms.stream().map(Arm::name).toList());
        }
    }

    /** One arm: the scenario as given. */
    public static Experiment single() {
        return new Experiment(Arm.AS_GIVEN, List.of(Arm.asGiven()));
    }

    /** The two-arm form: as given (reference) and with the dedicated team. */
    public static Experiment dedicatedTeamComparison() {
        return new Experiment(Arm.AS_GIVEN, List.of(Arm.asGiven(), Arm.dedicatedTeam()));
    }

    /** Names of the arms in order. */
    public List<String> names() {
        return arms.stream().map(Arm::name).toList();
    }

    /** Whether there is anything to compare (two or more arms). */
    public boolean compares() {
        return arms.size() > 1;
    }
}
