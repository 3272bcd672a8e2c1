package org.golivesim.model.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.golivesim.TestScenarios;
import org.golivesim.model.domain.Orderings;
import org.golivesim.model.domain.Ticket;
import org.golivesim.model.domain.TicketKind;
import org.golivesim.model.process.DefectsAndReleases;
import org.golivesim.model.process.WorkflowFit;
import org.golivesim.observe.DayLedger;
import org.golivesim.observe.Tally;
import org.golivesim.random.Streams;
import org.golivesim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import sim.engine.SimState;

/**
 * Routing and escalation at the support desk, made deterministic with first-contact resolution of 0 or 1: what tier 1
 * keeps, and where each kind of ticket goes when it cannot.
 */
class SupportDeskRoutingTest {
    private final SimState state = new SimState(1L);
    private final DayLedger ledger = new DayLedger();
    private final Map<TicketKind, List<Ticket.Outcome>> outcomes = new EnumMap<>(TicketKind.class);
    private WorkflowFit fit;
    private DefectsAndReleases defects;
    private SupportDesk desk;
    private TicketBook book;

    private void build(String... overrides) {
        List<String> all = new ArrayList<>(List.of("mechanisms.shiftEffects=false", "system.latentDefects=10"));
        all.addAll(List.of(overrides));
        Scenario s = TestScenarios.of(all.toArray(String[]::new));
        state.start();
        Streams streams = new Streams(9L);
        book = new TicketBook(ledger, 0);
        fit = new WorkflowFit(s.issues().misfitFixPerInHouseTicket(), s.issues().misfitFixPerVendorTicket());
        defects = new DefectsAndReleases(s, streams.stream("defects"));
        desk = new SupportDesk(s, state.schedule, book, ledger, streams, defects, fit);
        state.schedule.scheduleRepeating(0.0, Orderings.SUPPORT + 1, st -> desk.hour(st.schedule.getTime()), 1.0);
    }

    private void open(TicketKind kind, int count) {
        for (int i = 0; i < count; i++) {
            desk.open(
                    kind,
                    t -> outcomes.computeIfAbsent(t.kind(), k -> new ArrayList<>())
                            .add(t.outcome()),
                    1.0 + i,
                    i);
        }
    }

    private void runFor(double hours) {
        while (state.schedule.getTime() < hours) {
            state.schedule.step(state);
        }
    }

    private List<Ticket.Outcome> outcomes(TicketKind kind) {
        return outcomes.getOrDefault(kind, List.of());
    }

    private static List<Ticket.Outcome> all(Ticket.Outcome o, int n) {
        return java.util.Collections.nCopies(n, o);
    }

    @Test
    void withFullFirstContactResolutionTier1ResolvesEverything() {
        build(
                "support.fcrHowTo=1",
                "support.fcrAccess=1",
                "support.fcrDefect=1",
                "support.fcrWorkflow=1",
                "sourcing.technicalSupport=in-house");
        for (TicketKind k : TicketKind.values()) {
            open(k, 3);
        }
        runFor(500);
        for (TicketKind k : TicketKind.values()) {
            assertEquals(all(Ticket.Outcome.RESOLVED_FIRST_CONTACT, 3), outcomes(k), k.toString());
        }
        assertEquals(18.0, ledger.get(Tally.FIRST_CONTACT_HANDLED));
        assertEquals(18.0, ledger.get(Tally.FIRST_CONTACT_RESOLVED));
        assertEquals(0, book.backlog());
    }

    @Test
    void withoutFirstContactResolutionEachKindEscalatesToItsOwner() {
        build(
                "support.fcrHowTo=0",
                "support.fcrAccess=0",
                "support.fcrDefect=0",
                "support.fcrWorkflow=0",
                "sourcing.clinicalDecisionSupport=in-house",
                "sourcing.patientRecords=vendor",
                "sourcing.applicationDevelopment=in-house",
                "vendor.closeUnresolvedWorkflow=1");
        for (TicketKind k : TicketKind.values()) {
            open(k, 3);
        }
        runFor(500);
        // how-to, access and (with decision support in-house) workflow tickets go to in-house tier 2
        assertEquals(all(Ticket.Outcome.RESOLVED_ESCALATED, 3), outcomes(TicketKind.HOW_TO));
        assertEquals(all(Ticket.Outcome.RESOLVED_ESCALATED, 3), outcomes(TicketKind.ACCESS));
        assertEquals(all(Ticket.Outcome.RESOLVED_ESCALATED, 3), outcomes(TicketKind.WORKFLOW));
        // record tickets go to the records vendor, who here closes every clinical ticket unresolved
        assertEquals(all(Ticket.Outcome.CLOSED_UNRESOLVED, 3), outcomes(TicketKind.RECORD));
        // an outage call is always handled at first contact
        assertEquals(all(Ticket.Outcome.RESOLVED_FIRST_CONTACT, 3), outcomes(TicketKind.OUTAGE));
        // defect tickets wait for their fix
        assertEquals(List.of(), outcomes(TicketKind.DEFECT));
        assertEquals(3, book.backlog());
        assertEquals(3.0, ledger.get(Tally.CLOSED_UNRESOLVED));
        assertEquals(Math.pow(1 - 0.0005, 3), fit.misfit(), 1e-15, "three in-house workflow fixes, no vendor fix");
        assertEquals(0.0, ledger.get(Tally.COST_VENDOR), "changes built in-house cost no vendor charge");

        defects.usage(1e8); // discovers about ten defects, fewer than an in-house release fixes (20)
        int active = defects.activeDefects();
        assertTrue(active > 0);
        assertEquals(active, defects.release(t -> desk.fixShipped(t, 600)), "the release fixes every active defect");
        assertEquals(all(Ticket.Outcome.RESOLVED_ESCALATED, 3), outcomes(TicketKind.DEFECT));
        assertEquals(0, book.backlog());
    }

