package org.golivesim.output;

/** Placeholder until the report branch lands (replaced by the merge). */
public final class Report {
    public static final String REPORT_FILE = "report.html";

    private Report() {}

    public static Object build(java.nio.file.Path dir) {
        throw new UnsupportedOperationException("report not merged yet");
    }
}
