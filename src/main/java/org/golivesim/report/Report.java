package org.golivesim.report;

import static org.golivesim.report.Html.esc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.golivesim.results.AtomicFiles;
import org.golivesim.results.CalibrationCheck;
import org.golivesim.results.ComparisonRow;
import org.golivesim.results.Manifest;
import org.golivesim.results.PerformanceTarget;
import org.golivesim.results.ResultsData;
import org.golivesim.results.ResultsLayout;
import org.golivesim.results.RunRecord;
import org.golivesim.results.ScenarioPoint;

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

    /** Configuration tables up to this many rows are shown expanded; longer ones start collapsed. */
    public static final int OPEN_CONFIGURATION_ROWS = 10;

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

    /** Renders the HTML page; one instance per report. */
    private static final class Page {
        private final ResultsData data;
        private final TargetAssessment assessment;
        private final Findings findings;
        private final Decision decision;
        private final int focus;
        private final List<ChartSpec> specs;
        private final List<Charts.WrittenChart> written;
        private final StringBuilder out = new StringBuilder(1 << 20);
        private int figureNumber;

        Page(
                ResultsData data,
                TargetAssessment assessment,
                Findings findings,
                Decision decision,
                List<ChartSpec> specs,
                List<Charts.WrittenChart> written) {
            this.data = data;
            this.assessment = assessment;
            this.findings = findings;
            this.decision = decision;
            this.focus = decision.focusPoint();
            this.specs = specs;
            this.written = written;
        }

        String render() {
            Manifest m = data.manifest();
            String[] td = titleAndDescription(m);
            String scenario = td[0];
            out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
            out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:;"
                    + " style-src 'unsafe-inline'\">\n");
            out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            out.append("<meta name=\"generator\" content=\"")
                    .append(esc(orUnknown(m.tool()) + " " + m.version()))
                    .append("\">\n");
            out.append("<title>GoLive Sim report — ").append(esc(scenario)).append("</title>\n");
            out.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
            out.append("<header class=\"top\"><div class=\"wrap\">")
                    .append("<p class=\"kicker\">GoLive Sim · results report</p>")
                    .append("<h1 id=\"scenario-name\">")
                    .append(esc(scenario))
                    .append("</h1>");
            if (!td[1].isEmpty()) {
                out.append("<p class=\"description\">").append(esc(td[1])).append("</p>");
            }
            out.append("<p class=\"meta\">");
            out.append("Batch finished ")
                    .append(esc(toMinute(orUnknown(m.finished()))))
                    .append(" · GoLive Sim ")
                    .append(esc(orUnknown(m.version())))
                    .append(" · commit <code>")
                    .append(esc(shortCommit(m.commit())))
                    .append("</code></p></div></header>\n");
            out.append("<main class=\"wrap\">\n");
            decision();
            nav();
            summary(scenario);
            costs();
            risks();
            curves();
            differences();
            figures(
                    "trade-offs",
                    "Cost and outcome trade-offs",
                    ChartSpec.Section.TRADE_OFF,
                    "Each marker is one configuration. Configurations further down and to the left give better"
                            + " outcomes for less money.");
            figures(
                    "heat-maps",
                    "Outcomes across the swept parameters",
                    ChartSpec.Section.HEAT_MAP,
                    "How the outcome changes over the first two varied parameters, for each arm.");
            figures(
                    "sensitivity",
                    "Which parameters matter most",
                    ChartSpec.Section.SENSITIVITY,
                    "Global sensitivity analysis of the varied parameters.");
            calibration();
            pointsTable();
            parameters();
            budgetNotes();
            provenance();
            out.append("</main>\n<footer class=\"wrap\">Generated by GoLive Sim from the files in this results"
                    + " directory; rebuild with <code>golive report RESULTS_DIR</code>.</footer>\n");
            out.append("</body>\n</html>\n");
            return out.toString();
        }

        /** The title in words and a one-paragraph description, from the scenario's name and opening comment. */
        static String[] titleAndDescription(Manifest m) {
            String name = m.scenarioName() == null ? "" : m.scenarioName().trim();
            String title = name.isEmpty() ? "Unnamed scenario" : name;
            if (name.matches("[a-z0-9][a-z0-9._-]*")) {
                String words = name.replaceAll("[-_.]+", " ").trim();
                title = words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
            }
            String desc = m.scenarioDescription().trim();
            int colon = desc.indexOf(": ");
            if (colon > 0 && colon <= 60 && !desc.substring(0, colon).contains(". ")) {
                String head = desc.substring(0, colon).trim();
                String rest = desc.substring(colon + 2).trim();
                if (name.matches("[a-z0-9][a-z0-9._-]*")) {
                    title = head;
                }
                desc = rest.isEmpty() ? "" : rest.substring(0, 1).toUpperCase(Locale.ROOT) + rest.substring(1);
            }
            return new String[] {title, desc};
        }

        // ---------------------------------------------------------------- first screen

        private void decision() {
            out.append("<section id=\"decision\" class=\"decision\"><h2>The decision in brief</h2>\n");
            out.append("<div id=\"recommendation-text\">\n");
            for (Prose p : decision.sentences()) {
                out.append("<p class=\"finding\">").append(p.html()).append("</p>\n");
            }
            out.append("</div>\n");
            if (!decision.details().isEmpty()) {
                out.append("<ul class=\"details\">\n");
                for (Prose p : decision.details()) {
                    out.append("<li>").append(p.html()).append("</li>\n");
                }
                out.append("</ul>\n");
            }
            out.append("<p class=\"note\">Means over ")
                    .append(replications())
                    .append(" replications per configuration");
            if (data.arms().size() > 1) {
                out.append(" and arm; every arm of a replication faced the same random events (common random"
                        + " numbers), so differences are paired, and the range in brackets is the 95% confidence"
                        + " interval of the paired difference. Where that interval includes zero the evidence is"
                        + " <em>not clear</em>");
            }
            out.append(". Valued harm puts a money value on patient-harm events, downtime and breaches (scenario"
                    + " parameters, mostly assumptions); cash is what the hospital pays.</p>\n");
            out.append("</section>\n");
        }

        // ---------------------------------------------------------------- costs and risks

        private void costs() {
            if (!findings.hasCostSplit()) {
                return;
            }
            out.append("<section id=\"costs\"><h2>Cost: cash and valued harm</h2>\n<p>Mean cost per configuration"
                            + " over the simulated period")
                    .append(data.points().size() > 1 ? " at " + esc(Decision.lowerFirst(pointName(focus))) : "")
                    .append(". <em>Cash</em> is ")
                    .append(esc(String.join(
                            ", ",
                            findings.cashColumns().stream()
                                    .map(c ->
                                            Decision.lowerFirst(MetricInfo.of(c).name()))
                                    .toList())))
                    .append("; <em>valued harm</em> is each harm item counted and multiplied by its scenario value"
                            + " (")
                    .append(esc(valuations()))
                    .append(").</p>\n");
            out.append("<div class=\"scroll\"><table class=\"data\" id=\"cost-table\"><thead><tr><th>Arm</th>"
                    + "<th class=\"r\">Cash</th>");
            for (Findings.Valued v : findings.valuedItems()) {
                out.append("<th class=\"r\">")
                        .append(esc(MetricInfo.of(v.costColumn).name()))
                        .append("</th>");
            }
            out.append("<th class=\"r\">Valued harm</th><th class=\"r\">Total</th><th class=\"r\">Harm share"
                    + "</th></tr></thead><tbody>\n");
            for (String arm : data.arms()) {
                Optional<Findings.CostSplit> cs = findings.costSplit(focus, arm);
                if (cs.isEmpty()) {
                    continue;
                }
                Findings.CostSplit c = cs.get();
                out.append("<tr data-arm=\"")
                        .append(esc(arm))
                        .append("\"><td>")
                        .append(esc(ArmStyle.displayName(arm)))
                        .append("</td><td class=\"r\">")
                        .append(esc(Html.money(c.cash())))
                        .append("</td>");
                for (Findings.Valued v : findings.valuedItems()) {
                    out.append("<td class=\"r\">")
                            .append(esc(Html.money(c.valued().get(v))))
                            .append("</td>");
                }
                out.append("<td class=\"r\">")
                        .append(esc(Html.money(c.valuedSum())))
                        .append("</td><td class=\"r\">")
                        .append(esc(Html.money(c.total())))
                        .append("</td><td class=\"r\">")
                        .append(esc(Html.percent(c.valuedSum() / c.total())))
                        .append("</td></tr>\n");
            }
            out.append("</tbody></table></div>\n");
            if (data.arms().size() > 1) {
                out.append("<h3>Each arm against ")
                        .append(esc(ArmStyle.displayName(data.referenceArm()).toLowerCase(Locale.ROOT)))
                        .append("</h3>\n<div class=\"scroll\"><table class=\"data\" id=\"versus-table\"><thead><tr>"
                                + "<th>Arm</th><th class=\"r\">Extra cash (95% CI)</th>");
                for (Findings.Valued v : findings.valuedItems()) {
                    out.append("<th class=\"r\">Cash per ")
                            .append(esc(v.unitName))
                            .append(" avoided</th>");
                    out.append("<th class=\"r\">Break-even value of a ")
                            .append(esc(v.unitName))
                            .append("</th>");
                }
                out.append("</tr></thead><tbody>\n");
                for (String arm : data.arms()) {
                    if (arm.equals(data.referenceArm())) {
                        continue;
                    }
                    Optional<Findings.Versus> ov = findings.versus(focus, arm, data.referenceArm());
                    if (ov.isEmpty()) {
                        continue;
                    }
                    Findings.Versus v = ov.get();
                    out.append("<tr data-arm=\"")
                            .append(esc(arm))
                            .append("\"><td>")
                            .append(esc(ArmStyle.displayName(arm)))
                            .append("</td><td class=\"r\">")
                            .append(esc(Html.money(v.cash().meanDifference())))
                            .append(" <span class=\"aside\">(")
                            .append(esc(Html.money(v.cash().ciLow())))
                            .append(" to ")
                            .append(esc(Html.money(v.cash().ciHigh())))
                            .append(")</span></td>");
                    for (Findings.Valued item : findings.valuedItems()) {
                        double per = v.cashPerAvoided(item);
                        double be = v.breakEven(item);
                        out.append("<td class=\"r\">")
                                .append(
                                        Double.isNaN(per)
                                                ? "<span class=\"aside\">none avoided</span>"
                                                : esc(Html.money(per)))
                                .append("</td><td class=\"r\">")
                                .append(
                                        Double.isNaN(be)
                                                ? "<span class=\"aside\">none avoided</span>"
                                                : be == 0
                                                        ? "<span class=\"aside\">any value (cheaper anyway)</span>"
                                                        : esc(Html.money(be)))
                                .append("</td>");
                    }
                    out.append("</tr>\n");
                }
                out.append("</tbody></table></div>\n<p class=\"note\">Cash per event avoided: the arm's extra"
                        + " cash divided by the events it avoids on average. Break-even value: the value of one event"
                        + " at which the arm's total cost equals the reference's, other items valued as in the"
                        + " scenario; above it, the arm pays for itself.</p>\n");
            }
            for (int i = 0; i < specs.size(); i++) {
                if (specs.get(i).section() == ChartSpec.Section.COSTS) {
                    figure(i);
                }
            }
            out.append("</section>\n");
        }

        private String valuations() {
            List<String> parts = new ArrayList<>();
            for (Findings.Valued v : findings.valuedItems()) {
                double value = findings.parameter(v.parameter);
                if (!Double.isNaN(value)) {
                    parts.add(Html.money(value) + " per " + v.unitName);
                }
            }
            return parts.isEmpty() ? "values from the scenario" : String.join(", ", parts);
        }

        private void risks() {
            List<String> metrics = new ArrayList<>();
            for (String m : Findings.RARE_EVENTS) {
                if (data.summaryMetrics().contains(m)) {
                    metrics.add(m);
                }
            }
            if (metrics.isEmpty()) {
                return;
            }
            out.append("<section id=\"risk\"><h2>Rare, heavy events</h2>\n<p>Breaches, ransomware and long"
                            + " outages are rare, so a mean hides them: the table gives the share of runs with at least one"
                            + " (with its 95% Wilson interval) and, for downtime, the median run beside the mean")
                    .append(data.points().size() > 1 ? ", at " + esc(Decision.lowerFirst(pointName(focus))) : "")
                    .append(".</p>\n<div class=\"scroll\"><table class=\"data\" id=\"risk-table\"><thead><tr>"
                            + "<th>Arm</th>");
            for (String m : metrics) {
                out.append("<th class=\"r\">At least one: ")
                        .append(esc(
                                m.equals("ransomware_downtime_hours")
                                        ? "ransomware outage"
                                        : Decision.lowerFirst(MetricInfo.of(m).name())))
                        .append("</th>");
            }
            boolean downtime = data.summaryMetrics().contains("unplanned_downtime_hours");
            if (downtime) {
                out.append("<th class=\"r\">Unplanned downtime: median run</th><th class=\"r\">mean</th>"
                        + "<th class=\"r\">worst run</th>");
            }
            if (data.summaryMetrics().contains("unplanned_downtime_hours_excl_ransomware")) {
                out.append("<th class=\"r\">Mean downtime without ransomware</th>");
            }
            out.append("</tr></thead><tbody>\n");
            for (String arm : data.arms()) {
                out.append("<tr data-arm=\"")
                        .append(esc(arm))
                        .append("\"><td>")
                        .append(esc(ArmStyle.displayName(arm)))
                        .append("</td>");
                for (String m : metrics) {
                    Optional<Findings.Chance> c = findings.chance(focus, arm, m);
                    out.append("<td class=\"r\">");
                    if (c.isPresent()) {
                        out.append(esc(Html.chance(c.get().share())))
                                .append(" <span class=\"aside\">(")
                                .append(c.get().withEvent())
                                .append(" of ")
                                .append(c.get().runs())
                                .append("; ")
                                .append(esc(Html.chance(c.get().low())))
                                .append(" to ")
                                .append(esc(Html.chance(c.get().high())))
                                .append(")</span>");
                    }
                    out.append("</td>");
                }
                if (downtime) {
                    double[] v = findings.values(focus, arm, "unplanned_downtime_hours");
                    out.append("<td class=\"r\">")
                            .append(esc(Html.hours(Findings.median(v))))
                            .append("</td><td class=\"r\">")
                            .append(esc(Html.hours(mean(v))))
                            .append("</td><td class=\"r\">")
                            .append(esc(v.length == 0 ? "n/a" : Html.hours(v[v.length - 1])))
                            .append("</td>");
                }
                if (data.summaryMetrics().contains("unplanned_downtime_hours_excl_ransomware")) {
                    out.append("<td class=\"r\">")
                            .append(esc(Html.hours(
                                    mean(findings.values(focus, arm, "unplanned_downtime_hours_excl_ransomware")))))
                            .append("</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</tbody></table></div>\n");
            for (int i = 0; i < specs.size(); i++) {
                if (specs.get(i).section() == ChartSpec.Section.RISK) {
                    figure(i);
                }
            }
            out.append("</section>\n");
        }

        private static double mean(double[] v) {
            if (v.length == 0) {
                return Double.NaN;
            }
            double s = 0;
            for (double x : v) {
                s += x;
            }
            return s / v.length;
        }

        private String pointName(int pointId) {
            return data.point(pointId).map(PointNames::name).orElse("point " + pointId);
        }

        private void nav() {
            out.append("<nav class=\"toc\"><a href=\"#summary\">Summary</a><a href=\"#curves\">Over time</a>"
                    + "<a href=\"#differences\">Differences</a>");
            if (has(ChartSpec.Section.TRADE_OFF)) {
                out.append("<a href=\"#trade-offs\">Trade-offs</a>");
            }
            if (has(ChartSpec.Section.HEAT_MAP)) {
                out.append("<a href=\"#heat-maps\">Heat maps</a>");
            }
            if (has(ChartSpec.Section.SENSITIVITY)) {
                out.append("<a href=\"#sensitivity\">Sensitivity</a>");
            }
            if (findings.hasCostSplit()) {
                out.append("<a href=\"#costs\">Costs</a>");
            }
            if (Findings.RARE_EVENTS.stream().anyMatch(data.summaryMetrics()::contains)) {
                out.append("<a href=\"#risk\">Rare events</a>");
            }
            if (!data.calibration().isEmpty()) {
                out.append("<a href=\"#calibration\">Calibration</a>");
            }
            out.append("<a href=\"#points\">Scenario points</a><a href=\"#parameters\">Parameters</a>"
                    + "<a href=\"#provenance\">Provenance</a></nav>\n");
        }

        private boolean has(ChartSpec.Section section) {
            return specs.stream().anyMatch(s -> s.section() == section);
        }

        // ---------------------------------------------------------------- summary

        private void summary(String scenario) {
            Manifest m = data.manifest();
            long okRuns = data.runs().stream().filter(RunRecord::ok).count();
            long failedRuns = data.runs().size() - okRuns;
            int points = data.points().size();
            out.append("<section id=\"summary\"><h2>Summary for leadership</h2>\n");
            boolean oneArm = data.arms().size() <= 1;
            if (oneArm) {
                out.append("<p class=\"lead\">Scenario <strong>")
                        .append(esc(scenario))
                        .append("</strong> was simulated at ")
                        .append(points)
                        .append(points == 1 ? " configuration" : " configurations")
                        .append(", with ")
                        .append(replications())
                        .append(" replications each. ")
                        .append(okRuns)
                        .append(" of ")
                        .append(data.runs().size())
                        .append(" runs completed.</p>\n");
            } else {
                out.append("<p class=\"lead\">Scenario <strong>")
                        .append(esc(scenario))
                        .append("</strong> was simulated at ")
                        .append(points)
                        .append(points == 1 ? " configuration" : " configurations");
                List<String> varied = varied();
                if (!varied.isEmpty()) {
                    out.append(" of ")
                            .append(esc(String.join(
                                    ", ",
                                    varied.stream()
                                            .map(k -> PointNames.label(k).toLowerCase(Locale.ROOT))
                                            .toList())));
                }
                if (!m.design().isEmpty()) {
                    out.append(" (").append(esc(m.design())).append(" design)");
                }
                out.append(", each under ").append(data.arms().size()).append(" arms (");
                List<String> armNames = new ArrayList<>();
                for (String arm : data.arms()) {
                    armNames.add("<span class=\"swatch\" style=\"background:"
                            + String.format(
                                    "#%06x", ArmStyle.color(data.arms(), arm).getRGB() & 0xFFFFFF)
                            + "\"></span>" + esc(ArmStyle.displayName(arm))
                            + (arm.equals(data.referenceArm()) ? " (the reference)" : ""));
                }
                out.append(String.join(", ", armNames))
                        .append("), with ")
                        .append(replications())
                        .append(" replications per configuration and arm. Every arm faced the same random"
                                + " events in each replication (common random numbers), so differences are paired. ")
                        .append(okRuns)
                        .append(" of ")
                        .append(data.runs().size())
                        .append(" runs completed.</p>\n");
            }
            if (failedRuns > 0 || m.runsFailed().orElse(0) > 0) {
                long failed = Math.max(failedRuns, m.runsFailed().orElse(0));
                out.append("<p class=\"callout warn\"><strong>")
                        .append(failed)
                        .append(failed == 1 ? " run" : " runs")
                        .append(" failed</strong> and are left out of every average; see"
                                + " <a href=\"#provenance\">provenance</a> for their errors.</p>\n");
            }
            if (!oneArm) {
                headlines();
            }
            recommendation();
            out.append("</section>\n");
        }

        private String replications() {
            if (data.manifest().replications().isPresent()) {
                return String.valueOf(data.manifest().replications().getAsInt());
            }
            return String.valueOf(
                    data.runs().stream().map(RunRecord::replication).distinct().count());
        }

        private List<String> varied() {
            Set<String> v = new LinkedHashSet<>(data.manifest().variedParameters());
            v.addAll(data.pointParameters());
            return new ArrayList<>(v);
        }

        private void headlines() {
            List<String> metrics = Charts.headlineMetrics(data);
            for (String arm : data.arms()) {
                if (arm.equals(data.referenceArm())) {
                    continue;
                }
                out.append("<h3>Effect of ").append(esc(Decision.armSubject(arm)));
                if (data.points().size() > 1) {
                    out.append(" at <span class=\"label\">")
                            .append(esc(Decision.lowerFirst(pointName(focus))))
                            .append("</span>");
                }
                out.append("</h3>\n");
                if (metrics.isEmpty()) {
                    out.append("<p>comparison.csv has none of the headline metrics (")
                            .append(esc(String.join(", ", Charts.HEADLINE_METRICS)))
                            .append("); see the full table under <a href=\"#differences\">Differences</a>.</p>\n");
                    continue;
                }
                out.append("<p class=\"note\">Differences are over the whole simulated period and averaged over the"
                        + " paired replications; the range in brackets is the 95% confidence interval.</p>\n");
                out.append("<ul class=\"headlines\">\n");
                for (String metric : metrics) {
                    data.comparison(focus, arm, metric).ifPresent(this::headline);
                }
                out.append("</ul>\n");
            }
        }

        private void headline(ComparisonRow c) {
            MetricInfo info = MetricInfo.of(c.metric());
            String verdict;
            String cls;
            if (!c.isClear()) {
                verdict = "No clear difference";
                cls = "neutral";
            } else if (info.direction() == MetricInfo.Direction.NEUTRAL) {
                verdict = "Clear difference";
                cls = "neutral";
            } else {
                boolean teamLower = c.meanDifference() < 0;
                boolean better = teamLower == (info.direction() == MetricInfo.Direction.LOWER_IS_BETTER);
                verdict = better
                        ? "Better with " + Decision.armSubject(c.arm())
                        : "Worse with " + Decision.armSubject(c.arm());
                cls = better ? "better" : "worse";
            }
            out.append("<li data-metric=\"")
                    .append(esc(c.metric()))
                    .append("\" data-point=\"")
                    .append(c.pointId())
                    .append("\"><span class=\"badge ")
                    .append(cls)
                    .append("\">")
                    .append(verdict)
                    .append("</span> <strong>")
                    .append(esc(info.name()))
                    .append("</strong>: ");
            double d = c.meanDifference();
            if (d == 0) {
                out.append("the same in both arms (")
                        .append(number(c, "mean_difference", info))
                        .append(")");
            } else {
                out.append(number(c, "mean_difference", info))
                        .append(' ')
                        .append(direction(d))
                        .append(" with ")
                        .append(esc(Decision.armSubject(c.arm())));
            }
            out.append(" (95% CI ");
            double lo = c.ciLow();
            double hi = c.ciHigh();
            if (Double.isNaN(lo) || Double.isNaN(hi)) {
                out.append("not available");
            } else if (lo >= 0 || hi <= 0) {
                // both limits on one side: list the one nearer zero first
                String first = lo >= 0 ? "ci_low" : "ci_high";
                String second = lo >= 0 ? "ci_high" : "ci_low";
                out.append(number(c, first, info))
                        .append(" to ")
                        .append(number(c, second, info))
                        .append(' ')
                        .append(direction(lo >= 0 ? hi : lo));
            } else {
                out.append("between ")
                        .append(number(c, "ci_low", info))
                        .append(" lower and ")
                        .append(number(c, "ci_high", info))
                        .append(" higher");
            }
            out.append("; ").append(c.pairs()).append(" pairs). ");
            out.append("<span class=\"aside\">")
                    .append(esc(ArmStyle.displayName(c.referenceArm())))
                    .append(": ")
                    .append(esc(Html.withUnit(info, c.meanReference())))
                    .append("; ")
                    .append(esc(ArmStyle.displayName(c.arm()).toLowerCase(Locale.ROOT)))
                    .append(": ")
                    .append(esc(Html.withUnit(info, c.meanArm())))
                    .append(".</span></li>\n");
        }

        private static String direction(double v) {
            return v > 0 ? "higher" : "lower";
        }

        /**
         * A headline number: the displayed text is the magnitude in the metric's unit; data-value is the CSV cell
         * as written.
         */
        private static String number(ComparisonRow c, String field, MetricInfo info) {
            double v =
                    switch (field) {
                        case "mean_difference" -> c.meanDifference();
                        case "ci_low" -> c.ciLow();
                        case "ci_high" -> c.ciHigh();
                        default -> throw new IllegalArgumentException(field);
                    };
            return "<span class=\"num\" data-metric=\"" + esc(c.metric()) + "\" data-point=\"" + c.pointId()
                    + "\" data-field=\"" + field + "\" data-value=\""
                    + esc(c.raw().get(field)) + "\">"
                    + esc(Html.difference(info, Math.abs(v))) + "</span>";
        }

        private void recommendation() {
            out.append("<h3>Targets and the cheapest configuration meeting them</h3>\n");
            List<PerformanceTarget> targets = assessment.targets();
            out.append("<p>")
                    .append(
                            assessment.usesDefaultTargets()
                                    ? "The manifest states no targets, so these defaults were used:"
                                    : "Targets from the manifest:")
                    .append("</p>\n<ul class=\"targets\">\n");
            for (PerformanceTarget t : targets) {
                MetricInfo info = MetricInfo.of(t.metric());
                out.append("<li><strong>")
                        .append(esc(info.name()))
                        .append("</strong> <code>")
                        .append(esc(t.metric()))
                        .append("</code> ")
                        .append(t.bound() == PerformanceTarget.Bound.MAX ? "at most " : "at least ")
                        .append(esc(Html.withUnit(info, t.threshold())))
                        .append(" <span class=\"aside\">(")
                        .append(esc(t.origin()))
                        .append(")</span></li>\n");
            }
            if (targets.isEmpty()) {
                out.append("<li>none could be judged</li>\n");
            }
            out.append("</ul>\n");
            for (String note : assessment.notes()) {
                out.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
            }
            out.append("<p class=\"note\">A configuration is one scenario point run with one arm; it meets a"
                    + " target when the mean over its successful replications does.</p>\n");
            Optional<TargetAssessment.Configuration> best = decision.chosen();
            if (best.isPresent()) {
                TargetAssessment.Configuration b = best.get();
                out.append("<p class=\"callout good\" id=\"recommendation\" data-point=\"")
                        .append(b.pointId())
                        .append("\" data-arm=\"")
                        .append(esc(b.arm()))
                        .append("\"><strong>")
                        .append(esc(
                                Decision.configurationName(data, b, data.arms().size() <= 1)))
                        .append("</strong>, at a mean total cost of ")
                        .append(esc(Html.money(b.mean(TargetAssessment.COST_METRIC))))
                        .append(".</p>\n");
            } else {
                out.append("<p class=\"callout warn\" id=\"recommendation\">No configuration met every target"
                        + " (or cost is unknown). The table shows the cheapest configurations and how far they"
                        + " are from the targets.</p>\n");
            }
            for (PerformanceTarget t : decision.setAside()) {
                out.append("<p class=\"note\">Set aside: ")
                        .append(esc(MetricInfo.of(t.metric()).name()))
                        .append(" — no configuration reaches this default target.</p>\n");
            }
            configurationTable(best.orElse(null));
        }

        private void configurationTable(TargetAssessment.Configuration best) {
            List<TargetAssessment.Configuration> rows = new ArrayList<>(assessment.configurations());
            if (rows.isEmpty()) {
                out.append("<p>No run completed, so no configuration can be judged.</p>\n");
                return;
            }
            rows.sort(Comparator.comparingDouble((TargetAssessment.Configuration c) -> {
                        double v = c.mean(TargetAssessment.COST_METRIC);
                        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
                    })
                    .thenComparingInt(TargetAssessment.Configuration::pointId)
                    .thenComparing(c -> data.arms().indexOf(c.arm())));
            int total = rows.size();
            if (rows.size() > MAX_CONFIGURATION_ROWS) {
                rows = rows.subList(0, MAX_CONFIGURATION_ROWS);
            }
            out.append("<details open><summary>All configurations by mean total cost (")
                    .append(total)
                    .append(")</summary>\n");
            out.append("<div class=\"scroll\"><table class=\"data\"><thead><tr><th>Point</th><th>Configuration</th>"
                    + "<th>Arm</th><th class=\"r\">Runs</th><th class=\"r\">Mean total cost</th>");
            for (PerformanceTarget t : assessment.targets()) {
                out.append("<th class=\"r\">")
                        .append(esc(MetricInfo.of(t.metric()).name()))
                        .append("</th>");
            }
            out.append("<th>Meets targets</th></tr></thead><tbody>\n");
            for (TargetAssessment.Configuration c : rows) {
                boolean meets = assessment.meetsTargets(c);
                out.append("<tr")
                        .append(c == best ? " class=\"best\"" : "")
                        .append("><td>")
                        .append(c.pointId())
                        .append("</td><td>")
                        .append(esc(pointName(c.pointId())))
                        .append("</td><td class=\"nowrap\"><span class=\"swatch\" style=\"background:")
                        .append(String.format(
                                "#%06x", ArmStyle.color(data.arms(), c.arm()).getRGB() & 0xFFFFFF))
                        .append("\"></span>")
                        .append(esc(ArmStyle.displayName(c.arm())))
                        .append("</td><td class=\"r\">")
                        .append(c.okRuns())
                        .append("</td><td class=\"r\">")
                        .append(esc(Html.money(c.mean(TargetAssessment.COST_METRIC))))
                        .append("</td>");
                for (PerformanceTarget t : assessment.targets()) {
                    double v = c.mean(t.metric());
                    out.append("<td class=\"r ")
                            .append(t.isMetBy(v) ? "ok" : "miss")
                            .append("\">")
                            .append(esc(Html.withUnit(MetricInfo.of(t.metric()), v)))
                            .append("</td>");
                }
                out.append("<td>").append(meets ? "yes" : "no").append("</td></tr>\n");
            }
            out.append("</tbody></table></div>\n");
            if (total > rows.size()) {
                out.append("<p class=\"note\">The cheapest ")
                        .append(rows.size())
                        .append(" of ")
                        .append(total)
                        .append(" configurations are shown.</p>\n");
            }
            out.append("</details>\n");
        }

        private String labelOf(int pointId) {
            return data.point(pointId).map(ScenarioPoint::label).orElse("");
        }

        // ---------------------------------------------------------------- charts

        private void curves() {
            out.append("<section id=\"curves\"><h2>Outcomes over time</h2>\n");
            out.append("<p>Key outcomes week by week after go-live")
                    .append(data.points().size() > 1 ? " at " + esc(Decision.lowerFirst(pointName(focus))) : "")
                    .append(": ");
            List<String> armNames = new ArrayList<>();
            for (String arm : data.arms()) {
                armNames.add("<span class=\"swatch\" style=\"background:"
                        + String.format(
                                "#%06x", ArmStyle.color(data.arms(), arm).getRGB() & 0xFFFFFF) + "\"></span>"
                        + esc(ArmStyle.displayName(arm)));
            }
            out.append(String.join(", ", armNames))
                    .append(". Lines are means over replications; shaded bands hold the middle 80% of replications"
                            + " (10th to 90th percentile), kept inside what each quantity can physically be.</p>\n");
            boolean any = false;
            for (int i = 0; i < specs.size(); i++) {
                if (specs.get(i).section() == ChartSpec.Section.FOCUS_CURVES) {
                    figure(i);
                    any = true;
                }
            }
            if (!any) {
                out.append("<p class=\"note\">curves.csv has none of the key daily metrics for this point.</p>\n");
            }
            if (has(ChartSpec.Section.OTHER_CURVES)) {
                out.append("<details><summary>Outcomes over time at other scenario points</summary>\n");
                for (int i = 0; i < specs.size(); i++) {
                    if (specs.get(i).section() == ChartSpec.Section.OTHER_CURVES) {
                        figure(i);
                    }
                }
                out.append("</details>\n");
            }
            out.append("</section>\n");
        }

        private void figures(String id, String title, ChartSpec.Section section, String intro) {
            if (!has(section)) {
                return;
            }
            out.append("<section id=\"")
                    .append(id)
                    .append("\"><h2>")
                    .append(title)
                    .append("</h2>\n<p>")
                    .append(intro)
                    .append("</p>\n");
            for (int i = 0; i < specs.size(); i++) {
                if (specs.get(i).section() == section) {
                    figure(i);
                }
            }
            out.append("</section>\n");
        }

        private void figure(int i) {
            ChartSpec spec = specs.get(i);
            Charts.WrittenChart w = written.get(i);
            figureNumber++;
            out.append("<figure id=\"fig-")
                    .append(spec.id())
                    .append("\"><img width=\"")
                    .append(Charts.WIDTH)
                    .append("\" height=\"")
                    .append(Charts.HEIGHT)
                    .append("\" alt=\"")
                    .append(esc(spec.title()))
                    .append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(w.pngBytes()))
                    .append("\"><figcaption><strong>Figure ")
                    .append(figureNumber)
                    .append(".</strong> ")
                    .append(esc(spec.caption()))
                    .append(" <span class=\"files\">Files: <code>")
                    .append(ResultsLayout.CHARTS_DIR)
                    .append('/')
                    .append(esc(spec.id()))
                    .append(".png</code>, <code>")
                    .append(ResultsLayout.CHARTS_DIR)
                    .append('/')
                    .append(esc(spec.id()))
                    .append(".svg</code></span></figcaption></figure>\n");
        }

        private void differences() {
            out.append("<section id=\"differences\"><h2>Differences by scenario point</h2>\n");
            out.append("<p>Mean paired difference, <em>each arm minus the reference arm ("
                    + esc(ArmStyle.displayName(data.referenceArm()).toLowerCase(Locale.ROOT))
                    + ")</em>: a positive value means the metric was higher in the arm. From comparison.csv.</p>\n");
            for (int i = 0; i < specs.size(); i++) {
                if (specs.get(i).section() == ChartSpec.Section.DIFFERENCES) {
                    figure(i);
                }
            }
            List<ComparisonRow> rows = data.comparisons();
            boolean open = rows.size() <= 60;
            out.append("<details")
                    .append(open ? " open" : "")
                    .append("><summary>All paired comparisons (")
                    .append(rows.size())
                    .append(" rows)</summary>\n<div class=\"scroll\"><table class=\"data\"><thead><tr>"
                            + "<th>Point</th><th>Metric</th><th class=\"r\">Pairs</th><th>Arm</th><th class=\"r\">Reference</th>"
                            + "<th class=\"r\">Arm</th><th class=\"r\">Difference (arm − reference)</th>"
                            + "<th class=\"r\">95% CI</th><th class=\"r\">p-value</th></tr></thead><tbody>\n");
            for (ComparisonRow c : rows) {
                out.append("<tr data-metric=\"")
                        .append(esc(c.metric()))
                        .append("\" data-point=\"")
                        .append(c.pointId())
                        .append("\"><td>")
                        .append(c.pointId())
                        .append("</td><td><code>")
                        .append(esc(c.metric()))
                        .append("</code></td><td class=\"r\">")
                        .append(c.pairs())
                        .append("</td><td>")
                        .append(esc(ArmStyle.displayName(c.arm())))
                        .append("</td><td class=\"r\">")
                        .append(esc(Html.num(c.meanReference())))
                        .append("</td><td class=\"r\">")
                        .append(esc(Html.num(c.meanArm())))
                        .append("</td><td class=\"r\">")
                        .append(esc(Html.num(c.meanDifference())))
                        .append("</td><td class=\"r\">")
                        .append(esc(Html.num(c.ciLow())))
                        .append(" to ")
                        .append(esc(Html.num(c.ciHigh())))
                        .append("</td><td class=\"r\">")
                        .append(Html.pValue(c.pValue()))
                        .append("</td></tr>\n");
            }
            out.append("</tbody></table></div></details>\n</section>\n");
        }

        // ---------------------------------------------------------------- tables

        private void calibration() {
            if (data.calibration().isEmpty()) {
                return;
            }
            long passed =
                    data.calibration().stream().filter(CalibrationCheck::pass).count();
            out.append("<section id=\"calibration\"><h2>Calibration against published ranges</h2>\n<p>")
                    .append(passed)
                    .append(" of ")
                    .append(data.calibration().size())
                    .append(" checks passed.</p>\n<div class=\"scroll\"><table class=\"data\"><thead><tr>"
                            + "<th>Target</th><th>Kind</th><th>Metric</th><th class=\"r\">Range</th>"
                            + "<th class=\"r\">Simulated</th><th class=\"r\">95% CI</th><th>Result</th></tr></thead>"
                            + "<tbody>\n");
            for (CalibrationCheck c : data.calibration()) {
                out.append("<tr><td>")
                        .append(esc(c.target()))
                        .append("</td><td>")
                        .append(esc(c.kind()))
                        .append("</td><td><code>")
                        .append(esc(c.metric()))
                        .append("</code></td><td class=\"r\">")
                        .append(esc(Html.num(c.low())))
                        .append(" to ")
                        .append(esc(Html.num(c.high())))
                        .append("</td><td class=\"r\">")
                        .append(esc(Html.num(c.simulated())))
                        .append("</td><td class=\"r\">")
                        .append(esc(Html.num(c.ciLow())))
                        .append(" to ")
                        .append(esc(Html.num(c.ciHigh())))
                        .append("</td><td class=\"")
                        .append(c.pass() ? "ok" : "miss")
                        .append("\">")
                        .append(c.pass() ? "pass" : "fail")
                        .append("</td></tr>\n");
            }
            out.append("</tbody></table></div></section>\n");
        }

        private void pointsTable() {
            out.append("<section id=\"points\"><h2>Scenario points</h2>\n<div class=\"scroll\"><table class=\"data\">"
                    + "<thead><tr><th>Point</th><th>Configuration</th>");
            for (String p : data.pointParameters()) {
                out.append("<th>")
                        .append(esc(PointNames.label(p)))
                        .append(" <code class=\"key\">")
                        .append(esc(p))
                        .append("</code></th>");
            }
            boolean notes = !data.manifest().pointBudgetNotes().isEmpty();
            if (notes) {
                out.append("<th>What the budgets buy</th>");
            }
            out.append("<th>Label in the files</th></tr></thead><tbody>\n");
            for (ScenarioPoint p : data.points()) {
                out.append("<tr")
                        .append(p.id() == focus ? " class=\"best\"" : "")
                        .append("><td>")
                        .append(p.id())
                        .append("</td><td>")
                        .append(esc(PointNames.name(p)))
                        .append("</td>");
                for (String k : data.pointParameters()) {
                    out.append("<td class=\"nowrap\">")
                            .append(esc(PointNames.value(k, p.parameters().get(k))))
                            .append("</td>");
                }
                if (notes) {
                    out.append("<td>");
                    for (String n : data.manifest().pointBudgetNotes().getOrDefault(p.id(), List.of())) {
                        out.append("<div>").append(esc(budgetNote(n))).append("</div>");
                    }
                    out.append("</td>");
                }
                out.append("<td class=\"point-label\">").append(esc(p.label())).append("</td></tr>\n");
            }
            out.append("</tbody></table></div>\n");
            if (data.points().size() > 1) {
                out.append("<p class=\"note\">Highlighted: the point the report focuses on (")
                        .append(esc(Decision.lowerFirst(pointName(focus))))
                        .append("), whose curves and headline numbers are shown above.</p>\n");
            }
            out.append("</section>\n");
        }

        /** "budget.trainingUsd 2000000 buys 5.94 / ..." → "Pre-go-live training budget 2.00 M USD buys 5.94 / ...". */
        private static String budgetNote(String note) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([A-Za-z][\\w.]*) (\\S+) (.*)$")
                    .matcher(note);
            if (m.matches() && org.golivesim.scenario.ScenarioSchema.find(m.group(1)) != null) {
                return PointNames.label(m.group(1)) + " " + PointNames.value(m.group(1), m.group(2)) + " " + m.group(3);
            }
            return note;
        }

        private void parameters() {
            Set<String> varied = new LinkedHashSet<>(varied());
            out.append("<section id=\"parameters\"><h2>Scenario parameters</h2>\n");
            if (data.manifest().resolvedParameters().isEmpty()) {
                out.append("<p>The manifest lists no resolved parameters.</p></section>\n");
                return;
            }
            out.append("<p>Every parameter as resolved for this batch. <span class=\"pill\">varied</span> marks"
                    + " parameters that differ between scenario points (see the table of points).</p>\n"
                    + "<div class=\"scroll\"><table class=\"data params\"><thead><tr><th>Parameter</th>"
                    + "<th>Value</th></tr></thead><tbody>\n");
            data.manifest().resolvedParameters().forEach((k, v) -> {
                boolean isVaried = varied.contains(k);
                out.append("<tr")
                        .append(isVaried ? " class=\"varied\"" : "")
                        .append("><td><code>")
                        .append(esc(k))
                        .append("</code>")
                        .append(isVaried ? " <span class=\"pill\">varied</span>" : "")
                        .append("</td><td>")
                        .append(esc(v))
                        .append("</td></tr>\n");
            });
            out.append("</tbody></table></div></section>\n");
        }

        private void budgetNotes() {
            List<String> notes = data.manifest().budgetNotes();
            if (notes.isEmpty()) {
                return;
            }
            out.append("<section id=\"budget\"><h2>Budget notes</h2>\n<ul>\n");
            for (String n : notes) {
                out.append("<li>").append(esc(n)).append("</li>\n");
            }
            out.append("</ul></section>\n");
        }

        private void provenance() {
            Manifest m = data.manifest();
            long ok = data.runs().stream().filter(RunRecord::ok).count();
            out.append("<section id=\"provenance\"><h2>Provenance</h2>\n<dl class=\"prov\">");
            dt("Tool", m.tool() + " " + m.version());
            dt("Commit", m.commit());
            dt("Command", m.command());
            dt("Design", m.design());
            dt("Master seed", m.masterSeed());
            dt("Seed scheme", m.seedScheme());
            dt("Threads", m.threads().isPresent() ? String.valueOf(m.threads().getAsInt()) : "");
            dt("Started", m.started());
            dt("Finished", m.finished());
            dt(
                    "Runs (manifest)",
                    "planned " + count(m.runsPlanned()) + ", completed " + count(m.runsCompleted()) + ", failed "
                            + count(m.runsFailed()));
            dt(
                    "Runs (runs.csv)",
                    data.runs().size() + " rows: " + ok + " ok, " + (data.runs().size() - ok) + " failed");
            dt(
                    "Results directory",
                    data.directory().toAbsolutePath().normalize().toString());
            out.append("</dl>\n<h3>Scenario files</h3>\n");
            if (m.scenarioFiles().isEmpty()) {
                out.append("<p>The manifest lists no scenario files.</p>\n");
            } else {
                out.append("<div class=\"scroll\"><table class=\"data\"><thead><tr><th>File</th><th>SHA-256</th>"
                        + "</tr></thead><tbody>\n");
                for (Manifest.ScenarioFile f : m.scenarioFiles()) {
                    out.append("<tr><td><code>")
                            .append(esc(f.path()))
                            .append("</code></td><td><code class=\"hash\">")
                            .append(esc(f.sha256()))
                            .append("</code></td></tr>\n");
                }
                out.append("</tbody></table></div>\n");
            }
            List<RunRecord> failed = data.runs().stream().filter(r -> !r.ok()).toList();
            if (!failed.isEmpty()) {
                out.append("<h3>Failed runs</h3>\n<div class=\"scroll\"><table class=\"data\"><thead><tr>"
                        + "<th>Run</th><th>Point</th><th>Strategy</th><th>Replication</th><th>Seed</th>"
                        + "<th>Error</th></tr></thead><tbody>\n");
                for (RunRecord r : failed.subList(0, Math.min(failed.size(), MAX_FAILED_RUNS_LISTED))) {
                    out.append("<tr><td>")
                            .append(r.runId())
                            .append("</td><td>")
                            .append(r.pointId())
                            .append("</td><td>")
                            .append(esc(ArmStyle.displayName(r.arm())))
                            .append("</td><td>")
                            .append(r.replication())
                            .append("</td><td><code>")
                            .append(esc(r.seed()))
                            .append("</code></td><td class=\"error\">")
                            .append(esc(r.error()))
                            .append("</td></tr>\n");
                }
                out.append("</tbody></table></div>\n");
                if (failed.size() > MAX_FAILED_RUNS_LISTED) {
                    out.append("<p class=\"note\">First ")
                            .append(MAX_FAILED_RUNS_LISTED)
                            .append(" of ")
                            .append(failed.size())
                            .append(" failed runs shown; all are in runs.csv.</p>\n");
                }
            }
            out.append("<p class=\"note\">Every run's seed is in runs.csv; rerunning the same scenario files with"
                    + " the same master seed reproduces these results exactly.</p>\n</section>\n");
        }

        private static String count(java.util.OptionalInt v) {
            return v.isPresent() ? String.valueOf(v.getAsInt()) : "not recorded";
        }

        private void dt(String term, String value) {
            out.append("<dt>")
                    .append(esc(term))
                    .append("</dt><dd>")
                    .append(value == null || value.isBlank() ? "<span class=\"aside\">not recorded</span>" : esc(value))
                    .append("</dd>");
        }

        /** An ISO-8601 instant shown to the minute, e.g. "2026-12-02 08:17 UTC"; other text unchanged. */
        private static String toMinute(String s) {
            try {
                java.time.Instant t = java.time.Instant.parse(s);
                return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
                        .withZone(java.time.ZoneOffset.UTC)
                        .format(t);
            } catch (java.time.format.DateTimeParseException e) {
                return s;
            }
        }

        private static String orUnknown(String s) {
            return s == null || s.isBlank() ? "unknown" : s;
        }

        private static String shortCommit(String c) {
            if (c == null || c.isBlank()) {
                return "unknown";
            }
            return c.matches("[0-9a-f]{40}") ? c.substring(0, 12) : c;
        }
    }

    private static final String CSS =
            """
            :root{--ink:#1f2933;--muted:#5f6b7a;--line:#e3e6ea;--bg:#f6f7f9;--navy:#12355b;
            --as-given:#d55e00;--team:#0072b2;--good:#1b7f4b;--bad:#b3261e}
            *{box-sizing:border-box}
            html{background:var(--bg)}
            body{margin:0;color:var(--ink);font:15px/1.55 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,
            "DejaVu Sans",sans-serif}
            .wrap{max-width:1000px;margin:0 auto;padding:0 24px}
            header.top{background:var(--navy);color:#fff;padding:28px 0 22px}
            header.top h1{margin:4px 0 6px;font-size:30px;line-height:1.2;word-break:break-word}
            .kicker{margin:0;text-transform:uppercase;letter-spacing:.08em;font-size:12px;opacity:.8}
            .meta{margin:0;font-size:13px;opacity:.85}
            .description{margin:0 0 8px;font-size:15px;max-width:820px;opacity:.95}
            section.decision{border:2px solid var(--navy)}
            section.decision h2{margin-top:14px}
            p.finding{font-size:16.5px;margin:8px 0;line-height:1.5}
            ul.details{font-size:14px;margin:6px 0 10px}
            .val{font-weight:600;font-variant-numeric:tabular-nums;white-space:nowrap}
            code.key{font-size:11px;color:var(--muted);background:none;display:block}
            header.top code{color:#fff;background:rgba(255,255,255,.12)}
            nav.toc{display:flex;flex-wrap:wrap;gap:6px 16px;padding:12px 0;margin:0 0 8px;
            border-bottom:1px solid var(--line);font-size:14px}
            nav.toc a{color:var(--navy);text-decoration:none}
            nav.toc a:hover{text-decoration:underline}
            section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px 28px 20px;margin:18px 0}
            h2{font-size:22px;margin:18px 0 10px;color:var(--navy)}
            h3{font-size:17px;margin:22px 0 8px}
            p.lead{font-size:16px}
            .note,.aside{color:var(--muted);font-size:13px}
            .label{font-weight:normal;color:var(--muted);word-break:break-word}
            .label::before{content:"("}.label::after{content:")"}
            ul.headlines{list-style:none;padding:0;margin:8px 0}
            ul.headlines li{padding:10px 12px;border-bottom:1px solid var(--line)}
            ul.headlines li:last-child{border-bottom:0}
            .num{font-weight:600;font-variant-numeric:tabular-nums;white-space:nowrap}
            .badge{display:inline-block;min-width:9.5em;text-align:center;font-size:12px;font-weight:600;
            border-radius:999px;padding:1px 10px;margin-right:6px;border:1px solid}
            .badge.better{color:var(--good);border-color:var(--good);background:#eaf6ef}
            .badge.worse{color:var(--bad);border-color:var(--bad);background:#fbeceb}
            .badge.neutral{color:var(--muted);border-color:#b8c0cc;background:#f3f4f6}
            .callout{border-left:4px solid;padding:10px 14px;border-radius:4px}
            .callout.good{border-color:var(--good);background:#eaf6ef}
            .callout.warn{border-color:#c77700;background:#fff6e5}
            ul.targets{margin:4px 0 8px}
            .scroll{overflow-x:auto}
            table.data{border-collapse:collapse;width:100%;font-size:13.5px;margin:8px 0}
            table.data th{text-align:left;background:#f0f2f5;border-bottom:2px solid var(--line);padding:6px 8px;
            white-space:nowrap}
            table.data td{border-bottom:1px solid var(--line);padding:5px 8px;vertical-align:top}
            table.data tbody tr:nth-child(even){background:#fafbfc}
            table.data tr.best{background:#eaf6ef !important}
            table.data tr.varied{background:#eef5fb !important}
            td.r,th.r{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            td.nowrap{white-space:nowrap}
            td.ok{color:var(--good)}td.miss{color:var(--bad)}
            td.point-label,td.error{word-break:break-word}
            .pill{display:inline-block;font-size:11px;background:var(--team);color:#fff;border-radius:999px;
            padding:0 8px;vertical-align:middle}
            .swatch{display:inline-block;width:12px;height:12px;border-radius:2px;margin:0 5px 0 2px;
            vertical-align:-1px}
            .swatch.as-given{background:var(--as-given)}.swatch.dedicated-team{background:var(--team)}
            code{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.92em;background:#f3f4f6;
            padding:0 3px;border-radius:3px}
            code.hash{font-size:12px;word-break:break-all}
            figure{margin:22px 0;text-align:center}
            figure img{max-width:100%;height:auto;border:1px solid var(--line);border-radius:4px;background:#fff}
            figcaption{text-align:left;font-size:13.5px;color:var(--muted);max-width:900px;margin:6px auto 0}
            figcaption strong{color:var(--ink)}
            .files{display:block;font-size:12px;margin-top:2px}
            details{margin:12px 0}
            summary{cursor:pointer;font-weight:600;color:var(--navy);padding:6px 0}
            dl.prov{display:grid;grid-template-columns:max-content 1fr;gap:4px 18px;font-size:14px}
            dl.prov dt{color:var(--muted)}dl.prov dd{margin:0;word-break:break-word}
            footer{color:var(--muted);font-size:12px;padding:10px 24px 40px}
            @media (max-width:600px){.wrap{padding:0 10px}section{padding:6px 12px 14px}
            header.top h1{font-size:24px}p.finding{font-size:15.5px}table.data{font-size:12.5px}
            figure{overflow-x:auto}figure img{width:760px;max-width:none}}
            @media print{html{background:#fff}section{border:0;padding:0}nav.toc{display:none}
            details{display:block}figure{break-inside:avoid}}
            """;
}
