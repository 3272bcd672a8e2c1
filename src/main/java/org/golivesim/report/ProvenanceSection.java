package org.golivesim.report;

import static org.golivesim.report.Html.esc;

import java.util.List;
import org.golivesim.results.Manifest;
import org.golivesim.results.RunRecord;

/**
 * Provenance: tool, commit, command, seeds, run counts, scenario files with their hashes and the failed runs, so
 * the results can be reproduced.
 */
final class ProvenanceSection extends ReportSection {

    ProvenanceSection(Page page) {
        super(page);
    }

    @Override
    void write() {
        provenance();
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
        dt("Results directory", data.directory().toAbsolutePath().normalize().toString());
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
            for (RunRecord r : failed.subList(0, Math.min(failed.size(), Report.MAX_FAILED_RUNS_LISTED))) {
                out.append("<tr><td>")
                        .append(r.runId())
                        .append("</td><td>")
                        .append(r.pointId())
                        .append("</td><td>")
                        .append(esc(ArmStyle.displayName(data, r.arm())))
                        .append("</td><td>")
                        .append(r.replication())
                        .append("</td><td><code>")
                        .append(esc(r.seed()))
                        .append("</code></td><td class=\"error\">")
                        .append(esc(r.error()))
                        .append("</td></tr>\n");
            }
            out.append("</tbody></table></div>\n");
            if (failed.size() > Report.MAX_FAILED_RUNS_LISTED) {
                out.append("<p class=\"note\">First ")
                        .append(Report.MAX_FAILED_RUNS_LISTED)
                        .append(" of ")
                        .append(failed.size())
                        .append(" failed runs shown; all are in runs.csv.</p>\n");
            }
        }
        out.append("<p class=\"note\">Every run's seed is in runs.csv; rerunning the same scenario files with"
                + " the same master seed reproduces these results exactly.</p>\n</section>\n");
    }

    static String count(java.util.OptionalInt v) {
        return v.isPresent() ? String.valueOf(v.getAsInt()) : "not recorded";
    }

    void dt(String term, String value) {
        out.append("<dt>")
                .append(esc(term))
                .append("</dt><dd>")
                .append(value == null || value.isBlank() ? "<span class=\"aside\">not recorded</span>" : esc(value))
                .append("</dd>");
    }
}
