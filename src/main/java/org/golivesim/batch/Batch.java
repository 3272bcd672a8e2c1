package org.golivesim.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.golivesim.results.AtomicFiles;
import org.golivesim.results.CsvFormat;
import org.golivesim.results.Manifest;
import org.golivesim.results.ResultsLayout;
import org.golivesim.results.RunWriter;
import org.golivesim.scenario.Arm;
import org.golivesim.scenario.Experiment;
import org.golivesim.scenario.ScenarioLoader;
import org.golivesim.scenario.ScenarioSchema;
import org.golivesim.stats.SequentialPrecision;

/**
 * Runs a batch end to end: plans it, refuses to overwrite an existing results directory unless asked, writes the
 * manifest and points, streams every run to disk through the {@link Journal}, resumes an interrupted batch exactly,
 * optionally adds replications until chosen metrics reach a target precision, and computes the across-replication
 * statistics.
 */
public final class Batch {
    /** Tool version written to manifests. */
    public static final String VERSION = "0.1.0";

    private Batch() {}

    /**
     * Options of a batch.
     *
     * @param out results directory
     * @param threads worker threads
     * @param resume continue an interrupted batch in {@code out}
     * @param overwrite replace results already in {@code out}
     * @param replications replications per point and arm (null: the scenario's)
     * @param targetPrecision relative 95% CI half-width to reach (null: fixed replications)
     * @param precisionMetrics summary metrics the precision target applies to
     * @param maxReplications cap on replications under a precision target
     * @param command the command line, for the manifest
     */
    public record Options(
            Path out,
            int threads,
            boolean resume,
            boolean overwrite,
            Integer replications,
            Double targetPrecision,
            List<String> precisionMetrics,
            int maxReplications,
            String command,
            Map<String, Map<String, Double>> targets) {

        /** Options without stated targets. */
        public Options(
                Path out,
                int threads,
                boolean resume,
                boolean overwrite,
                Integer replications,
                Double targetPrecision,
                List<String> precisionMetrics,
                int maxReplications,
                String command) {
            this(
                    out,
                    threads,
                    resume,
                    overwrite,
                    replications,
                    targetPrecision,
                    precisionMetrics,
                    maxReplications,
                    command,
                    Map.of());
        }
    }

    /** What a batch did. */
    public record Outcome(Plan plan, int completed, int failed, int replications, String firstFailure) {}

    /**
     * Runs the batch.
     *
     * @param loaded scenario or sweep file
     * @param o options
     * @param runner where runs execute
     * @param progress where progress lines go
     * @return counts
     * @throws BatchException when the results directory cannot be used as asked
     * @throws IOException on a file failure
     * @throws InterruptedException when interrupted
     */
    public static Outcome run(ScenarioLoader.Loaded loaded, Options o, Runner runner, PrintStream progress)
            throws IOException, InterruptedException {
        int reps =
                o.replications() != null ? o.replications() : loaded.scenario().replications();
        Plan plan = Planner.plan(loaded, reps);
        for (String m : o.precisionMetrics()) {
            if (!org.golivesim.observe.Summaries.names().contains(m)) {
                throw new BatchException("--precision-metric '" + m + "' is not a summary metric; allowed: "
                        + org.golivesim.observe.Summaries.names());
            }
        }
        if (loaded.sweep() != null) {
            for (String m : loaded.sweep().outputs()) {
                if (!org.golivesim.observe.Summaries.names().contains(m)) {
                    throw new BatchException("sweep.outputs: '" + m + "' is not a summary metric; allowed: "
                            + org.golivesim.observe.Summaries.names());
                }
            }
        }
        Path dir = o.out();
        String fingerprint = fingerprint(o, plan);
        boolean existed = Files.exists(dir);
        Outcome outcome;
        // a directory held by another process is refused here, before anything is touched
        try (ResultsLock lock = ResultsLock.acquire(dir)) {
            try {
                outcome = runWithLock(loaded, o, runner, progress, plan, fingerprint, reps, lock);
            } catch (BatchException e) {
                if (!existed) {
                    // refused before anything was written: remove the lock file while it is still held
                    Files.deleteIfExists(dir.resolve(ResultsLock.FILE));
                }
                throw e;
            }
        } catch (BatchException e) {
            if (!existed) {
                try {
                    Files.deleteIfExists(dir); // leave no trace of a directory made for a refused batch
                } catch (java.nio.file.DirectoryNotEmptyException other) {
                    // another writer has started using it meanwhile: it is theirs
                }
            }
            throw e;
        }
        return outcome;
    }

