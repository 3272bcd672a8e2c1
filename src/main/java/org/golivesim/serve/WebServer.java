package org.golivesim.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.golivesim.observe.DailyMetric;
import org.golivesim.report.Report;
import org.golivesim.scenario.ScenarioSchema;

/**
 * The HTTP side of {@code golive serve}: static pages from the jar (the charting library included), a JSON API for
 * the explore and what-if pages, and server-sent events while an experiment runs.
 *
 * <p>Safety: every response carries a strict Content-Security-Policy (scripts and styles from this server only, no
 * inline script, nothing from the network), {@code nosniff} and no framing. On a loopback address a request must name
 * this server in its Host header (no DNS rebinding), and a request that changes anything must be a JSON POST from
 * this origin. Input is checked like a scenario file; an experiment runs per session at most, and at most {@code
 * maxExperiments} across sessions. Files are written only under the results root, and served only from inside a
 * listed results directory.
 */
public final class WebServer implements AutoCloseable {
    /** The policy of the application's own pages. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** The policy of files served from results directories (the report: its own inline styles, no script). */
    static final String FILE_CSP =
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; sandbox;" + " frame-ancestors 'none'";

    static final String SESSION_COOKIE = "golive_session";
    private static final Pattern SAVE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final int MAX_SESSIONS = 10_000;

    private final ServeConfig config;
    private final Javalin app;
    private final ResultsIndex results;
    private final References references;
    private final Semaphore running;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Path workRoot;

    /** One browser session: its current or last experiment. */
    static final class Session {
        volatile WhatIfJob job;
    }

