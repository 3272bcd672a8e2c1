package org.golivesim.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.golivesim.results.AtomicFiles;
import org.golivesim.results.CsvFormat;
import org.golivesim.results.ResultsData;
import org.golivesim.results.ResultsLayout;
import org.golivesim.scenario.ScenarioLoader;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The claims suite: each causal claim of the essay stated as an experiment (base scenario, named arms, run metric,
 * expected direction) in {@code validation/claims.yaml}, run on the batch executor with common random numbers, and
 * judged from the paired difference of each arm minus the reference: <em>holds</em> when the 95% interval excludes
 * zero in the expected direction, <em>too weak</em> when the mean points the expected way but the interval includes
 * zero, <em>wrong sign</em> when the mean points the other way, and <em>no mechanism</em> when every pair is equal.
 */
public final class Claims {
    /** Columns of {@code claims.csv}. */
    public static final List<String> COLUMNS = columns();

    private static final List<String> KEYS = List.of(
            "id", "claim", "scenario", "set", "reference", "arms", "metric", "expect", "published", "mechanism");

    private Claims() {}

    private static List<String> columns() {
        List<String> c = new ArrayList<>(List.of("claim_id", "metric", "expect", "reference_arm", "arm"));
        c.addAll(ResultsLayout.PAIRED_STATISTICS_COLUMNS);
        c.add("verdict");
        return List.copyOf(c);
    }

    /**
     * One claim as an experiment.
     *
     * @param id kebab-case identifier
     * @param text the essay's words
     * @param scenario base scenario file, resolved against the repository root
     * @param set overrides applied to every arm
     * @param reference reference arm name
     * @param arms arm name to overrides ({@code file} names a scenario file relative to the claims file)
     * @param metric a summary column of runs.csv
     * @param higher whether the claim expects the arms to be higher than the reference
     * @param mechanism where the model's mechanism for the claim lives (e.g. {@code model/process/ItOperations.java}),
     *     or null: a claim naming its mechanism must hold, and the slow test tier asserts that it does
     */
    public record Claim(
            String id,
            String text,
            Path scenario,
            Map<String, String> set,
            String reference,
            Map<String, Map<String, String>> arms,
            String metric,
            boolean higher,
            String mechanism) {}

    /** One arm's verdict. */
    public record Verdict(Claim claim, String arm, Map<String, String> cells, String verdict) {}

