package org.golivesim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.golivesim.results.AtomicFiles;
import org.golivesim.results.ResultsData;
import org.golivesim.results.ResultsLayout;

/**
 * Turns a results directory on disk into {@code charts/*.png|svg} and one self-contained {@code report.html} for
 * hospital leadership. It reads files only (see {@link ResultsData}), so {@code golive report RESULTS_DIR} can
 * rebuild the report at any time; the same files always give the same report bytes.
 *
 * <p>The page needs nothing from outside: charts are embedded as base64 PNG data URIs, styles are inline, there
 * is no script, and a Content-Security-Policy forbids loading anything else. Every text taken from a file is
 * HTML-escaped. Each headline number sits in an element {@code <span class="num" data-metric="..."
 * data-point="..." data-field="..." data-value="...">} whose {@code data-value} is the cell exactly as written in
 * {@code comparison.csv} (fields {@code mean_difference}, {@code ci_low}, {@code ci_high}).
 *
 * <p>Chart files that an earlier build wrote but this one does not produce are left in {@code charts/}.
 */
public final class Report {

    /** Most configurations listed in the target table (the cheapest first). */
    public static final int MAX_CONFIGURATION_ROWS = 30;

    /** Most failed runs listed in the provenance section. */
    public static final int MAX_FAILED_RUNS_LISTED = 50;

    static {
        // before anything touches AWT: charts are drawn off-screen
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Report() {}

    /**
     * What {@link #build(Path)} wrote.
     *
     * @param html path of {@code report.html}
     * @param charts every chart file written (PNG and SVG), in report order
     * @param focusPointId the scenario point whose curves and headline sentences lead the report
     * @param headline the first screen's sentences as plain text, most important first
     */
    public record Output(Path html, List<Path> charts, int focusPointId, List<String> headline) {

        /**
         * Copies the lists.
         *
         * @param html path of {@code report.html}
         * @param charts every chart file written (PNG and SVG), in report order
         * @param focusPointId the scenario point whose curves and headline sentences lead the report
         * @param headline the first screen's sentences as plain text, most important first
         */
        public Output {
            charts = List.copyOf(charts);
            headline = List.copyOf(headline);
        }
    }

    /**
     * Reads a results directory and writes its charts and report, each file atomically.
     *
     * @param resultsDir directory written by a batch
     * @return the files written
     * @throws ResultsFormatException if required files are missing or malformed (the message names them)
     * @throws IOException if a chart or the report cannot be written
     */
    public static Output build(Path resultsDir) throws IOException {
        Objects.requireNonNull(resultsDir, "resultsDir");
        Set<String> curveMetrics = new java.util.HashSet<>();
        for (CurveOutcome o : CurveOutcome.values()) {
            curveMetrics.add(o.metric());
        }
        ResultsData data = ResultsData.load(resultsDir, curveMetrics);
        TargetAssessment assessment = TargetAssessment.assess(data);
        Findings findings = new Findings(data);
        Decision decision = Decision.of(data, assessment, findings);
        int focus = decision.focusPoint();
        List<ChartSpec> specs = Charts.plan(data, focus);
        Path chartsDir = resultsDir.resolve(ResultsLayout.CHARTS_DIR);
        // charts are independent: encode them on all cores (the order of the list, and every byte, stay the same)
        List<Charts.WrittenChart> written;
        try {
            written = specs.parallelStream()
                    .map(spec -> {
                        try {
                            return Charts.write(spec, chartsDir);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        List<Path> files = new ArrayList<>();
        for (Charts.WrittenChart w : written) {
            files.add(w.png());
            files.add(w.svg());
        }
        String html = new Page(data, assessment, findings, decision, specs, written).render();
        Path out = AtomicFiles.writeString(resultsDir.resolve(ResultsLayout.REPORT), html);
        List<String> headline = new ArrayList<>();
        decision.sentences().forEach(p -> headline.add(p.text()));
        return new Output(out, files, focus, headline);
    }
}
