package org.golivesim.model.agent;

import java.util.EnumMap;
import java.util.Map;
import org.golivesim.model.domain.Calendar;
import org.golivesim.model.domain.Orderings;
import org.golivesim.model.domain.SupportBilling;
import org.golivesim.model.domain.Ticket;
import org.golivesim.model.domain.TicketKind;
import org.golivesim.model.domain.TicketOwner;
import org.golivesim.model.process.DefectsAndReleases;
import org.golivesim.model.process.OnCallRota;
import org.golivesim.model.process.WorkflowFit;
import org.golivesim.observe.DayLedger;
import org.golivesim.observe.Tally;
import org.golivesim.random.Stream;
import org.golivesim.random.Streams;
import org.golivesim.scenario.Scenario;
import sim.engine.Schedule;

/**
 * The support organisation and its routing. Tickets enter the help desk (tier 1), staffed in-house (from {@code inHouseDeskOpensAtHour}
 * for {@code inHouseDeskHoursPerDay} hours) or by a vendor (24/7, with the SLA tier's analysts on duty per contracted FTE
 * and its own turnover) by technical-support sourcing. Rules:
 *
 * <ul>
 *   <li>Tier 1 works by priority (incident calls are urgent); handle times are lognormal by ticket kind; it resolves at first contact with the
 *       kind's FCR, times the vendor's clinical-context multiplier for workflow and record tickets at a vendor desk.
 *   <li>The rest escalate: defects to the fix queue of application development (closed when their fix ships); how-to
 *       and access tickets to in-house tier 2; workflow tickets to decision-support's owner and record tickets to
 *       record management's owner — in-house tier 2 or that function's {@link Vendor}.
 *   <li>In-house tier 2 (weekday office hours, plus the dedicated team's clinically aware analysts) works by priority
 *       and resolves what it takes; resolved workflow and record tickets improve workflow fit, more so in-house.
 *       Outside office hours {@code tier2OnCallAnalysts} are on call for urgent work, in the share of weeks the
 *       employed analysts' rota covers ({@link OnCallRota}, at most
 *       {@code maxOnCallWeekShare} of each analyst's weeks), and what they take ends {@code tier2OnCallResponseMinutes}
 *       later than its work; in the other weeks urgent work waits for the next week's on-call analyst or for office
 *       hours.
 *   <li><b>Incident calls</b>: a full outage or partial incident prompts a Poisson number of calls from the clinicians
 *       on duty ({@code outageCallsPerClinicianOnDuty}, {@code partialIncidentCallsPerClinicianOnDuty}); the first one
 *       tier 1 passes on reports the incident (IT operations detect it then if they had not).
 *   <li><b>Defect incidents</b>: an application defect that breaks a function is reported the same way (or reaches
 *       tier 2 by other routes after {@code unmonitoredDetectionHours}); tier 2 then takes it as urgent work and
 *       the function is restored when its work is done. Help-desk and tier-2 staffing set how long it stays broken.
 *   <li>With escalation switched off, tier 1 resolves every ticket (the M/M/c check).
 * </ul>
 */
public final class SupportDesk implements SupportEntry, SupportBilling {
    private final Scenario s;
    private final Schedule schedule;
    private final TicketBook book;
    private final DayLedger ledger;
    private final DefectsAndReleases defects;
    private final WorkflowFit fit;
    private final Streams.Family tier1Draws;
    private final Streams.Family tier2Draws;
    private final Stream.LognormalCv handleTimeCv;
    private final Stream routingStream;
    private final StaffPool deskStaff;
    private final StaffPool tier2Staff;
    private final int teamTier2Analysts;
    private final SupportQueue tier1;
    private final SupportQueue tier2;
    private final Map<TicketKind, Vendor> vendors = new EnumMap<>(TicketKind.class);
    private final boolean vendorDesk;
    private final SlaContract deskContract;
    private final java.util.List<SlaContract> functionContracts = new java.util.ArrayList<>();
    private final double[] deskWeek = new double[2];
    private final double[] tier2Week = new double[2];
    private final Map<Ticket, java.util.function.DoubleConsumer> callReports = new java.util.IdentityHashMap<>();
    private final Map<Ticket, Restore> incidentWork = new java.util.IdentityHashMap<>();

