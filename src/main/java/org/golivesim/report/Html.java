package org.golivesim.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.golivesim.observe.Metric;
import org.golivesim.scenario.TimeUnits;

/** HTML escaping and number formatting for the report; every text that comes from a file passes through here. */
final class Html {

    private Html() {}

    /** Escapes text for use in element content and in double- or single-quoted attribute values. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    // drop C0 controls other than tab/newline/CR: they are not allowed in HTML text
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * Formats a number for readers: grouping for large values, about three significant digits for small ones,
     * "n/a" for NaN. Always Locale.ROOT digits.
     */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        double a = Math.abs(v);
        String s;
        if (a >= 100 || (v == Math.rint(v) && a < 1e15)) {
            s = pattern("#,##0").format(v);
        } else if (a >= 10) {
            s = pattern("0.0").format(v);
        } else if (a >= 1) {
            s = pattern("0.00").format(v);
        } else if (a == 0) {
            s = "0";
        } else {
            s = new BigDecimal(v)
                    .round(new MathContext(3, RoundingMode.HALF_EVEN))
                    .stripTrailingZeros()
                    .toPlainString();
        }
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }

    /**
     * Formats a money amount in one style everywhere: from 100,000 USD up in millions ("0.66 M USD", "2.02 M USD",
     * "20.1 M USD"), below that to three significant digits with grouping ("8,040 USD").
     */
    static String money(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        String s;
        if (a >= 1e5) {
            double m = a / 1e6;
            s = pattern(m >= 100 ? "#,##0" : m >= 10 ? "0.0" : "0.00").format(m) + " M";
        } else {
            s = pattern("#,##0").format(significant(a, 3));
        }
        return (v < 0 && !s.matches("[0.,M ]+") ? "−" : "") + s + " USD";
    }

    /** Formats a share (0..1) as a percentage: "99.35%" near 100%, "24.1%", "4.5%", "0.62%". */
    static String percent(double share) {
        if (Double.isNaN(share)) {
            return "n/a";
        }
        return signed(percentNumber(share * 100)) + "%";
    }

    private static String percentNumber(double pct) {
        double a = Math.abs(pct);
        if (a == 0) {
            return "0";
        }
        if (a >= 99 && a < 100) {
            return pattern("0.00").format(pct);
        }
        if (a >= 10) {
            return pattern("0").format(pct);
        }
        if (a >= 1) {
            return pattern("0.0").format(pct);
        }
        return plain(significant(pct, 2));
    }

    /** Formats a duration given in hours in the unit that reads best: "42 minutes", "13.7 hours", "15.2 days". */
    static String hours(double h) {
        if (Double.isNaN(h)) {
            return "n/a";
        }
        double a = Math.abs(h);
        if (a == 0) {
            return "0 hours";
        }
        if (a < 1) {
            double min = h * TimeUnits.MINUTES_PER_HOUR;
            return signed(Math.abs(min) >= 10 ? pattern("0").format(min) : plain(significant(min, 2))) + " minutes";
        }
        if (a < 72) {
            return signed(a >= 10 ? pattern("0.0").format(h) : pattern("0.00").format(h)) + " hours";
        }
        return signed(pattern("0.0").format(h / TimeUnits.HOURS_PER_DAY)) + " days";
    }

    /** Formats a value of a metric in its kind's style: percent, duration, money, or number plus unit. */
    static String withUnit(MetricInfo info, double v) {
        return switch (info.kind()) {
            case SHARE -> percent(v);
            case HOURS -> hours(v);
            case MONEY -> money(v);
            default -> {
                String n = num(v);
                yield info.unit().isEmpty()
                                || info.unit().equals("index")
                                || info.unit().equals("score")
                        ? n
                        : n + " " + info.unit();
            }
        };
    }

    /**
     * Formats the size of a difference of a metric: like {@link #withUnit} except that a difference of shares is in
     * percentage points ("0.15 percentage points").
     */
    static String difference(MetricInfo info, double v) {
        if (info.kind() == Metric.Kind.SHARE) {
            return Double.isNaN(v) ? "n/a" : signed(percentNumber(v * 100)) + " percentage points";
        }
        return withUnit(info, v);
    }

    /** Formats a probability as a whole percentage, with "under 1%" and "over 99%" at the ends. */
    static String chance(double p) {
        if (Double.isNaN(p)) {
            return "n/a";
        }
        if (p > 0 && p < 0.005) {
            return "under 1%";
        }
        if (p < 1 && p > 0.995) {
            return "over 99%";
        }
        return pattern("0").format(p * 100) + "%";
    }

    private static double significant(double v, int digits) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new BigDecimal(v)
                .round(new MathContext(digits, RoundingMode.HALF_EVEN))
                .doubleValue();
    }

    private static String plain(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    private static String signed(String s) {
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }

    /** Formats a probability (p-value). */
    static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "n/a";
        }
        if (p < 0.001) {
            return "&lt; 0.001";
        }
        return pattern("0.000").format(p);
    }

    private static DecimalFormat pattern(String p) {
        DecimalFormat f = new DecimalFormat(p, DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f;
    }
}
