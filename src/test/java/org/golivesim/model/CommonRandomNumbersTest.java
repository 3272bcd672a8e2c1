package org.golivesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.golivesim.TestScenarios;
import org.golivesim.engine.Engine;
import org.golivesim.observe.DailyMetric;
import org.golivesim.observe.RunResult;
import org.golivesim.random.Streams;
import org.golivesim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Common random numbers: two strategies run with the same replication seed draw the same numbers wherever their
 * mechanisms coincide (MODEL.md section 4). What must coincide, and is asserted exactly here:
 *
 * <ul>
 *   <li>the roster: who works which shift on which day comes from the "roster" stream alone, so tasks demanded are
 *       equal on every day of the run;
 *   <li>issue arrivals before go-live: on the legacy system only access problems arise, from "clinician.issues", and
 *       their tickets open at times from "clinician.choice", so tickets opened are equal on every reference day until
 *       the first unplanned outage (outage calls come from the routing stream, whose position depends on the help
 *       desk's history);
 *   <li>the first simulated-phishing campaign (go-live + 10 h): "phishing" is drawn only by campaigns, and a real
 *       campaign draws differently in the two arms only if it targets someone whose compromise one arm has already
 *       detected; with credential capture switched off even that cannot happen, and every campaign coincides.
 * </ul>
 *
 * <p>What does not coincide before go-live: the dedicated team's monitoring, patching and tier-2 analysts act from
 * hour 0, not from go-live. Its tier-2 analysts are on duty during the reference period (staff utilization differs
 * from the first day), partial incidents are restored faster (partial-function hours, tasks and hence the
 * productivity reference can differ), and vulnerabilities are patched sooner (open vulnerabilities differ). The
 * weekly team step (targeted refreshers, workflow redesign) starts a week after go-live.
 */
class CommonRandomNumbersTest {
    private static final int SEEDS = 6;

    private static Scenario scenario(boolean team, String... more) {
        List<String> all = new ArrayList<>(List.of(TestScenarios.smallHospital(300)));
        all.add("horizonMonths=3");
        all.add("dedicatedTeam.enabled=" + team);
        all.addAll(List.of(more));
        return TestScenarios.of(all.toArray(String[]::new));
    }

    private static long seed(int r) {
        return Streams.childSeed(20261125L, r);
    }

    private static int firstOutageDay(RunResult r) {
        for (int d = r.firstDay(); d <= r.lastDay(); d++) {
            if (r.daily(d, DailyMetric.UNPLANNED_OUTAGES) > 0) {
                return d;
            }
        }
        return Integer.MAX_VALUE;
    }

    @Test
    void bothStrategiesWorkTheSameRosterEveryDay() {
        for (int i = 0; i < SEEDS; i++) {
            RunResult a = Engine.run(scenario(false), seed(i));
            RunResult b = Engine.run(scenario(true), seed(i));
            for (int d = a.firstDay(); d <= a.lastDay(); d++) {
                assertEquals(
                        a.daily(d, DailyMetric.TASKS_DEMANDED),
                        b.daily(d, DailyMetric.TASKS_DEMANDED),
                        "seed " + i + " day " + d);
            }
        }
    }

    @Test
    void bothStrategiesSeeTheSameIssueArrivalsBeforeGoLive() {
        for (int i = 0; i < SEEDS; i++) {
            RunResult a = Engine.run(scenario(false), seed(i));
            RunResult b = Engine.run(scenario(true), seed(i));
            int until = Math.min(0, Math.min(firstOutageDay(a), firstOutageDay(b)));
            for (int d = a.firstDay(); d < until; d++) {
                assertEquals(
                        a.daily(d, DailyMetric.TICKETS_OPENED),
                        b.daily(d, DailyMetric.TICKETS_OPENED),
                        "seed " + i + " day " + d);
            }
        }
    }

    @Test
    void bothStrategiesSeeTheSameFirstSimulatedPhishingCampaign() {
        for (int i = 0; i < SEEDS; i++) {
            RunResult a = Engine.run(scenario(false), seed(i));
            RunResult b = Engine.run(scenario(true), seed(i));
            assertTrue(a.daily(0, DailyMetric.PHISHING_EMAILS) > 0, "the first campaign goes out on go-live day");
            assertEquals(a.daily(0, DailyMetric.PHISHING_CLICKS), b.daily(0, DailyMetric.PHISHING_CLICKS), "seed " + i);
        }
    }

    @Test
    void withoutCompromisesEverySimulatedCampaignCoincides() {
        for (int i = 0; i < SEEDS; i++) {
            RunResult a = Engine.run(scenario(false, "security.credentialCaptureProbability=0"), seed(i));
            RunResult b = Engine.run(scenario(true, "security.credentialCaptureProbability=0"), seed(i));
            for (int d = a.firstDay(); d <= a.lastDay(); d++) {
                assertEquals(
                        a.daily(d, DailyMetric.PHISHING_CLICKS),
                        b.daily(d, DailyMetric.PHISHING_CLICKS),
                        "seed " + i + " day " + d);
            }
        }
    }
}
