package org.golivesim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.golivesim.scenario.Scenario;
import org.golivesim.scenario.ScenarioLoader;
import org.golivesim.scenario.ScenarioSchema;

/** Scenarios for tests: the defaults with some values replaced, or a YAML file written to a directory and loaded. */
public final class TestScenarios {
    private TestScenarios() {}

    /**
     * The default scenario with overrides, resolved exactly as the loader resolves a file (validation and budgets).
     *
     * @param overrides {@code key=value} pairs
     */
    public static Scenario of(String... overrides) {
        Map<String, ScenarioSchema.Located> values = new LinkedHashMap<>();
        for (String kv : overrides) {
            int eq = kv.indexOf('=');
            values.put(kv.substring(0, eq), new ScenarioSchema.Located(kv.substring(eq + 1), "test", 0));
        }
        return ScenarioLoader.resolve(values).scenario();
    }

    /** Writes {@code yaml} to {@code dir/name} and returns the path. */
    public static Path write(Path dir, String name, String yaml) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a scenario file and loads it with {@code --set} overrides. */
    public static ScenarioLoader.Loaded load(Path dir, String yaml, String... sets) {
        return ScenarioLoader.load(write(dir, "scenario.yaml", yaml), List.of(sets));
    }

    /** A small, fast hospital: {@code clinicians} split 15% physicians, 60% nurses, 25% allied. */
    public static String[] smallHospital(int clinicians) {
        int physicians = Math.round(clinicians * 0.15f);
        int nurses = Math.round(clinicians * 0.60f);
        return new String[] {
            "hospital.physicians=" + physicians,
            "hospital.nurses=" + nurses,
            "hospital.allied=" + (clinicians - physicians - nurses)
        };
    }
}
