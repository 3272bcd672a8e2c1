package org.golivesim.batch;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Batch progress for people: on a terminal one line redrawn in place (runs done, failed, rate, ETA); otherwise a
 * plain line at most every ten seconds and at the end, so logs stay readable.
 */
final class Progress {
    private static final long PLAIN_INTERVAL_NANOS = 10_000_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private int total;
    private int done;
    private int skipped;
    private int failed;
    private long lastPrint;

    Progress(PrintStream out, int total) {
        this.out = out;
        this.total = total;
        this.terminal = System.console() != null;
    }

    void skip(int n) {
        if (n > 0) {
            done += n;
            skipped += n;
        }
    }

    int done() {
        return done;
    }

    void grow(int n) {
        total += n;
    }

    void done(boolean ok) {
        done++;
        if (!ok) {
            failed++;
        }
        long now = System.nanoTime();
        if (terminal || now - lastPrint >= PLAIN_INTERVAL_NANOS) {
            print(now, false);
            lastPrint = now;
        }
    }

    void finish() {
        print(System.nanoTime(), true);
    }

    private void print(long now, boolean last) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = (done - skipped) / seconds;
        double eta = rate > 0 ? (total - done) / rate : Double.NaN;
        int width = 30;
        int filled = total == 0 ? width : (int) Math.round(width * (double) done / total);
        String line = String.format(
                Locale.ROOT,
                "[%s%s] %d/%d runs, %d failed, %.1f runs/s, ETA %s",
                "#".repeat(filled),
                ".".repeat(width - filled),
                done,
                total,
                failed,
                rate,
                Double.isNaN(eta) ? "-" : String.format(Locale.ROOT, "%.0fs", eta));
        if (terminal) {
            out.print("\r" + line + (last ? "\n" : ""));
        } else {
            out.println(line);
        }
        out.flush();
    }
}
