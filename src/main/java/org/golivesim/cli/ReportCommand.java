package org.golivesim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.golivesim.report.Report;
import org.golivesim.results.ResultsLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code golive report}: rebuilds charts and report.html from a results directory on disk. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Rebuild charts/ and report.html from the files of a results directory.")
final class ReportCommand extends CommandBase implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RESULTS_DIR", description = "A directory written by golive batch.")
    Path dir;

    @Override
    @SuppressWarnings("try") // the lock is held while the report reads the files
    public Integer call() throws Exception {
        if (java.nio.file.Files.isDirectory(dir)) {
            // a batch writing the directory (or --overwrite emptying it) holds its lock: never report half-written
            // files
            try (org.golivesim.batch.ResultsLock lock = org.golivesim.batch.ResultsLock.acquire(dir)) {
                Report.build(dir);
            }
        } else {
            Report.build(dir);
        }
        out().println("Report: " + dir.resolve(ResultsLayout.REPORT));
        return 0;
    }
}
