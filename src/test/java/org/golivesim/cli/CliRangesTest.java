package org.golivesim.cli;

import static org.golivesim.InProcess.golive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.golivesim.InProcess.Result;
import org.golivesim.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command-line values pass the same ranges as file values; the plan guard and its estimate; a results path naming a
 * file. Each bad value exits 2 with a message naming the flag and what is allowed, and writes nothing.
 */
class CliRangesTest {
    @TempDir
    Path dir;

    private Path tiny() {
        return TestScenarios.write(
                dir,
                "tiny.yaml",
                "name: tiny\nhorizonMonths: 1\npreGoLiveWeeks: 1\nreplications: 2\nhospital:\n  physicians: 10\n"
                        + "  nurses: 40\n  allied: 10\n");
    }

    private void refused(String expected, String... args) {
        Result r = golive(args);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void replicationsAndThreadsOutOfRangeAreRefusedLikeFileValues() {
        Path f = tiny();
        Path out = dir.resolve("out");
        refused(
                "--replications -5 is out of range; allowed: an integer in [1, 100000]",
                "batch",
                f.toString(),
                "--out",
                out.toString(),
                "--replications",
                "-5");
        refused(
                "--replications 100001 is out of range; allowed: an integer in [1, 100000]",
                "batch",
                f.toString(),
                "--out",
                out.toString(),
                "--replications",
                "100001");
        refused(
                "--threads 10000 is out of range; allowed: an integer in [1, 512]",
                "batch",
                f.toString(),
                "--out",
                out.toString(),
                "--threads",
                "10000");
        refused("--threads 0 is out of range", "compare", f.toString(), f.toString(), "--threads", "0");
        refused(
                "--max-replications 0 is out of range",
                "batch",
                f.toString(),
                "--out",
                out.toString(),
                "--max-replications",
                "0");
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aPlanOverAMillionRunsNeedsYes() {
        tiny();
        Path sweep = TestScenarios.write(
                dir,
                "sweep.yaml",
                "extends: tiny.yaml\nsweep:\n  design: factorial\n  parameters:\n"
                        + "    support.helpDeskAnalysts: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]\n");
        Path out = dir.resolve("huge"); // 11 points x 2 arms (a sweep compares the dedicated team) x 100,000
        refused(
                "the plan has 2,200,000 runs, more than the 1,000,000 a batch runs without confirmation; pass --yes",
                "batch",
                sweep.toString(),
                "--out",
                out.toString(),
                "--replications",
                "100000",
                "--no-report");
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void validatePrintsTheMeasuredEstimate() {
        Result r = golive("validate", tiny().toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(
                r.out()
                        .matches("(?s).*# estimate: 2 runs; estimated disk [0-9.]+ kB, wall time [0-9]+ s on 2"
                                + " thread\\(s\\) \\(from a measured run: [0-9.]+ s, [0-9.]+ kB\\).*"),
                r.out());
    }

    @Test
    void anOutPathNamingAFileIsAClearError() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        refused("is a file, not a directory", "batch", tiny().toString(), "--out", file.toString(), "--no-report");
        refused("is a file, not a directory", "run", tiny().toString(), "--out", file.toString());
    }

    @Test
    @SuppressWarnings("try") // the lock is held for the try block
    void reportIsRefusedWhileAWriterHoldsTheDirectory() throws Exception {
        Path out = dir.resolve("busy");
        try (org.golivesim.batch.ResultsLock held = org.golivesim.batch.ResultsLock.acquire(out)) {
            refused("is in use by a golive process", "report", out.toString());
        }
    }
}
