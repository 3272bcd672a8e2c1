package org.golivesim.results;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a small results directory that follows the documented file formats exactly, with deterministic values
 * (fixed-seed generator), for tests of the readers, charts and report.
 */
public final class SyntheticResults {
    public static final String AS_GIVEN = "as-given";
    public static final String TEAM = "dedicated-team";
    public static final java.util.List<String> ARMS = java.util.List.of(AS_GIVEN, TEAM);

    public static final String SCRIPT_LABEL_SUFFIX = " <script>alert(1)</script>";
    public static final List<String> SUMMARY_METRICS = List.of(
            "availability",
            "unplanned_downtime_hours",
            "planned_downtime_hours",
            "errors_per_1000_tasks",
            "harm_events",
            "breaches",
            "breaches_per_month",
            "mean_wait_hours",
            "cost_total_usd",
            "cost_dedicated_team_usd");
    public static final List<String> DAILY_METRICS = List.of(
            "unplanned_downtime_hours",
            "availability",
            "errors_per_1000_tasks",
            "breaches",
            "backlog",
            "productivity_index",
            "cost_total_usd");

    /** Hours of training (first varied parameter), one value per grid column. */
    private final double[] hours;
    /** Help-desk analysts (second varied parameter), one value per grid row. */
    private final int[] analysts;

    private int replications = 4;
    private int firstDay = -7;
    private int lastDay = 59;
    private boolean sensitivity;
    private boolean calibration;
    private boolean gzipCurves;
    private String targetsJson;
    private int failedRuns;
    private boolean single;
    private List<String> arms = ARMS;

    SyntheticResults(double[] hours, int[] analysts) {
        this.hours = hours;
        this.analysts = analysts;
    }

    /** Two points (4 h and 8 h of training, 8 analysts). */
    public static SyntheticResults twoPoints() {
        return new SyntheticResults(new double[] {4, 8}, new int[] {8});
    }

    /** One point, no varied-parameter columns: a single-configuration batch. */
    public static SyntheticResults singlePoint() {
        SyntheticResults r = new SyntheticResults(new double[] {4}, new int[] {8});
        r.single = true;
        return r;
    }

    public SyntheticResults withSensitivity() {
        sensitivity = true;
        return this;
    }

    /** Only the as-given arm: a batch without a comparison (comparison.csv has its header only). */
    public SyntheticResults oneArm() {
        arms = List.of(AS_GIVEN);
        return this;
    }

    public SyntheticResults withCalibration() {
        calibration = true;
        return this;
    }

    public SyntheticResults gzipCurves() {
        gzipCurves = true;
        return this;
    }

    public SyntheticResults targets(String json) {
        targetsJson = json;
        return this;
    }

    public SyntheticResults failedRuns(int n) {
        failedRuns = n;
        return this;
    }

    int pointCount() {
        return hours.length * analysts.length;
    }

    /** Expected comparison.csv cell texts are whatever Double.toString gives; tests read them back from the file. */
    public Path writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom rng = new SplittableRandom(20240917L);
        String targets = targetsJson == null ? "" : ",\n  \"targets\": " + targetsJson;
        int runsPlanned = pointCount() * arms.size() * replications;
        Files.writeString(
                dir.resolve("manifest.json"),
                """
                {
                  "tool": "golive-sim", "version": "0.1.0", "commit": "0123456789abcdef0123456789abcdef01234567",
                  "command": "batch", "scenario_name": "Riverside General <b>go-live</b> & friends",
                  "scenario_files": [{"path": "scenarios/riverside.yaml", "sha256": "%s"},
                                     {"path": "scenarios/sweep<1>.yaml", "sha256": "%s"}],
                  "master_seed": 123, "seed_scheme": "splitmix64(master, run, stream)", "threads": 2,
                  "started": "2025-01-01T10:00:00Z", "finished": "2025-01-01T10:05:00Z",
                  "runs_planned": %d, "runs_completed": %d, "runs_failed": %d,
                  "design": "factorial", "replications": %d,
                  "varied_parameters": ["training.physicianHours", "support.helpDeskAnalysts"],
                  "resolved_parameters": {"hospital.physicians": "300", "training.physicianHours": "4",
                                          "support.helpDeskAnalysts": "8", "hospital.name": "<i>Riverside</i>"},
                  "budget_notes": ["Training budget USD 1.2M/year buys 4 h per physician & 2 h per nurse"]%s
                }
                """
                        .formatted(
                                "a".repeat(64),
                                "b".repeat(64),
                                runsPlanned,
                                runsPlanned - failedRuns,
                                failedRuns,
                                replications,
                                targets),
                StandardCharsets.UTF_8);

