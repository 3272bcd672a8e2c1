package org.golivesim.batch;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the Spark cluster tests need on one machine: a {@code SPARK_HOME} assembled from the jars Maven put on the test
 * class path (Spark's launcher builds executor command lines from {@code $SPARK_HOME/jars}), and a standalone master
 * and workers started as their own JVMs on 127.0.0.1.
 */
final class SparkTestCluster implements AutoCloseable {
    private final List<Process> processes = new ArrayList<>();
    private final Path work;
    private final Path sparkHome;

    /**
     * @param work directory for the daemons' logs and work directories
     */
    SparkTestCluster(Path work) throws IOException {
        this.work = work;
        this.sparkHome = sparkHome();
        Files.createDirectories(work);
    }

    /**
     * The {@code SPARK_HOME} the build points the tests to (surefire's environment), with {@code jars/} linking every
     * jar of the test class path.
     */
    static Path sparkHome() throws IOException {
        String env = System.getenv("SPARK_HOME");
        if (env == null || System.getenv("SPARK_SCALA_VERSION") == null) {
            throw new IllegalStateException("SPARK_HOME and SPARK_SCALA_VERSION must be set for the Spark cluster"
                    + " tests (the pom's surefire configuration sets them)");
        }
        Path home = Path.of(env);
        Path jars = home.resolve("jars");
        Files.createDirectories(jars);
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(p)) {
                Path link = jars.resolve(p.getFileName());
                if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.createSymbolicLink(link, p.toAbsolutePath());
                }
            }
        }
        return home;
    }

    /** Settings a driver in this JVM needs so that executors find this project's classes (not in any jar). */
    static Map<String, String> driverConf() {
        List<String> dirs = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.endsWith(".jar")) {
                dirs.add(entry);
            }
        }
        return Map.of(
                "spark.executor.extraClassPath", String.join(File.pathSeparator, dirs),
                "spark.ui.enabled", "false",
                "spark.driver.host", "127.0.0.1",
                "spark.executor.memory", "512m");
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Starts a standalone master on 127.0.0.1; returns its URL once it accepts connections. */
    String startMaster() throws IOException, InterruptedException {
        int port = freePort();
        start(
                "master",
                List.of(
                        "org.apache.spark.deploy.master.Master",
                        "--host",
                        "127.0.0.1",
                        "--port",
                        Integer.toString(port),
                        "--webui-port",
                        Integer.toString(freePort())));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return "spark://127.0.0.1:" + port;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException(
                "the Spark master did not listen on port " + port + " within 60 s; see " + work.resolve("master.log"));
    }

    /** Starts a worker with one core; returns its process. */
    Process startWorker(String master, String name) throws IOException {
        Path dir = work.resolve(name);
        Files.createDirectories(dir);
        return start(
                name,
                List.of(
                        "org.apache.spark.deploy.worker.Worker",
                        "--host",
                        "127.0.0.1",
                        "--cores",
                        "1",
                        "--memory",
                        "1g",
                        "--webui-port",
                        Integer.toString(freePort()),
                        "--work-dir",
                        dir.toString(),
                        master));
    }

    private Process start(String name, List<String> mainAndArgs) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/java.util=ALL-UNNAMED",
                "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
                "-cp",
                sparkHome.resolve("jars").toString() + File.separator + "*"));
        cmd.addAll(mainAndArgs);
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().put("SPARK_SCALA_VERSION", System.getenv("SPARK_SCALA_VERSION"));
        Process p = pb.start();
        processes.add(p);
        return p;
    }

    /** Kills a worker's JVM and the executor it launched at once (SIGKILL), as a machine lost mid-batch. */
    static void kill(Process worker) throws InterruptedException {
        worker.descendants().forEach(ProcessHandle::destroyForcibly);
        worker.destroyForcibly();
        worker.waitFor();
    }

    @Override
    public void close() {
        for (Process p : processes) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }
}
