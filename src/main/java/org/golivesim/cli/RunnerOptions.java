package org.golivesim.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.golivesim.batch.BatchException;
import org.golivesim.batch.LocalPoolRunner;
import org.golivesim.batch.Runner;
import picocli.CommandLine.Option;

/** Where a command's runs execute: the local thread pool (the default) or a Spark cluster. */
final class RunnerOptions {
    @Option(
            names = "--runner",
            paramLabel = "local|spark",
            description = "Where runs execute: local (a thread pool, the default) or spark (a Spark cluster through"
                    + " the RDD API; daily series staged under the results directory, which must be on storage the"
                    + " executors share).")
    String runner = "local";

    @Option(
            names = "--master",
            paramLabel = "URL",
            description = "Spark master for --runner spark, e.g. local[2] or spark://host:7077 (default: the one"
                    + " spark-submit sets, else local[*]).")
    String master;

    @Option(
            names = "--partitions",
            description = "Spark partitions to cut the plan into (default: sized from a pilot run, 4-8 per executor"
                    + " core).")
    Integer partitions;

    @Option(
            names = "--spark-conf",
            paramLabel = "KEY=VALUE",
            description = "A Spark setting for --runner spark, e.g. spark.executor.memory=2g (repeatable).")
    List<String> sparkConf = new ArrayList<>();

    /** Checks the options before anything runs. */
    void validate() {
        if (!runner.equals("local") && !runner.equals("spark")) {
            throw new BatchException("--runner '" + runner + "' is not known; allowed: local, spark");
        }
        if (runner.equals("local") && (master != null || partitions != null || !sparkConf.isEmpty())) {
            throw new BatchException("--master, --partitions and --spark-conf need --runner spark");
        }
        if (partitions != null && (partitions < 1 || partitions > 1_000_000)) {
            throw new BatchException("--partitions must be in [1, 1000000], got " + partitions);
        }
        conf();
    }

    private Map<String, String> conf() {
        Map<String, String> c = new LinkedHashMap<>();
        for (String kv : sparkConf) {
            int eq = kv.indexOf('=');
            if (eq < 1 || !kv.startsWith("spark.")) {
                throw new BatchException(
                        "--spark-conf '" + kv + "': expected spark.KEY=VALUE, e.g." + " spark.executor.memory=2g");
            }
            c.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return c;
    }

    /** The runner options as they appear on a command line, for the manifest ("" for the local pool). */
    String describe() {
        return spark() ? " --runner spark" + (master != null ? " --master " + master : "") : "";
    }

    /** Whether runs go to Spark. */
    boolean spark() {
        return runner.equals("spark");
    }

    /**
     * Opens the runner; close it when the command is done.
     *
     * @param threads local pool threads
     * @param staging where Spark executors stage daily series (under the results directory)
     * @param log where the Spark runner reports its partitioning
     */
    Opened open(int threads, Path staging, PrintStream log) {
        validate();
        if (!spark()) {
            return new Opened(new LocalPoolRunner(threads), null);
        }
        try {
            Class.forName("org.apache.spark.SparkContext", false, RunnerOptions.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new BatchException("--runner spark needs Apache Spark on the class path: run through ./golive"
                    + " (which adds Maven's Spark jars) or spark-submit with target/golive-spark.jar (see README)");
        }
        return SparkOpen.open(master, conf(), staging, partitions, log);
    }

    /** A runner and what stops it (null for the local pool). */
    record Opened(Runner runner, Runnable closer) implements AutoCloseable {
        @Override
        public void close() {
            if (closer != null) {
                closer.run();
            }
        }
    }

    /** Kept apart so that Spark's classes are loaded only when --runner spark is asked for. */
    private static final class SparkOpen {
        static Opened open(String master, Map<String, String> conf, Path staging, Integer partitions, PrintStream log) {
            org.golivesim.batch.SparkRunner r = new org.golivesim.batch.SparkRunner(
                    org.golivesim.batch.SparkRunner.context(master, conf), staging, partitions, log);
            return new Opened(r, r::close);
        }
    }
}
