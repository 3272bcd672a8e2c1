package org.golivesim.cli;

import java.util.concurrent.Callable;
import org.golivesim.scenario.ParamInfo;
import org.golivesim.scenario.ScenarioSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code golive params}: every parameter with its unit, default, range and meaning. */
@Command(
        name = "params",
        mixinStandardHelpOptions = true,
        description = "List every parameter: key, unit, default, allowed range, meaning (and source).")
final class ParamsCommand extends CommandBase implements Callable<Integer> {
    @Option(names = "--markdown", description = "Print docs/PARAMETERS.md instead of a plain table.")
    boolean markdown;

    @Option(
            names = "--metrics",
            description = "Print docs/METRICS.md, every result column: meaning, unit, better direction, range.")
    boolean metrics;

    @Override
    public Integer call() {
        if (metrics) {
            out().print(MetricDocs.markdown());
            return 0;
        }
        if (markdown) {
            out().print(ParameterDocs.markdown());
            return 0;
        }
        for (ParamInfo p : ScenarioSchema.params()) {
            out().printf(
                            "%-52s %-26s default %-10s %s%n    %s [source: %s]%n",
                            p.key(),
                            p.unit(),
                            p.defaultText().isEmpty() ? "(unset)" : p.defaultText(),
                            p.allowedText(),
                            p.doc(),
                            p.source());
        }
        return 0;
    }
}
