package org.golivesim.cli;

import java.util.Locale;
import org.golivesim.observe.DailyMetric;
import org.golivesim.observe.Metric;
import org.golivesim.observe.RunMetric;

/** Generates {@code docs/METRICS.md}, the results' column dictionary, from the metric catalogue. */
public final class MetricDocs {
    private MetricDocs() {}

    /** The whole document. */
    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Metrics\n\n");
        sb.append("Generated from the metric catalogue (`observe/RunMetric.java`, `observe/DailyMetric.java`) by"
                + " `./golive params --metrics > docs/METRICS.md`; `MetricDocsTest` fails when this file is stale."
                + " The range is what a value can physically take; the report clips uncertainty bands to it.\n");
        sb.append("\n## Per-run summaries (`runs.csv`, `curves.csv` inputs, `comparison.csv` metrics)\n\n");
        sb.append("| column | meaning | unit | better | range | from the days |\n|---|---|---|---|---|---|\n");
        for (RunMetric m : RunMetric.values()) {
            row(sb, m).append(" | ").append(m.aggregation()).append(" |\n");
        }
        sb.append("\n## Daily series (`daily.csv.gz`, one row per run and day)\n\n");
        sb.append("| column | meaning | unit | better | range |\n|---|---|---|---|---|\n");
        for (DailyMetric m : DailyMetric.values()) {
            row(sb, m).append(" |\n");
        }
        return sb.toString();
    }

    private static StringBuilder row(StringBuilder sb, Metric m) {
        Metric.Description d = m.description();
        return sb.append("| `")
                .append(m.column())
                .append("` | ")
                .append(d.label())
                .append(" | ")
                .append(d.unit().isEmpty() ? "–" : d.unit())
                .append(" | ")
                .append(d.better().name().toLowerCase(Locale.ROOT))
                .append(" | ")
                .append(range(d));
    }

    private static String range(Metric.Description d) {
        return "[" + bound(d.min()) + ", " + bound(d.max()) + "]";
    }

    private static String bound(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
