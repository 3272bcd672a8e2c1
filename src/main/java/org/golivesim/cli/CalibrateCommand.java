package org.golivesim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.golivesim.batch.Runner;
import org.golivesim.calibrate.Calibration;
import org.golivesim.calibrate.CalibrationSearch;
import org.golivesim.calibrate.CalibrationTarget;
import org.golivesim.calibrate.Targets;
import org.golivesim.results.AtomicFiles;
import org.golivesim.results.CsvFormat;
import org.golivesim.results.ResultsLayout;
import org.golivesim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code golive calibrate}: measures the calibration targets on the baseline and prints a pass/fail table; with
 * {@code --search}, fits free parameters to the hard targets and writes the fit beside the table, never into a
 * scenario file.
 */
@Command(
        name = "calibrate",
        mixinStandardHelpOptions = true,
        description = "Measure calibration/targets.csv on a scenario (default: scenarios/baseline.yaml): pass/fail"
                + " table with simulated values and 95%% intervals; --search fits free parameters.")
final class CalibrateCommand extends CommandBase implements Callable<Integer> {

    @Option(names = "--scenario", description = "Scenario to calibrate (default: ${DEFAULT-VALUE}).")
    Path scenario = Path.of("scenarios/baseline.yaml");

    @Option(names = "--targets", description = "Targets file (default: ${DEFAULT-VALUE}).")
    Path targetsFile = Path.of("calibration/targets.csv");

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one parameter (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--replications", description = "Replications per experiment (default: ${DEFAULT-VALUE}).")
    int replications = 40;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Where calibration.csv goes (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("results/calibration");

    @Option(names = "--write-docs", description = "Also replace the calibration table in docs/VALIDATION.md.")
    boolean writeDocs;

    @Option(names = "--strict", description = "Exit 1 when a hard or mechanism target fails.")
    boolean strict;

    @Option(names = "--search", description = "Fit the --fit parameters to the hard targets.")
    boolean search;

    @Option(
            names = "--fit",
            paramLabel = "KEY[=MIN:MAX]",
            description = "A free parameter (source: assumption) to fit, with optional bounds (repeatable).")
    List<String> fit = new ArrayList<>();

    @Option(names = "--evaluations", description = "Evaluation budget of the search (default: ${DEFAULT-VALUE}).")
    int evaluations = 40;

    @picocli.CommandLine.Mixin
    RunnerOptions runnerOptions = new RunnerOptions();

    @Override
    public Integer call() throws Exception {
        if (replications < 2) {
            throw new IllegalArgumentException(
                    "--replications must be at least 2 (for intervals), got " + replications);
        }
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(scenario, sets);
        List<CalibrationTarget> targets = Targets.read(targetsFile);
        int t = CliRanges.threads(threads);
        CliRanges.replications("--replications", replications);
        runnerOptions.validate();
        Files.createDirectories(out);
        try (RunnerOptions.Opened opened = runnerOptions.open(t, out.resolve(BatchCommand.SPARK_STAGING), System.err)) {
            return calibrate(loaded, targets, opened.runner());
        }
    }

    private int calibrate(ScenarioLoader.Loaded loaded, List<CalibrationTarget> targets, Runner runner)
            throws Exception {
        if (search) {
            List<CalibrationSearch.Free> free =
                    fit.stream().map(CalibrationSearch.Free::parse).toList();
            CalibrationSearch.Outcome o =
                    CalibrationSearch.search(loaded, targets, free, replications, evaluations, runner);
            writeSearch(o, free);
            out().printf(
                            Locale.ROOT,
                            "best loss %.5f after %d evaluations: %s%n",
                            o.best().loss(),
                            o.evaluations().size(),
                            o.best().values());
            out().println("Fitted values: " + out.resolve("fitted.yaml") + " (scenario files are unchanged)");
            return 0;
        }
        long t0 = System.nanoTime();
        List<Calibration.Result> results = Calibration.run(loaded, targets, replications, runner);
        String table = markdown(results, loaded.scenario().name(), replications);
        out().print(table);
        out().printf(
                        Locale.ROOT,
                        "(%d replications per experiment, %.1f s)%n",
                        replications,
                        (System.nanoTime() - t0) / 1e9);
        AtomicFiles.writeString(out.resolve(ResultsLayout.CALIBRATION), csv(results));
        out().println("Table: " + out.resolve(ResultsLayout.CALIBRATION));
        if (writeDocs) {
            Path doc = Path.of("docs/VALIDATION.md");
            DocSection.replace(doc, "calibration", table);
            out().println("Updated " + doc);
        }
        boolean failed = results.stream()
                .anyMatch(r -> !r.pass()
                        && (r.target().kind().equals("hard")
                                || r.target().kind().equals("mechanism")));
        return strict && failed ? GoLive.FAILURE : 0;
    }

    static String markdown(List<Calibration.Result> results, String scenarioName, int replications) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "Scenario `%s`, %d replications per experiment, common random numbers.%n%n",
                scenarioName,
                replications));
        sb.append(
                "| target | kind | experiment | metric | published range | simulated | 95% interval | pass | how judged |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Calibration.Result r : results) {
            CalibrationTarget t = r.target();
            sb.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | `%s` | %s | %s | %s | %s | %s |%n",
                    t.id(),
                    t.kind(),
                    t.experiment(),
                    t.metric(),
                    range(t.low(), t.high()),
                    fmt(r.simulated()),
                    Double.isNaN(r.ciLow()) ? "" : fmt(r.ciLow()) + " to " + fmt(r.ciHigh()),
                    t.kind().equals("report") ? "-" : r.pass() ? "yes" : "**no**",
                    r.detail()));
        }
        return sb.toString();
    }

    private static String range(double lo, double hi) {
        if (Double.isNaN(lo) && Double.isNaN(hi)) {
            return "";
        }
        if (Double.isNaN(hi)) {
            return ">= " + fmt(lo);
        }
        if (Double.isNaN(lo)) {
            return "<= " + fmt(hi);
        }
        return fmt(lo) + " to " + fmt(hi);
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        if (a >= 1e5) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, a >= 10 ? "%.1f" : "%.3f", v);
    }

    private static String csv(List<Calibration.Result> results) {
        StringBuilder sb = new StringBuilder(CsvFormat.line(ResultsLayout.CALIBRATION_COLUMNS));
        for (Calibration.Result r : results) {
            CalibrationTarget t = r.target();
            sb.append(CsvFormat.line(List.of(
                    t.id(),
                    t.kind(),
                    t.experiment(),
                    CsvFormat.text(t.metric()),
                    CsvFormat.num6(t.low()),
                    CsvFormat.num6(t.high()),
                    CsvFormat.num6(r.simulated()),
                    CsvFormat.num6(r.ciLow()),
                    CsvFormat.num6(r.ciHigh()),
                    Integer.toString(r.n()),
                    Boolean.toString(r.pass()),
                    CsvFormat.text(t.statement()),
                    CsvFormat.text(t.source()),
                    CsvFormat.text(r.detail()))));
        }
        return sb.toString();
    }

    private void writeSearch(CalibrationSearch.Outcome o, List<CalibrationSearch.Free> free) throws Exception {
        List<String> header = new ArrayList<>(List.of("evaluation"));
        free.forEach(f -> header.add(f.key()));
        header.add("loss");
        StringBuilder sb = new StringBuilder(CsvFormat.line(header));
        for (CalibrationSearch.Evaluation e : o.evaluations()) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(e.index())));
            free.forEach(f -> cells.add(CsvFormat.num6(e.values().get(f.key()))));
            cells.add(CsvFormat.num6(e.loss()));
            sb.append(CsvFormat.line(cells));
        }
        AtomicFiles.writeString(out.resolve("search.csv"), sb.toString());
        StringBuilder y = new StringBuilder();
        y.append("# Fitted by `golive calibrate --search` (loss ")
                .append(String.format(Locale.ROOT, "%.5f", o.best().loss()))
                .append(", ")
                .append(o.evaluations().size())
                .append(" evaluations, ")
                .append(replications)
                .append(" replications each).\n# Review before use: this file is an overlay; no scenario file was"
                        + " changed.\n");
        y.append("extends: ").append(scenario.toAbsolutePath().normalize()).append('\n');
        o.best().values().forEach((k, v) -> y.append(k)
                .append(": ")
                .append(CalibrationSearch.format(k, v))
                .append('\n'));
        AtomicFiles.writeString(out.resolve("fitted.yaml"), y.toString());
    }
}
