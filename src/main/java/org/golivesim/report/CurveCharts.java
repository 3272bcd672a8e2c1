package org.golivesim.report;

import static org.golivesim.report.ChartStyle.BAND_ALPHA;
import static org.golivesim.report.ChartStyle.bandPolygon;
import static org.golivesim.report.ChartStyle.niceXRange;
import static org.golivesim.report.ChartStyle.style;
import static org.golivesim.report.Charts.DAYS_PER_MONTH;
import static org.golivesim.report.Charts.HEIGHT;
import static org.golivesim.report.Charts.WIDTH;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.golivesim.results.Curve;
import org.golivesim.results.ResultsData;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Outcomes over time: per arm a mean line and a shaded band (10th–90th percentile, or summed 95% limits
 * for running totals), x in months after go-live.
 */
final class CurveCharts {

    private CurveCharts() {}

    /**
     * Builds a curve over time of one outcome at one scenario point: per strategy, a mean line and a shaded 95%
     * band, x in months after go-live (day / {@value Charts#DAYS_PER_MONTH}).
     *
     * @param data loaded results
     * @param outcome the outcome and its transformation
     * @param pointId scenario point id
     * @return the chart, or empty when {@code curves.csv} has no rows for this metric and point
     */
    static Optional<XYChart> outcomeCurve(ResultsData data, CurveOutcome outcome, int pointId) {
        List<Curve> curves = new ArrayList<>();
        for (String s : data.arms()) {
            data.curve(pointId, s, outcome.metric()).filter(c -> c.size() > 0).ifPresent(curves::add);
        }
        if (curves.isEmpty()) {
            return Optional.empty();
        }
        XYChart chart = new XYChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(outcome.title()
                        + (data.points().size() > 1
                                ? " — "
                                        + data.point(pointId)
                                                .map(PointNames::shortName)
                                                .orElse("point " + pointId)
                                : ""))
                .xAxisTitle("Months after go-live")
                .yAxisTitle(outcome.yAxisTitle())
                .build();
        style(chart);
        List<double[][]> transformed = new ArrayList<>();
        for (Curve c : curves) {
            transformed.add(transform(c, outcome));
        }
        // bands first so the mean lines are drawn on top of both bands
        for (int i = 0; i < curves.size(); i++) {
            double[][] t = transformed.get(i);
            String s = curves.get(i).arm();
            Color colour = ArmStyle.color(data.arms(), s);
            double[][] band = bandPolygon(t[0], t[2], t[3]);
            if (band != null) {
                XYSeries series = chart.addSeries(
                        ArmStyle.displayName(data, s)
                                + (outcome.transform() == CurveOutcome.Transform.WEEKLY_MEAN
                                        ? " 10th–90th percentile"
                                        : " 95% CI"),
                        band[0],
                        band[1]);
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
                series.setMarker(SeriesMarkers.NONE);
                Color fill = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), BAND_ALPHA);
                series.setFillColor(fill);
                series.setLineColor(fill);
                series.setLineWidth(0.5f);
            }
        }
        for (int i = 0; i < curves.size(); i++) {
            double[][] t = transformed.get(i);
            String s = curves.get(i).arm();
            Color colour = ArmStyle.color(data.arms(), s);
            XYSeries line = chart.addSeries(ArmStyle.displayName(data, s) + " (mean)", t[0], t[1]);
            line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(colour);
            line.setLineWidth(2.2f);
        }
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        for (double[][] t : transformed) {
            for (double x : t[0]) {
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
            }
        }
        niceXRange(chart, Math.min(minX, 0), maxX);
        AnnotationLine goLive = new AnnotationLine(0, true, false);
        chart.addAnnotation(goLive);
        chart.getStyler().setAnnotationLineColor(new Color(0x66, 0x66, 0x66));
        chart.getStyler()
                .setAnnotationLineStroke(new BasicStroke(
                        1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        return Optional.of(chart);
    }

    /**
     * Applies an outcome's transformation to a curve.
     *
     * @param curve daily curve
     * @param outcome outcome and transformation
     * @return rows x (months), mean, ci low, ci high; NaN where unknown
     */
    static double[][] transform(Curve curve, CurveOutcome outcome) {
        int[] days = curve.days();
        double[] mean = curve.mean();
        boolean percentiles = outcome.transform() == CurveOutcome.Transform.WEEKLY_MEAN;
        double[] lo = percentiles ? curve.p10() : curve.ciLow();
        double[] hi = percentiles ? curve.p90() : curve.ciHigh();
        double k = outcome.scale();
        MetricInfo info = MetricInfo.of(curve.metric());
        if (outcome.transform() == CurveOutcome.Transform.CUMULATIVE) {
            int n = days.length;
            double[][] out = new double[4][n];
            double sm = 0;
            double sl = 0;
            double sh = 0;
            boolean bandOk = true;
            for (int i = 0; i < n; i++) {
                sm += Double.isNaN(mean[i]) ? 0 : mean[i];
                bandOk &= Double.isFinite(lo[i]) && Double.isFinite(hi[i]);
                sl += bandOk ? lo[i] : 0;
                sh += bandOk ? hi[i] : 0;
                out[0][i] = days[i] / DAYS_PER_MONTH;
                out[1][i] = sm * k;
                out[2][i] = bandOk ? info.clip(sl) * k : Double.NaN;
                out[3][i] = bandOk ? info.clip(sh) * k : Double.NaN;
            }
            return out;
        }
        TreeMap<Integer, double[]> weeks = new TreeMap<>(); // week -> sums of day, mean, lo, hi and counts
        for (int i = 0; i < days.length; i++) {
            double[] w = weeks.computeIfAbsent(Math.floorDiv(days[i], 7), x -> new double[8]);
            w[0] += days[i];
            w[4]++;
            if (!Double.isNaN(mean[i])) {
                w[1] += mean[i];
                w[5]++;
            }
            if (Double.isFinite(lo[i]) && Double.isFinite(hi[i])) {
                w[2] += lo[i];
                w[3] += hi[i];
                w[6]++;
            }
        }
        double[][] out = new double[4][weeks.size()];
        int j = 0;
        for (double[] w : weeks.values()) {
            out[0][j] = w[0] / w[4] / DAYS_PER_MONTH;
            out[1][j] = w[5] > 0 ? w[1] / w[5] * k : Double.NaN;
            out[2][j] = w[6] > 0 ? info.clip(w[2] / w[6]) * k : Double.NaN;
            out[3][j] = w[6] > 0 ? info.clip(w[3] / w[6]) * k : Double.NaN;
            j++;
        }
        return out;
    }
}
