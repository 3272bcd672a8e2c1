package org.golivesim.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsTest {
    private static final String HEADER =
            "id,kind,experiment,metric,aggregate,low,high,accept_low,accept_high,source,statement\n";

    @Test
    void shippedTargetsFileReadsAndNamesOnlyKnownMetrics() throws Exception {
        List<CalibrationTarget> targets = Targets.read(Path.of("calibration/targets.csv"));
        assertTrue(targets.size() >= 20, "expected the calibration targets T1..T15, got " + targets.size());
        assertTrue(
                targets.stream().anyMatch(t -> t.id().equals("T4a") && t.kind().equals("hard")));
    }

    @Test
    void badRowsAreAllReportedWithLineAndAllowedValues(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.csv");
        Files.writeString(
                f,
                HEADER + "X1,firm,baseline,availability,mean,1,2,,,s,x\n"
                        + "X2,hard,baseline,no_such_metric,median,a,2,,,s,x\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Targets.read(f));
        String m = e.getMessage();
        assertTrue(m.contains(":2: kind 'firm'"), m);
        assertTrue(m.contains(":3: aggregate 'median'"), m);
        assertTrue(m.contains("metric 'no_such_metric'"), m);
        assertTrue(m.contains("low 'a' is not a number"), m);
    }

    @Test
    void hardTargetPassesWhenTheIntervalReachesTheRange() {
        CalibrationTarget t = new CalibrationTarget(
                "T", "hard", "baseline", "availability", "mean", 0.3, 0.4, Double.NaN, Double.NaN, "s", "x");
        assertTrue(t.reaches(0.35, 0.6));
        assertTrue(t.reaches(0.1, 0.31));
        assertFalse(t.reaches(0.41, 0.6));
        CalibrationTarget open = new CalibrationTarget(
                "T", "hard", "baseline", "availability", "mean", 1, Double.NaN, Double.NaN, Double.NaN, "s", "x");
        assertTrue(open.inRange(5));
        assertFalse(open.inRange(0.9));
    }

    @Test
    void lossIsSquaredDistanceOutsideTheRangeInRangeWidths() {
        CalibrationTarget t = new CalibrationTarget(
                "T", "hard", "baseline", "availability", "mean", 0.3, 0.4, Double.NaN, Double.NaN, "s", "x");
        double inside = CalibrationSearch.lossOf(List.of(new Calibration.Result(t, 0.35, 0, 1, 2, true, "")));
        double below = CalibrationSearch.lossOf(List.of(new Calibration.Result(t, 0.1, 0, 1, 2, false, "")));
        double above = CalibrationSearch.lossOf(List.of(new Calibration.Result(t, 0.6, 0, 1, 2, false, "")));
        assertEquals(0.0, inside, 0);
        assertEquals(4.0, below, 1e-12);
        assertEquals(4.0, above, 1e-12);
    }

    @Test
    void onlyFreeParametersMayBeFitted() {
        assertThrows(IllegalArgumentException.class, () -> CalibrationSearch.Free.parse("errors.workaroundOddsRatio"));
        assertThrows(IllegalArgumentException.class, () -> CalibrationSearch.Free.parse("no.such.key"));
        CalibrationSearch.Free f = CalibrationSearch.Free.parse("learning.practiceHours=30:120");
        assertEquals(30, f.min(), 0);
        assertEquals(120, f.max(), 0);
    }

    @Test
    void experimentsExpandTheLadderAndPairs() {
        List<CalibrationTarget> ts = List.of(
                new CalibrationTarget(
                        "a",
                        "mechanism",
                        "team-vs-baseline",
                        "availability",
                        "difference",
                        0,
                        1,
                        Double.NaN,
                        Double.NaN,
                        "",
                        ""),
                new CalibrationTarget(
                        "b",
                        "mechanism",
                        "training-ladder",
                        "proficiency_week_1",
                        "ladder",
                        0.05,
                        Double.NaN,
                        Double.NaN,
                        Double.NaN,
                        "",
                        ""));
        assertEquals(
                List.of("team", "baseline", "training2", "training4", "training8", "training16", "training32"),
                List.copyOf(Calibration.experiments(ts)));
        assertEquals(Map.of("dedicatedTeam.enabled", "true"), Calibration.overrides("team"));
        assertThrows(IllegalArgumentException.class, () -> Calibration.overrides("nonsense"));
    }
}
