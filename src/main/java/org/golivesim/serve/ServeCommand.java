package org.golivesim.serve;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.golivesim.results.Manifest;
import org.golivesim.results.ResultsLayout;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code golive serve [RESULTS_DIR...]}: the explore and what-if pages in a local web application. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve a local web application: explore results directories (metric, point, arms, hover values,"
                + " bands, the data behind each chart) and ask what-if questions (the decision levers of the"
                + " parameter sheet, run against a reference with common random numbers, curves filling in as"
                + " replications finish). Listens on 127.0.0.1 unless --host says otherwise; Ctrl-C stops it.")
public final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(
            arity = "0..*",
            paramLabel = "RESULTS_DIR",
            description = "Results directories to explore besides" + " those under --results-root.")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--port", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free port).")
    int port = 8080;

    @Option(
            names = "--host",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). Anyone who can reach"
                    + " another address can start experiments.")
    String host = "127.0.0.1";

    @Option(
            names = "--results-root",
            paramLabel = "DIR",
            description = "Where results are listed and what-ifs are saved; nothing is written outside it (default:"
                    + " ${DEFAULT-VALUE}).")
    Path resultsRoot = Path.of("results");

    @Option(
            names = "--scenarios",
            paramLabel = "DIR",
            description = "Scenario files offered as the what-if's reference (default: ${DEFAULT-VALUE}).")
    Path scenarios = Path.of("scenarios");

    @Option(names = "--threads", description = "Worker threads of one experiment (default: all cores).")
    Integer threads;

    @Option(
            names = "--max-experiments",
            description = "Experiments running at once across all sessions (default: ${DEFAULT-VALUE}).")
    int maxExperiments = 1;

    @Option(
            names = "--replications",
            description = "Replications the what-if page proposes (default: ${DEFAULT-VALUE}).")
    int replications = 20;

    @Option(
            names = "--max-replications",
            description = "The most replications one what-if may ask for (default: ${DEFAULT-VALUE}).")
    int maxReplications = 200;

    @Override
    public Integer call() throws Exception {
        ServeConfig c = config();
        WebServer server = WebServer.start(c);
        PrintWriter out = spec.commandLine().getOut();
        out.println("golive serve: http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port()
                + "/ (explore) and /whatif.html (what-if); results root "
                + c.resultsRoot().toAbsolutePath()
                + "; Ctrl-C stops");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /**
     * The configuration the options describe.
     *
     * @throws IllegalArgumentException naming the option, its value and what is allowed
     */
    ServeConfig config() {
        for (Path d : dirs) {
            if (!Files.isRegularFile(d.resolve(Manifest.FILE_NAME))
                    || !Files.isRegularFile(d.resolve(ResultsLayout.RUNS))) {
                throw new IllegalArgumentException("RESULTS_DIR " + d + " is not a results directory (it needs"
                        + " manifest.json and runs.csv, as batch and compare write them)");
            }
        }
        if (!Files.isDirectory(scenarios)) {
            throw new IllegalArgumentException("--scenarios " + scenarios + " is not a directory");
        }
        if (Files.exists(resultsRoot) && !Files.isDirectory(resultsRoot)) {
            throw new IllegalArgumentException("--results-root " + resultsRoot + " exists and is not a directory");
        }
        if (host.isBlank()) {
            throw new IllegalArgumentException("--host must name an address, e.g. 127.0.0.1");
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        return new ServeConfig(
                host, port, resultsRoot, scenarios, dirs, t, maxExperiments, replications, maxReplications);
    }
}
