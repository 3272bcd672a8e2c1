package org.golivesim.model;

import java.nio.file.Path;
import java.util.List;
import org.golivesim.engine.Engine;
import org.golivesim.observe.DailyMetric;
import org.golivesim.observe.RunResult;
import org.golivesim.scenario.ScenarioLoader;

/** Scratch: prints a run's weekly curves (not a test). */
public final class QuickLook {
    public static void main(String[] args) {
        var loaded = ScenarioLoader.load(Path.of(args[0]), List.of(args).subList(1, args.length));
        for (int w = 0; w < 3; w++) Engine.run(loaded.scenario(), 1);
        long t0 = System.nanoTime();
        RunResult r = Engine.run(loaded.scenario(), 1);
        System.out.printf("wall %.3f s%n", (System.nanoTime() - t0) / 1e9);
        DailyMetric[] show = {
            DailyMetric.PRODUCTIVITY_INDEX,
            DailyMetric.TICKETS_OPENED,
            DailyMetric.BACKLOG,
            DailyMetric.FIRST_CONTACT_RESOLUTION,
            DailyMetric.ERRORS_PER_1000_TASKS,
            DailyMetric.WORKAROUND_SHARE,
            DailyMetric.PROFICIENCY_MEAN,
            DailyMetric.SATISFACTION_MEAN,
            DailyMetric.NET_PROMOTER_SCORE,
            DailyMetric.MEAN_WAIT_HOURS,
            DailyMetric.ACTIVE_DEFECTS,
            DailyMetric.UNPLANNED_DOWNTIME_HOURS,
            DailyMetric.SYSTEM_INDUCED_ERROR_SHARE,
            DailyMetric.SUPER_USER_ASSISTS,
            DailyMetric.STAFF_UTILIZATION
        };
        System.out.print("week");
        for (DailyMetric m : show)
            System.out.print(
                    "\t" + m.column().substring(0, Math.min(9, m.column().length())));
        System.out.println();
        for (int w = -2; w * 7 < r.lastDay() - 6; w++) {
            if (w > 12 && w % 4 != 0) continue;
            System.out.print(w);
            for (DailyMetric m : show) {
                double s = 0;
                int n = 0;
                for (int d = w * 7; d < w * 7 + 7; d++) {
                    double v = r.daily(d, m);
                    if (!Double.isNaN(v)) {
                        s += v;
                        n++;
                    }
                }
                System.out.printf("\t%.3f", n == 0 ? Double.NaN : s / n);
            }
            System.out.println();
        }
        r.summary().forEach((k, v) -> System.out.printf("%s = %.4f%n", k, v));
    }
}
