package org.golivesim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.golivesim.scenario.ScenarioLoader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The scenario file and its {@code --set} overrides, shared by the commands that read one. */
final class ScenarioInput {
    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario or sweep file (YAML).")
    Path file;

    @Option(
            names = "--set",
            paramLabel = "KEY=VALUE",
            description = "Override one parameter, e.g. --set support.helpDeskAnalysts=20 (repeatable).")
    List<String> sets = new ArrayList<>();

    ScenarioLoader.Loaded load() {
        return ScenarioLoader.load(file, sets);
    }
}
