package org.golivesim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.golivesim.results.ResultsLayout;
import org.golivesim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * curves.csv is computed under a memory budget, splitting the work by points and, when one point's replications
 * alone exceed it, by metrics: every budget gives the same rows.
 */
class CurvesMemoryPlanTest {
    @TempDir
    Path dir;

    @Test
    void aTinyBudgetGivesTheSameRowsAsAnAmpleOne() throws Exception {
        ScenarioLoader.Loaded loaded = TinyBatches.load(dir, TinyBatches.sweepYaml(1, 2));
        Path out = dir.resolve("out");
        TinyBatches.run(loaded, out, 2, false);
        List<String> ample = Files.readAllLines(out.resolve(ResultsLayout.CURVES));
        BatchStatistics.writeCurves(
                out, 2, java.util.List.of("as-given", "dedicated-team"), 1); // one metric of one point per pass
        List<String> tiny = Files.readAllLines(out.resolve(ResultsLayout.CURVES));
        assertNotEquals(ample, tiny, "the split changes the row order");
        assertEquals(ample.get(0), tiny.get(0));
        assertEquals(ample.stream().sorted().toList(), tiny.stream().sorted().toList());
    }
}