    private WebServer(ServeConfig config) {
        this.config = config;
        this.results = new ResultsIndex(config.resultsRoot(), config.extraResults());
        this.references = new References(config.scenarios());
        this.running = new Semaphore(config.maxExperiments());
        this.workRoot = config.resultsRoot().resolve(".serve");
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.maxRequestSize = 64 * 1024;
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/org/golivesim/serve/web";
                sf.location = Location.CLASSPATH;
                sf.headers = securityHeaders(CSP);
            });
            cfg.routes.before(this::guard);
            cfg.routes.get("/api/results", ctx -> json(ctx, Map.of("results", resultsList())));
            cfg.routes.get("/api/results/{id}", ctx -> json(ctx, results.describe(results.find(ctx.pathParam("id")))));
            cfg.routes.get("/api/results/{id}/curves", ctx -> json(ctx, curves(ctx)));
            cfg.routes.get("/api/results/{id}/curves.csv", ctx -> {
                Map<String, Object> c = curves(ctx);
                ctx.header(
                        "Content-Disposition",
                        "attachment; filename=\"" + ctx.pathParam("id") + "-" + c.get("metric") + "-point"
                                + c.get("point") + ".csv\"");
                ctx.contentType("text/csv; charset=utf-8").result(ResultsIndex.curvesCsv(c));
            });
            cfg.routes.get(
                    "/api/results/{id}/comparison",
                    ctx -> json(
                            ctx,
                            Map.of(
                                    "comparisons",
                                    results.comparisons(
                                            results.find(ctx.pathParam("id")), intParam(ctx, "point", 0)))));
            cfg.routes.get("/files/{id}/<path>", this::file);
            cfg.routes.get("/api/levers", this::levers);
            cfg.routes.post("/api/whatif/check", this::check);
            cfg.routes.post("/api/whatif/run", this::run);
            cfg.routes.post("/api/whatif/stop", this::stop);
            cfg.routes.post("/api/whatif/save", this::save);
            cfg.routes.get("/api/whatif/status", ctx -> json(ctx, status(session(ctx))));
            cfg.routes.get("/api/whatif/curve", this::whatIfCurve);
            cfg.routes.sse("/api/whatif/events", this::events);
            cfg.routes.exception(HttpError.class, (e, ctx) -> {
                ctx.status(e.status());
                json(ctx, e.body());
            });
            cfg.routes.error(404, ctx -> {
                if (ctx.result() == null
                        || ctx.result().isEmpty()
                        || ctx.result().startsWith("Endpoint")
                        || ctx.result().startsWith("Not")) {
                    json(ctx, Map.of("error", "not found: " + ctx.path(), "problems", List.of()));
                }
            });
        });
    }

    /**
     * Starts a server.
     *
     * @throws IllegalArgumentException when the port cannot be bound
     */
    public static WebServer start(ServeConfig config) throws IOException {
        Files.createDirectories(config.resultsRoot());
        WebServer s = new WebServer(config);
        try {
            s.app.start();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "cannot listen on " + config.host() + ":" + config.port() + ": " + rootMessage(e), e);
        }
        return s;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        for (Session s : sessions.values()) {
            WhatIfJob j = s.job;
            if (j != null) {
                j.stop();
                try {
                    j.await(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                j.deleteQuietly();
            }
        }
        app.stop();
    }

    private static Map<String, String> securityHeaders(String csp) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", csp);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "no-referrer");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        h.put("Cross-Origin-Resource-Policy", "same-origin");
        return h;
    }

    /** Headers on every response; the Host and origin checks. */
    private void guard(Context ctx) {
        securityHeaders(CSP).forEach(ctx::header);
        ctx.header("Cache-Control", "no-store");
        String host = ctx.header("Host");
        if (config.loopbackOnly() && !allowedHost(host)) {
            throw new HttpError(421, "Host '" + host + "' is not this server; use http://127.0.0.1:" + port() + "/");
        }
        if (ctx.method().name().equals("POST")) {
            String type = ctx.contentType();
            if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
                throw new HttpError(415, "expected Content-Type application/json");
            }
            String origin = ctx.header("Origin");
            if (origin != null && !origin.equals("http://" + host)) {
                throw new HttpError(403, "cross-origin request from " + origin + " refused");
            }
        }
    }

    private boolean allowedHost(String host) {
        if (host == null) {
            return false;
        }
        int p = port();
        return host.equals("127.0.0.1:" + p) || host.equals("localhost:" + p) || host.equals("[::1]:" + p);
    }

    private static void json(Context ctx, Object body) {
        ctx.contentType("application/json; charset=utf-8").result(Json.write(body));
    }

    private static int intParam(Context ctx, String name, int dflt) {
        String v = ctx.queryParam(name);
        if (v == null || v.isEmpty()) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw HttpError.badInput(name, v, "not an integer", "an integer");
        }
    }

    private List<Map<String, Object>> resultsList() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ResultsIndex.Entry e : results.list()) {
            out.add(Map.of("id", e.id(), "name", e.name()));
        }
        return out;
    }

    private Map<String, Object> curves(Context ctx) {
        ResultsIndex.Entry e = results.find(ctx.pathParam("id"));
        String metric = ctx.queryParam("metric");
        if (metric == null || metric.isEmpty()) {
            throw HttpError.badInput("metric", "", "missing", "a daily metric column, e.g. unplanned_downtime_hours");
        }
        String arms = ctx.queryParam("arms");
        List<String> list = arms == null || arms.isBlank() ? List.of() : List.of(arms.split(","));
        return results.curves(e, metric, intParam(ctx, "point", 0), list);
    }

    private void file(Context ctx) throws IOException {
        ResultsIndex.Entry e = results.find(ctx.pathParam("id"));
        Path f = results.file(e, ctx.pathParam("path"));
        String name = f.getFileName().toString();
        String type = name.endsWith(".html")
                ? "text/html; charset=utf-8"
                : name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".yaml") || name.endsWith(".md")
                        ? "text/plain; charset=utf-8"
                        : name.endsWith(".json")
                                ? "application/json; charset=utf-8"
                                : name.endsWith(".png")
                                        ? "image/png"
                                        : name.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream";
        securityHeaders(FILE_CSP).forEach(ctx::header);
        if (type.equals("application/octet-stream")) {
            ctx.header("Content-Disposition", "attachment; filename=\"" + name.replace("\"", "") + "\"");
        }
        ctx.contentType(type).result(Files.readAllBytes(f));
    }

    // ---- what-if ----

    private Session session(Context ctx) {
        String id = ctx.cookie(SESSION_COOKIE);
        Session s = id == null ? null : sessions.get(id);
        if (s == null) {
            if (sessions.size() >= MAX_SESSIONS) {
                throw new HttpError(503, "too many sessions on this server (" + MAX_SESSIONS + ")");
            }
            byte[] b = new byte[16];
            random.nextBytes(b);
            id = HexFormat.of().formatHex(b);
            s = new Session();
            sessions.put(id, s);
            ctx.header("Set-Cookie", SESSION_COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Strict");
        }
        return s;
    }

    private void levers(Context ctx) {
        session(ctx);
        String name = ctx.queryParam("reference");
        References.Entry ref = references.find(name == null || name.isEmpty() ? References.DEFAULT : name);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", ref.name());
        m.put(
                "references",
                references.list().stream().map(References.Entry::name).toList());
        m.put("groups", Levers.groups(ref.loaded().scenario()));
        m.put("notes", ref.loaded().notes());
        m.put(
                "replications",
                Map.of(
                        "value", config.defaultReplications(),
                        "min", ServeConfig.MIN_REPLICATIONS,
                        "max", config.maxReplications()));
        m.put(
                "metrics",
                java.util.Arrays.stream(DailyMetric.values())
                        .map(d -> Map.of(
                                "column",
                                d.column(),
                                "title",
                                org.golivesim.report.MetricInfo.of(d.column()).titleWithUnit()))
                        .toList());
        m.put("horizon_months", ref.loaded().scenario().horizonMonths());
        json(ctx, m);
    }

    private void check(Context ctx) {
        WhatIfSpec spec = WhatIfSpec.parse(Json.read(ctx.body()), references, config);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", true);
        m.put("changes", spec.changes());
        m.put("notes", spec.resolved().notes());
        Map<String, String> resolved = ScenarioSchema.values(spec.resolved().scenario());
        Map<String, String> levers = new LinkedHashMap<>();
        ScenarioSchema.levers().forEach(p -> levers.put(p.key(), resolved.get(p.key())));
        m.put("resolved", levers);
        json(ctx, m);
    }

    private void run(Context ctx) throws IOException {
        Session s = session(ctx);
        WhatIfSpec spec = WhatIfSpec.parse(Json.read(ctx.body()), references, config);
        synchronized (s) {
            WhatIfJob previous = s.job;
            if (previous != null && previous.state() == WhatIfJob.State.RUNNING) {
                throw new HttpError(409, "this session already runs an experiment; stop it first");
            }
            if (!running.tryAcquire()) {
                throw new HttpError(
                        429,
                        "the server runs " + config.maxExperiments() + " experiment(s) already (its limit);"
                                + " try again when one finishes");
            }
            if (previous != null) {
                previous.deleteQuietly();
            }
            byte[] b = new byte[8];
            random.nextBytes(b);
            String id = HexFormat.of().formatHex(b);
            WhatIfJob job = new WhatIfJob(id, spec, workRoot.resolve(id), config.threads(), running::release);
            s.job = job;
            job.start();
            ctx.status(202);
            json(ctx, job.status());
        }
    }

    private void stop(Context ctx) {
        Session s = session(ctx);
        WhatIfJob j = s.job;
        if (j == null || j.state() != WhatIfJob.State.RUNNING) {
            throw new HttpError(409, "no experiment is running in this session");
        }
        j.stop();
        try {
            j.await(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        json(ctx, j.status());
    }

    private Map<String, Object> status(Session s) {
        WhatIfJob j = s.job;
        if (j == null) {
            return Map.of("state", "none");
        }
        return j.status();
    }

    private void whatIfCurve(Context ctx) {
        WhatIfJob j = session(ctx).job;
        if (j == null) {
            throw new HttpError(404, "no experiment in this session yet; press Run");
        }
        String metric = ctx.queryParam("metric");
        DailyMetric m;
        try {
            m = DailyMetric.byColumn(metric == null ? "" : metric);
        } catch (IllegalArgumentException e) {
            throw HttpError.badInput(
                    "metric",
                    metric == null ? "" : metric,
                    "not a daily metric",
                    String.join(
                            ", ",
                            java.util.Arrays.stream(DailyMetric.values())
                                    .map(DailyMetric::column)
                                    .toList()));
        }
        json(ctx, j.curve(m));
    }

    private void save(Context ctx) throws IOException {
        Session s = session(ctx);
        String name = Json.read(ctx.body()).path("name").asText("");
        if (!SAVE_NAME.matcher(name).matches()) {
            throw HttpError.badInput(
                    "name",
                    name,
                    "not a directory name",
                    "1-64 letters, digits, '.', '_' or '-', starting with a letter or digit (no path)");
        }
        synchronized (s) {
            WhatIfJob j = s.job;
            if (j == null || j.state() != WhatIfJob.State.FINISHED) {
                throw new HttpError(409, "nothing to save: run an experiment to the end first");
            }
            if (j.savedAs() != null) {
                throw new HttpError(409, "already saved as " + j.savedAs().getFileName());
            }
            Path root = config.resultsRoot().toRealPath();
            Path target = root.resolve(name).normalize();
            if (!target.getParent().equals(root)) {
                throw HttpError.badInput("name", name, "leaves the results root", "a name inside " + root);
            }
            if (Files.exists(target)) {
                throw HttpError.badInput(
                        "name", name, "a directory of that name exists in the results root", "a new name");
            }
            Files.move(j.dir(), target, StandardCopyOption.ATOMIC_MOVE);
            j.savedAs(target);
            Report.build(target);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("saved_as", name);
            m.put("directory", target.toString());
            m.put(
                    "scenario_file",
                    target.resolve(j.scenarioFile().getFileName()).toString());
            m.put("results_id", "r-" + name);
            json(ctx, m);
        }
    }

    private void events(SseClient client) {
        Session s = sessions.get(String.valueOf(client.ctx().cookie(SESSION_COOKIE)));
        WhatIfJob j = s == null ? null : s.job;
        if (j == null) {
            client.sendEvent("none", Json.write(Map.of("state", "none")));
            client.close();
            return;
        }
        client.keepAlive();
        Consumer<Map<String, Object>> l = new Consumer<>() {
            @Override
            public void accept(Map<String, Object> status) {
                if (client.terminated()) {
                    j.unlisten(this);
                    return;
                }
                String event = (String) status.get("event");
                client.sendEvent(event, Json.write(status));
                if (!event.equals("progress")) {
                    j.unlisten(this);
                    client.close();
                }
            }
        };
        client.onClose(() -> j.unlisten(l));
        j.listen(l);
        Map<String, Object> now = j.status();
        String state = (String) now.get("state");
        now.put("event", state.equals("running") ? "progress" : state.equals("finished") ? "done" : state);
        l.accept(now);
    }
}
