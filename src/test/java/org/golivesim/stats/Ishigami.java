package org.golivesim.stats;

import java.util.List;

/**
 * The Ishigami and Homma (1990) test function {@code f(x) = sin x1 + a sin^2 x2 + b x3^4 sin x1} with {@code a = 7},
 * {@code b = 0.1} and {@code x_i} uniform on {@code [-pi, pi]}, and its Sobol indices in closed form (Sobol' and
 * Levitan 1999; Saltelli et al. 2008, Global Sensitivity Analysis: The Primer, section 4.7):
 *
 * <pre>
 * V1  = (1 + b pi^4 / 5)^2 / 2         V2 = a^2 / 8        V3 = 0
 * V13 = b^2 pi^8 (1/18 - 1/50)         V  = V1 + V2 + V13
 * S1 = V1/V = 0.3139, S2 = V2/V = 0.4424, S3 = 0
 * ST1 = (V1 + V13)/V = 0.5576, ST2 = V2/V = 0.4424, ST3 = V13/V = 0.2437
 * </pre>
 *
 * The four-digit values agree with {@code src/test/resources/reference/stats_reference.py}.
 */
final class Ishigami {
    static final double A = 7.0;
    static final double B = 0.1;

    static final List<Factor> FACTORS = List.of(
            new Factor("x1", -Math.PI, Math.PI),
            new Factor("x2", -Math.PI, Math.PI),
            new Factor("x3", -Math.PI, Math.PI));

    private static final double PI4 = Math.pow(Math.PI, 4);
    private static final double V1 = 0.5 * Math.pow(1 + B * PI4 / 5, 2);
    private static final double V2 = A * A / 8;
    private static final double V13 = B * B * PI4 * PI4 * (1.0 / 18 - 1.0 / 50);
    private static final double V = V1 + V2 + V13;

    /** Analytic first-order indices of x1, x2, x3. */
    static final double[] FIRST = {V1 / V, V2 / V, 0.0};
    /** Analytic total-order indices of x1, x2, x3. */
    static final double[] TOTAL = {(V1 + V13) / V, V2 / V, V13 / V};

    private Ishigami() {}

    static double value(double[] x) {
        double s1 = Math.sin(x[0]);
        double s2 = Math.sin(x[1]);
        return s1 + A * s2 * s2 + B * Math.pow(x[2], 4) * s1;
    }

    static double[] outputs(List<double[]> points) {
        return points.stream().mapToDouble(Ishigami::value).toArray();
    }
}
