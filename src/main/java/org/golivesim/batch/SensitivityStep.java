package org.golivesim.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.MersenneTwister;
import org.golivesim.results.AtomicFiles;
import org.golivesim.results.CsvFormat;
import org.golivesim.results.ResultsLayout;
import org.golivesim.scenario.SweepSpec;
import org.golivesim.stats.Factor;
import org.golivesim.stats.Morris;
import org.golivesim.stats.SensitivityIndex;
import org.golivesim.stats.Sobol;
import org.golivesim.stats.Summary;

/**
 * Sensitivity designs of sweep files: the points of a Morris or Sobol (Saltelli) design over the swept ranges, and,
 * after the batch, the indices of each chosen output computed from the replication means of the as-given runs at
 * every point, written to {@code sensitivity.csv} (factor, output, method, index, value, ci_low, ci_high; bootstrap
 * intervals).
 */
public final class SensitivityStep {
    private static final int MORRIS_LEVELS = 4;
    private static final int RESAMPLES = 1000;

    private SensitivityStep() {}

    static List<Factor> factors(SweepSpec sweep) {
        List<Factor> f = new ArrayList<>();
        for (SweepSpec.Dimension d : sweep.parameters()) {
            f.add(new Factor(d.key(), d.min(), d.max()));
        }
        return f;
    }

    /** The design's points in parameter units, in run order. */
    static List<double[]> points(SweepSpec sweep) {
        return switch (sweep.design()) {
            case MORRIS -> morris(sweep).scaledPoints();
            case SOBOL -> sobol(sweep).scaledPoints();
            default -> throw new IllegalArgumentException("not a sensitivity design: " + sweep.design());
        };
    }

    private static Morris.Design morris(SweepSpec sweep) {
        return Morris.design(factors(sweep), sweep.samples(), MORRIS_LEVELS, new MersenneTwister(sweep.designSeed()));
    }

    private static Sobol.Design sobol(SweepSpec sweep) {
        return Sobol.design(factors(sweep), sweep.samples());
    }

    /**
     * Computes and writes the indices.
     *
     * @param dir results directory holding runs.csv
     * @param sweep the sweep section
     * @param referenceArm the arm whose runs the indices describe
     * @throws IOException on a file failure
     * @throws IllegalArgumentException naming the point when an output is missing at some point (all its runs
     *     failed)
     */
    static void write(Path dir, SweepSpec sweep, String referenceArm) throws IOException {
        var data = BatchStatistics.summaries(dir, sweep.outputs());
        int points = points(sweep).size();
        StringBuilder sb = new StringBuilder(CsvFormat.line(ResultsLayout.SENSITIVITY_COLUMNS));
        for (String output : sweep.outputs()) {
            double[] y = new double[points];
            for (int p = 0; p < points; p++) {
                Map<String, Map<String, List<Double>>> byArm = data.get(p);
                List<Double> v = byArm == null
                        ? null
                        : byArm.getOrDefault(referenceArm, Map.of()).get(output);
                y[p] = v == null
                        ? Double.NaN
                        : Summary.of(v.stream().mapToDouble(Double::doubleValue).toArray())
                                .mean();
                if (Double.isNaN(y[p])) {
                    throw new IllegalArgumentException("sensitivity: output " + output + " is missing at point " + p
                            + " (its runs failed or the metric is undefined there); choose another output");
                }
            }
            MersenneTwister rng = new MersenneTwister(sweep.designSeed() + 1);
            List<SensitivityIndex> indices = sweep.design() == SweepSpec.Design.MORRIS
                    ? Morris.indices(Morris.analyse(morris(sweep), y, RESAMPLES, rng), output)
                    : Sobol.indices(Sobol.analyse(sobol(sweep), y, RESAMPLES, rng), output);
            for (SensitivityIndex i : indices) {
                sb.append(CsvFormat.line(List.of(
                        CsvFormat.text(i.factor()),
                        CsvFormat.text(i.output()),
                        i.method(),
                        i.index(),
                        CsvFormat.num6(i.value()),
                        CsvFormat.num6(i.ciLow()),
                        CsvFormat.num6(i.ciHigh()))));
            }
        }
        AtomicFiles.writeString(dir.resolve(ResultsLayout.SENSITIVITY), sb.toString());
    }
}