    /** Keys of one hour's incident calls: full-outage calls, then partial-incident calls, then defect incidents. */
    private static final int CALL_KEYS_PER_KIND = 1 << 10;

    private static final int PARTIAL_CALL_KEYS = 2 * CALL_KEYS_PER_KIND;
    private static final int DEFECT_INCIDENT_KEY = 3 * CALL_KEYS_PER_KIND;

    /** An incident tier 2 restores: its work and who is told the restore hour. */
    private record Restore(double workHours, java.util.function.DoubleConsumer restored) {}

    /**
     * @param s scenario
     * @param schedule the model's schedule
     * @param book ticket system of record
     * @param ledger the day's tally
     * @param streams the run's streams ("support.routing", "staff.desk", "staff.tier2"; each ticket draws its handle
     *     times and outcomes from its own keyed stream, "ticket.tier1", "ticket.tier2", "ticket.vendor")
     * @param defects fix queue for defect tickets
     * @param fit workflow fit, improved by fixes
     */
    public SupportDesk(
            Scenario s,
            Schedule schedule,
            TicketBook book,
            DayLedger ledger,
            Streams streams,
            DefectsAndReleases defects,
            WorkflowFit fit) {
        this.s = s;
        this.schedule = schedule;
        this.book = book;
        this.ledger = ledger;
        this.defects = defects;
        this.fit = fit;
        this.tier1Draws = streams.family("ticket.tier1");
        this.tier2Draws = streams.family("ticket.tier2");
        this.handleTimeCv = Stream.LognormalCv.of(s.support().handleTimeCv());
        this.routingStream = streams.stream("support.routing");
        Scenario.Support sp = s.support();
        this.vendorDesk = s.sourcing().technicalSupport().outsourced();
        boolean shifts = s.mechanisms().shiftEffects();
        this.deskStaff = new StaffPool(
                sp.helpDeskAnalysts(),
                !vendorDesk,
                vendorDesk || !shifts ? StaffPool.Coverage.ALWAYS : StaffPool.Coverage.DAILY_FROM_SEVEN,
                sp.inHouseDeskHoursPerDay(),
                sp,
                vendorDesk ? StaffPool.Turnover.vendor(s.vendor()) : StaffPool.Turnover.inHouse(sp),
                vendorDesk ? s.vendor().deskStaffingMultiplier() : 1.0,
                streams.stream("staff.desk"));
        double slaMultiplier = org.golivesim.scenario.BudgetResolver.slaCostMultiplier(s);
        this.deskContract = vendorDesk
                ? contract(
                        "technical support",
                        sp.helpDeskAnalysts() * s.costs().vendorDeskAnalystUsdPerYear() * slaMultiplier)
                : null;
        this.tier2Staff = new StaffPool(
                sp.tier2Analysts(),
                true,
                shifts ? StaffPool.Coverage.WEEKDAY_OFFICE_HOURS : StaffPool.Coverage.ALWAYS,
                sp.tier2HoursPerDay(),
                sp,
                streams.stream("staff.tier2"));
        this.teamTier2Analysts = s.dedicatedTeam().tier2Analysts(s.hospital().clinicians());
        this.tier1 = new SupportQueue("help desk", schedule, book, deskStaff::onDuty, new Tier1Work(), true);
        this.tier2 = new SupportQueue("tier 2", schedule, book, this::tier2OnDuty, new Tier2Work(), false);
        tier2.onCall(
                hour -> tier2Staff.covers(hour)
                                || !OnCallRota.covers(
                                        hour,
                                        OnCallRota.coverage(
                                                tier2Staff.employed(),
                                                sp.maxOnCallWeekShare(),
                                                sp.tier2OnCallAnalysts()))
                        ? 0
                        : Math.min(sp.tier2OnCallAnalysts(), tier2Staff.employed()),
                sp.tier2OnCallResponseMinutes() / Calendar.MINUTES_PER_HOUR);
        Vendor.Listener fixed = (t, now) -> {
            if (t.kind().needsClinicalContext()) {
                workflowFixed(now, false);
            }
        };
        double functionFee = s.costs().clinicalFunctionVendorUsdPerYear() * slaMultiplier;
        if (s.sourcing().clinicalDecisionSupport().outsourced()) {
            SlaContract c = contract("clinical decision support", functionFee);
            vendors.put(
                    TicketKind.WORKFLOW,
                    new Vendor("clinical decision support", s.vendor(), schedule, book, streams, fixed, c));
        }
        if (s.sourcing().patientRecords().outsourced()) {
            SlaContract c = contract("patient records", functionFee);
            vendors.put(
                    TicketKind.RECORD, new Vendor("patient records", s.vendor(), schedule, book, streams, fixed, c));
        }
    }

