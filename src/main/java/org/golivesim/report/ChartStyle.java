package org.golivesim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The look shared by every report chart (fonts, colours, grid, tick labels) and the small axis and band
 * helpers the chart families use.
 */
final class ChartStyle {

    static {
        // before anything touches AWT: charts are drawn off-screen
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ChartStyle() {}

    static final Color INK = new Color(0x22, 0x22, 0x22);

    /**
     * The smallest text on any chart, in image pixels. On a phone the report shows charts {@value
     * #PHONE_CHART_WIDTH_PX} px wide (its CSS), so this text is still {@code 12 × 760 / 900 ≈ 10.1} px tall there.
     */
    static final int SMALLEST_FONT_PX = 12;

    /** The width the report's CSS gives every chart image on a narrow screen (they scroll sideways). */
    static final int PHONE_CHART_WIDTH_PX = 760;

    static final Color GRID = new Color(0xE3, 0xE6, 0xEA);

    static final Color WHISKER = new Color(0x55, 0x5B, 0x66);

    static final int BAND_ALPHA = 56;

    /** Returns the polygon (x forward along the upper limit, back along the lower) or null without enough data. */
    static double[][] bandPolygon(double[] x, double[] lo, double[] hi) {
        List<Integer> ok = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(lo[i]) && Double.isFinite(hi[i])) {
                ok.add(i);
            }
        }
        if (ok.size() < 2) {
            return null;
        }
        int n = ok.size();
        double[][] poly = new double[2][2 * n];
        for (int j = 0; j < n; j++) {
            int i = ok.get(j);
            poly[0][j] = x[i];
            poly[1][j] = hi[i];
            int r = ok.get(n - 1 - j);
            poly[0][n + j] = x[r];
            poly[1][n + j] = lo[r];
        }
        return poly;
    }

    static void includeZero(XYChart chart, double[]... ys) {
        double min = 0;
        double max = 0;
        for (double[] y : ys) {
            for (double v : y) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        double pad = (max - min) * 0.08;
        if (pad == 0) {
            pad = 1;
        }
        chart.getStyler().setYAxisMin(min - pad);
        chart.getStyler().setYAxisMax(max + pad);
    }

    /** Rounds to a number of significant digits in the given direction. */
    static double roundSignificant(double v, int digits, RoundingMode mode) {
        if (!Double.isFinite(v) || v == 0) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(digits, mode)).doubleValue();
    }

    /**
     * Formats an axis tick value compactly: grouping from 10,000 up, otherwise up to six significant digits with
     * trailing zeros removed (so 0.08 reads "0.08", not ".08", and 0.30000000000000004 reads "0.3").
     */
    static String tick(Double x) {
        if (x == null || !Double.isFinite(x)) {
            return "";
        }
        double v = x;
        if (Math.abs(v) < 1e-12) {
            return "0";
        }
        if (Math.abs(v) >= 10_000) {
            DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
            return f.format(v);
        }
        String s = new BigDecimal(v)
                .round(new MathContext(6, RoundingMode.HALF_EVEN))
                .stripTrailingZeros()
                .toPlainString();
        return s;
    }

    /** Puts x axis limits on round multiples of a step that suits the range, so ticks fall on round values. */
    static void niceXRange(XYChart chart, double min, double max) {
        double range = max - min;
        if (!(range > 0)) {
            return;
        }
        double step = range <= 3 ? 0.25 : range <= 8 ? 0.5 : range <= 24 ? 1 : range <= 60 ? 3 : 12;
        chart.getStyler().setXAxisMin(Math.floor(min / step) * step);
        chart.getStyler().setXAxisMax(Math.ceil(max / step) * step);
    }

    static void style(XYChart chart) {
        style(chart, true);
    }

    static void style(XYChart chart, boolean formatX) {
        style(chart.getStyler());
        if (formatX) {
            chart.setCustomXAxisTickLabelsFormatter(ChartStyle::tick);
        }
        chart.setCustomYAxisTickLabelsFormatter(ChartStyle::tick);
    }

    static void style(Styler s) {
        Font base = new Font(Font.SANS_SERIF, Font.PLAIN, SMALLEST_FONT_PX);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderColor(GRID);
        s.setChartFontColor(INK);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        s.setChartTitleBoxVisible(false);
        s.setChartPadding(14);
        s.setLegendFont(base);
        s.setLegendBorderColor(Color.WHITE);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setAntiAlias(true);
        s.setToolTipsEnabled(false);
        if (s instanceof AxesChartStyler a) {
            a.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            a.setAxisTickLabelsFont(base);
            a.setAxisTickLabelsColor(INK);
            a.setPlotGridLinesColor(GRID);
            a.setPlotGridLinesStroke(new BasicStroke(1f));
            a.setAxisTickMarksColor(new Color(0xAA, 0xAA, 0xAA));
            a.setLocale(Locale.ROOT);
        }
    }
}
