package org.golivesim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The benchmark's reference loop steps every agent once per hour with two draws, on MASON's schedule. */
class NaiveMasonLoopTest {
    @Test
    void everyAgentStepsOnceAnHourWithTwoDraws() {
        NaiveMasonLoop loop = new NaiveMasonLoop(50, 24 * 7, 3).runToEnd();
        assertEquals(50L * 24 * 7, loop.steps());
        assertEquals(2L * 50 * 24 * 7, loop.draws());
        assertEquals(24 * 7 - 1, loop.schedule.getTime());
    }

    @Test
    void issuesFollowTheirProbabilityAndTheSeed() {
        NaiveMasonLoop a = new NaiveMasonLoop(200, 500, 7).runToEnd();
        // 100,000 steps at p = 0.01: mean 1,000, sd about 31.5
        assertTrue(Math.abs(a.issues() - 1000) < 150, "issues " + a.issues());
        assertEquals(a.issues(), new NaiveMasonLoop(200, 500, 7).runToEnd().issues());
        assertNotEquals(a.issues(), new NaiveMasonLoop(200, 500, 8).runToEnd().issues());
    }
}
