package org.golivesim.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

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
        if (a >= 100) {
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

    /** Formats a money amount in USD: millions with two decimals from one million up. */
    static String money(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        String s = a >= 1e6
                ? pattern("0.00").format(a / 1e6) + " million"
                : pattern("#,##0").format(a);
        return (v < 0 ? "−" : "") + "USD " + s;
    }

    /** Formats a value in a metric's unit: money as USD, others as number plus unit. */
    static String withUnit(MetricInfo info, double v) {
        if (info.isMoney()) {
            return money(v);
        }
        String n = num(v);
        return info.unit().isEmpty()
                        || info.unit().startsWith("fraction")
                        || info.unit().equals("index")
                ? n
                : n + " " + info.unit();
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
