package org.golivesim.report;

import static org.golivesim.report.ChartStyle.style;
import static org.golivesim.report.Charts.HEIGHT;
import static org.golivesim.report.Charts.WIDTH;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.golivesim.results.ResultsData;
import org.golivesim.results.SensitivityRow;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * Bar charts of global sensitivity indices (Morris μ*, σ; Sobol S1, ST) from {@code sensitivity.csv}.
 */
final class SensitivityCharts {

    private SensitivityCharts() {}

    /** Most factors shown in a sensitivity chart (the most influential first). */
    static final int MAX_SENSITIVITY_FACTORS = 12;

    /** Most sensitivity outputs charted per method. */
    static final int MAX_SENSITIVITY_OUTPUTS = 4;

    static List<String> sensitivityOutputs(ResultsData data, String method) {
        Set<String> outputs = new LinkedHashSet<>();
        data.sensitivity().stream().filter(s -> s.method().equals(method)).forEach(s -> outputs.add(s.output()));
        List<String> result = new ArrayList<>();
        for (String m : Charts.HEADLINE_METRICS) {
            if (outputs.contains(m) && result.size() < MAX_SENSITIVITY_OUTPUTS) {
                result.add(m);
            }
        }
        for (String m : outputs) {
            if (!result.contains(m) && result.size() < MAX_SENSITIVITY_OUTPUTS) {
                result.add(m);
            }
        }
        return result;
    }

    /**
     * Builds a bar chart of sensitivity indices of one output for one method, factors ordered from most to least
     * influential (by μ* for Morris, ST for Sobol), at most {@value #MAX_SENSITIVITY_FACTORS}. Missing values are
     * drawn as zero.
     *
     * @param data loaded results
     * @param output summary metric the indices refer to
     * @param method {@code morris} or {@code sobol}
     * @return the chart, or empty when {@code sensitivity.csv} has no rows for this output and method
     */
    static Optional<CategoryChart> sensitivity(ResultsData data, String output, String method) {
        boolean morris = method.equals("morris");
        List<String> indices = morris ? List.of("mu_star", "sigma") : List.of("S1", "ST");
        String primary = morris ? "mu_star" : "ST";
        Map<String, Map<String, Double>> byFactor = new LinkedHashMap<>();
        for (SensitivityRow s : data.sensitivity()) {
            if (s.output().equals(output) && s.method().equals(method) && indices.contains(s.index())) {
                byFactor.computeIfAbsent(s.factor(), f -> new HashMap<>()).put(s.index(), s.value());
            }
        }
        if (byFactor.isEmpty()) {
            return Optional.empty();
        }
        List<String> factors = new ArrayList<>(byFactor.keySet());
        factors.sort(java.util.Comparator.comparingDouble(
                        (String f) -> -finiteOrZero(byFactor.get(f).get(primary)))
                .thenComparing(Function.identity()));
        if (factors.size() > MAX_SENSITIVITY_FACTORS) {
            factors = factors.subList(0, MAX_SENSITIVITY_FACTORS);
        }
        MetricInfo info = MetricInfo.of(output);
        CategoryChart chart = new CategoryChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title((morris ? "Morris screening" : "Sobol indices") + " for "
                        + info.name().toLowerCase(Locale.ROOT))
                .xAxisTitle("Factor (varied parameter)")
                .yAxisTitle(
                        morris
                                ? "Effect (" + (info.unit().isEmpty() ? "output units" : info.unit()) + ")"
                                : "Share of output variance")
                .build();
        style(chart.getStyler());
        chart.setCustomYAxisTickLabelsFormatter(ChartStyle::tick);
        chart.getStyler().setOverlapped(false);
        if (factors.size() > 4 || factors.stream().anyMatch(f -> f.length() > 18)) {
            chart.getStyler().setXAxisLabelRotation(25);
        }
        Color[] colors = {new Color(0x00, 0x72, 0xB2), new Color(0x99, 0x99, 0x99)};
        for (int i = 0; i < indices.size(); i++) {
            String index = indices.get(i);
            List<Double> values = new ArrayList<>();
            for (String f : factors) {
                values.add(finiteOrZero(byFactor.get(f).get(index)));
            }
            String name =
                    switch (index) {
                        case "mu_star" -> "μ* (mean absolute effect)";
                        case "sigma" -> "σ (spread of effects)";
                        case "S1" -> "S1 (first order)";
                        default -> "ST (total order)";
                    };
            chart.addSeries(name, factors, values).setFillColor(colors[i]);
        }
        return Optional.of(chart);
    }

    private static double finiteOrZero(Double v) {
        return v == null || !Double.isFinite(v) ? 0 : v;
    }
}