        StringBuilder points = new StringBuilder(
                single ? "point_id,label\n" : "point_id,label,training.physicianHours,support.helpDeskAnalysts\n");
        int id = 0;
        List<double[]> pointParams = new ArrayList<>();
        for (int a : analysts) {
            for (double h : hours) {
                String label = "training.physicianHours=" + fmt(h) + ", support.helpDeskAnalysts=" + a
                        + (id == 0 ? SCRIPT_LABEL_SUFFIX : "");
                points.append(id).append(',').append(csv(single ? "baseline" : label));
                if (!single) {
                    points.append(',').append(fmt(h)).append(',').append(a);
                }
                points.append('\n');
                pointParams.add(new double[] {h, a});
                id++;
            }
        }
        Files.writeString(dir.resolve("points.csv"), points.toString(), StandardCharsets.UTF_8);

        StringBuilder runs = new StringBuilder(
                "run_id,point_id,arm,replication,seed,status,error," + String.join(",", SUMMARY_METRICS) + "\n");
        int runId = 0;
        int failuresLeft = failedRuns;
        for (int p = 0; p < pointCount(); p++) {
            double h = pointParams.get(p)[0];
            double a = pointParams.get(p)[1];
            for (String s : arms) {
                boolean team = s.equals(TEAM);
                for (int r = 0; r < replications; r++) {
                    runs.append(runId)
                            .append(',')
                            .append(p)
                            .append(',')
                            .append(s)
                            .append(',')
                            .append(r)
                            .append(',')
                            .append(Long.toUnsignedString(rng.nextLong()))
                            .append(',');
                    if (failuresLeft > 0 && team && r == replications - 1) {
                        failuresLeft--;
                        runs.append("failed,").append(csv("NullPointerException: \"oops\", <at> step 3"));
                        runs.append(",".repeat(SUMMARY_METRICS.size())).append('\n');
                        runId++;
                        continue;
                    }
                    runs.append("ok,");
                    double noise = rng.nextDouble() - 0.5;
                    double downtime = 40 - 0.8 * h - (team ? 9 : 0) + 4 * noise;
                    double availability = 1 - downtime / (24 * 365.0);
                    double errors = 14 - 0.6 * h - 0.1 * a - (team ? 2.5 : 0) + noise;
                    double breaches = Math.max(0, 3 - 0.05 * a - (team ? 0.5 : 0) + noise);
                    double cost = 1.5e6 + 40_000 * h + 90_000 * a + (team ? 450_000 : 0) + 20_000 * noise;
                    double[] v = {
                        availability,
                        downtime,
                        12.0,
                        errors,
                        Math.max(0, 2 - (team ? 0.5 : 0) + noise),
                        breaches,
                        breaches / 2.2,
                        5 - 0.2 * a + noise,
                        cost,
                        team ? 450_000 : 0
                    };
                    for (int i = 0; i < v.length; i++) {
                        runs.append(',').append(i == 4 && r == 1 ? "" : fmt(v[i])); // one missing cell
                    }
                    runs.append('\n');
                    runId++;
                }
            }
        }
        Files.writeString(dir.resolve("runs.csv"), runs.toString(), StandardCharsets.UTF_8);

