package org.golivesim.batch;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.rdd.RDD;
import org.golivesim.observe.RunResult;
import org.golivesim.observe.Summaries;
import org.golivesim.results.RunWriter;
import scala.runtime.AbstractFunction0;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * Runs specs on an Apache Spark cluster through the RDD API. The plan is cut into contiguous partitions sized from a
 * pilot run's time: tasks of about 6 s within 4-8 partitions per executor core, more when a task would exceed a
 * minute of work or 1,000 runs. Each task
 * runs its partition's runs, writes their {@code daily.csv.gz} members — the very bytes the local pool writes — to
 * one staging file of its own on storage the driver shares, and returns only the runs' summary metrics. The driver
 * takes finished partitions in plan order and hands each run to the sink with its encoded daily rows read back from
 * the staging file, one run at a time, so its memory stays flat however many runs there are.
 *
 * <p>Faults: a run that throws in the model is a failed outcome (the task succeeds; nothing is retried). A task lost
 * with its executor is retried by Spark; each attempt writes its own staging file and the driver uses only the file
 * named by the one result Spark accepts for the partition, checking that it covers exactly the partition's runs.
 */
public final class SparkRunner implements Runner, AutoCloseable {
    /** Partitions per executor core when runs are short. */
    static final int MIN_PARTITIONS_PER_CORE = 4;
    /** Partitions per executor core at most, unless tasks would be too long or too large. */
    static final int MAX_PARTITIONS_PER_CORE = 8;
    /** Task length aimed at, in seconds of work, within the partitions per core above. */
    static final double TARGET_TASK_SECONDS = 6;
    /** Longest task wanted, in seconds of work: bounds the work lost with an executor and the progress interval. */
    static final double MAX_TASK_SECONDS = 60;
    /** Most runs in one partition: bounds one task result (the runs' summaries) held by the driver. */
    static final int MAX_RUNS_PER_PARTITION = 1_000;

    /** How long a batch waits for a cluster's executors to register before sizing its partitions. */
    private static final int EXECUTOR_WAIT_SECONDS = 30;

    /** How long an abandoned job is given to stop its tasks. */
    private static final int CANCEL_WAIT_SECONDS = 30;

    private static final String LOG_CONFIG = "/org/golivesim/spark-log4j2.properties";

    private final JavaSparkContext sc;
    private final Path staging;
    private final Integer fixedPartitions;
    private final PrintStream log;

    /**
     * @param sc a running Spark context (stopped by {@link #close})
     * @param staging directory for the executors' staging files, on storage the driver and every executor share
     *     (for a local master any directory)
     * @param partitions partitions to cut the plan into, or null to size them from a pilot run
     * @param log where the runner says how it partitioned the plan
     */
    public SparkRunner(JavaSparkContext sc, Path staging, Integer partitions, PrintStream log) {
        if (partitions != null && partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
        }
        this.sc = sc;
        this.staging = staging.toAbsolutePath();
        this.fixedPartitions = partitions;
        this.log = log;
    }

    /**
     * Starts a Spark context for batches. Under {@code spark-submit} the master comes from its {@code --master}.
     *
     * @param master Spark master URL ({@code local[2]}, {@code spark://host:7077}, ...), or null for the one
     *     {@code spark-submit} set, else {@code local[*]}
     * @param conf further Spark settings
     * @return the context
     */
    public static JavaSparkContext context(String master, Map<String, String> conf) {
        // Spark logs at INFO by default; golive's own runs keep warnings only (spark-submit's conf/ still decides
        // there)
        if (System.getProperty("log4j2.configurationFile") == null
                && System.getProperty("log4j.configurationFile") == null
                && SparkRunner.class.getResource(LOG_CONFIG) != null) {
            System.setProperty(
                    "log4j2.configurationFile",
                    SparkRunner.class.getResource(LOG_CONFIG).toString());
            org.apache.logging.log4j.core.config.Configurator.reconfigure();
        }
        SparkConf c = new SparkConf().setAppName("golive-sim batch");
        if (master != null) {
            c.setMaster(master);
        } else if (!c.contains("spark.master")) {
            c.setMaster("local[*]");
        }
        // the executors need this program: outside spark-submit, ship the jar the driver runs from
        String jar = ownJar();
        if (!c.contains("spark.jars") && jar != null && !c.get("spark.master").startsWith("local[")) {
            c.set("spark.jars", jar);
        }
        conf.forEach(c::set);
        return new JavaSparkContext(c);
    }

