package org.golivesim.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.golivesim.results.ResultsData;
import org.golivesim.results.RunRecord;

/**
 * A section of the report: it reads what the {@link Page} holds (results, assessment, findings, decision, charts)
 * and appends its HTML to the page. Sections write in the order the page calls them; each writes nothing when its
 * files hold nothing for it.
 */
abstract class ReportSection {
    final ResultsData data;
    final TargetAssessment assessment;
    final Findings findings;
    final Decision decision;
    final int focus;
    final List<ChartSpec> specs;
    final StringBuilder out;
    private final Page page;

    ReportSection(Page page) {
        this.page = page;
        this.data = page.data;
        this.assessment = page.assessment;
        this.findings = page.findings;
        this.decision = page.decision;
        this.focus = page.focus;
        this.specs = page.specs;
        this.out = page.out;
    }

    /** Appends this section's HTML to the page. */
    abstract void write();

    /** The scenario's title in words, as the page header shows it. */
    String scenario() {
        return page.scenario();
    }

    /** Writes chart {@code i} of the plan as the page's next figure. */
    void figure(int i) {
        page.figure(i);
    }

    /** Whether the chart plan has any chart for {@code section}. */
    String pointName(int pointId) {
        return data.point(pointId).map(PointNames::name).orElse("point " + pointId);
    }

    boolean has(ChartSpec.Section section) {
        return page.has(section);
    }

    String replications() {
        if (data.manifest().replications().isPresent()) {
            return String.valueOf(data.manifest().replications().getAsInt());
        }
        return String.valueOf(
                data.runs().stream().map(RunRecord::replication).distinct().count());
    }

    List<String> varied() {
        Set<String> v = new LinkedHashSet<>(data.manifest().variedParameters());
        v.addAll(data.pointParameters());
        return new ArrayList<>(v);
    }
}