    /**
     * Reads a claims file.
     *
     * @param file {@code validation/claims.yaml}
     * @param root directory the claims' {@code scenario} paths are relative to
     * @throws BatchException naming the claim, the key and what is allowed
     */
    public static List<Claim> read(Path file, Path root) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BatchException("claims file " + file + " not found; expected validation/claims.yaml");
        }
        Object doc = new Yaml(new LoaderOptions()).load(Files.readString(file, StandardCharsets.UTF_8));
        if (!(doc instanceof Map<?, ?> top) || !(top.get("claims") instanceof List<?> items)) {
            throw new BatchException(file + ": expected a top-level 'claims:' list");
        }
        List<Claim> out = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> m)) {
                throw new BatchException(file + ": each claim is a mapping with keys " + KEYS);
            }
            String id = text(m, "id", file, "?");
            for (Object k : m.keySet()) {
                if (!KEYS.contains(String.valueOf(k))) {
                    throw new BatchException(file + ": claim " + id + ": unknown key '" + k + "'; allowed: " + KEYS);
                }
            }
            String expect = text(m, "expect", file, id);
            if (!expect.equals("higher") && !expect.equals("lower")) {
                throw new BatchException(
                        file + ": claim " + id + ": expect is '" + expect + "'; allowed: higher or lower");
            }
            String metric = text(m, "metric", file, id);
            if (!org.golivesim.observe.Summaries.names().contains(metric)) {
                throw new BatchException(file + ": claim " + id + ": metric '" + metric
                        + "' is not a summary column of runs.csv; allowed: " + org.golivesim.observe.Summaries.names());
            }
            if (!(m.get("arms") instanceof Map<?, ?> armMap) || armMap.size() < 2) {
                throw new BatchException(file + ": claim " + id + ": arms must name at least two arms");
            }
            Map<String, Map<String, String>> arms = new LinkedHashMap<>();
            armMap.forEach((k, v) -> arms.put(String.valueOf(k), strings(v, file, id + ".arms." + k)));
            out.add(new Claim(
                    id,
                    m.get("claim") == null ? "" : String.valueOf(m.get("claim")),
                    root.resolve(text(m, "scenario", file, id)),
                    strings(m.get("set"), file, id + ".set"),
                    text(m, "reference", file, id),
                    arms,
                    metric,
                    expect.equals("higher"),
                    m.get("mechanism") == null ? null : String.valueOf(m.get("mechanism"))));
        }
        return out;
    }

    /**
     * Runs claims and writes {@code claims.csv} into {@code out}, one experiment directory per claim under it.
     *
     * @param claimsFile the claims file (arm {@code file:} paths are relative to it)
     * @param claims the claims to run
     * @param replications replications per arm
     * @param sets command-line overrides applied to every claim
     * @param out results directory
     * @param threads worker threads
     * @param progress where progress lines go
     * @return one verdict per claim and non-reference arm
     */
    public static List<Verdict> run(
            Path claimsFile,
            List<Claim> claims,
            int replications,
            List<String> sets,
            Path out,
            int threads,
            PrintStream progress)
            throws IOException, InterruptedException {
        return run(claimsFile, claims, replications, sets, out, threads, new LocalPoolRunner(threads), progress);
    }

    /**
     * Runs claims on a given runner (the local pool or a cluster) and writes {@code claims.csv} into {@code out}.
     *
     * @param threads worker threads recorded in each claim's manifest
     * @param runner where the runs execute
     * @see #run(Path, List, int, List, Path, int, PrintStream)
     */
    public static List<Verdict> run(
            Path claimsFile,
            List<Claim> claims,
            int replications,
            List<String> sets,
            Path out,
            int threads,
            Runner runner,
            PrintStream progress)
            throws IOException, InterruptedException {
        Files.createDirectories(out);
        List<Verdict> verdicts = new ArrayList<>();
        for (Claim c : claims) {
            Path dir = out.resolve(c.id());
            Files.createDirectories(dir);
            Path experiment = dir.resolve("experiment.yaml");
            AtomicFiles.writeString(experiment, experimentYaml(c, claimsFile));
            progress.println("claim " + c.id() + ": " + c.arms().keySet() + " on " + c.metric());
            ScenarioLoader.Loaded loaded = ScenarioLoader.load(experiment, sets);
            Batch.Options o = new Batch.Options(
                    dir.resolve("results"),
                    threads,
                    false,
                    true,
                    replications,
                    null,
                    List.of(),
                    1,
                    "claims --only " + c.id());
            Batch.run(loaded, o, runner, progress);
            ResultsData.streamComparisons(dir.resolve("results").resolve(ResultsLayout.COMPARISON), null, row -> {
                if (row.metric().equals(c.metric())) {
                    Map<String, String> cells = new LinkedHashMap<>();
                    for (String k : ResultsLayout.PAIRED_STATISTICS_COLUMNS) {
                        cells.put(k, row.raw().get(k));
                    }
                    verdicts.add(new Verdict(c, row.arm(), cells, verdict(c.higher(), cells)));
                }
            });
        }
        StringBuilder sb = new StringBuilder(CsvFormat.line(COLUMNS));
        for (Verdict v : verdicts) {
            List<String> cells = new ArrayList<>(List.of(
                    v.claim().id(),
                    v.claim().metric(),
                    v.claim().higher() ? "higher" : "lower",
                    CsvFormat.text(v.claim().reference()),
                    CsvFormat.text(v.arm())));
            cells.addAll(v.cells().values());
            cells.add(v.verdict());
            sb.append(CsvFormat.line(cells));
        }
        AtomicFiles.writeString(out.resolve("claims.csv"), sb.toString());
        return verdicts;
    }

    /**
     * Judges a paired difference (arm minus reference) against the claim's direction.
     *
     * @param higher whether the claim expects the arm to be higher
     * @param cells {@code mean_difference}, {@code ci_low}, {@code ci_high} as written in comparison.csv
     * @return holds, too weak, wrong sign or no mechanism
     */
    static String verdict(boolean higher, Map<String, String> cells) {
        double d = CsvFormat.parseNum(cells.get("mean_difference"));
        double lo = CsvFormat.parseNum(cells.get("ci_low"));
        double hi = CsvFormat.parseNum(cells.get("ci_high"));
        if (d == 0 && lo == 0 && hi == 0) {
            return "no mechanism";
        }
        double sign = higher ? 1 : -1;
        if (sign * d < 0) {
            return "wrong sign";
        }
        boolean excludesZero = higher ? lo > 0 : hi < 0;
        return excludesZero ? "holds" : "too weak";
    }

    private static String experimentYaml(Claim c, Path claimsFile) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("extends", c.scenario().toAbsolutePath().normalize().toString());
        doc.put("name", "claim " + c.id());
        c.set().forEach(doc::put);
        Map<String, Object> arms = new LinkedHashMap<>();
        c.arms().forEach((name, overrides) -> {
            Map<String, String> o = new LinkedHashMap<>(overrides);
            if (o.containsKey("file")) {
                o.put(
                        "file",
                        claimsFile
                                .toAbsolutePath()
                                .resolveSibling(o.get("file"))
                                .normalize()
                                .toString());
            }
            arms.put(name, o);
        });
        Map<String, Object> compare = new LinkedHashMap<>();
        compare.put("reference", c.reference());
        compare.put("arms", arms);
        doc.put("compare", compare);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return "# generated by golive claims from " + claimsFile + "\n" + new Yaml(options).dump(doc);
    }

    private static String text(Map<?, ?> m, String key, Path file, String id) {
        Object v = m.get(key);
        if (v == null || String.valueOf(v).isBlank()) {
            throw new BatchException(file + ": claim " + id + ": '" + key + "' is missing");
        }
        return String.valueOf(v);
    }

    private static Map<String, String> strings(Object v, Path file, String where) {
        Map<String, String> out = new LinkedHashMap<>();
        if (v == null) {
            return out;
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw new BatchException(file + ": " + where + ": expected a mapping of parameter keys to values");
        }
        m.forEach((k, x) -> out.put(String.valueOf(k), String.valueOf(x)));
        return out;
    }
}
