package org.golivesim.observe;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns each day's ledger and the state at the day's end into a row, and at the end of the run builds the
 * {@link RunResult}: the productivity index of every day is expressed relative to the mean task-completion ratio of
 * the pre-go-live reference period, and summaries are computed by {@link Summaries}.
 */
public final class DailyRecorder {
    private final DayLedger ledger;
    private final StateProbe probe;
    private final RunLog log;
    private final int firstDay;
    private final List<double[]> rows = new ArrayList<>();

    /**
     * @param ledger the tally the model writes into
     * @param probe the model's state
     * @param log run-level event log
     * @param firstDay day number of the first row to be recorded (minus the pre-go-live days)
     */
    public DailyRecorder(DayLedger ledger, StateProbe probe, RunLog log, int firstDay) {
        this.ledger = ledger;
        this.probe = probe;
        this.log = log;
        this.firstDay = firstDay;
    }

    /** Records the day that just ended and clears the ledger. */
    public void endOfDay() {
        DailyMetric[] metrics = DailyMetric.values();
        double[] row = new double[metrics.length];
        probe.beforeReading();
        for (DailyMetric m : metrics) {
            row[m.ordinal()] = m.compute(ledger, probe);
        }
        rows.add(row);
        ledger.clear();
    }

    /** Number of days recorded so far. */
    public int daysRecorded() {
        return rows.size();
    }

    /** The finished run. */
    public RunResult result(WeekOneTickets weekOne) {
        int pi = DailyMetric.PRODUCTIVITY_INDEX.ordinal();
        double sum = 0;
        int n = 0;
        for (int i = 0; i < rows.size() && i < -firstDay; i++) {
            if (!Double.isNaN(rows.get(i)[pi])) {
                sum += rows.get(i)[pi];
                n++;
            }
        }
        double reference = n > 0 ? sum / n : 1.0;
        double[][] daily = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            double[] r = rows.get(i).clone();
            r[pi] = r[pi] / reference;
            daily[i] = r;
        }
        return new RunResult(firstDay, daily, Summaries.of(firstDay, daily, log, weekOne));
    }

    /** Week-one tickets and how many were resolved by the end of day 5 (target T2). */
    public record WeekOneTickets(double opened, double resolvedByDay5) {}
}
