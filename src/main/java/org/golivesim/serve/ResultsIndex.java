package org.golivesim.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.golivesim.report.MetricInfo;
import org.golivesim.results.ComparisonRow;
import org.golivesim.results.Curve;
import org.golivesim.results.Manifest;
import org.golivesim.results.ResultsData;
import org.golivesim.results.ResultsFormatException;
import org.golivesim.results.ResultsLayout;
import org.golivesim.results.ScenarioPoint;

/**
 * The results directories the explore page offers: those named on the command line and every finished one directly
 * under the results root (hidden directories, such as the experiments' working files, are left out). A directory is
 * chosen by its id from this listing, never by a path from the request; its files are served only when they lie
 * inside it.
 */
final class ResultsIndex {
    /** One results directory. */
    record Entry(String id, String name, Path dir) {}

    private record Cached(FileTime stamp, ResultsData data) {}

    private final Path root;
    private final List<Path> extra;
    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();

    ResultsIndex(Path root, List<Path> extra) {
        this.root = root;
        this.extra = List.copyOf(extra);
    }

    List<Entry> list() {
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < extra.size(); i++) {
            Path d = extra.get(i).toAbsolutePath().normalize();
            out.add(new Entry(
                    "arg" + i,
                    d.getFileName() == null ? d.toString() : d.getFileName().toString(),
                    d));
        }
        if (Files.isDirectory(root)) {
            try (Stream<Path> s = Files.list(root)) {
                for (Path d : s.sorted().toList()) {
                    String n = d.getFileName().toString();
                    if (!n.startsWith(".")
                            && Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)
                            && Files.isRegularFile(d.resolve(Manifest.FILE_NAME))
                            && Files.isRegularFile(d.resolve(ResultsLayout.CURVES))) {
                        out.add(new Entry("r-" + n, n, d.toAbsolutePath().normalize()));
                    }
                }
            } catch (IOException e) {
                throw new HttpError(500, "cannot list the results root " + root + ": " + e.getMessage());
            }
        }
        return out;
    }

    Entry find(String id) {
        for (Entry e : list()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        throw new HttpError(404, "no results directory with id '" + id + "'; see /api/results");
    }

    /** The directory's results, read again when its curves or runs change. */
    ResultsData data(Entry e) {
        try {
            FileTime stamp = Files.getLastModifiedTime(e.dir().resolve(ResultsLayout.CURVES));
            Cached c = cache.get(e.dir());
            if (c == null || !c.stamp().equals(stamp)) {
                c = new Cached(stamp, ResultsData.load(e.dir()));
                cache.put(e.dir(), c);
            }
            return c.data();
        } catch (ResultsFormatException ex) {
            throw new HttpError(422, "results directory " + e.name() + " cannot be read: " + ex.getMessage());
        } catch (IOException ex) {
            throw new HttpError(422, "results directory " + e.name() + " cannot be read: " + ex.getMessage());
        }
    }

    /** What the explore page needs to offer choices: metrics, points, arms, files. */
    Map<String, Object> describe(Entry e) {
        ResultsData d = data(e);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("name", e.name());
        m.put("scenario", d.manifest().scenarioName());
        m.put("command", d.manifest().command());
        List<Map<String, Object>> metrics = new ArrayList<>();
        for (String c : d.curveMetrics()) {
            MetricInfo info = MetricInfo.of(c);
            metrics.add(Map.of("column", c, "title", info.titleWithUnit()));
        }
        m.put("metrics", metrics);
        List<Map<String, Object>> points = new ArrayList<>();
        for (ScenarioPoint p : d.points()) {
            points.add(Map.of("id", p.id(), "label", p.label()));
        }
        m.put("points", points);
        m.put("arms", d.arms());
        m.put("reference_arm", d.referenceArm());
        m.put("files", files(e));
        return m;
    }

    /** The files of a results directory (top level and charts/), for links. */
    List<Map<String, Object>> files(Entry e) {
        List<Map<String, Object>> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(e.dir(), 2)) {
            for (Path f : s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted()
                    .toList()) {
                String rel = e.dir().relativize(f).toString().replace('\\', '/');
                if (rel.startsWith(".") || rel.contains("/.")) {
                    continue;
                }
                out.add(Map.of("name", rel, "bytes", Files.size(f)));
            }
        } catch (IOException ex) {
            throw new HttpError(500, "cannot list " + e.name() + ": " + ex.getMessage());
        }
        return out;
    }

    /**
     * A file inside a results directory.
     *
     * @throws HttpError 400 for a path leaving the directory, 404 for none
     */
    Path file(Entry e, String relative) {
        if (relative == null
                || relative.isEmpty()
                || relative.contains("\\")
                || relative.contains("\0")
                || relative.startsWith("/")) {
            throw new HttpError(400, "file: '" + relative + "' is not a file name inside the results directory");
        }
        for (String part : relative.split("/")) {
            if (part.isEmpty() || part.equals("..") || part.startsWith(".")) {
                throw new HttpError(
                        400,
                        "file: '" + relative + "' leaves the results directory or names a hidden"
                                + " file; allowed: the names listed under files");
            }
        }
        Path p = e.dir().resolve(relative).normalize();
        try {
            Path real = p.toRealPath();
            if (!real.startsWith(e.dir().toRealPath()) || !Files.isRegularFile(real)) {
                throw new HttpError(404, "no file '" + relative + "' in " + e.name());
            }
            return real;
        } catch (IOException ex) {
            throw new HttpError(404, "no file '" + relative + "' in " + e.name());
        }
    }

    /** The curves of one metric at one point for the chosen arms. */
    Map<String, Object> curves(Entry e, String metric, int point, List<String> arms) {
        ResultsData d = data(e);
        if (!d.curveMetrics().contains(metric)) {
            throw HttpError.badInput(
                    "metric",
                    metric,
                    "not a daily metric of these results",
                    "one of " + String.join(", ", d.curveMetrics()));
        }
        if (d.point(point).isEmpty()) {
            throw HttpError.badInput(
                    "point",
                    Integer.toString(point),
                    "no such point",
                    "point ids 0.." + (d.points().size() - 1));
        }
        List<String> chosen = arms.isEmpty() ? d.arms() : arms;
        for (String a : chosen) {
            if (!d.arms().contains(a)) {
                throw HttpError.badInput("arms", a, "not an arm of these results", String.join(", ", d.arms()));
            }
        }
        List<Map<String, Object>> series = new ArrayList<>();
        int[] days = new int[0];
        for (String a : chosen) {
            Curve c = d.curve(point, a, metric).orElse(null);
            if (c == null) {
                continue;
            }
            days = c.days();
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("arm", a);
            s.put("mean", Json.finite(c.mean()));
            s.put("ci_low", Json.finite(c.ciLow()));
            s.put("ci_high", Json.finite(c.ciHigh()));
            s.put("p10", Json.finite(c.p10()));
            s.put("p50", Json.finite(c.p50()));
            s.put("p90", Json.finite(c.p90()));
            series.add(s);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("metric", metric);
        out.put("title", MetricInfo.of(metric).titleWithUnit());
        out.put("point", point);
        out.put("days", days);
        out.put("series", series);
        return out;
    }

    /** The same curves as CSV: one row per arm and day. */
    static String curvesCsv(Map<String, Object> curves) {
        StringBuilder sb = new StringBuilder("point_id,arm,day,metric,mean,ci_low,ci_high,p10,p50,p90\n");
        int[] days = (int[]) curves.get("days");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> series = (List<Map<String, Object>>) curves.get("series");
        for (Map<String, Object> s : series) {
            for (int i = 0; i < days.length; i++) {
                sb.append(curves.get("point")).append(',');
                sb.append(org.golivesim.results.CsvFormat.text((String) s.get("arm")))
                        .append(',');
                sb.append(days[i]).append(',').append(curves.get("metric"));
                for (String k : List.of("mean", "ci_low", "ci_high", "p10", "p50", "p90")) {
                    Double v = ((Double[]) s.get(k))[i];
                    sb.append(',').append(v == null ? "" : org.golivesim.results.CsvFormat.num6(v));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** The paired comparisons at one point. */
    List<Map<String, Object>> comparisons(Entry e, int point) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ComparisonRow c : data(e).comparisons()) {
            if (c.pointId() == point) {
                Map<String, Object> m = LiveResults.row(
                        c.metric(),
                        c.pairs(),
                        c.meanReference(),
                        c.meanArm(),
                        c.meanDifference(),
                        c.ciLow(),
                        c.ciHigh());
                m.put("arm", c.arm());
                m.put("reference_arm", c.referenceArm());
                out.add(m);
            }
        }
        return out;
    }
}
