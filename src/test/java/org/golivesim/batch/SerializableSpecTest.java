package org.golivesim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.golivesim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * A distributed runner ships run specifications to workers and results back: both must survive Java serialization
 * unchanged, and a deserialized spec must run to the same result as the original.
 */
class SerializableSpecTest {
    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void aSpecAndItsOutcomeSurviveSerializationAndTheSpecRunsTheSame() throws Exception {
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(
                Path.of("scenarios/baseline.yaml"),
                List.of("horizonMonths=1", "hospital.physicians=20", "hospital.nurses=40", "hospital.allied=20"));
        RunSpec spec = Planner.plan(loaded, 1).runs().get(0);
        RunSpec copy = roundTrip(spec);
        assertEquals(spec, copy);
        RunOutcome original = Runner.execute(spec);
        RunOutcome shipped = roundTrip(Runner.execute(copy));
        assertEquals(original.result(), shipped.result());
        assertEquals(original.spec(), shipped.spec());
    }
}
