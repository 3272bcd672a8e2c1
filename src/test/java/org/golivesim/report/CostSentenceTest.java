package org.golivesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.golivesim.TestScenarios;
import org.golivesim.batch.Batch;
import org.golivesim.batch.LocalPoolRunner;
import org.golivesim.results.ResultsData;
import org.golivesim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headline's cost sentence against a real batch: its cash and valued figures are the paired differences of the
 * model's own {@code cost_cash_usd} and {@code cost_valued_usd} columns, and cash plus valued is the total.
 */
class CostSentenceTest {
    @TempDir
    Path tmp;

    @Test
    void cashAndValuedFiguresAreTheModelsOwnCostSplit() throws Exception {
        String yaml = String.join(
                "\n",
                "name: cost-split",
                "horizonMonths: 2",
                "preGoLiveWeeks: 1",
                "replications: 3",
                "seed: 4242",
                "hospital:",
                "  physicians: 30",
                "  nurses: 120",
                "  allied: 50",
                "sweep:",
                "  design: factorial",
                "  compareDedicatedTeam: true",
                "  parameters:",
                "    support.helpDeskAnalysts: [6]",
                "");
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(TestScenarios.write(tmp, "cost.yaml", yaml), List.of());
        Path out = tmp.resolve("results");
        Batch.run(
                loaded,
                new Batch.Options(out, 2, false, false, null, null, List.of(), 1, "test"),
                new LocalPoolRunner(2),
                new PrintStream(OutputStream.nullOutputStream()));
        Report.Output report = Report.build(out);
        ResultsData data = ResultsData.load(out);
        int focus = report.focusPointId();
        double cash = data.comparison(focus, "dedicated-team", "cost_cash_usd")
                .orElseThrow()
                .meanDifference();
        double valued = data.comparison(focus, "dedicated-team", "cost_valued_usd")
                .orElseThrow()
                .meanDifference();
        var totalCost =
                data.comparison(focus, "dedicated-team", "cost_total_usd").orElseThrow();
        // comparison.csv keeps six significant digits of each mean
        double tolerance = 1e-5 * (Math.abs(totalCost.meanReference()) + Math.abs(totalCost.meanArm()));
        assertEquals(totalCost.meanDifference(), cash + valued, tolerance, "the model's split adds up");

        Findings.Versus v = new Findings(data)
                .versus(focus, "dedicated-team", data.referenceArm())
                .orElseThrow();
        assertEquals(cash, v.cash().meanDifference(), tolerance, "cash is cost_cash_usd");
        double items = v.valuedCost().values().stream()
                .mapToDouble(org.golivesim.stats.PairedComparison::meanDifference)
                .sum();
        assertEquals(valued, items, tolerance, "the valued items add up to cost_valued_usd");

        String sentence = report.headline().stream()
                .filter(s -> s.contains("In cash it "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cost sentence in " + report.headline()));
        String expected = "In cash it " + (cash >= 0 ? "costs " : "saves ") + Html.money(Math.abs(cash));
        assertTrue(sentence.contains(expected), "expected '" + expected + "' in: " + sentence);
        assertTrue(sentence.contains(Html.money(Math.abs(valued))), "valued figure " + valued + " in: " + sentence);
    }
}
