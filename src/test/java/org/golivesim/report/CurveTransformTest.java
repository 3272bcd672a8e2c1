package org.golivesim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.golivesim.results.Curve;
import org.golivesim.results.ResultsFormatException;
import org.golivesim.results.SyntheticResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the report reads the results contract: curve transforms for charts, and the reader's errors passed on. */
class CurveTransformTest {

    @TempDir
    Path tmp;

    private Path results() throws IOException {
        return SyntheticResults.twoPoints().writeTo(tmp.resolve("results"));
    }

    @Test
    void reportBuildFailsWithTheSameClearMessage() throws IOException {
        Path dir = results();
        Files.delete(dir.resolve("manifest.json"));
        ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> Report.build(dir));
        assertTrue(e.getMessage().contains("manifest.json"), e.getMessage());
    }

    @Test
    void cumulativeTransformSumsDailyMeansExactly() {
        Curve c = new Curve(
                0,
                "as-given",
                "breaches",
                new int[] {-1, 0, 1, 2},
                new double[] {1, 2, Double.NaN, 4},
                new double[] {0.5, 1.5, 0, 3},
                new double[] {1.5, 2.5, 0, 5},
                new double[4],
                new double[4],
                new double[4]);
        double[][] t = CurveCharts.transform(c, CurveOutcome.BREACHES);
        assertArrayEquals(new double[] {1, 3, 3, 7}, t[1]);
        assertArrayEquals(new double[] {0.5, 2, 2, 5}, t[2]);
        assertArrayEquals(new double[] {1.5, 4, 4, 9}, t[3]);
        assertEquals(-1 / Charts.DAYS_PER_MONTH, t[0][0]);
    }

    @Test
    void weeklyTransformAveragesCalendarWeeksFromGoLive() {
        int[] days = new int[14];
        double[] mean = new double[14];
        for (int i = 0; i < 14; i++) {
            days[i] = i - 3; // -3 .. 10: weeks -1 (3 days), 0 (7 days), 1 (4 days)
            mean[i] = i;
        }
        Curve c = new Curve(0, "as-given", "backlog", days, mean, mean, mean, mean, mean, mean);
        double[][] t = CurveCharts.transform(c, CurveOutcome.BACKLOG);
        assertEquals(3, t[0].length);
        assertArrayEquals(new double[] {1, 6, 11.5}, t[1], 1e-12);
        assertEquals(3 / Charts.DAYS_PER_MONTH, t[0][1], 1e-12);
    }
}