    /**
     * A workflow or record ticket was resolved: its configuration change goes live after the lead time, and improves
     * fit then (more when in-house staff resolved it). When a vendor resolved it, or application development is
     * outsourced, the vendor builds the change: the longer lead time of its change-request process, and its charge
     * on the vendor costs (reduced control).
     */
    private void workflowFixed(double now, boolean resolvedInHouse) {
        boolean vendorBuild =
                !resolvedInHouse || s.sourcing().applicationDevelopment().outsourced();
        Scenario.Issues q = s.issues();
        double lead =
                Calendar.DAY * (vendorBuild ? q.workflowChangeLeadDaysVendor() : q.workflowChangeLeadDaysInHouse());
        schedule.scheduleOnce(now + lead, Orderings.SUPPORT, st -> {
            fit.ticketFixed(resolvedInHouse);
            if (vendorBuild) {
                ledger.add(Tally.COST_VENDOR, s.costs().vendorChangeRequestUsd());
                ledger.count(Tally.VENDOR_CHANGE_REQUESTS);
            }
        });
    }

    private SlaContract contract(String function, double feeUsdPerYear) {
        SlaContract c = new SlaContract(
                function,
                feeUsdPerYear / Calendar.MONTHS_PER_YEAR,
                s.vendor().slaAttainmentTarget(),
                s.vendor().serviceCreditShare());
        if (!function.equals("technical support")) {
            functionContracts.add(c);
        }
        return c;
    }

    /** Ends the month of the vendor desk's contract: the service credit it owes, USD (0 for an in-house desk). */
    @Override
    public double closeDeskContractMonth() {
        return deskContract == null ? 0.0 : deskContract.closeMonth();
    }

    /** Ends the month of the decision-support and record vendors' contracts: the credits they owe, USD. */
    @Override
    public double closeFunctionContractsMonth() {
        double credit = 0;
        for (SlaContract c : functionContracts) {
            credit += c.closeMonth();
        }
        return credit;
    }

    private int tier2OnDuty(double hour) {
        int staff = tier2Staff.onDuty(hour);
        // the team's clinically aware analysts join tier 2 from go-live on
        if (teamTier2Analysts > 0 && hour >= book.goLiveHour() && tier2Staff.covers(hour)) {
            staff += teamTier2Analysts;
        }
        return staff;
    }

    @Override
    public void open(TicketKind kind, TicketOwner owner, double at, long key) {
        // the schedule runs the arrival at exactly this hour
        schedule.scheduleOnce(at, Orderings.SUPPORT, st -> tier1.arrive(book.open(kind, owner, at, key), at));
    }

    /** The hourly step: analysts coming on duty pick up waiting tickets; utilization is sampled. */
    public void hour(double now) {
        tier1.dispatch(now);
        tier2.dispatch(now);
        int deskOnDuty = deskStaff.onDuty(now);
        int tier2OnDuty = tier2OnDuty(now);
        // analysts busy at the top of the hour, as a sample of the hour; work finishing after a shift ends is not
        // counted as extra on-duty time, so utilization stays within [0, 1]
        double deskBusy = Math.min(deskOnDuty, tier1.busy());
        double tier2Busy = Math.min(tier2OnDuty, tier2.busy());
        deskWeek[0] += deskOnDuty;
        deskWeek[1] += deskBusy;
        tier2Week[0] += tier2OnDuty;
        tier2Week[1] += tier2Busy;
        ledger.add(Tally.STAFF_ON_DUTY_HOURS, deskOnDuty + tier2OnDuty);
        ledger.add(Tally.STAFF_BUSY_HOURS, deskBusy + tier2Busy);
    }

