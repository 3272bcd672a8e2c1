package org.golivesim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.golivesim.batch.Batch;
import org.golivesim.batch.BatchException;
import org.golivesim.batch.PlanGuard;
import org.golivesim.report.Report;
import org.golivesim.results.ResultsLayout;
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
    /** Directory under the results directory where Spark executors stage daily series until the driver merges them. */
    static final String SPARK_STAGING = ".spark-staging";

    @Mixin
    ScenarioInput input = new ScenarioInput();

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    @Mixin
    RunnerOptions runnerOptions = new RunnerOptions();

    @Option(names = "--out", paramLabel = "DIR", description = "Results directory (default: results/<name>).")
    Path out;

    @Option(names = "--resume", description = "Continue an interrupted batch in the results directory.")
    boolean resume;

    @Option(names = "--overwrite", description = "Replace results already in the results directory.")
    boolean overwrite;

    @Option(names = "--replications", description = "Replications per point and arm (default: the file's).")
    Integer replications;

    @Option(
            names = "--target-precision",
            paramLabel = "SHARE",
            description = "Add replications until the 95%% CI half-width of each --precision-metric is within this"
                    + " share of its mean (e.g. 0.05), at every point and arm.")
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

    @Option(
            names = "--target",
            paramLabel = "METRIC>=VALUE|METRIC<=VALUE",
            description = "An outcome target for the report's cheapest configuration meeting targets, e.g."
                    + " --target availability>=0.995 --target errors_per_1000_tasks<=6 (repeatable).")
    List<String> targetSpecs = new ArrayList<>();

    @Option(names = "--no-report", description = "Skip charts and report.html.")
    boolean noReport;

    @Option(
            names = "--yes",
            description = "Run a plan over 1,000,000 runs or an estimated 10 GB of output (refused without it).")
    boolean yes;

    /**
     * Parses {@code METRIC>=VALUE} / {@code METRIC<=VALUE} targets.
     *
     * @throws BatchException naming the target and what is allowed
     */
    static java.util.Map<String, java.util.Map<String, Double>> targets(List<String> specs) {
        java.util.Map<String, java.util.Map<String, Double>> out = new java.util.LinkedHashMap<>();
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("\\s*([a-z0-9_]+)\\s*(>=|<=)\\s*(\\S+)\\s*");
        for (String spec : specs) {
            java.util.regex.Matcher m = p.matcher(spec);
            double value;
            try {
                value = m.matches() ? Double.parseDouble(m.group(3)) : Double.NaN;
            } catch (NumberFormatException e) {
                value = Double.NaN;
            }
            if (!m.matches() || Double.isNaN(value)) {
                throw new BatchException("--target '" + spec + "': expected METRIC>=VALUE or METRIC<=VALUE,"
                        + " e.g. availability>=0.995");
            }
            if (!org.golivesim.observe.Summaries.names().contains(m.group(1))) {
                throw new BatchException("--target '" + spec + "': '" + m.group(1) + "' is not a summary metric;"
                        + " allowed: the summary columns of runs.csv, e.g. availability, errors_per_1000_tasks,"
                        + " breaches_per_month, cost_total_usd");
            }
            out.computeIfAbsent(m.group(1), k -> new java.util.LinkedHashMap<>())
                    .put(m.group(2).equals(">=") ? "min" : "max", value);
        }
        return out;
    }

    @Override
    public Integer call() throws Exception {
        ScenarioLoader.Loaded loaded = input.load();
        int t = CliRanges.threads(threads);
        CliRanges.replications("--replications", replications);
        CliRanges.replications("--max-replications", maxReplications);
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
                "batch " + input.file + (input.sets.isEmpty() ? "" : " --set " + input.sets) + runnerOptions.describe(),
                targets(targetSpecs));
        return execute(loaded, o, runnerOptions, noReport, yes, out());
    }

    /**
     * Runs a batch on the runner asked for (the local pool by default), then writes the report unless asked not to;
     * prints the closing summary. The plan's size is printed and guarded first.
     */
    static int execute(
            ScenarioLoader.Loaded loaded,
            Batch.Options o,
            RunnerOptions runnerOptions,
            boolean noReport,
            boolean yes,
            java.io.PrintWriter out)
            throws Exception {
        int t = o.threads();
        Path dir = o.out();
        runnerOptions.validate();
        int reps =
                o.replications() != null ? o.replications() : loaded.scenario().replications();
        PlanGuard.Estimate estimate = PlanGuard.estimate(loaded, reps, t, false);
        System.err.println("golive: plan: " + estimate.describe());
        PlanGuard.check(estimate, yes);
        long t0 = System.nanoTime();
        Batch.Outcome outcome;
        try (RunnerOptions.Opened r = runnerOptions.open(t, dir.resolve(SPARK_STAGING), System.err)) {
            outcome = Batch.run(loaded, o, r.runner(), System.err);
        }
        out.printf(
                Locale.ROOT,
                "%d runs (%d failed), %d point(s), %d replication(s), %s, %.1f s%n",
                outcome.completed() + outcome.failed(),
                outcome.failed(),
                outcome.plan().points().size(),
                outcome.replications(),
                runnerOptions.spark() ? "Spark" : t + " thread(s)",
                (System.nanoTime() - t0) / 1e9);
        if (!noReport) {
            Report.Output report = Report.build(dir);
            // the first screen's three leading sentences: the choice, the effects, the cost
            for (String sentence :
                    report.headline().subList(0, Math.min(3, report.headline().size()))) {
                out.println("- " + sentence);
            }
            out.println("Report: " + dir.resolve(ResultsLayout.REPORT));
        }
        if (outcome.firstFailure() != null) {
            out.println("First failure: " + outcome.firstFailure() + " (every failure: runs.csv, column error)");
        }
        out.println("Results: " + dir);
        return outcome.failed() > 0 ? GoLive.FAILURE : 0;
    }
}
