package org.golivesim.engine;

import java.util.function.Supplier;
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
        stepUntil(model, model.endHour());
        model.finish();
        return model.result();
    }

    /**
     * Runs the scenario to half its horizon and takes a measurement while the model is alive and half-way through (the
     * benchmark measures the heap one model retains this way), then ends the run.
     *
     * @param scenario resolved parameters
     * @param runSeed the run's seed
     * @param measurement called once, at mid-horizon, with the model still referenced
     * @param <T> what the measurement returns
     * @return the measurement's value
     */
    public static <T> T atMidHorizon(Scenario scenario, long runSeed, Supplier<T> measurement) {
        HospitalModel model = new HospitalModel(scenario, runSeed);
        model.start();
        stepUntil(model, model.endHour() / 2);
        T value = measurement.get();
        model.finish();
        return value;
    }

    private static void stepUntil(HospitalModel model, double hour) {
        while (model.schedule.getTime() < hour) {
            if (!model.schedule.step(model)) {
                break;
            }
        }
    }
}
