package org.golivesim.model.agent;

import org.golivesim.model.Orderings;
import org.golivesim.model.domain.Ticket;
import org.golivesim.random.Stream;
import org.golivesim.random.Streams;
import org.golivesim.scenario.Scenario;
import sim.engine.Schedule;

/**
 * A vendor holding one outsourced function and answering its escalated tickets under the SLA tier. Its shared team
 * serves many clients: it answers within the tier's response target unless it misses, with a miss probability that
 * grows in proportion once the hospital's weekly load exceeds what the contract is sized for; a missed response
 * overruns the target. It then works the ticket, and — lacking clinical context — closes some workflow and record
 * tickets without resolving them (the VA OIG pattern). Rules and numbers: {@link Scenario.Vendor}.
 */
public final class Vendor {
    private final String function;
    private final Scenario.Vendor p;
    private final Schedule schedule;
    private final TicketBook book;
    private final Streams streams;
    private final Listener listener;
    private double load;
    private double loadUpdatedAt;

    /** Told when the vendor resolves a ticket (workflow fixes improve fit). */
    public interface Listener {
        void resolved(Ticket t, double now);
    }

    /**
     * @param function the IT function held, for messages and reports
     * @param vendor vendor parameters
     * @param schedule the model's schedule
     * @param book ticket system of record
     * @param streams the run's streams (each ticket draws from its own keyed stream)
     * @param listener told of resolutions
     */
    public Vendor(
            String function,
            Scenario.Vendor vendor,
            Schedule schedule,
            TicketBook book,
            Streams streams,
            Listener listener) {
        this.function = function;
        this.p = vendor;
        this.schedule = schedule;
        this.book = book;
        this.streams = streams;
        this.listener = listener;
    }

    /** Takes an escalated ticket now. */
    public void escalate(Ticket t, double now) {
        decayLoad(now);
        load += 1;
        double target = p.slaTier().responseTargetHours(t.priority().rank());
        double overload = Math.max(1.0, load / p.contractedTicketsPerWeek());
        Stream stream = streams.keyed("ticket.vendor", t.key(), 0);
        boolean miss = stream.bernoulli(Math.min(1.0, p.slaMissProbability() * overload));
        double response = miss
                ? target * (1 + stream.exponential(p.missedResponseOverrun()))
                : target * (0.25 + 0.75 * stream.uniform());
        double done = response + stream.exponential(p.workHours());
        double closeUnresolved =
                t.kind().needsClinicalContext() ? p.closeUnresolvedWorkflow() : p.closeUnresolvedOther();
        boolean unresolved = stream.bernoulli(closeUnresolved);
        schedule.scheduleOnce(now + response, Orderings.SUPPORT, s -> book.recordSla(response, target));
        schedule.scheduleOnce(now + done, Orderings.SUPPORT, s -> {
            double time = s.schedule.getTime();
            book.close(t, time, unresolved ? Ticket.Outcome.CLOSED_UNRESOLVED : Ticket.Outcome.RESOLVED_ESCALATED);
            if (!unresolved) {
                listener.resolved(t, time);
            }
        });
    }

    public String function() {
        return function;
    }

    private void decayLoad(double now) {
        load *= Math.exp(-(now - loadUpdatedAt) / 168.0);
        loadUpdatedAt = now;
    }
}
