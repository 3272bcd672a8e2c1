package org.golivesim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.golivesim.batch.Batch;
import org.golivesim.batch.BatchException;
import org.golivesim.batch.LocalPoolRunner;
import org.golivesim.output.Report;
import org.golivesim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code golive batch}: every run a scenario or sweep file asks for, in parallel, then statistics and the report. */
@Command(
        name = "batch",
        mixinStandardHelpOptions = true,
        description = "Run all runs of a scenario or sweep file on a thread pool, streaming results to disk;"
                + " then write curves.csv, comparison.csv, charts and report.html.")
final class BatchCommand extends CommandBase implements Callable<Integer> {
    @Mixin
    ScenarioInput input = new ScenarioInput();

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Results directory (default: results/<name>).")
    Path out;

    @Option(names = "--resume", description = "Continue an interrupted batch in the results directory.")
    boolean resume;

    @Option(names = "--overwrite", description = "Replace results already in the results directory.")
    boolean overwrite;

    @Option(names = "--replications", description = "Replications per point and strategy (default: the file's).")
    Integer replications;

    @Option(
            names = "--target-precision",
            paramLabel = "SHARE",
            description = "Add replications until the 95% CI half-width of each --precision-metric is within this"
                    + " share of its mean (e.g. 0.05), at every point and strategy.")
    Double targetPrecision;

    @Option(
            names = "--precision-metric",
            paramLabel = "METRIC",
            description = "Summary metric the precision target applies to (repeatable; default:"
                    + " errors_per_1000_tasks, unplanned_downtime_hours, cost_total_usd).")
    List<String> precisionMetrics = new ArrayList<>();

    @Option(
            names = "--max-replications",
            description = "Cap on replications under a precision target (default: ${DEFAULT-VALUE}).")
    int maxReplications = 200;

    @Option(names = "--no-report", description = "Skip charts and report.html.")
    boolean noReport;

    @Override
    public Integer call() throws Exception {
        ScenarioLoader.Loaded loaded = input.load();
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1) {
            throw new BatchException("--threads must be at least 1, got " + t);
        }
        if (resume && overwrite) {
            throw new BatchException("--resume and --overwrite exclude each other; choose one");
        }
        if (targetPrecision != null && !(targetPrecision > 0 && targetPrecision < 1)) {
            throw new BatchException("--target-precision must be a share in (0, 1), got " + targetPrecision);
        }
        List<String> metrics = precisionMetrics.isEmpty()
                ? List.of("errors_per_1000_tasks", "unplanned_downtime_hours", "cost_total_usd")
                : precisionMetrics;
        Path dir = out != null
                ? out
                : Path.of("results", RunCommand.safe(loaded.scenario().name()));
        Batch.Options o = new Batch.Options(
                dir,
                t,
                resume,
                overwrite,
                replications,
                targetPrecision,
                metrics,
                maxReplications,
                "batch " + input.file + (input.sets.isEmpty() ? "" : " --set " + input.sets));
        long t0 = System.nanoTime();
        Batch.Outcome outcome = Batch.run(loaded, o, new LocalPoolRunner(t), System.err);
        out().printf(
                        Locale.ROOT,
                        "%d runs (%d failed), %d point(s), %d replication(s), %d thread(s), %.1f s%n",
                        outcome.completed() + outcome.failed(),
                        outcome.failed(),
                        outcome.plan().points().size(),
                        outcome.replications(),
                        t,
                        (System.nanoTime() - t0) / 1e9);
        if (!noReport) {
            Report.build(dir);
            out().println("Report: " + dir.resolve(Report.REPORT_FILE));
        }
        out().println("Results: " + dir);
        return outcome.failed() > 0 ? GoLive.FAILURE : 0;
    }
}
