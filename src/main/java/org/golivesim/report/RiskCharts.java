package org.golivesim.report;

import static org.golivesim.report.ChartStyle.style;
import static org.golivesim.report.Charts.HEIGHT;
import static org.golivesim.report.Charts.WIDTH;

import java.util.Optional;
import org.golivesim.results.ResultsData;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Charts of rare, heavy events: how the runs' outcomes are spread (exceedance curves).
 */
final class RiskCharts {

    private RiskCharts() {}

    /**
     * Builds the exceedance chart of unplanned downtime per run: x the run's downtime in hours, y the share of runs
     * (of that arm) with at least that much, one marker per replication.
     *
     * @return the chart, or empty without the column
     */
    static Optional<XYChart> downtimeExceedance(ResultsData data, Findings f, int pointId) {
        if (!data.summaryMetrics().contains("unplanned_downtime_hours")) {
            return Optional.empty();
        }
        XYChart chart = new XYChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title("How often long downtime happens")
                .xAxisTitle("Unplanned downtime in the run (hours)")
                .yAxisTitle("Share of runs with at least this much (%)")
                .build();
        style(chart);
        for (String arm : data.arms()) {
            double[] v = f.values(pointId, arm, "unplanned_downtime_hours");
            if (v.length == 0) {
                continue;
            }
            double[] y = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                y[i] = 100.0 * (v.length - i) / v.length;
            }
            XYSeries s = chart.addSeries(ArmStyle.displayName(data, arm), v, y);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(arm.equals(data.referenceArm()) ? SeriesMarkers.CIRCLE : SeriesMarkers.DIAMOND);
            s.setMarkerColor(ArmStyle.color(data.arms(), arm));
            s.setLineColor(ArmStyle.color(data.arms(), arm));
        }
        if (chart.getSeriesMap().isEmpty()) {
            return Optional.empty();
        }
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setXAxisMin(0.0);
        return Optional.of(chart);
    }
}