    private static Outcome runWithLock(
            ScenarioLoader.Loaded loaded,
            Options o,
            Runner runner,
            PrintStream progress,
            Plan plan,
            String fingerprint,
            int reps,
            ResultsLock lock)
            throws IOException, InterruptedException {
        Path dir = o.out();
        if (!lock.previousOwner().isEmpty()) {
            progress.println("golive: " + dir + " was left locked by a process that is gone (" + lock.previousOwner()
                    + "); taking it over");
        }
        int cleaned = ResultsFiles.cleanTemporary(dir);
        if (cleaned > 0) {
            progress.println(
                    "golive: removed " + cleaned + " temporary file(s) left in " + dir + " by an interrupted process");
        }
        Outcome outcome = runLocked(loaded, o, runner, progress, plan, fingerprint, reps);
        ResultsFiles.cleanTemporary(dir);
        return outcome;
    }

    private static Outcome runLocked(
            ScenarioLoader.Loaded loaded,
            Options o,
            Runner runner,
            PrintStream progress,
            Plan plan,
            String fingerprint,
            int reps)
            throws IOException, InterruptedException {
        Path dir = o.out();
        Journal.Header header = journalHeader(fingerprint, plan.varied());
        Journal.Position pos = null;
        if (RunWriter.exists(dir)) {
            if (o.resume()) {
                String previous = readFingerprint(dir);
                if (previous != null && !fingerprint.equals(previous)) {
                    throw new BatchException("cannot resume " + dir + ": it was started with different inputs"
                            + " (scenario, overrides, replications or precision target differ); use --overwrite to"
                            + " replace it or --out to choose another directory");
                }
                pos = Journal.verify(dir, header, dir.resolve(ResultsLayout.RUNS), dir.resolve(ResultsLayout.DAILY));
                if (!pos.notice().isEmpty()) {
                    progress.println("golive: resume: " + pos.notice());
                }
            } else if (o.overwrite()) {
                ResultsFiles.removePrevious(dir);
            } else {
                throw new BatchException("results directory " + dir + " already holds results; use --resume to"
                        + " continue it, --overwrite to replace it, or --out to choose another directory");
            }
        } else if (o.resume()) {
            throw new BatchException("nothing to resume in " + dir + " (no runs.csv there)");
        } else if (o.overwrite()) {
            ResultsFiles.removePrevious(dir); // statistics or charts of an earlier batch without its data files
        }
        int done = pos == null ? 0 : pos.nextRun();
        String started = Instant.now().toString();
        writeManifest(
                dir, loaded, o, plan, fingerprint, started, null, plan.runs().size(), 0, 0, reps);
        writePoints(dir, plan);
        Progress bar = new Progress(progress, plan.runs().size());
        int[] failed = {0};
        int[] completed = {done};
        String[] firstFailure = {null};
        Runs all = new Runs(plan.runs());
        if (done == 0) {
            Files.deleteIfExists(dir.resolve(ResultsLayout.RUNS));
            Files.deleteIfExists(dir.resolve(ResultsLayout.DAILY));
        }
        try (RunWriter writer = done == 0
                        ? new RunWriter(dir, plan.varied(), null, true)
                        : new RunWriter(dir, plan.varied(), new long[] {pos.runsBytes(), pos.dailyBytes()}, true);
                Journal journal = done == 0 ? newJournal(writer, dir, header) : Journal.resume(dir, pos)) {
            executeFrom(all, done, runner, writer, journal, plan, bar, completed, failed, firstFailure);
            if (o.targetPrecision() != null) {
                int current = reps;
                while (current < o.maxReplications()) {
                    int needed = replicationsNeeded(dir, o, current);
                    if (needed <= current) {
                        break;
                    }
                    int next = Math.min(o.maxReplications(), needed);
                    List<RunSpec> extra = extend(plan, all.size(), current, next);
                    all.extra.addAll(extra);
                    bar.grow(extra.size());
                    executeFrom(all, completed[0], runner, writer, journal, plan, bar, completed, failed, firstFailure);
                    current = next;
                }
                reps = current;
            }
        }
        failed[0] = BatchStatistics.failedRuns(dir);
        bar.finish();
        BatchStatistics.write(dir, plan.points().size(), plan.experiment());
        if (loaded.sweep() != null && loaded.sweep().design().sensitivity()) {
            SensitivityStep.write(dir, loaded.sweep(), plan.experiment().reference());
        }
        writeManifest(
                dir,
                loaded,
                o,
                plan,
                fingerprint,
                started,
                Instant.now().toString(),
                all.size(),
                all.size() - failed[0],
                failed[0],
                reps);
        return new Outcome(plan, all.size() - failed[0], failed[0], reps, firstFailure[0]);
    }

