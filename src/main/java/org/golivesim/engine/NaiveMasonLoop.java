package org.golivesim.engine;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The reference loop {@code golive bench} compares a baseline run with: the way an agent-based model is first written
 * in MASON, every agent a {@link Steppable} on the {@link sim.engine.Schedule}, stepped every simulated hour, drawing
 * from the model's generator. Each agent draws two uniforms per step (an issue arrives with probability 0.01 and a
 * workaround fades with probability 0.05), so the loop does the work of the simplest hourly clinician and nothing the
 * JIT can remove.
 */
public final class NaiveMasonLoop extends SimState {
    private static final long serialVersionUID = 1L;

    private final int agents;
    private final int hours;
    private long steps;
    private long draws;
    private long issues;

    /**
     * @param agents number of agents
     * @param hours simulated hours (each agent steps once per hour)
     * @param seed the generator's seed
     */
    public NaiveMasonLoop(int agents, int hours, long seed) {
        super(seed);
        this.agents = agents;
        this.hours = hours;
    }

    @Override
    public void start() {
        super.start();
        for (int i = 0; i < agents; i++) {
            schedule.scheduleRepeating(0.0, new Agent(), 1.0);
        }
    }

    /** Runs the loop to its last hour and returns it (for its counters). */
    public NaiveMasonLoop runToEnd() {
        start();
        // the schedule's time is the hour of the last step taken, BEFORE_SIMULATION (-1) before the first
        while (schedule.getTime() < hours - 1) {
            if (!schedule.step(this)) {
                break;
            }
        }
        finish();
        return this;
    }

    /** Agent steps taken. */
    public long steps() {
        return steps;
    }

    /** Random draws made. */
    public long draws() {
        return draws;
    }

    /** Issues that arrived (a checksum that keeps the draws observable). */
    public long issues() {
        return issues;
    }

    private final class Agent implements Steppable {
        private static final long serialVersionUID = 1L;
        private int workarounds;

        @Override
        public void step(SimState state) {
            steps++;
            draws += 2;
            if (state.random.nextDouble() < 0.01) {
                issues++;
                workarounds++;
            }
            if (state.random.nextDouble() < 0.05 && workarounds > 0) {
                workarounds--;
            }
        }
    }
}
