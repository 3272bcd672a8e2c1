package org.golivesim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.golivesim.batch.BatchException;
import org.golivesim.batch.Claims;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code golive claims}: runs the essay's causal claims as experiments and prints a verdict for each. */
@Command(
        name = "claims",
        mixinStandardHelpOptions = true,
        description = "Run the claims of validation/claims.yaml as experiments with common random numbers; print and"
                + " write claims.csv: claim, metric, value per arm, paired difference with 95%% CI, verdict.")
final class ClaimsCommand extends CommandBase implements Callable<Integer> {
    @Option(names = "--file", description = "Claims file (default: ${DEFAULT-VALUE}).")
    Path file = Path.of("validation", "claims.yaml");

    @Option(names = "--replications", description = "Replications per arm (default: ${DEFAULT-VALUE}).")
    int replications = 10;

    @Option(names = "--only", paramLabel = "ID", description = "Run only this claim (repeatable).")
    List<String> only = new ArrayList<>();

    @Option(
            names = "--set",
            paramLabel = "KEY=VALUE",
            description = "Override one parameter in every claim, e.g. --set horizonMonths=6 (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Results directory (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("results", "claims");

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    @picocli.CommandLine.Mixin
    RunnerOptions runnerOptions = new RunnerOptions();

    @Override
    public Integer call() throws Exception {
        if (replications < 2 || replications > 100_000) {
            throw new BatchException(
                    "--replications must be in [2, 100000] for a paired interval, got " + replications);
        }
        int t = CliRanges.threads(threads);
        Path root = file.toAbsolutePath().getParent().getParent();
        List<Claims.Claim> all = Claims.read(file, root == null ? Path.of(".") : root);
        List<Claims.Claim> chosen = new ArrayList<>();
        for (Claims.Claim c : all) {
            if (only.isEmpty() || only.contains(c.id())) {
                chosen.add(c);
            }
        }
        for (String id : only) {
            if (all.stream().noneMatch(c -> c.id().equals(id))) {
                throw new BatchException("--only " + id + ": no such claim; allowed: "
                        + all.stream().map(Claims.Claim::id).toList());
            }
        }
        runnerOptions.validate();
        List<Claims.Verdict> verdicts;
        try (RunnerOptions.Opened r = runnerOptions.open(t, out.resolve(BatchCommand.SPARK_STAGING), System.err)) {
            verdicts = Claims.run(file, chosen, replications, sets, out, t, r.runner(), System.err);
        }
        out().printf(
                        Locale.ROOT,
                        "%-32s %-26s %-14s %12s %12s %26s  %s%n",
                        "claim",
                        "metric",
                        "arm",
                        "reference",
                        "arm value",
                        "difference [95% CI]",
                        "verdict");
        for (Claims.Verdict v : verdicts) {
            out().printf(
                            Locale.ROOT,
                            "%-32s %-26s %-14s %12s %12s %26s  %s%n",
                            v.claim().id(),
                            v.claim().metric(),
                            v.arm(),
                            v.cells().get("mean_reference"),
                            v.cells().get("mean_arm"),
                            v.cells().get("mean_difference") + " [" + v.cells().get("ci_low") + ", "
                                    + v.cells().get("ci_high") + "]",
                            v.verdict());
        }
        out().println("Claims: " + out.resolve("claims.csv"));
        return 0;
    }
}
