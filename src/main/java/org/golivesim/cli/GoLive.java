package org.golivesim.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import org.golivesim.batch.Batch;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code golive} command line. The only place that calls {@link System#exit}: exit 0 on success, 2 for bad usage
 * or bad input (the message names the file, line, key, value and what is allowed), 1 for a runtime failure.
 */
@Command(
        name = "golive",
        mixinStandardHelpOptions = true,
        version = "golive-sim " + Batch.VERSION,
        description = "Agent-based simulation of a hospital's health information system after go-live.",
        subcommands = {
            RunCommand.class,
            BatchCommand.class,
            CompareCommand.class,
            ClaimsCommand.class,
            ReportCommand.class,
            ValidateCommand.class,
            ParamsCommand.class,
            BenchCommand.class,
            CalibrateCommand.class,
            org.golivesim.serve.ServeCommand.class,
            CommandLine.HelpCommand.class
        })
public final class GoLive implements Runnable {
    /** Exit code for bad usage or bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit code for a runtime failure. */
    public static final int FAILURE = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "missing command (run, batch, compare, report, validate, calibrate, params, bench, serve);"
                        + " see golive --help");
    }

    /** Entry point. */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(execute(args, System.out, System.err));
    }

    /**
     * Runs a command line without exiting (tests call this).
     *
     * @return the exit code
     */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new GoLive());
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        cl.setOut(o);
        cl.setErr(e);
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println("golive: " + message(ex));
            line.getErr().flush();
            return isBadInput(ex) ? BAD_INPUT : FAILURE;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError ex) {
            // outside a run (runs record their own): one line, not a trace
            e.println("golive: out of memory with a heap of "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MB;"
                    + " give the JVM more, e.g. GOLIVE_JAVA_OPTS=-Xmx4g, or use fewer --threads");
            return FAILURE;
        } catch (StackOverflowError ex) {
            e.println("golive: stack overflow; give the JVM a larger stack, e.g. GOLIVE_JAVA_OPTS=-Xss8m");
            return FAILURE;
        } finally {
            o.flush();
            e.flush();
        }
    }

    private static boolean isBadInput(Throwable e) {
        return e instanceof IllegalArgumentException || e instanceof java.nio.file.NoSuchFileException;
    }

    private static String message(Throwable e) {
        if (e instanceof IllegalArgumentException && e.getMessage() != null) {
            return e.getMessage();
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "file not found: " + e.getMessage();
        }
        if (e instanceof org.golivesim.batch.RunFailedException && e.getMessage() != null) {
            return e.getMessage();
        }
        if (e instanceof java.nio.file.FileSystemException fs) {
            return "cannot use " + fs.getFile() + (fs.getReason() != null ? ": " + fs.getReason() : "") + " ("
                    + e.getClass().getSimpleName() + ")";
        }
        if ((e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) && e.getMessage() != null) {
            return "I/O error: " + e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
