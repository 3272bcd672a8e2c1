package org.golivesim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** What every command shares: its picocli spec, and its output writer (so tests can capture what it prints). */
abstract class CommandBase {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The command's standard output. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
