package org.golivesim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.golivesim.results.ComparisonRow;
import org.golivesim.results.ResultsData;
import org.golivesim.scenario.ParamInfo;
import org.golivesim.scenario.ScenarioSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** golive serve at the HTTP level: headers, bad input, the limits, traversal, cancelling, and agreement with the CLI. */
class ServeHttpTest {
    @TempDir
    static Path tmp;

    static ServeFixture f;

    @BeforeAll
    static void start() throws IOException {
        f = new ServeFixture(tmp, 1);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return Json.MAPPER.readTree(r.body());
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() throws Exception {
        ServeFixture.Client c = new ServeFixture.Client(f.base);
        for (String page : List.of("/index.html", "/whatif.html", "/whatif.js", "/api/levers")) {
            HttpResponse<String> r = c.get(page);
            assertEquals(200, r.statusCode(), page);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'none'"), page + ": " + csp);
            assertTrue(csp.contains("script-src 'self';"), page + ": " + csp);
            assertFalse(csp.contains("unsafe-inline"), page + ": " + csp);
            assertEquals(
                    "nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), page);
        }
        HttpResponse<String> lib = c.get("/vendor/uplot/dist/uPlot.iife.min.js");
        assertEquals(200, lib.statusCode(), "the charting library is served by the application itself");
        assertTrue(lib.body().contains("uPlot"));
        for (String page : List.of("/index.html", "/whatif.html")) {
            String html = c.get(page).body();
            assertFalse(html.matches("(?s).*<script>.*"), page + " has an inline script");
            assertFalse(html.contains("http://") || html.contains("https://"), page + " loads from the network");
        }
    }

    @Test
    void leversAreTheParameterSheetsDecisionLevers() throws Exception {
        JsonNode levers = json(new ServeFixture.Client(f.base).get("/api/levers"));
        assertEquals("baseline", levers.get("reference").asText());
        Set<String> refs = new HashSet<>();
        levers.get("references").forEach(n -> refs.add(n.asText()));
        assertEquals(Set.of("baseline", "budgeted"), refs, "a file with a sweep is no reference");
        Map<String, JsonNode> shown = new HashMap<>();
        levers.get("groups").forEach(g -> g.get("levers")
                .forEach(l -> shown.put(l.get("key").asText(), l)));
        Set<String> expected = new HashSet<>();
        for (ParamInfo p : ScenarioSchema.levers()) {
            expected.add(p.key());
        }
        assertEquals(expected, shown.keySet());
        assertTrue(expected.contains("support.helpDeskAnalysts") && expected.contains("sourcing.hosting"));
        JsonNode desk = shown.get("support.helpDeskAnalysts");
        assertEquals("20", desk.get("value").asText(), "value of the reference scenario");
        assertEquals("2", shown.get("support.tier2Analysts").get("value").asText(), "value of the reference scenario");
        assertEquals("FTE", desk.get("unit").asText());
        assertEquals("integer", desk.get("kind").asText());
        assertEquals(2000.0, desk.get("max").asDouble());
        assertEquals("choice", shown.get("vendor.slaTier").get("kind").asText());
        assertEquals(
                "support.helpDeskAnalysts",
                shown.get("budget.helpDeskUsdPerYear").get("buys").get(0).asText());
    }

    @Test
    void budgetsSayWhatTheyBuy() throws Exception {
        HttpResponse<String> r = new ServeFixture.Client(f.base)
                .post("/api/whatif/check", "{\"values\": {\"budget.helpDeskUsdPerYear\": \"700000\"}}");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = json(r);
        assertTrue(body.get("notes").get(0).asText().startsWith("budget.helpDeskUsdPerYear 700000 buys"), r.body());
        assertEquals("12", body.get("resolved").get("support.helpDeskAnalysts").asText(), "700000 / 55000 per FTE");
        JsonNode budgeted = json(new ServeFixture.Client(f.base)
                .post(
                        "/api/whatif/check",
                        "{\"reference\": \"budgeted\", \"values\": {\"support.helpDeskAnalysts\": \"9\"}}"));
        assertEquals(
                "9",
                budgeted.get("resolved").get("support.helpDeskAnalysts").asText(),
                "a natural-unit value replaces the reference's budget for it");
    }

    @Test
    void badInputIsRefusedWithTheKeyTheValueAndTheAllowedRange() throws Exception {
        ServeFixture.Client c = new ServeFixture.Client(f.base);
        HttpResponse<String> r = c.post(
                "/api/whatif/run",
                "{\"replications\": 1, \"values\": {\"support.helpDeskAnalysts\": \"-3\", \"vendor.slaTier\": \"platinum\","
                        + " \"hospital.nurses\": \"10\", \"nonsense.key\": \"1\"}}");
        assertEquals(400, r.statusCode(), r.body());
        Map<String, JsonNode> byKey = new HashMap<>();
        json(r).get("problems").forEach(p -> byKey.put(p.get("key").asText(), p));
        assertEquals(
                Set.of("replications", "support.helpDeskAnalysts", "vendor.slaTier", "hospital.nurses", "nonsense.key"),
                byKey.keySet());
        assertEquals("-3", byKey.get("support.helpDeskAnalysts").get("value").asText());
        assertEquals(
                "an integer in [0, 2000]",
                byKey.get("support.helpDeskAnalysts").get("allowed").asText());
        assertTrue(byKey.get("vendor.slaTier").get("allowed").asText().contains("bronze, silver, gold"));
        assertTrue(byKey.get("hospital.nurses").get("message").asText().contains("not a decision lever"));
        assertEquals(
                "an integer in [2, 60]",
                byKey.get("replications").get("allowed").asText());

        HttpResponse<String> both = c.post(
                "/api/whatif/check",
                "{\"values\": {\"support.helpDeskAnalysts\": \"5\", \"budget.helpDeskUsdPerYear\": \"100000\"}}");
        assertEquals(400, both.statusCode(), both.body());
        assertTrue(both.body().contains("not both"), both.body());

        assertEquals(400, c.post("/api/whatif/run", "{not json").statusCode());
        assertEquals(
                400,
                c.post("/api/whatif/run", "{\"reference\": \"../../etc/passwd\"}")
                        .statusCode());
        assertEquals(400, c.post("/api/whatif/run", "{\"values\": [1, 2]}").statusCode());
    }

    @Test
    void requestsThatCouldComeFromAnotherSiteAreRefused() throws Exception {
        ServeFixture.Client c = new ServeFixture.Client(f.base);
        HttpResponse<String> plain = c.http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(f.base + "/api/whatif/run"))
                        .header("Content-Type", "text/plain")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, plain.statusCode(), "a form or text POST (no preflight) is refused");
        HttpResponse<String> foreign = c.http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(f.base + "/api/whatif/stop"))
                        .header("Content-Type", "application/json")
                        .header("Origin", "http://evil.example")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, foreign.statusCode());
        assertTrue(
                rawRequest("GET /api/levers HTTP/1.1\r\nHost: rebound.example:" + f.server.port()
                                + "\r\nConnection: close\r\n\r\n")
                        .startsWith("HTTP/1.1 421"),
                "a Host that is not this server (DNS rebinding) is refused");
    }

    static String rawRequest(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", f.server.port())) {
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void pathsOutsideTheResultsAreRefused() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOP-SECRET-CONTENT-42");
        ServeFixture.Client c = new ServeFixture.Client(f.base);
        Path dir = Files.createDirectories(f.results.resolve("tiny"));
        f.compareWithBaseline(f.scenarios.resolve("budgeted.yaml"), 2, dir);
        assertEquals(200, c.get("/files/r-tiny/runs.csv").statusCode());
        for (String path : List.of(
                "/files/r-tiny/..%2F..%2Fsecret.txt",
                "/files/r-tiny/%2e%2e/%2e%2e/secret.txt",
                "/files/r-tiny/../../secret.txt",
                "/files/r-tiny/.hidden",
                "/files/arg7/runs.csv",
                "/files/..%2F/secret.txt")) {
            HttpResponse<String> r = c.get(path);
            assertTrue(r.statusCode() == 400 || r.statusCode() == 404, path + " -> " + r.statusCode());
            assertFalse(r.body().contains("TOP-SECRET-CONTENT-42"), path);
        }
        String raw = rawRequest("GET /files/r-tiny/../../secret.txt HTTP/1.1\r\nHost: 127.0.0.1:" + f.server.port()
                + "\r\nConnection: close\r\n\r\n");
        assertFalse(raw.contains("TOP-SECRET-CONTENT-42"), raw);
        for (String name : List.of("../escape", "/abs", "a/b", ".hidden", "", "x".repeat(65))) {
            HttpResponse<String> r = c.post("/api/whatif/save", Json.write(Map.of("name", name)));
            assertEquals(400, r.statusCode(), name + ": " + r.body());
        }
        assertFalse(Files.exists(f.root.resolve("escape")));
        assertEquals("TOP-SECRET-CONTENT-42", Files.readString(secret));
    }

    /** Waits until the session's experiment leaves the running state. */
    static JsonNode awaitEnd(ServeFixture.Client c, long millis) throws Exception {
        long end = System.currentTimeMillis() + millis;
        JsonNode s;
        do {
            Thread.sleep(100);
            s = json(c.get("/api/whatif/status"));
        } while (s.get("state").asText().equals("running") && System.currentTimeMillis() < end);
        return s;
    }

    /** Waits until the session's experiment has finished at least one run. */
    static void awaitFirstRun(ServeFixture.Client c, long millis) throws Exception {
        long end = System.currentTimeMillis() + millis;
        while (json(c.get("/api/whatif/status")).path("finished").asInt() < 1 && System.currentTimeMillis() < end) {
            Thread.sleep(5);
        }
    }

    @Test
    void oneExperimentPerSessionAGlobalLimitAndStopCancelsTheWork() throws Exception {
        ServeFixture.Client a = new ServeFixture.Client(f.base);
        ServeFixture.Client b = new ServeFixture.Client(f.base);
        HttpResponse<String> started =
                a.post("/api/whatif/run", "{\"replications\": 60, \"values\": {\"support.helpDeskAnalysts\": \"6\"}}");
        assertEquals(202, started.statusCode(), started.body());
        Path work = f.results.resolve(".serve").resolve(json(started).get("id").asText());
        assertEquals(409, a.post("/api/whatif/run", "{\"replications\": 3}").statusCode(), "one per session");
        HttpResponse<String> other = b.post("/api/whatif/run", "{\"replications\": 3}");
        assertEquals(429, other.statusCode(), "the global limit is one experiment: " + other.body());
        awaitFirstRun(a, 20_000); // stop as soon as work is under way: on a fast machine 120 tiny runs take < 1 s
        HttpResponse<String> stopped = a.post("/api/whatif/stop", "{}");
        assertEquals(200, stopped.statusCode(), stopped.body());
        JsonNode s = awaitEnd(a, 20_000);
        assertEquals("cancelled", s.get("state").asText());
        int finished = s.get("finished").asInt();
        Thread.sleep(1500);
        assertTrue(finished < 120, "runs not started are dropped: " + finished);
        assertFalse(Files.exists(work), "a cancelled experiment leaves no files");
        assertEquals(409, a.post("/api/whatif/stop", "{}").statusCode(), "nothing left to stop");
        HttpResponse<String> now = b.post("/api/whatif/run", "{\"replications\": 2}");
        assertEquals(202, now.statusCode(), "the limit is free again: " + now.body());
        assertEquals("finished", awaitEnd(b, 60_000).get("state").asText());
    }

    @Test
    void aWhatIfAgreesWithTheSameComparisonFromTheCommandLineAndSavesAResultsDirectory() throws Exception {
        ServeFixture.Client c = new ServeFixture.Client(f.base);
        HttpResponse<String> r = c.post(
                "/api/whatif/run",
                "{\"replications\": 3, \"values\": {\"support.helpDeskAnalysts\": \"2\", \"vendor.slaTier\": \"gold\"}}");
        assertEquals(202, r.statusCode(), r.body());
        JsonNode done = awaitEnd(c, 120_000);
        assertEquals("finished", done.get("state").asText(), done.toString());
        assertEquals("comparison.csv", done.get("source").asText());
        JsonNode curve = json(c.get("/api/whatif/curve?metric=tickets_opened"));
        assertEquals(2, curve.get("series").size());
        assertEquals(
                curve.get("days").size(), curve.get("series").get(0).get("mean").size());

        HttpResponse<String> saved = c.post("/api/whatif/save", "{\"name\": \"desk-2-gold\"}");
        assertEquals(200, saved.statusCode(), saved.body());
        Path dir = f.results.resolve("desk-2-gold");
        assertTrue(Files.isRegularFile(dir.resolve("report.html")));
        Path whatIf = dir.resolve("what-if.yaml");
        String yaml = Files.readString(whatIf);
        assertTrue(yaml.contains("helpDeskAnalysts: 2") && yaml.contains("slaTier: gold"), yaml);
        assertEquals(409, c.post("/api/whatif/save", "{\"name\": \"again\"}").statusCode());

        Path cli = tmp.resolve("cli");
        f.compareWithBaseline(whatIf, 3, cli);
        ResultsData expected = ResultsData.load(cli);
        Map<String, Double> shown = new HashMap<>();
        done.get("differences")
                .forEach(d -> shown.put(
                        d.get("metric").asText(), d.get("mean_difference").asDouble()));
        int compared = 0;
        for (ComparisonRow p : expected.comparisons()) {
            if (Double.isFinite(p.meanDifference())) {
                assertNotNull(shown.get(p.metric()), p.metric());
                assertEquals(p.meanDifference(), shown.get(p.metric()), 0.0, p.metric());
                compared++;
            }
        }
        assertTrue(compared > 20, "compared " + compared + " metrics");
        assertEquals(Files.readString(cli.resolve("comparison.csv")), Files.readString(dir.resolve("comparison.csv")));
        assertEquals(Files.readString(cli.resolve("runs.csv")), Files.readString(dir.resolve("runs.csv")));

        JsonNode list = json(c.get("/api/results"));
        assertTrue(list.toString().contains("\"r-desk-2-gold\""), list.toString());
        JsonNode info = json(c.get("/api/results/r-desk-2-gold"));
        assertEquals(
                List.of("baseline", "what-if"),
                List.of(
                        info.get("arms").get(0).asText(),
                        info.get("arms").get(1).asText()));
        HttpResponse<String> csv = c.get("/api/results/r-desk-2-gold/curves.csv?metric=tickets_opened&point=0");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("point_id,arm,day,metric,mean"), csv.body());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        assertEquals(400, c.get("/api/results/r-desk-2-gold/curves?metric=nope").statusCode());
        assertEquals(
                404, c.get("/api/results/no-such/curves?metric=tickets_opened").statusCode());
        HttpResponse<String> report = c.get("/files/r-desk-2-gold/report.html");
        assertEquals(200, report.statusCode());
        assertTrue(report.headers()
                .firstValue("Content-Security-Policy")
                .orElse("")
                .contains("sandbox"));
    }
}
