package org.golivesim.model.agent;

import org.golivesim.model.process.WorkflowFit;
import org.golivesim.random.Stream;
import org.golivesim.scenario.Scenario;

/**
 * The dedicated, interdisciplinary change-management and support team (the seed essay's mitigation; Sieja et al.
 * 2019's Sprint team). Its size follows the hospital ({@link Scenario.DedicatedTeam#members(int)}) and its strength
 * is per clinician ({@link Scenario.DedicatedTeam#effect(int)}), so it is as strong in a 500-user hospital as in a
 * 2,500-user one. Each of its five functions has a switch. Two act here every week:
 *
 * <ul>
 *   <li><b>Training</b>: targeted sessions for struggling clinicians (most workarounds in use first, then the least
 *       proficient); each session is a refresher of {@code refresherSessionHours} and ends each workaround the
 *       clinician has in use with {@code workaroundEndProbabilityPerSession} (taught the supported way).
 *   <li><b>Workflow redesign</b>: removes a share of the remaining misfit.
 * </ul>
 *
 * <p>Three act through the components they change, which read the function's strength when built: monitoring
 * (shorter restores in {@code Infrastructure}, faster compromise detection in {@code Threats}), updates and change
 * management (shorter patch latency in {@code Vulnerabilities}, fewer regressions in {@code DefectsAndReleases}), and
 * at-the-elbow support by clinically aware members working tier 2 in {@link SupportDesk}.
 */
public final class DedicatedTeam {
    private final Scenario.DedicatedTeam p;
    private final int clinicians;
    private final Workforce workforce;
    private final WorkflowFit fit;
    private final Stream stream;

    /**
     * @param s scenario
     * @param workforce the clinicians it trains
     * @param fit the workflow fit it improves
     * @param stream the team's stream ("team.sessions")
     */
    public DedicatedTeam(Scenario s, Workforce workforce, WorkflowFit fit, Stream stream) {
        this.p = s.dedicatedTeam();
        this.clinicians = s.hospital().clinicians();
        this.workforce = workforce;
        this.fit = fit;
        this.stream = stream;
    }

    /** Targeted sessions given per week (0 when the team or its training function is off). */
    public int sessionsPerWeek() {
        return p.enabled() ? p.sessionsPerWeek(clinicians) : 0;
    }

    /** The weekly step after go-live: targeted sessions and workflow redesign. */
    public void week() {
        if (!p.enabled()) {
            return;
        }
        workforce.targetedSessions(
                sessionsPerWeek(), p.refresherSessionHours(), p.workaroundEndProbabilityPerSession(), stream);
        fit.reduce(p.misfitFixPerWeek() * p.workflowRedesignEffect(clinicians));
    }
}