    private static String ownJar() {
        try {
            Path p = Path.of(SparkRunner.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return p.toString().endsWith(".jar") ? p.toString() : null;
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * Number of partitions for a plan.
     *
     * @param runs runs in the plan
     * @param secondsPerRun measured time of one run
     * @param cores executor cores
     * @return partitions, between 1 and {@code runs}
     */
    static int partitions(int runs, double secondsPerRun, int cores) {
        int c = Math.max(1, cores);
        double work = runs * Math.max(0, secondsPerRun);
        int byTarget = (int) Math.ceil(work / TARGET_TASK_SECONDS);
        int p = Math.max(MIN_PARTITIONS_PER_CORE * c, Math.min(MAX_PARTITIONS_PER_CORE * c, byTarget));
        p = Math.max(p, (int) Math.ceil(work / MAX_TASK_SECONDS));
        p = Math.max(p, (runs + MAX_RUNS_PER_PARTITION - 1) / MAX_RUNS_PER_PARTITION);
        return Math.max(1, Math.min(runs, p));
    }

    /**
     * Waits until the cluster's executors have registered (their number unchanged for 3 s), at most the given time;
     * at once for a local master.
     *
     * @return the executor cores Spark reports (its default parallelism)
     * @throws InterruptedException when interrupted
     */
    public int awaitExecutors(int seconds) throws InterruptedException {
        if (!sc.master().startsWith("local[") && !sc.master().equals("local")) {
            long now = System.nanoTime();
            long deadline = now + TimeUnit.SECONDS.toNanos(seconds);
            long stableSince = now;
            int last = -1;
            while (now < deadline) {
                int n = sc.sc().getExecutorMemoryStatus().size() - 1; // less the driver
                if (n != last) {
                    last = n;
                    stableSince = now;
                } else if (n > 0 && now - stableSince > TimeUnit.SECONDS.toNanos(3)) {
                    break;
                }
                Thread.sleep(200);
                now = System.nanoTime();
            }
        }
        return sc.defaultParallelism();
    }

    @Override
    public void run(List<RunSpec> specs, Consumer<RunOutcome> sink) throws InterruptedException {
        if (specs.isEmpty()) {
            return;
        }
        int cores = awaitExecutors(EXECUTOR_WAIT_SECONDS);
        int p;
        if (fixedPartitions != null) {
            p = Math.min(fixedPartitions, specs.size());
            log.printf(Locale.ROOT, "spark: %d runs in %d partitions (as asked)%n", specs.size(), p);
        } else {
            long t0 = System.nanoTime();
            Runner.execute(specs.get(0));
            double pilot = (System.nanoTime() - t0) / 1e9;
            p = partitions(specs.size(), pilot, cores);
            log.printf(
                    Locale.ROOT,
                    "spark: %d runs in %d partitions (pilot run %.2f s, %d executor cores)%n",
                    specs.size(),
                    p,
                    pilot,
                    cores);
        }
        Path jobDir = staging.resolve("job-" + UUID.randomUUID());
        try {
            Files.createDirectories(jobDir);
            runJob(specs, p, jobDir, sink);
        } catch (IOException e) {
            throw new UncheckedIOException("Spark staging directory " + jobDir + ": " + e.getMessage(), e);
        } finally {
            deleteTree(jobDir);
            try {
                Files.deleteIfExists(staging);
            } catch (IOException e) {
                // not empty: another batch's staging, left alone
            }
        }
    }

    private void runJob(List<RunSpec> specs, int p, Path jobDir, Consumer<RunOutcome> sink)
            throws IOException, InterruptedException {
        RDD<RunSpec> rdd = sc.parallelize(new ArrayList<>(specs), p).rdd();
        LinkedBlockingQueue<Slice> arrived = new LinkedBlockingQueue<>();
        List<Object> ids = new ArrayList<>();
        IntStream.range(0, p).forEach(ids::add);
        SimpleFutureAction<BoxedUnit> job = sc.sc()
                .submitJob(
                        rdd,
                        new RunPartition(jobDir.toString()),
                        scala.jdk.javaapi.CollectionConverters.asScala(ids).toSeq(),
                        new AbstractFunction2<Object, Slice, BoxedUnit>() {
                            @Override
                            public BoxedUnit apply(Object index, Slice slice) {
                                arrived.add(slice);
                                return BoxedUnit.UNIT;
                            }
                        },
                        new AbstractFunction0<BoxedUnit>() {
                            @Override
                            public BoxedUnit apply() {
                                return BoxedUnit.UNIT;
                            }
                        });
        Map<Integer, Slice> waiting = new HashMap<>();
        int next = 0;
        int position = 0;
        try {
            while (next < p) {
                Slice s = arrived.poll(200, TimeUnit.MILLISECONDS);
                if (s == null) {
                    if (job.isCompleted() && arrived.isEmpty()) {
                        job.get(); // throws the job's failure
                        throw new IllegalStateException("Spark job ended with partition " + next + " missing");
                    }
                    continue;
                }
                if (s.partition() < next || waiting.putIfAbsent(s.partition(), s) != null) {
                    throw new IllegalStateException("Spark returned partition " + s.partition() + " twice");
                }
                while (waiting.containsKey(next)) {
                    position = emit(waiting.remove(next), specs, position, sink);
                    next++;
                }
            }
            if (position != specs.size()) {
                throw new IllegalStateException(
                        "Spark partitions covered " + position + " of " + specs.size() + " runs");
            }
            job.get();
        } catch (org.apache.spark.SparkException e) {
            throw new IllegalStateException("Spark job failed: " + e.getMessage(), e);
        } finally {
            if (!job.isCompleted()) {
                // stop the tasks still running before their staging directory goes
                job.cancel();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CANCEL_WAIT_SECONDS);
                while (!job.isCompleted() && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
            }
        }
    }

    /** Hands one partition's runs to the sink in order; returns the position after them. */
    private static int emit(Slice s, List<RunSpec> specs, int position, Consumer<RunOutcome> sink) throws IOException {
        Path file = Path.of(s.file());
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            for (Done d : s.runs()) {
                if (position >= specs.size() || specs.get(position).runId() != d.runId()) {
                    throw new IllegalStateException("Spark partition " + s.partition() + " holds run " + d.runId()
                            + " where run "
                            + (position < specs.size() ? specs.get(position).runId() : "none") + " was expected");
                }
                RunSpec spec = specs.get(position++);
                if (d.error() != null) {
                    sink.accept(new RunOutcome(spec, null, d.error()));
                    continue;
                }
                byte[] member = in.readNBytes(d.dailyBytes());
                if (member.length != d.dailyBytes()) {
                    throw new IOException(file + " ends inside run " + d.runId());
                }
                Map<String, Double> summary = new LinkedHashMap<>();
                List<String> names = Summaries.names();
                for (int i = 0; i < names.size(); i++) {
                    summary.put(names.get(i), d.summary()[i]);
                }
                sink.accept(new RunOutcome(spec, new RunResult(d.firstDay(), new double[0][], summary), null, member));
            }
        }
        Files.delete(file);
        return position;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove Spark staging directory " + dir, e);
        }
    }

    @Override
    public void close() {
        sc.stop();
    }

    /** One finished run as a task returns it: identifiers, error or summary, and its daily member's length. */
    record Done(int runId, String error, int firstDay, double[] summary, int dailyBytes) implements Serializable {}

    /** What one task returns: its partition, its staging file and its runs in order. */
    record Slice(int partition, String file, List<Done> runs) implements Serializable {}

    /** The task: runs a partition's specs, writing their daily members to a staging file of this attempt. */
    static final class RunPartition extends AbstractFunction1<scala.collection.Iterator<RunSpec>, Slice>
            implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String dir;

        RunPartition(String dir) {
            this.dir = dir;
        }

        @Override
        public Slice apply(scala.collection.Iterator<RunSpec> specs) {
            TaskContext ctx = TaskContext.get();
            String name = String.format(Locale.ROOT, "part-%05d-attempt-%d", ctx.partitionId(), ctx.taskAttemptId());
            Path tmp = Path.of(dir, name + ".tmp");
            Path file = Path.of(dir, name + ".gz");
            List<Done> runs = new ArrayList<>();
            List<String> names = Summaries.names();
            try {
                try (OutputStream out = new BufferedOutputStream(
                        Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                    while (specs.hasNext()) {
                        if (ctx.isInterrupted()) {
                            throw new IllegalStateException("task killed");
                        }
                        RunSpec spec = specs.next();
                        RunOutcome o = Runner.execute(spec);
                        if (!o.ok()) {
                            runs.add(new Done(spec.runId(), o.error(), 0, null, 0));
                            continue;
                        }
                        RunResult r = o.result();
                        byte[] member =
                                RunWriter.dailyMember(spec.runId(), spec.pointId(), spec.arm(), spec.replication(), r);
                        out.write(member);
                        double[] summary = new double[names.size()];
                        for (int i = 0; i < summary.length; i++) {
                            summary[i] = r.summary(names.get(i));
                        }
                        runs.add(new Done(spec.runId(), null, r.firstDay(), summary, member.length));
                    }
                }
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("staging file " + file + ": " + e.getMessage(), e);
            }
            return new Slice(ctx.partitionId(), file.toString(), runs);
        }
    }
}
