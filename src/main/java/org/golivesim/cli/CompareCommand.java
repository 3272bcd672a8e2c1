package org.golivesim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.golivesim.batch.Batch;
import org.golivesim.batch.BatchException;
import org.golivesim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code golive compare A.yaml B.yaml [C.yaml ...]}: scenario files as the arms of one experiment with common random
 * numbers; the first file is the reference and gives the design, every other arm is compared with it.
 */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = "Run scenario files as the arms of one experiment (the first is the reference), with common"
                + " random numbers; writes the same results directory and report as batch, comparison.csv holding"
                + " each arm minus the reference.")
final class CompareCommand extends CommandBase implements Callable<Integer> {
    @Parameters(arity = "2..*", paramLabel = "FILE", description = "Scenario files: the reference, then the arms.")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--set",
            paramLabel = "KEY=VALUE",
            description = "Override one parameter in every arm, e.g. --set horizonMonths=6 (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--replications", description = "Replications per point and arm (default: the first file's).")
    Integer replications;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    @picocli.CommandLine.Mixin
    RunnerOptions runnerOptions = new RunnerOptions();

    @Option(names = "--out", paramLabel = "DIR", description = "Results directory (default: results/compare-<arms>).")
    Path out;

    @Option(names = "--resume", description = "Continue an interrupted comparison in the results directory.")
    boolean resume;

    @Option(names = "--overwrite", description = "Replace results already in the results directory.")
    boolean overwrite;

    @Option(names = "--no-report", description = "Skip charts and report.html.")
    boolean noReport;

    @Option(
            names = "--yes",
            description = "Run a plan over 1,000,000 runs or an estimated 10 GB of output (refused without it).")
    boolean yes;

    @Override
    public Integer call() throws Exception {
        ScenarioLoader.Loaded loaded = ScenarioLoader.loadArms(files, sets);
        int t = CliRanges.threads(threads);
        CliRanges.replications("--replications", replications);
        if (resume && overwrite) {
            throw new BatchException("--resume and --overwrite exclude each other; choose one");
        }
        Path dir = out != null
                ? out
                : Path.of(
                        "results",
                        "compare-" + String.join("-vs-", loaded.experiment().names()));
        Batch.Options o = new Batch.Options(
                dir,
                t,
                resume,
                overwrite,
                replications,
                null,
                List.of(),
                1,
                "compare " + files + (sets.isEmpty() ? "" : " --set " + sets) + runnerOptions.describe());
        return BatchCommand.execute(loaded, o, runnerOptions, noReport, yes, out());
    }
}
