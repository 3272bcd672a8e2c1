package org.golivesim.model.agent;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.golivesim.TestScenarios;
import org.golivesim.engine.Engine;
import org.golivesim.observe.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Delays in care from downtime, through a whole run: counted apart and within all harm, and nothing else moves. */
class DelayedCareHarmTest {
    @TempDir
    Path dir;

    private RunResult run(String delayHarm) {
        String yaml = "name: delays\nhorizonMonths: 2\npreGoLiveWeeks: 1\n"
                + "hospital:\n  physicians: 15\n  nurses: 60\n  allied: 25\n"
                + "system:\n  fullOutagesPerYearInHouse: 60\n  fullOutagesPerYearVendor: 60\n";
        return Engine.run(
                TestScenarios.load(dir, yaml, "errors.delayHarmPerDowntimeTask=" + delayHarm)
                        .scenario(),
                11L);
    }

    @Test
    void downtimeDelaysAddHarmEventsAndLeaveEveryOtherOutputAsItWas() {
        RunResult off = run("0");
        RunResult on = run("0.01");
        Map<String, Double> a = off.summary();
        Map<String, Double> b = on.summary();
        assertAll(
                () -> assertEquals(0.0, a.get("delay_harm_events")),
                () -> assertTrue(b.get("unplanned_downtime_hours") > 0, "the stress gives downtime"),
                () -> assertTrue(b.get("delay_harm_events") > 0, "downtime delays harm someone at 1% per task"),
                () -> assertEquals(a.get("harm_events") + b.get("delay_harm_events"), b.get("harm_events"), 1e-9),
                () -> a.forEach((k, v) -> {
                    if (!k.contains("harm") && !k.startsWith("cost_")) {
                        assertEquals(v, b.get(k), k + " unchanged: the delay draw comes last");
                    }
                }));
    }
}