    /** The plan's runs (made on demand) followed by the runs a precision target added. */
    private static final class Runs extends java.util.AbstractList<RunSpec> implements java.util.RandomAccess {
        private final List<RunSpec> planned;
        private final List<RunSpec> extra = new ArrayList<>();

        Runs(List<RunSpec> planned) {
            this.planned = planned;
        }

        @Override
        public RunSpec get(int i) {
            return i < planned.size() ? planned.get(i) : extra.get(i - planned.size());
        }

        @Override
        public int size() {
            return planned.size() + extra.size();
        }
    }

    private static Journal newJournal(RunWriter writer, Path dir, Journal.Header header) throws IOException {
        writer.force(); // the headers are on disk before the journal says they are
        return Journal.create(dir, header);
    }

    /** The journal header of a plan: its fingerprint and the data files' header bytes. */
    static Journal.Header journalHeader(String fingerprint, List<String> varied) {
        byte[] runs = RunWriter.runsHeaderBytes(varied);
        byte[] daily = RunWriter.dailyHeaderBytes(true);
        return new Journal.Header(fingerprint, new long[] {runs.length, daily.length}, new long[] {
            RunWriter.crc(runs), RunWriter.crc(daily)
        });
    }

    private static void executeFrom(
            List<RunSpec> all,
            int from,
            Runner runner,
            RunWriter writer,
            Journal journal,
            Plan plan,
            Progress bar,
            int[] completed,
            int[] failed,
            String[] firstFailure)
            throws IOException, InterruptedException {
        if (from >= all.size()) {
            return;
        }
        bar.skip(from - bar.done());
        try {
            runner.run(all.subList(from, all.size()), outcome -> {
                try {
                    RunSpec s = outcome.spec();
                    List<String> varied = new ArrayList<>();
                    Map<String, String> values = plan.points().get(s.pointId()).values();
                    for (String k : plan.varied()) {
                        varied.add(values.get(k));
                    }
                    RunWriter.Appended a = writer.append(
                            new RunWriter.Row(
                                    s.runId(),
                                    s.pointId(),
                                    s.arm(),
                                    s.replication(),
                                    s.seed(),
                                    varied,
                                    outcome.result(),
                                    outcome.error()),
                            outcome.encodedDaily());
                    writer.force(); // data on disk before the journal line that vouches for it
                    journal.finished(s.runId(), a.ends(), a.crcs());
                    completed[0]++;
                    if (!outcome.ok()) {
                        failed[0]++;
                        if (firstFailure[0] == null) {
                            firstFailure[0] = "run " + s.runId() + " (seed " + s.seed() + "): " + outcome.error();
                        }
                    }
                    bar.done(outcome.ok());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e); // stops the runner: nothing more can be recorded
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw new IOException(
                    e.getCause().getMessage() + "; the runs recorded so far are kept: fix the cause (e.g. free disk"
                            + " space), then continue with --resume",
                    e.getCause());
        }
    }

    /** More replications for every point and arm: indices {@code from..to-1}, run ids continuing. */
    private static List<RunSpec> extend(Plan plan, int firstRunId, int from, int to) {
        List<RunSpec> out = new ArrayList<>();
        Map<String, RunSpec> templates = new LinkedHashMap<>();
        for (RunSpec s : plan.runs()) {
            templates.putIfAbsent(s.pointId() + "/" + s.arm(), s);
        }
        for (RunSpec t : templates.values()) {
            for (int r = from; r < to; r++) {
                out.add(new RunSpec(
                        firstRunId + out.size(),
                        t.pointId(),
                        t.arm(),
                        r,
                        Planner.replicationSeed(plan.masterSeed(), r),
                        t.scenario()));
            }
        }
        return out;
    }

    private static int replicationsNeeded(Path dir, Options o, int current) throws IOException {
        int needed = current;
        SequentialPrecision rule = new SequentialPrecision(o.targetPrecision(), 1e-9, o.maxReplications());
        for (var byPoint : BatchStatistics.summaries(dir, o.precisionMetrics()).values()) {
            for (var byArm : byPoint.values()) {
                Map<String, double[]> values = new LinkedHashMap<>();
                byArm.forEach((k, v) -> values.put(
                        k, v.stream().mapToDouble(Double::doubleValue).toArray()));
                SequentialPrecision.Decision d = rule.decide(values, o.precisionMetrics());
                needed = Math.max(needed, d.replications() + d.additionalReplications());
            }
        }
        return needed;
    }

    private static void writePoints(Path dir, Plan plan) throws IOException {
        StringBuilder sb = new StringBuilder();
        List<String> header = new ArrayList<>(ResultsLayout.POINTS_COLUMNS);
        header.addAll(plan.varied());
        sb.append(CsvFormat.line(header));
        for (Plan.Point p : plan.points()) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(p.pointId()), CsvFormat.text(p.label())));
            for (String k : plan.varied()) {
                cells.add(CsvFormat.text(p.values().get(k)));
            }
            sb.append(CsvFormat.line(cells));
        }
        AtomicFiles.writeString(dir.resolve(ResultsLayout.POINTS), sb.toString());
    }

    /**
     * SHA-256 over every run's identity and parameters, and the precision target. Streamed into the digest, with each
     * distinct scenario's parameter text made once, so memory does not grow with the number of runs.
     */
    static String fingerprint(Options o, Plan plan) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Map<Object, byte[]> parameterText = new java.util.IdentityHashMap<>();
        for (RunSpec s : plan.runs()) {
            String id = s.runId() + "/" + s.pointId() + "/" + s.arm() + "/" + s.replication() + "/" + s.seed() + "/";
            digest.update(id.getBytes(StandardCharsets.UTF_8));
            digest.update(parameterText.computeIfAbsent(
                    s.scenario(),
                    k -> ScenarioSchema.values(s.scenario()).toString().getBytes(StandardCharsets.UTF_8)));
            digest.update((byte) '\n');
        }
        if (o.targetPrecision() != null) {
            // without a precision target, its metrics and cap change nothing: a CLI and an API batch are one plan
            digest.update((String.valueOf(o.targetPrecision()) + o.precisionMetrics() + o.maxReplications())
                    .getBytes(StandardCharsets.UTF_8));
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    /** Each arm's file and overrides, in arm order, for the manifest. */
    private static List<Manifest.ArmDefinition> armDefinitions(Experiment experiment) {
        List<Manifest.ArmDefinition> out = new ArrayList<>();
        for (Arm a : experiment.arms()) {
            out.add(new Manifest.ArmDefinition(a.name(), a.file(), a.overrides()));
        }
        return out;
    }

    private static String readFingerprint(Path dir) {
        Path m = dir.resolve(Manifest.FILE_NAME);
        if (!Files.exists(m)) {
            return null;
        }
        try {
            return Manifest.read(m).planFingerprint();
        } catch (org.golivesim.results.ResultsFormatException e) {
            throw new BatchException("cannot resume " + dir + ": its manifest.json is damaged (" + e.getMessage()
                    + "); use --overwrite to start again or --out to choose another directory");
        }
    }

    static void writeManifest(
            Path dir,
            ScenarioLoader.Loaded loaded,
            Options o,
            Plan plan,
            String fingerprint,
            String started,
            String finished,
            int planned,
            int completed,
            int failed,
            int reps)
            throws IOException {
        Map<String, String> overrides = new java.util.TreeMap<>();
        loaded.values().forEach((k, v) -> {
            if (v.file().equals("--set")) {
                overrides.put(k, v.text());
            }
        });
        Map<Integer, List<String>> pointNotes = new LinkedHashMap<>();
        for (Plan.Point p : plan.points()) {
            if (!p.budgetNotes().isEmpty() && !plan.varied().isEmpty()) {
                pointNotes.put(p.pointId(), p.budgetNotes());
            }
        }
        new Manifest(
                        "golive-sim",
                        VERSION,
                        Provenance.commit(),
                        o.command(),
                        loaded.scenario().name(),
                        loaded.files().stream()
                                .map(f -> new Manifest.ScenarioFile(f.path(), f.sha256()))
                                .toList(),
                        loaded.files().isEmpty()
                                ? null
                                : Manifest.describe(
                                        Path.of(loaded.files().get(0).path())),
                        overrides,
                        Long.toString(plan.masterSeed()),
                        Plan.SEED_SCHEME,
                        fingerprint,
                        OptionalInt.of(o.threads()),
                        started,
                        finished,
                        finished == null ? "running" : "finished",
                        OptionalInt.of(planned),
                        OptionalInt.of(completed),
                        OptionalInt.of(failed),
                        plan.design(),
                        OptionalInt.of(plan.points().size()),
                        plan.experiment().names(),
                        plan.experiment().reference(),
                        armDefinitions(plan.experiment()),
                        OptionalInt.of(reps),
                        o.targetPrecision() == null
                                ? null
                                : new Manifest.TargetPrecision(
                                        o.targetPrecision(), o.precisionMetrics(), o.maxReplications(), reps),
                        plan.varied(),
                        ScenarioSchema.values(loaded.scenario()),
                        loaded.notes(),
                        o.targets(),
                        pointNotes)
                .write(dir);
    }
}