        StringBuilder curves = new StringBuilder("point_id,arm,day,metric,n,mean,ci_low,ci_high,p10,p50,p90\n");
        for (int p = 0; p < pointCount(); p++) {
            for (String s : arms) {
                boolean team = s.equals(TEAM);
                for (String metric : DAILY_METRICS) {
                    for (int day = firstDay; day <= lastDay; day++) {
                        double after = day < 0 ? 0 : Math.exp(-day / 20.0);
                        double mean =
                                switch (metric) {
                                    case "unplanned_downtime_hours" -> 0.2
                                            + (team ? 0.8 : 1.6) * after
                                            + 0.1 * Math.sin(day);
                                    case "availability" -> 1 - (0.01 + (team ? 0.03 : 0.06) * after);
                                    case "errors_per_1000_tasks" -> 3 + (team ? 4 : 7) * after + 0.3 * Math.cos(day);
                                    case "breaches" -> day % 9 == 0 ? (team ? 0.05 : 0.1) : 0.01;
                                    case "backlog" -> 20 + (team ? 30 : 80) * after;
                                    case "productivity_index" -> 1 - (team ? 0.15 : 0.3) * after;
                                    default -> 2500 + (team ? 600 : 0) + 1500 * after;
                                };
                        double half = metric.equals("availability") ? 0.004 : Math.abs(mean) * 0.08 + 0.01;
                        curves.append(p)
                                .append(',')
                                .append(s)
                                .append(',')
                                .append(day)
                                .append(',')
                                .append(metric)
                                .append(',')
                                .append(replications);
                        for (double v :
                                new double[] {mean, mean - half, mean + half, mean - 1.3 * half, mean, mean + 1.3 * half
                                }) {
                            curves.append(',').append(fmt(v));
                        }
                        curves.append('\n');
                    }
                }
            }
        }
        byte[] curveBytes = curves.toString().getBytes(StandardCharsets.UTF_8);
        if (gzipCurves) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("curves.csv.gz")))) {
                out.write(curveBytes);
            }
        } else {
            Files.write(dir.resolve("curves.csv"), curveBytes);
        }

        StringBuilder comparison = new StringBuilder(
                "point_id,arm,reference_arm,metric,n_pairs,mean_reference,mean_arm,mean_difference,ci_low,ci_high,p_value\n");
        for (int p = 0; p < (arms.size() > 1 ? pointCount() : 0); p++) {
            int m = 0;
            for (String metric : SUMMARY_METRICS) {
                double ag = 10 + p + m;
                double diff = -switch (metric) {
                    case "availability" -> -0.00231 - 0.0001 * p; // higher with team
                    case "harm_events" -> 0.1234; // CI spans zero
                    case "cost_total_usd" -> -453_210.5 - 1000 * p;
                    default -> 1.5 + 0.25 * p + 0.01 * m;
                };
                double half = metric.equals("harm_events") ? 0.4 : Math.abs(diff) * 0.3;
                comparison
                        .append(p)
                        .append(',')
                        .append(TEAM)
                        .append(',')
                        .append(AS_GIVEN)
                        .append(',')
                        .append(metric)
                        .append(',')
                        .append(replications)
                        .append(',')
                        .append(fmt(ag))
                        .append(',')
                        .append(fmt(ag + diff))
                        .append(',')
                        .append(fmt(diff))
                        .append(',')
                        .append(fmt(diff - half))
                        .append(',')
                        .append(fmt(diff + half))
                        .append(',')
                        .append(metric.equals("harm_events") ? "0.61" : "0.0004")
                        .append('\n');
                m++;
            }
        }
        Files.writeString(dir.resolve("comparison.csv"), comparison.toString(), StandardCharsets.UTF_8);

        if (sensitivity) {
            StringBuilder sens = new StringBuilder("factor,output,method,index,value,ci_low,ci_high\n");
            String[] factors = {"training.physicianHours", "support.helpDeskAnalysts", "threat.phishingRatePerDay"};
            double[] weights = {3.0, 1.2, 0.4};
            for (String output : List.of("errors_per_1000_tasks", "unplanned_downtime_hours")) {
                for (int f = 0; f < factors.length; f++) {
                    sens.append(factors[f])
                            .append(',')
                            .append(output)
                            .append(",morris,mu_star,")
                            .append(fmt(weights[f]))
                            .append(",,\n");
                    sens.append(factors[f])
                            .append(',')
                            .append(output)
                            .append(",morris,sigma,")
                            .append(fmt(weights[f] / 3))
                            .append(",,\n");
                    sens.append(factors[f]).append(',').append(output).append(",sobol,S1,");
                    sens.append(fmt(weights[f] / 5))
                            .append(',')
                            .append(fmt(weights[f] / 6))
                            .append(',');
                    sens.append(fmt(weights[f] / 4)).append('\n');
                    sens.append(factors[f]).append(',').append(output).append(",sobol,ST,");
                    sens.append(fmt(weights[f] / 4.5)).append(",,\n");
                }
            }
            Files.writeString(dir.resolve("sensitivity.csv"), sens.toString(), StandardCharsets.UTF_8);
        }
        if (calibration) {
            Files.writeString(
                    dir.resolve("calibration.csv"),
                    String.join(",", ResultsLayout.CALIBRATION_COLUMNS) + "\n"
                            + "\"Productivity dip, weeks 1-4\",range,baseline,productivity_trough_weeks_1_4,0.6,0.85,0.72,"
                            + "0.7,0.74,10,true,dips,a source,\n"
                            + "Tickets in month 1,range,baseline,tickets_opened,2000,4000,4500,4300,4700,10,false,peaks,"
                            + "a source,\n",
                    StandardCharsets.UTF_8);
        }
        return dir;
    }

    public static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return Double.toString(v);
    }

    public static String csv(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
