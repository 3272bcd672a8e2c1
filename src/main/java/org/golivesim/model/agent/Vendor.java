package org.golivesim.model.agent;

import org.golivesim.model.domain.Calendar;
import org.golivesim.model.domain.Orderings;
import org.golivesim.model.domain.Ticket;
import org.golivesim.random.Stream;
import org.golivesim.random.Streams;
import org.golivesim.scenario.Scenario;
import sim.engine.Schedule;

/**
 * A vendor holding one outsourced function and answering its escalated tickets under the SLA tier. Its shared team
 * serves many clients. Rules (numbers in {@link Scenario.Vendor}):
 *
 * <ul>
 *   <li><b>Load</b>: the vendor remembers this hospital's tickets with an exponential memory of {@code loadMemoryWeeks};
 *       overload is that load over what the contract is sized for ({@code contractedTicketsPerWeek} per week of
 *       memory), at least 1.
 *   <li><b>Response</b>: within the tier's target unless it misses, with the tier's miss probability times overload; a
 *       met response falls uniformly between {@code metResponseMinShareOfTarget} and the full target, a missed one
 *       overruns the target by an exponential multiple.
 *   <li><b>Resolution</b>: exponential work time with mean {@code workHours} times the tier's multiplier (priority in
 *       the shared queue), stretched under strain by {@code 1 + overloadWorkStretch (overload - 1)}.
 *   <li><b>Clinical context</b>: lacking it, the vendor closes some workflow and record tickets without resolving them
 *       (the VA OIG pattern).
 *   <li><b>Contract</b>: every response counts towards the month's SLA attainment ({@link SlaContract}).
 * </ul>
 */
public final class Vendor {
    private final String function;
    private final Scenario.Vendor p;
    private final Schedule schedule;
    private final TicketBook book;
    private final Streams streams;
    private final Listener listener;
    private final SlaContract contract;
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
     * @param contract the contract its responses count against
     */
    public Vendor(
            String function,
            Scenario.Vendor vendor,
            Schedule schedule,
            TicketBook book,
            Streams streams,
            Listener listener,
            SlaContract contract) {
        this.function = function;
        this.contract = contract;
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
        double target = p.responseTargetHours(t.priority().rank());
        double overload = overload();
        Stream stream = streams.keyed("ticket.vendor", t.key(), 0);
        boolean miss = stream.bernoulli(Math.min(1.0, p.slaMissProbability() * overload));
        double minShare = p.metResponseMinShareOfTarget();
        double response = miss
                ? target * (1 + stream.exponential(p.missedResponseOverrun()))
                : target * (minShare + (1 - minShare) * stream.uniform());
        double done = response + stream.exponential(meanWorkHours(overload));
        double closeUnresolved =
                t.kind().needsClinicalContext() ? p.closeUnresolvedWorkflow() : p.closeUnresolvedOther();
        boolean unresolved = stream.bernoulli(closeUnresolved);
        schedule.scheduleOnce(now + response, Orderings.SUPPORT, s -> {
            book.recordSla(response, target);
            contract.record(response, target);
        });
        schedule.scheduleOnce(now + done, Orderings.SUPPORT, s -> {
            double time = s.schedule.getTime();
            book.close(t, time, unresolved ? Ticket.Outcome.CLOSED_UNRESOLVED : Ticket.Outcome.RESOLVED_ESCALATED);
            if (!unresolved) {
                listener.resolved(t, time);
            }
        });
    }

    /** This hospital's remembered load over what the contract is sized for, at least 1. */
    double overload() {
        return Math.max(1.0, load / (p.contractedTicketsPerWeek() * p.loadMemoryWeeks()));
    }

    /** Mean work time on a ticket at this tier under the given overload, hours. */
    double meanWorkHours(double overload) {
        return p.workHours() * p.workHoursMultiplier() * (1 + p.overloadWorkStretch() * (overload - 1));
    }

    /** The contract this vendor's responses count against. */
    public SlaContract contract() {
        return contract;
    }

    public String function() {
        return function;
    }

    private void decayLoad(double now) {
        load *= Math.exp(-(now - loadUpdatedAt) / (p.loadMemoryWeeks() * Calendar.WEEK));
        loadUpdatedAt = now;
    }
}
