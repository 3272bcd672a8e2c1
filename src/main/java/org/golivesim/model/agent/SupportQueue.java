package org.golivesim.model.agent;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.DoubleToIntFunction;
import org.golivesim.model.domain.Orderings;
import org.golivesim.model.domain.Priority;
import org.golivesim.model.domain.Ticket;
import sim.engine.Schedule;

/**
 * A multi-server support queue (the help desk's tier 1, or in-house tier 2): tickets wait by priority, then by
 * arrival; each analyst on duty handles one ticket at a time without preemption; the number on
 * duty may change by the hour (shifts, vacancies). Analysts on call (outside the queue's hours) take urgent tickets
 * only, when no analyst on duty is free. With a constant number of servers, Poisson arrivals and exponential handle
 * times it is an M/M/c queue, which {@code SupportQueueErlangTest} checks against Erlang C.
 */
public final class SupportQueue {
    /** What happens to a ticket at the queue: how long it takes and what follows. */
    public interface Work {
        /** Response target for this ticket at this queue, hours. */
        double targetHours(Ticket t);

        /** Told when the queue records a ticket's first response (queues that record first responses). */
        default void responded(Ticket t, double now, double targetHours) {}

        /** Handle time drawn for this ticket, hours. */
        double handleHours(Ticket t);

        /** Called when an analyst finishes the ticket. */
        void finished(Ticket t, double now);
    }

    private final String name;
    private final Schedule schedule;
    private final TicketBook book;
    private final DoubleToIntFunction onDuty;
    private final Work work;
    private final boolean recordsFirstResponse;
    private final PriorityQueue<Ticket> waiting;
    private DoubleToIntFunction onCall = hour -> 0;
    private int busy;
    private int onCallBusy;
    private double onCallResponseHours;
    private double busyHours;

    /**
     * @param name for messages
     * @param schedule the model's schedule (completions are scheduled on it)
     * @param book the ticket system of record
     * @param onDuty analysts on duty at a schedule hour
     * @param work handle times and what follows
     * @param recordsFirstResponse whether picking a ticket up is its first response (tier 1) or not (tier 2)
     */
    public SupportQueue(
            String name,
            Schedule schedule,
            TicketBook book,
            DoubleToIntFunction onDuty,
            Work work,
            boolean recordsFirstResponse) {
        Comparator<Ticket> arrival =
                Comparator.comparingDouble(Ticket::openedAt).thenComparingLong(Ticket::id);
        this.waiting = new PriorityQueue<>(
                Comparator.<Ticket>comparingInt(t -> t.priority().rank()).thenComparing(arrival));
        this.name = name;
        this.schedule = schedule;
        this.book = book;
        this.onDuty = onDuty;
        this.work = work;
        this.recordsFirstResponse = recordsFirstResponse;
    }

    /** Analysts on call at a schedule hour: they take urgent tickets when no analyst on duty is free, at once. */
    public void onCall(DoubleToIntFunction analystsOnCall) {
        onCall(analystsOnCall, 0.0);
    }

    /**
     * Analysts on call at a schedule hour: they take urgent tickets when no analyst on duty is free, and a ticket an
     * on-call analyst takes finishes {@code responseHours} later than its work alone (paged, awake, logged in).
     */
    public void onCall(DoubleToIntFunction analystsOnCall, double responseHours) {
        this.onCall = analystsOnCall;
        this.onCallResponseHours = responseHours;
    }

    /** A ticket arrives now. */
    public void arrive(Ticket t, double now) {
        waiting.add(t);
        dispatch(now);
    }

    /** Starts work on waiting tickets while analysts are free (call when staffing may have grown). */
    public void dispatch(double now) {
        int servers = onDuty.applyAsInt(now);
        while (busy < servers && !waiting.isEmpty()) {
            start(waiting.poll(), now, false);
        }
        while (!waiting.isEmpty()
                && waiting.peek().priority() == Priority.URGENT
                && onCallBusy < onCall.applyAsInt(now)) {
            start(waiting.poll(), now, true);
        }
    }

    private void start(Ticket t, double now, boolean byOnCall) {
        if (recordsFirstResponse) {
            double target = work.targetHours(t);
            book.responded(t, now, target);
            work.responded(t, now, target);
        }
        if (byOnCall) {
            onCallBusy++;
        } else {
            busy++;
        }
        double h = work.handleHours(t);
        busyHours += h;
        // the schedule runs the completion at exactly this hour (no need to ask its synchronized clock)
        double done = now + h + (byOnCall ? onCallResponseHours : 0.0);
        schedule.scheduleOnce(done, Orderings.SUPPORT, state -> {
            if (byOnCall) {
                onCallBusy--;
            } else {
                busy--;
            }
            work.finished(t, done);
            dispatch(done);
        });
    }

    /** Tickets waiting for an analyst. */
    public int waiting() {
        return waiting.size();
    }

    /** Analysts busy now. */
    public int busy() {
        return busy;
    }

    /** Analyst-hours of work started so far. */
    public double busyHours() {
        return busyHours;
    }

    @Override
    public String toString() {
        return name + "[busy=" + busy + ", waiting=" + waiting.size() + "]";
    }
}
