package org.golivesim.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.golivesim.batch.SingleRun;
import org.golivesim.observe.RunResult;
import org.golivesim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code golive run}: one replication, a printed summary, and its daily series on disk. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Run one replication of a scenario; print a summary and write manifest.json, runs.csv and"
                + " daily.csv.")
final class RunCommand extends CommandBase implements Callable<Integer> {
    @Mixin
    ScenarioInput input = new ScenarioInput();

    @Option(names = "--seed", description = "Run seed (default: the scenario's seed).")
    Long seed;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Results directory (default: results/<name>-seed<seed>).")
    Path out;

    @Option(names = "--overwrite", description = "Replace results already in the directory.")
    boolean overwrite;

    @Override
    public Integer call() throws Exception {
        ScenarioLoader.Loaded loaded = input.load();
        long s = seed != null ? seed : loaded.scenario().seed();
        Path dir = out != null ? out : Path.of("results", safe(loaded.scenario().name()) + "-seed" + s);
        long t0 = System.nanoTime();
        RunResult r = SingleRun.run(loaded, s, dir, overwrite, "run " + input.file);
        double seconds = (System.nanoTime() - t0) / 1e9;
        out().printf(
                        Locale.ROOT,
                        "Scenario '%s', seed %d: %d days after go-live in %.2f s%n",
                        loaded.scenario().name(),
                        s,
                        (int) r.summary("days_after_go_live"),
                        seconds);
        String[][] lines = {
            {"Availability", "availability", "%.4f"},
            {"Unplanned downtime (h)", "unplanned_downtime_hours", "%.1f"},
            {"Errors per 1,000 tasks", "errors_per_1000_tasks", "%.2f"},
            {"Productivity trough, weeks 1-4", "productivity_trough_weeks_1_4", "%.3f"},
            {"Productivity, month 4", "productivity_month_4", "%.3f"},
            {"Tickets opened", "tickets_opened", "%.0f"},
            {"First-contact resolution from month 3", "first_contact_resolution_from_month_3", "%.3f"},
            {"Breaches", "breaches", "%.0f"},
            {"Net promoter score at the end", "net_promoter_score_final", "%.1f"},
            {"Total cost (USD)", "cost_total_usd", "%,.0f"}
        };
        for (String[] l : lines) {
            out().printf(Locale.ROOT, "  %-40s " + l[2] + "%n", l[0], r.summary(l[1]));
        }
        out().println("Results: " + dir);
        return 0;
    }

    static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]+", "-");
        return s.isEmpty() ? "scenario" : s;
    }
}
