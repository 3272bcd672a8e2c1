package org.golivesim;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.golivesim.cli.GoLive;

/**
 * Runs a {@code golive} command line in this process, as the launcher would, and captures what it prints. Some
 * commands print to {@code System.out} / {@code System.err} rather than to the streams given to {@link
 * GoLive#execute} (progress bars, the Spark runner's partitioning line), so both system streams are redirected into
 * the captured ones for the duration of the call.
 */
public final class InProcess {
    private InProcess() {}

    /**
     * What a command did.
     *
     * @param code exit code (0 success, 2 bad input, 1 runtime failure)
     * @param out what it printed to standard output
     * @param err what it printed to standard error
     */
    public record Result(int code, String out, String err) {}

    /**
     * Runs a command line.
     *
     * @param args the arguments after {@code ./golive}
     * @return its exit code and output
     */
    public static synchronized Result golive(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream systemOut = System.out;
        PrintStream systemErr = System.err;
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            code = GoLive.execute(args, o, e);
        } finally {
            System.setOut(systemOut);
            System.setErr(systemErr);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Runs a command line that must succeed.
     *
     * @param args the arguments after {@code ./golive}
     * @return what it printed to standard output
     * @throws AssertionError when it exits with another code than 0 (the message has its standard error)
     */
    public static String goliveOk(String... args) {
        Result r = golive(args);
        if (r.code() != 0) {
            throw new AssertionError("golive " + String.join(" ", args) + " exited " + r.code() + ": " + r.err());
        }
        return r.out();
    }
}
