package org.golivesim.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.golivesim.batch.Plan;
import org.golivesim.batch.PlanGuard;
import org.golivesim.batch.Planner;
import org.golivesim.scenario.ScenarioLoader;
import org.golivesim.scenario.ScenarioSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code golive validate}: checks a file and prints the resolved parameters; runs nothing. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check a scenario or sweep file and print its fully resolved parameters (runs nothing).")
final class ValidateCommand extends CommandBase implements Callable<Integer> {
    @Mixin
    ScenarioInput input = new ScenarioInput();

    @Option(names = "--threads", description = "Worker threads the wall-time estimate is for (default: all cores).")
    Integer threads;

    @Option(names = "--no-estimate", description = "Skip the measured run behind the disk and time estimate.")
    boolean noEstimate;

    @Override
    public Integer call() throws java.io.IOException {
        int t = CliRanges.threads(threads);
        ScenarioLoader.Loaded loaded = input.load();
        out().println("# " + input.file + " is valid");
        for (ScenarioLoader.SourceFile f : loaded.files()) {
            out().println("# file " + f.path() + " sha256 " + f.sha256());
        }
        for (String note : loaded.notes()) {
            out().println("# budget: " + note);
        }
        PlanGuard.Estimate estimate =
                PlanGuard.estimate(loaded, loaded.scenario().replications(), t, !noEstimate);
        out().println("# estimate: " + estimate.describe());
        if (estimate.runs() > PlanGuard.MAX_RUNS || estimate.bytes() > PlanGuard.MAX_BYTES) {
            out().println("# estimate: over the limit of "
                    + String.format(java.util.Locale.ROOT, "%,d", PlanGuard.MAX_RUNS)
                    + " runs or 10 GB: batch will need --yes");
        }
        Plan plan = Planner.plan(loaded, loaded.scenario().replications());
        out().printf(
                        "# plan: %s design, %d point(s) x %d arm(s) %s x %d replication(s) = %d runs%n",
                        plan.design(),
                        plan.points().size(),
                        plan.experiment().arms().size(),
                        plan.experiment().names(),
                        plan.replications(),
                        plan.runs().size());
        if (!plan.varied().isEmpty()) {
            for (Plan.Point p : plan.points()) {
                for (String note : p.budgetNotes()) {
                    out().println("# point " + p.pointId() + " budget: " + note);
                }
            }
        }
        for (Map.Entry<String, String> e :
                ScenarioSchema.values(loaded.scenario()).entrySet()) {
            ScenarioSchema.Located given = loaded.values().get(e.getKey());
            String origin = given == null ? "" : "   # " + given.file() + (given.line() > 0 ? ":" + given.line() : "");
            out().println(e.getKey() + ": " + e.getValue() + origin);
        }
        return 0;
    }
}
