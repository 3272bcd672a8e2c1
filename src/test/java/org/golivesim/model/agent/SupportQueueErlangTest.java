package org.golivesim.model.agent;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.golivesim.model.domain.Orderings;
import org.golivesim.model.domain.Ticket;
import org.golivesim.model.domain.TicketKind;
import org.golivesim.observe.DayLedger;
import org.golivesim.random.Stream;
import org.golivesim.random.Streams;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The help desk's queue in its degenerate case is M/M/c: a constant number c of analysts, Poisson arrivals at rate
 * lambda (scheduled here from the named stream "arrivals") and exponential handle times with rate mu (from the stream
 * "handle"), one priority class. Its mean wait until first response must match Erlang C,
 * {@code Wq = C(c, a) / (c mu - lambda)} with {@code a = lambda / mu}, and the share of tickets that wait at all must
 * match {@code C(c, a)}.
 *
 * <p>Tolerance: the simulated means come with a batch-means confidence interval (Law and Kelton, ch. 9): after a
 * warm-up of {@value #WARM_UP} tickets the remaining waits are cut into {@value #BATCHES} consecutive batches, the
 * batch means are treated as independent normal draws, and a t-interval at confidence 1 - {@value #ALPHA} is built.
 * The theory must lie inside it. Two things make a batch-means interval too narrow, and the half-width is widened by
 * {@value #WIDENING} to cover them: the batch means are slightly correlated (each batch holds about 100,000 tickets,
 * more than a thousand times the queue's relaxation time of roughly {@code 1 / (mu (1 - sqrt(rho))^2)} tickets for these
 * loads, so the lag-1 correlation of batch means is well under 1%), and the run starts empty (the warm-up removes most of
 * that bias; what remains is far below 0.1% of Wq). With 2 million tickets the widened interval is about +-2% of
 * Wq at rho 0.6 and +-6% at rho 0.8, so a mistake in the queue discipline or the server count would show. The lag-1 correlation of the batch means is printed in the
 * failure message so a reader can see whether the batches were long enough.
 */
class SupportQueueErlangTest {
    private static final double ALPHA = 0.001;
    private static final double WIDENING = 1.1;
    private static final int TICKETS = 2_000_000;
    private static final int WARM_UP = 20_000;
    private static final int BATCHES = 20;

    /** Erlang C: the probability that an arriving ticket waits, for c servers at offered load a = lambda / mu. */
    static double erlangC(int c, double a) {
        double term = 1;
        double sum = 0;
        for (int k = 0; k < c; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        double top = term * c / (c - a);
        return top / (sum + top);
    }

    private record Interval(double mean, double low, double high, double lag1) {
        boolean contains(double x) {
            return x >= low && x <= high;
        }

        String describe() {
            return String.format(
                    Locale.ROOT,
                    "%.5f, %d-batch %.1f%% interval widened x%.1f: [%.5f, %.5f], lag-1 correlation of batch means %.3f",
                    mean,
                    BATCHES,
                    100 * (1 - ALPHA),
                    WIDENING,
                    low,
                    high,
                    lag1);
        }
    }

    private static Interval batchMeans(double[] x) {
        int n = (x.length - WARM_UP) / BATCHES;
        double[] means = new double[BATCHES];
        for (int b = 0; b < BATCHES; b++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += x[WARM_UP + b * n + i];
            }
            means[b] = s / n;
        }
        double grand = 0;
        for (double m : means) {
            grand += m;
        }
        grand /= BATCHES;
        double ss = 0;
        double lag = 0;
        for (int b = 0; b < BATCHES; b++) {
            ss += (means[b] - grand) * (means[b] - grand);
            if (b > 0) {
                lag += (means[b] - grand) * (means[b - 1] - grand);
            }
        }
        double sd = Math.sqrt(ss / (BATCHES - 1));
        double t = new TDistribution(new MersenneTwister(1), BATCHES - 1).inverseCumulativeProbability(1 - ALPHA / 2);
        double half = WIDENING * t * sd / Math.sqrt(BATCHES);
        return new Interval(grand, grand - half, grand + half, lag / ss);
    }

    @ParameterizedTest(name = "c = {0}, lambda = {1}/h, mu = {2}/h")
    @CsvSource({"1, 0.6, 1.0", "3, 2.25, 1.0", "8, 4.8, 0.75"})
    void meanWaitAndProbabilityOfWaitingMatchErlangC(int c, double lambda, double mu) {
        SimState state = new SimState(1L);
        state.start();
        Streams streams = new Streams(20261125L);
        Stream arrivals = streams.stream("arrivals");
        Stream handle = streams.stream("handle");
        TicketBook book = new TicketBook(new DayLedger(), 0);
        double[] waits = new double[TICKETS];
        double[] waited = new double[TICKETS];
        SupportQueue.Work work = new SupportQueue.Work() {
            @Override
            public double targetHours(Ticket t) {
                return 1.0;
            }

            @Override
            public double handleHours(Ticket t) {
                return handle.exponential(1 / mu);
            }

            @Override
            public void finished(Ticket t, double now) {
                waits[(int) t.id()] = t.waitHours();
                waited[(int) t.id()] = t.waitHours() > 0 ? 1 : 0;
            }
        };
        SupportQueue queue = new SupportQueue("M/M/c", state.schedule, book, hour -> c, work, true);
        int[] arrived = {0};
        Steppable arrival = new Steppable() {
            @Override
            public void step(SimState s) {
                double now = s.schedule.getTime();
                queue.arrive(book.open(TicketKind.HOW_TO, null, now, arrived[0]), now);
                if (++arrived[0] < TICKETS) {
                    s.schedule.scheduleOnce(now + arrivals.exponential(1 / lambda), Orderings.SUPPORT, this);
                }
            }
        };
        state.schedule.scheduleOnce(arrivals.exponential(1 / lambda), Orderings.SUPPORT, arrival);
        while (state.schedule.step(state)) {
            // run until every ticket has been served
        }

        double a = lambda / mu;
        double pWait = erlangC(c, a);
        double wq = pWait / (c * mu - lambda);
        Interval wait = batchMeans(waits);
        Interval share = batchMeans(waited);
        String setting =
                String.format(Locale.ROOT, "M/M/%d with lambda %.2f, mu %.2f (rho %.2f)", c, lambda, mu, a / c);
        assertTrue(
                wait.contains(wq),
                setting + ": Erlang C mean wait " + wq + " h outside the simulated " + wait.describe());
        assertTrue(
                share.contains(pWait),
                setting + ": Erlang C probability of waiting " + pWait + " outside the simulated " + share.describe());
    }
}