    /** The weekly staffing step: burnout, attrition and vacancies of in-house staff, each pool by its own load. */
    public void week(double now) {
        deskStaff.week(deskWeek[0] > 0 ? deskWeek[1] / deskWeek[0] : 0, now);
        tier2Staff.week(tier2Week[0] > 0 ? tier2Week[1] / tier2Week[0] : 0, now);
        java.util.Arrays.fill(deskWeek, 0);
        java.util.Arrays.fill(tier2Week, 0);
    }

    /** Daily cost of support staff (desk and tier 2), USD. */
    @Override
    public double dailyStaffCost(double slaMultiplier) {
        Scenario.Costs c = s.costs();
        double desk = vendorDesk
                ? deskStaff.funded() * c.vendorDeskAnalystUsdPerYear() * slaMultiplier
                : (deskStaff.employed()) * c.inHouseDeskAnalystUsdPerYear();
        double t2 = tier2Staff.employed() * c.tier2AnalystUsdPerYear();
        return (desk + t2) / Calendar.DAYS_PER_YEAR;
    }

    /**
     * Opens the calls clinicians on duty make about an incident that began now; the first one tier 1 passes on is
     * given to {@code report}.
     *
     * @param now schedule hour the incident began
     * @param fullOutage a full outage (every clinician is affected) or a partial-function incident
     * @param cliniciansOnDuty clinicians working now
     * @param report told the hour the desk passes on a call about it
     */
    public void incidentCalls(
            double now, boolean fullOutage, int cliniciansOnDuty, java.util.function.DoubleConsumer report) {
        Scenario.Support sp = s.support();
        double perClinician =
                fullOutage ? sp.outageCallsPerClinicianOnDuty() : sp.partialIncidentCallsPerClinicianOnDuty();
        int calls = routingStream.poisson(cliniciansOnDuty * perClinician);
        // outage calls, partial-incident calls and defect-incident records keep apart in the key's low 12 bits
        long base = -1 - ((long) now << 12) - (fullOutage ? 0 : PARTIAL_CALL_KEYS);
        for (int i = 0; i < calls; i++) {
            long key = base - Math.min(i, CALL_KEYS_PER_KIND - 1);
            schedule.scheduleOnce(now, Orderings.SUPPORT, st -> {
                double at = st.schedule.getTime();
                Ticket t = book.open(TicketKind.OUTAGE, null, at, key);
                callReports.put(t, report);
                tier1.arrive(t, at);
            });
        }
    }

    /**
     * An application defect broke a function now. Clinicians on duty call about it; when the desk passes the first
     * call on, or after {@code operations.unmonitoredDetectionHours} by other routes, tier 2 takes it as urgent work,
     * and {@code restored} is told when that work is done.
     *
     * @param now schedule hour it began
     * @param workHours tier-2 work to restore the function, hours
     * @param cliniciansOnDuty clinicians working now
     * @param restored told the restore hour
     */
    public void defectIncident(
            double now, double workHours, int cliniciansOnDuty, java.util.function.DoubleConsumer restored) {
        boolean[] reported = {false};
        long key = -1 - ((long) now << 12) - DEFECT_INCIDENT_KEY;
        java.util.function.DoubleConsumer report = at -> {
            if (reported[0]) {
                return;
            }
            reported[0] = true;
            Ticket t = book.open(TicketKind.OUTAGE, null, at, key);
            incidentWork.put(t, new Restore(workHours, restored));
            tier2.arrive(t, at);
        };
        incidentCalls(now, false, cliniciansOnDuty, report);
        schedule.scheduleOnce(
                now + s.operations().unmonitoredDetectionHours(),
                Orderings.SUPPORT,
                st -> report.accept(st.schedule.getTime()));
    }

    /** Closes a defect ticket whose fix shipped. */
    public void fixShipped(Ticket t, double now) {
        book.close(t, now, Ticket.Outcome.RESOLVED_ESCALATED);
    }

    /** Unfilled in-house positions (a vendor desk's gaps are the vendor's, not the hospital's vacancies). */
    public int vacancies() {
        return (deskStaff.inHouse() ? deskStaff.vacancies() : 0) + tier2Staff.vacancies();
    }

