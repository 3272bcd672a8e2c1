package org.golivesim.model.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.golivesim.TestScenarios;
import org.golivesim.model.domain.Calendar;
import org.golivesim.model.domain.Orderings;
import org.golivesim.observe.DayLedger;
import org.golivesim.observe.RunLog;
import org.golivesim.observe.Tally;
import org.golivesim.random.Streams;
import org.golivesim.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sim.engine.SimState;

/**
 * With partial incidents, maintenance and vulnerabilities switched off, the HIS alternates between up periods ended by
 * full outages at a constant yearly rate and lognormal restores, an alternating renewal process whose long-run
 * availability is {@code MTBF / (MTBF + MTTR)} with {@code MTBF = 8760 / rate} hours and {@code MTTR} the lognormal
 * mean {@link Infrastructure#meanRestoreHours()}.
 *
 * <p>Outages are tried once an hour while the system is up, so an up period is a whole number of hours after the first
 * check: its mean is {@code 8760 / rate - 0.5} hours rather than {@code 8760 / rate}. That shifts the availability by
 * about {@code 0.5 MTTR / (MTBF + MTTR)^2}, around 1e-4 here, a twentieth of the interval's half-width, so the test
 * compares with the textbook formula.
 *
 * <p>Tolerance: the horizon of {@value #YEARS} years (about 20,000 outages at 50 a year) is cut into {@value #BATCHES} equal
 * batches; each batch's share of time up is one observation, and the formula must lie in the t-interval of their mean
 * at confidence 1 - {@value #ALPHA}. A batch spans about 1,000 up/down cycles, so neighbouring batches share at most one
 * outage that straddles their boundary and their correlation is negligible; the interval is not widened. The mean
 * restore time is checked the same way against its own t-interval over individual outages.
 */
class InfrastructureAvailabilityTest {
    private static final double ALPHA = 0.001;
    private static final int BATCHES = 20;
    private static final int YEARS = 400;

    private record Interval(double mean, double low, double high) {
        static Interval of(double[] x) {
            double m = 0;
            for (double v : x) {
                m += v;
            }
            m /= x.length;
            double ss = 0;
            for (double v : x) {
                ss += (v - m) * (v - m);
            }
            double t =
                    new TDistribution(new MersenneTwister(1), x.length - 1).inverseCumulativeProbability(1 - ALPHA / 2);
            double half = t * Math.sqrt(ss / (x.length - 1) / x.length);
            return new Interval(m, m - half, m + half);
        }

        boolean contains(double v) {
            return v >= low && v <= high;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.6f, %.1f%% interval [%.6f, %.6f]", mean, 100 * (1 - ALPHA), low, high);
        }
    }

    @ParameterizedTest(name = "{0} hosting, {1} outages a year, restore median {2} h, log-sd {3}, team {4}")
    @CsvSource({
        "vendor, 50, 3.0, 1.3, false",
        "in-house, 30, 4.0, 0.8, false",
        "vendor, 50, 3.0, 1.3, true" // the team's monitoring cuts the restore median
    })
    void longRunShareOfTimeUpIsMtbfOverMtbfPlusMttr(
            String hosting, double perYear, double median, double logSd, boolean team) {
        Scenario s = TestScenarios.of(
                "sourcing.hosting=" + hosting,
                "system.fullOutagesPerYearVendor=" + perYear,
                "system.fullOutagesPerYearInHouse=" + perYear,
                "system.restoreMedianHoursVendor=" + median,
                "system.restoreMedianHoursInHouse=" + median,
                "system.restoreLogSd=" + logSd,
                "system.partialIncidentsPerMonthVendor=0",
                "system.partialIncidentsPerMonthInHouse=0",
                "system.maintenanceWindowsPerMonth=0",
                "system.outageRatePerOpenVulnerability=0",
                // IT operations out of the way: detection immediate, crews plentiful, no deferred maintenance, the
                // on-call analysts start at once out of hours
                "operations.monitoringDetectionMinutes=0",
                "operations.onCallResponseMinutes=0",
                "support.itOperationsAnalysts=1000",
                "dedicatedTeam.enabled=" + team);
        SimState state = new SimState(1L);
        state.start();
        DayLedger ledger = new DayLedger();
        Infrastructure infra = new Infrastructure(
                s,
                new Calendar(s.preGoLiveDays()),
                state.schedule,
                ledger,
                new RunLog(),
                new Streams(20261125L).stream("outages"),
                () -> 3); // open vulnerabilities do not matter at outageRatePerOpenVulnerability = 0
        List<Double> downAtOutageStart = new ArrayList<>();
        infra.onIncident((now, full, report) -> {
            if (full) {
                downAtOutageStart.add(infra.cumulativeUnplannedHours(now));
            }
        });
        state.schedule.scheduleRepeating(0.0, Orderings.ENVIRONMENT, st -> infra.hour(st.schedule.getTime()), 1.0);

        double batchHours = YEARS * Calendar.YEAR / BATCHES;
        double[] up = new double[BATCHES];
        double downBefore = 0;
        for (int b = 0; b < BATCHES; b++) {
            double end = (b + 1) * batchHours;
            while (state.schedule.getTime() < end) { // ends after the hourly step at the boundary
                state.schedule.step(state);
            }
            double down = infra.cumulativeUnplannedHours(end);
            up[b] = 1 - (down - downBefore) / batchHours;
            downBefore = down;
        }
        assertEquals(0.0, ledger.get(Tally.PARTIAL_HOURS), "partial incidents are off");
        assertEquals(0.0, ledger.get(Tally.PLANNED_DOWN_HOURS), "maintenance is off");

        double mtbf = Calendar.YEAR / perYear;
        double mttr = infra.meanRestoreHours();
        double expectedMedian =
                median * (team ? 1 - s.dedicatedTeam().effect(s.hospital().clinicians()) * 0.4 : 1);
        assertEquals(expectedMedian * Math.exp(logSd * logSd / 2), mttr, 1e-9);
        double availability = mtbf / (mtbf + mttr);
        Interval simulated = Interval.of(up);
        assertTrue(
                simulated.contains(availability),
                "MTBF/(MTBF+MTTR) = " + availability + " (MTBF " + mtbf + " h, MTTR " + mttr
                        + " h) outside the simulated share of time up " + simulated + " over " + YEARS + " years, "
                        + downAtOutageStart.size() + " outages");

        double[] restores = new double[downAtOutageStart.size() - 1];
        for (int i = 0; i < restores.length; i++) {
            restores[i] = downAtOutageStart.get(i + 1) - downAtOutageStart.get(i);
        }
        Interval restore = Interval.of(restores);
        assertTrue(
                restore.contains(mttr),
                "mean restore " + mttr + " h outside the simulated " + restore + " over " + restores.length
                        + " outages");
    }
}
