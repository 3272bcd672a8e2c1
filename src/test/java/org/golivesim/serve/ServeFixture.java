package org.golivesim.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.golivesim.InProcess;

/** A server over a small, fast reference scenario (300 clinicians, one month) in temporary directories. */
final class ServeFixture implements AutoCloseable {
    final Path root;
    final Path results;
    final Path scenarios;
    final WebServer server;
    final String base;

    /** The reference scenario the tests compare against: small and short so runs take a fraction of a second. */
    static final String BASELINE = "name: small-baseline\nhorizonMonths: 1\npreGoLiveWeeks: 1\nreplications: 3\n"
            + "seed: 777\nhospital:\n  physicians: 45\n  nurses: 180\n  allied: 75\nsupport:\n  tier2Analysts: 2\n";

    ServeFixture(Path root, int maxExperiments) throws IOException {
        this.root = root;
        this.results = Files.createDirectories(root.resolve("results"));
        this.scenarios = Files.createDirectories(root.resolve("scenarios"));
        Files.writeString(scenarios.resolve("baseline.yaml"), BASELINE);
        Files.writeString(
                scenarios.resolve("budgeted.yaml"),
                "extends: baseline.yaml\nname: budgeted\nbudget:\n  helpDeskUsdPerYear: 350000\n");
        Files.writeString(
                scenarios.resolve("a-sweep.yaml"),
                "extends: baseline.yaml\nsweep:\n  design: factorial\n  parameters:\n    support.helpDeskAnalysts: [2, 4]\n");
        server = WebServer.start(
                new ServeConfig("127.0.0.1", 0, results, scenarios, List.of(), 2, maxExperiments, 3, 60));
        base = "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        server.close();
    }

    /**
     * Runs {@code golive compare} of the baseline with another scenario file in this process, without a report, the
     * way an analyst would check what the server showed.
     *
     * @param other the compared scenario file
     * @param replications replications per arm
     * @param out results directory (replaced when it exists)
     * @throws AssertionError when the command fails
     */
    void compareWithBaseline(Path other, int replications, Path out) {
        InProcess.goliveOk(
                "compare",
                scenarios.resolve("baseline.yaml").toString(),
                other.toString(),
                "--replications",
                Integer.toString(replications),
                "--out",
                out.toString(),
                "--overwrite",
                "--no-report");
    }

    /** A client with its own session cookie. */
    static final class Client {
        final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .build();
        final String base;

        Client(String base) {
            this.base = base;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(json))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
