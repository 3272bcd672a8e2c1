package org.golivesim.engine;

import org.golivesim.model.HospitalModel;
import org.golivesim.observe.RunResult;
import org.golivesim.scenario.Scenario;

/** Runs one replication: a scenario and a seed in, a {@link RunResult} out. No file I/O, no shared state. */
public final class Engine {
    private Engine() {}

    /**
     * Runs the scenario to its horizon.
     *
     * @param scenario resolved parameters
     * @param runSeed the run's seed (every named stream derives from it)
     * @return daily series and summaries
     */
    public static RunResult run(Scenario scenario, long runSeed) {
        HospitalModel model = new HospitalModel(scenario, runSeed);
        model.start();
        double end = model.endHour();
        while (model.schedule.getTime() < end) {
            if (!model.schedule.step(model)) {
                break;
            }
        }
        model.finish();
        return model.result();
    }
}
