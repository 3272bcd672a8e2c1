package org.golivesim.report;

import static org.golivesim.report.ChartStyle.BAND_ALPHA;
import static org.golivesim.report.ChartStyle.bandPolygon;
import static org.golivesim.report.ChartStyle.includeZero;
import static org.golivesim.report.ChartStyle.style;
import static org.golivesim.report.Charts.HEIGHT;
import static org.golivesim.report.Charts.WIDTH;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.golivesim.results.ResultsData;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Cost charts: an arm's extra cost against the value put on a harm event, and mean total cost against an
 * outcome per configuration (the trade-off scatter).
 */
final class CostCharts {

    private CostCharts() {}

    /**
     * Builds the chart of an arm's extra total cost over the reference arm as a function of the value put on one
     * patient-harm event (paired over replications, mean and 95% band), in M USD.
     *
     * @return the chart, or empty without the harm and cost columns or pairs
     */
    static Optional<XYChart> netCostByHarmValue(ResultsData data, Findings f, int pointId, String arm) {
        Optional<Findings.Versus> ov = f.versus(pointId, arm, data.referenceArm());
        if (ov.isEmpty()
                || !data.summaryMetrics().contains(Findings.Valued.HARM.costColumn)
                || !data.summaryMetrics().contains(Findings.Valued.HARM.countColumn)) {
            return Optional.empty();
        }
        double scenarioValue = f.parameter(Findings.Valued.HARM.parameter);
        double be = ov.get().breakEven(Findings.Valued.HARM);
        double max =
                Math.max(Double.isFinite(scenarioValue) ? 2 * scenarioValue : 0, Double.isFinite(be) ? 1.5 * be : 0);
        if (!(max > 0)) {
            max = 50_000;
        }
        // a round upper end (in thousand USD) so the axis ticks fall on round values
        double maxK = max / 1000;
        double step = Math.pow(10, Math.floor(Math.log10(maxK)));
        step = maxK / step > 5 ? step * 2 : maxK / step > 2 ? step : step / 2;
        max = Math.ceil(maxK / step) * step * 1000;
        // grid points on round values: XChart puts a tick at each x of a short series
        int steps = (int) Math.round(max / (step * 500));
        double[] x = new double[steps + 1];
        double[] mean = new double[steps + 1];
        double[] lo = new double[steps + 1];
        double[] hi = new double[steps + 1];
        for (int i = 0; i <= steps; i++) {
            double v = max * i / steps;
            org.golivesim.stats.PairedComparison c =
                    ov.get().totalIfValued(Findings.Valued.HARM, v, f, pointId, data.referenceArm());
            x[i] = v / 1000;
            mean[i] = c.meanDifference() / 1e6;
            lo[i] = c.ciLow() / 1e6;
            hi[i] = c.ciHigh() / 1e6;
        }
        XYChart chart = new XYChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title("Extra cost of " + Decision.armSubject(arm) + " by the value of a harm event")
                .xAxisTitle("Value of one patient-harm event (thousand USD)")
                .yAxisTitle("Extra total cost (M USD); below 0 = saves money")
                .build();
        style(chart, false);
        chart.getStyler().setXAxisDecimalPattern("#,##0.#");
        Color colour = ArmStyle.color(data.arms(), arm);
        double[][] band = bandPolygon(x, lo, hi);
        if (band != null) {
            XYSeries b = chart.addSeries("95% CI", band[0], band[1]);
            b.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            b.setMarker(SeriesMarkers.NONE);
            Color fill = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), BAND_ALPHA);
            b.setFillColor(fill);
            b.setLineColor(fill);
        }
        XYSeries line = chart.addSeries("Mean extra cost", x, mean);
        line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(colour);
        line.setLineWidth(2.2f);
        chart.addAnnotation(new AnnotationLine(0, false, false));
        if (Double.isFinite(scenarioValue)) {
            chart.addAnnotation(new AnnotationLine(scenarioValue / 1000, true, false));
        }
        chart.getStyler().setAnnotationLineColor(new Color(0x66, 0x66, 0x66));
        chart.getStyler()
                .setAnnotationLineStroke(new BasicStroke(
                        1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        includeZero(chart, mean, lo, hi);
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(max / 1000);
        return Optional.of(chart);
    }

    /**
     * Builds the cost trade-off scatter: mean total cost (USD millions) against one outcome's mean, one marker per
     * scenario point and strategy; each marker is labelled with its point id where the label fits (see {@link
     * #placeLabels}).
     *
     * @param data loaded results
     * @param outcomeMetric summary metric on the y axis, e.g. {@code breaches_per_month}
     * @return the chart, or empty when {@code runs.csv} lacks the cost or outcome column or has no successful run
     */
    static Optional<XYChart> costTradeOff(ResultsData data, String outcomeMetric) {
        return costTradeOff(data, TargetAssessment.assess(data), outcomeMetric);
    }

    static Optional<XYChart> costTradeOff(ResultsData data, TargetAssessment assessment, String metric) {
        if (!data.summaryMetrics().contains(TargetAssessment.COST_METRIC)
                || !data.summaryMetrics().contains(metric)) {
            return Optional.empty();
        }
        MetricInfo info = MetricInfo.of(metric);
        XYChart chart = new XYChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title("Cost against " + info.name().toLowerCase(Locale.ROOT))
                .xAxisTitle("Mean total cost (USD millions)")
                .yAxisTitle(info.titleWithUnit())
                .build();
        style(chart);
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        List<double[]> labels = new ArrayList<>();
        for (String s : data.arms()) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (TargetAssessment.Configuration c : assessment.configurations()) {
                double x = c.mean(TargetAssessment.COST_METRIC) / 1e6;
                double y = c.mean(metric);
                if (c.arm().equals(s) && Double.isFinite(x) && Double.isFinite(y)) {
                    xs.add(x);
                    ys.add(y);
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    labels.add(new double[] {x, y, c.pointId()});
                }
            }
            if (!xs.isEmpty()) {
                XYSeries series = chart.addSeries(ArmStyle.displayName(data, s), xs, ys);
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                series.setMarker(s.equals(data.referenceArm()) ? SeriesMarkers.CIRCLE : SeriesMarkers.DIAMOND);
                series.setMarkerColor(ArmStyle.color(data.arms(), s));
            }
        }
        if (chart.getSeriesMap().isEmpty()) {
            return Optional.empty();
        }
        chart.getStyler().setMarkerSize(MARKER_PX);
        Font labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, ChartStyle.SMALLEST_FONT_PX);
        for (double[] l : placeLabels(labels, labelFont)) {
            chart.addAnnotation(new AnnotationText("P" + (int) l[2], l[0], l[1], false));
        }
        chart.getStyler().setAnnotationTextFont(labelFont);
        chart.getStyler().setAnnotationTextFontColor(new Color(0x44, 0x44, 0x44));
        return Optional.of(chart);
    }

    /** Marker size of the trade-off scatter, in pixels. */
    private static final int MARKER_PX = 11;

    /** The plot area of a {@value Charts#WIDTH}×{@value Charts#HEIGHT} scatter with its legend below, in pixels. */
    private static final double PLOT_WIDTH_PX = 820;

    private static final double PLOT_HEIGHT_PX = 370;

    /** Gap between a marker's edge and its label, in pixels. */
    private static final double LABEL_GAP_PX = 4;

    /**
     * Places point labels so that none overlaps another label or another marker: each label goes right of its
     * marker, else left of it, else is left out (the point is still drawn; its id is in the table of points).
     * Markers are taken in the order given (the reference arm first), so the first configurations keep their labels.
     * Positions are worked out on the chart's approximate plot area in pixels, with the data range mapped onto it.
     *
     * @param markers {@code {x, y, pointId}} in data units
     * @param font the labels' font
     * @return {@code {x, y, pointId}} of each label's centre in data units, for the labels that fit
     */
    static List<double[]> placeLabels(List<double[]> markers, Font font) {
        if (markers.isEmpty()) {
            return List.of();
        }
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (double[] m : markers) {
            minX = Math.min(minX, m[0]);
            maxX = Math.max(maxX, m[0]);
            minY = Math.min(minY, m[1]);
            maxY = Math.max(maxY, m[1]);
        }
        double sx = PLOT_WIDTH_PX / (maxX > minX ? maxX - minX : 1);
        double sy = PLOT_HEIGHT_PX / (maxY > minY ? maxY - minY : 1);
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
        List<double[]> taken = new ArrayList<>(); // boxes {left, top, right, bottom} in pixels
        double r = MARKER_PX / 2.0;
        for (double[] m : markers) {
            double x = (m[0] - minX) * sx;
            double y = (m[1] - minY) * sy;
            taken.add(new double[] {x - r, y - r, x + r, y + r});
        }
        List<double[]> placed = new ArrayList<>();
        for (int i = 0; i < markers.size(); i++) {
            double[] m = markers.get(i);
            double x = (m[0] - minX) * sx;
            double y = (m[1] - minY) * sy;
            double w = font.getStringBounds("P" + (int) m[2], frc).getWidth();
            double h = font.getSize2D();
            for (double side : new double[] {1, -1}) {
                double cx = x + side * (r + LABEL_GAP_PX + w / 2);
                double[] box = {cx - w / 2, y - h / 2, cx + w / 2, y + h / 2};
                boolean free = true;
                for (int k = 0; k < taken.size() && free; k++) {
                    double[] t = taken.get(k);
                    boolean ownMarker = k == i;
                    free = ownMarker || box[2] <= t[0] || box[0] >= t[2] || box[3] <= t[1] || box[1] >= t[3];
                }
                if (free) {
                    taken.add(box);
                    placed.add(new double[] {minX + cx / sx, m[1], m[2]});
                    break;
                }
            }
        }
        return placed;
    }
}
