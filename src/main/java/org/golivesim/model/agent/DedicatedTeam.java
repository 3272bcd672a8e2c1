package org.golivesim.model.agent;

import org.golivesim.model.process.WorkflowFit;
import org.golivesim.scenario.Scenario;

/**
 * The dedicated, interdisciplinary change-management and support team (the seed essay's mitigation; Sieja et al.
 * 2019's Sprint team). Its strength is {@code effect = 1 - exp(-size / effectScaleMembers)}. Of its five functions,
 * two act here every week — targeted refresher sessions for the least proficient clinicians and workflow redesign
 * that removes misfit — and three act through the components they change, which read
 * {@link Scenario.DedicatedTeam#effect()} when built: monitoring (shorter restores in {@code Infrastructure}, faster
 * compromise detection in {@code Threats}), patching and release testing (shorter patch latency in
 * {@code Vulnerabilities}, fewer regressions in {@code DefectsAndReleases}), and clinically aware tier-2 analysts in
 * {@link SupportDesk}.
 */
public final class DedicatedTeam {
    private final Scenario.DedicatedTeam p;
    private final Workforce workforce;
    private final WorkflowFit fit;

    /**
     * @param p team parameters
     * @param workforce the clinicians it trains
     * @param fit the workflow fit it improves
     */
    public DedicatedTeam(Scenario.DedicatedTeam p, Workforce workforce, WorkflowFit fit) {
        this.p = p;
        this.workforce = workforce;
        this.fit = fit;
    }

    /** Targeted refresher sessions given per week. */
    public int sessionsPerWeek() {
        return p.enabled() ? (int) Math.round(p.size() * p.refresherSessionsPerMemberPerWeek()) : 0;
    }

    /** The weekly step after go-live: targeted refreshers and workflow redesign. */
    public void week() {
        if (!p.enabled()) {
            return;
        }
        workforce.refresherForLeastProficient(sessionsPerWeek(), p.refresherSessionHours());
        fit.reduce(p.misfitFixPerWeek() * p.effect());
    }
}
