package org.golivesim.model.process;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.golivesim.TestScenarios;
import org.golivesim.model.agent.SupportDesk;
import org.golivesim.model.agent.TicketBook;
import org.golivesim.observe.DayLedger;
import org.golivesim.observe.Tally;
import org.golivesim.random.Streams;
import org.golivesim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import sim.engine.Schedule;

/** Daily cost accounting with exact values from the default unit costs. */
class CostAccountingTest {
    private static final double CENT = 1e-6;

    private final DayLedger ledger = new DayLedger();

    private CostAccounting accounting(Scenario s) {
        SupportDesk desk = new SupportDesk(
                s,
                new Schedule(),
                new TicketBook(ledger, 0),
                ledger,
                new Streams(1),
                new DefectsAndReleases(s, new Streams(1).stream("defects")),
                new WorkflowFit(0, 0));
        return new CostAccounting(s, desk, ledger);
    }

    @Test
    void theDefaultSourcingPaysVendorsForHostingAndDevelopmentAndStaffForTheThreeClinicalFunctions() {
        CostAccounting c = accounting(TestScenarios.of());
        assertEquals(700_000 + 650_000, c.vendorContractsPerYear(), CENT);
        // three clinical functions in-house plus 12 IT operations analysts
        assertEquals(3 * 300_000 + 12 * 120_000, c.inHouseItPerYear(), CENT);
    }

    @Test
    void itOperationsStaffAndImmutableBackupsAreInHouseCosts() {
        double base =
                accounting(TestScenarios.of("support.itOperationsAnalysts=0")).inHouseItPerYear();
        assertEquals(3 * 300_000, base, CENT);
        assertEquals(
                base + 24 * 120_000,
                accounting(TestScenarios.of("support.itOperationsAnalysts=24")).inHouseItPerYear(),
                CENT);
        assertEquals(
                base + 150_000,
                accounting(TestScenarios.of("support.itOperationsAnalysts=0", "security.immutableBackups=true"))
                        .inHouseItPerYear(),
                CENT);
    }

    @Test
    void fullOutsourcingPaysVendorsForEverythingAtTheSlaTiersPrice() {
        String[] all = {
            "sourcing.patientRecords=vendor",
            "sourcing.clinicalDecisionSupport=vendor",
            "sourcing.compliance=vendor",
            "sourcing.hosting=vendor",
            "sourcing.technicalSupport=vendor",
            "sourcing.applicationDevelopment=vendor"
        };
        assertEquals(
                700_000 + 650_000 + 3 * 250_000,
                accounting(TestScenarios.of(all)).vendorContractsPerYear(),
                CENT);
        // the hospital's own IT operations staff remain
        assertEquals(12 * 120_000, accounting(TestScenarios.of(all)).inHouseItPerYear(), CENT);
        String[] gold = java.util.Arrays.copyOf(all, all.length + 1);
        gold[all.length] = "vendor.slaTier=gold";
        assertEquals(1.3 * 2_100_000, accounting(TestScenarios.of(gold)).vendorContractsPerYear(), CENT);
    }

    @Test
    void allInHouseHasNoVendorContracts() {
        CostAccounting c = accounting(TestScenarios.of(
                "sourcing.hosting=in-house",
                "sourcing.technicalSupport=in-house",
                "sourcing.applicationDevelopment=in-house"));
        assertEquals(0.0, c.vendorContractsPerYear());
        assertEquals(900_000 + 800_000 + 3 * 300_000 + 12 * 120_000, c.inHouseItPerYear(), CENT);
    }

    @Test
    void eachDayBooksStaffContractsTeamAndHarmAndTheFirstDayAlsoTraining() {
        CostAccounting c = accounting(TestScenarios.of("dedicatedTeam.enabled=true"));
        ledger.add(Tally.HARM_EVENTS, 2);
        c.endOfDay();
        assertAll(
                () -> assertEquals(2_020_000, ledger.get(Tally.COST_TRAINING), CENT),
                // vendor desk 20 x 55,000 (silver) + tier 2 10 x 110,000, per day
                () -> assertEquals((20 * 55_000 + 10 * 110_000) / 365.0, ledger.get(Tally.COST_SUPPORT_STAFF), CENT),
                () -> assertEquals(1_350_000 / 365.0, ledger.get(Tally.COST_VENDOR), CENT),
                () -> assertEquals((900_000 + 12 * 120_000) / 365.0, ledger.get(Tally.COST_IN_HOUSE_IT), CENT),
                () -> assertEquals(11 * 130_000 / 365.0, ledger.get(Tally.COST_DEDICATED_TEAM), CENT),
                () -> assertEquals(2 * 20_000, ledger.get(Tally.COST_HARM), CENT));
        ledger.clear();
        c.endOfDay();
        assertEquals(0.0, ledger.get(Tally.COST_TRAINING), "training is booked once");
        assertEquals(11 * 130_000 / 365.0, ledger.get(Tally.COST_DEDICATED_TEAM), CENT);
    }

    @Test
    void anInHouseDeskCostsItsEmployedAnalystsAndARefresherCostsEveryonesTime() {
        CostAccounting c = accounting(TestScenarios.of("sourcing.technicalSupport=in-house"));
        c.endOfDay();
        assertEquals((20 * 70_000 + 10 * 110_000) / 365.0, ledger.get(Tally.COST_SUPPORT_STAFF), CENT);
        ledger.clear();
        c.refresherForAll(2);
        // 2 h x (300 x (150 + 20) + 1500 x (55 + 20) + 700 x (45 + 20))
        assertEquals(2 * (300 * 170 + 1500 * 75 + 700 * 65), ledger.get(Tally.COST_TRAINING), CENT);
    }
}
