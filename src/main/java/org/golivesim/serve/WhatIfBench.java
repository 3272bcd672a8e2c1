package org.golivesim.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Times the what-if answer as a browser sees it: a server on a free loopback port, a Run request, and the
 * server-sent events until the experiment is done. {@code golive bench --what-if N} prints the result.
 */
public final class WhatIfBench {
    private WhatIfBench() {}

    /**
     * What one timed what-if took.
     *
     * @param runs runs executed (both arms)
     * @param firstPairSeconds from the Run request to the first event with a finished pair
     * @param runsSeconds from the Run request to the event of the last finished run (then statistics follow)
     * @param answerSeconds from the Run request to the final event (differences from comparison.csv)
     * @param state the final state
     */
    public record Result(int runs, double firstPairSeconds, double runsSeconds, double answerSeconds, String state) {}

    /**
     * Runs one what-if of {@code changes} against the scenario file and times it.
     *
     * @param reference a single scenario file (its directory serves as the scenarios directory)
     * @param changes lever key to value text
     * @param replications paired replications
     * @param threads worker threads
     */
    public static Result measure(Path reference, Map<String, String> changes, int replications, int threads)
            throws IOException, InterruptedException {
        Path root = Files.createTempDirectory("golive-whatif-bench");
        String name = reference.getFileName().toString().replaceFirst("\\.yaml$", "");
        ServeConfig c = new ServeConfig(
                "127.0.0.1",
                0,
                root,
                reference.toAbsolutePath().getParent(),
                List.of(),
                threads,
                1,
                Math.max(ServeConfig.MIN_REPLICATIONS, replications),
                Math.max(ServeConfig.MIN_REPLICATIONS, replications));
        try (WebServer server = WebServer.start(c)) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newBuilder()
                    .cookieHandler(new java.net.CookieManager())
                    .build();
            String body = Json.write(Map.of("reference", name, "replications", replications, "values", changes));
            long t0 = System.nanoTime();
            HttpResponse<String> started = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/whatif/run"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (started.statusCode() != 202) {
                throw new IllegalArgumentException("the what-if was refused: " + started.body());
            }
            HttpResponse<InputStream> events = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/whatif/events"))
                            .header("Accept", "text/event-stream")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            double first = Double.NaN;
            double runsDone = Double.NaN;
            JsonNode last = null;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.startsWith("data:")) {
                        continue;
                    }
                    last = Json.read(line.substring(5));
                    if (Double.isNaN(first) && last.path("pairs").asInt() > 0) {
                        first = (System.nanoTime() - t0) / 1e9;
                    }
                    if (Double.isNaN(runsDone) && last.path("finished").asInt() >= 2 * replications) {
                        runsDone = (System.nanoTime() - t0) / 1e9;
                    }
                    if (!last.path("state").asText().equals("running")) {
                        break;
                    }
                }
            }
            double answer = (System.nanoTime() - t0) / 1e9;
            return new Result(
                    last == null ? 0 : last.path("finished").asInt(),
                    first,
                    runsDone,
                    answer,
                    last == null ? "no events" : last.path("state").asText());
        } finally {
            try (var walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