    @Test
    void workflowTicketsGoToTheDecisionSupportVendorWhenItHoldsTheFunction() {
        build(
                "support.fcrWorkflow=0",
                "sourcing.clinicalDecisionSupport=vendor",
                "sourcing.patientRecords=in-house",
                "vendor.closeUnresolvedWorkflow=0");
        open(TicketKind.WORKFLOW, 4);
        open(TicketKind.RECORD, 2);
        runFor(1000);
        assertEquals(all(Ticket.Outcome.RESOLVED_ESCALATED, 4), outcomes(TicketKind.WORKFLOW));
        assertEquals(all(Ticket.Outcome.RESOLVED_ESCALATED, 2), outcomes(TicketKind.RECORD));
        // four vendor fixes and two in-house fixes; application development is outsourced, so the vendor builds all
        // six changes and charges for each
        assertEquals(Math.pow(1 - 0.0002, 4) * Math.pow(1 - 0.0005, 2), fit.misfit(), 1e-15);
        assertEquals(6.0, ledger.get(Tally.VENDOR_CHANGE_REQUESTS));
        assertEquals(6 * 1500.0, ledger.get(Tally.COST_VENDOR), 1e-9);
    }

    @Test
    void aResolvedWorkflowTicketChangesTheFitOnlyWhenItsChangeGoesLive() {
        build(
                "support.fcrWorkflow=0",
                "sourcing.clinicalDecisionSupport=in-house",
                "sourcing.applicationDevelopment=vendor",
                "issues.workflowChangeLeadDaysVendor=30");
        List<Double> resolved = new ArrayList<>();
        desk.open(TicketKind.WORKFLOW, t -> resolved.add(t.closedAt()), 1.0, 1L);
        runFor(200);
        assertEquals(1, resolved.size(), "tier 2 resolved the ticket");
        assertEquals(1.0, fit.misfit(), "the vendor's change is not live yet");
        runFor(resolved.get(0) + 30 * 24 + 1);
        assertEquals(1 - 0.0005, fit.misfit(), 1e-15, "live 30 days after the resolution");
        assertEquals(1500.0, ledger.get(Tally.COST_VENDOR), 1e-9);
    }

    @Test
    void withEscalationOffTier1ResolvesEveryTicket() {
        build("mechanisms.escalation=false", "support.fcrHowTo=0", "support.fcrDefect=0", "support.fcrWorkflow=0");
        open(TicketKind.HOW_TO, 3);
        open(TicketKind.DEFECT, 3);
        open(TicketKind.WORKFLOW, 3);
        runFor(500);
        assertEquals(all(Ticket.Outcome.RESOLVED_FIRST_CONTACT, 3), outcomes(TicketKind.DEFECT));
        assertEquals(all(Ticket.Outcome.RESOLVED_FIRST_CONTACT, 3), outcomes(TicketKind.WORKFLOW));
        assertEquals(0, book.backlog());
    }

    @Test
    void aVendorDeskIsAlwaysStaffedAndAnInHouseDeskFromSevenForItsHours() {
        build("sourcing.technicalSupport=vendor", "mechanisms.shiftEffects=true");
        assertTrue(desk.vendorDesk());
        SimState other = new SimState(2L);
        other.start();
        Scenario s = TestScenarios.of("sourcing.technicalSupport=in-house", "support.helpDeskAnalysts=14");
        SupportDesk inHouse = new SupportDesk(
                s,
                other.schedule,
                new TicketBook(new DayLedger(), 0),
                new DayLedger(),
                new Streams(3L),
                new DefectsAndReleases(s, new Streams(3L).stream("defects")),
                new WorkflowFit(0, 0));
        assertTrue(!inHouse.vendorDesk());
        // 14 FTE x 40 h / (16 h x 7) = 5 on duty from 07:00 to 23:00: a ticket at 03:00 waits until 07:00
        List<Double> firstResponse = new ArrayList<>();
        inHouse.open(TicketKind.ACCESS, t -> firstResponse.add(t.firstResponseAt()), 3.0, 1L);
        other.schedule.scheduleRepeating(0.0, Orderings.SUPPORT + 1, st -> inHouse.hour(st.schedule.getTime()), 1.0);
        while (other.schedule.getTime() < 24) {
            other.schedule.step(other);
        }
        assertEquals(List.of(7.0), firstResponse);
    }

    @Test
    void theTeamsAtTheElbowMembersJoinTier2AndSwitchingTheFunctionOffRemovesThem() {
        double[] onDuty = new double[2];
        for (int k = 0; k < 2; k++) {
            ledger.clear();
            SimState st = new SimState(3L);
            st.start();
            Scenario s = TestScenarios.of(
                    "mechanisms.shiftEffects=false",
                    "dedicatedTeam.enabled=true",
                    "dedicatedTeam.atTheElbow=" + (k == 0));
            SupportDesk d = new SupportDesk(
                    s,
                    st.schedule,
                    new TicketBook(ledger, 0),
                    ledger,
                    new Streams(3L),
                    new DefectsAndReleases(s, new Streams(3L).stream("defects")),
                    new WorkflowFit(0, 0));
            for (int h = 0; h < 100; h++) {
                d.hour(h + 0.5);
            }
            onDuty[k] = ledger.get(Tally.STAFF_ON_DUTY_HOURS);
        }
        // 11 members x 0.35 = 4 clinically aware analysts on duty around the clock (shift effects off), 100 hours
        assertEquals(400.0, onDuty[0] - onDuty[1], 1e-9);
    }
}