    /** Tier-1 queue, for tests and probes. */
    SupportQueue tier1() {
        return tier1;
    }

    private double firstContactResolution(TicketKind kind) {
        if (!s.mechanisms().escalation() || kind == TicketKind.OUTAGE) {
            return 1.0;
        }
        Scenario.Support sp = s.support();
        double fcr =
                switch (kind) {
                    case HOW_TO -> sp.fcrHowTo();
                    case ACCESS -> sp.fcrAccess();
                    case DEFECT -> sp.fcrDefect();
                    case WORKFLOW, RECORD -> sp.fcrWorkflow();
                    case OUTAGE -> 1.0;
                };
        if (vendorDesk && kind.needsClinicalContext()) {
            fcr *= s.vendor().clinicalContextFcrMultiplier();
        }
        return fcr;
    }

    private double handleMinutes(TicketKind kind) {
        Scenario.Support sp = s.support();
        return switch (kind) {
            case HOW_TO -> sp.handleMinutesHowTo();
            case ACCESS, OUTAGE -> sp.handleMinutesAccess();
            case DEFECT -> sp.handleMinutesDefect();
            case WORKFLOW, RECORD -> sp.handleMinutesWorkflow();
        };
    }

    private void escalate(Ticket t, double now) {
        switch (t.kind()) {
            case DEFECT -> defects.awaitFix(t);
            case WORKFLOW, RECORD -> {
                Vendor v = vendors.get(t.kind());
                if (v != null) {
                    v.escalate(t, now);
                } else {
                    tier2.arrive(t, now);
                }
            }
            default -> tier2.arrive(t, now);
        }
    }

    private final class Tier1Work implements SupportQueue.Work {
        @Override
        public double targetHours(Ticket t) {
            return s.vendor().responseTargetHours(t.priority().rank());
        }

        @Override
        public void responded(Ticket t, double now, double targetHours) {
            if (deskContract != null) {
                deskContract.record(now - t.openedAt(), targetHours);
            }
        }

        @Override
        public double handleHours(Ticket t) {
            return tier1Draws.keyed(t.key(), 0).lognormalMean(handleMinutes(t.kind()), handleTimeCv)
                    / Calendar.MINUTES_PER_HOUR;
        }

        @Override
        public void finished(Ticket t, double now) {
            boolean resolved = tier1Draws.keyed(t.key(), 1).bernoulli(firstContactResolution(t.kind()));
            ledger.count(Tally.FIRST_CONTACT_HANDLED);
            java.util.function.DoubleConsumer report = callReports.remove(t);
            if (report != null) {
                report.accept(now);
            }
            if (resolved) {
                ledger.count(Tally.FIRST_CONTACT_RESOLVED);
                book.close(t, now, Ticket.Outcome.RESOLVED_FIRST_CONTACT);
            } else {
                escalate(t, now);
            }
        }
    }

    private final class Tier2Work implements SupportQueue.Work {
        @Override
        public double targetHours(Ticket t) {
            return s.vendor().responseTargetHours(t.priority().rank());
        }

        @Override
        public double handleHours(Ticket t) {
            Restore incident = incidentWork.get(t);
            if (incident != null) {
                return incident.workHours();
            }
            boolean quick = t.kind() == TicketKind.HOW_TO || t.kind() == TicketKind.ACCESS;
            double mean =
                    quick ? s.support().tier2HandleHoursHowTo() : s.support().tier2HandleHours();
            return tier2Draws.keyed(t.key(), 0).lognormalMean(mean, handleTimeCv);
        }

        @Override
        public void finished(Ticket t, double now) {
            book.close(t, now, Ticket.Outcome.RESOLVED_ESCALATED);
            Restore incident = incidentWork.remove(t);
            if (incident != null) {
                incident.restored().accept(now);
                return;
            }
            if (t.kind().needsClinicalContext() && t.kind() != TicketKind.HOW_TO) {
                workflowFixed(now, true);
            }
        }
    }

    /** Whether tier 1 is a vendor desk. */
    public boolean vendorDesk() {
        return vendorDesk;
    }
}
