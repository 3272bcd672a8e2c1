package org.golivesim.cli;

import static org.golivesim.InProcess.golive;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.golivesim.InProcess.Result;
import org.golivesim.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch --runner spark} from the command line, and its bad flags. */
class SparkCommandTest {
    @TempDir
    Path dir;

    private Path sweep() {
        return TestScenarios.write(
                dir,
                "sweep.yaml",
                "name: s\nhorizonMonths: 1\npreGoLiveWeeks: 1\nreplications: 2\nhospital:\n  physicians: 10\n"
                        + "  nurses: 40\n  allied: 10\nsweep:\n  design: factorial\n  compareDedicatedTeam: true\n"
                        + "  parameters:\n    support.helpDeskAnalysts: [2, 4]\n");
    }

    @Test
    void batchOnSparkWritesWhatTheLocalPoolWrites() throws Exception {
        Path file = sweep();
        Path local = dir.resolve("local");
        Path spark = dir.resolve("spark");
        Result l = golive("batch", file.toString(), "--out", local.toString(), "--no-report");
        assertEquals(0, l.code(), l.err());
        Result s = golive(
                "batch",
                file.toString(),
                "--out",
                spark.toString(),
                "--no-report",
                "--runner",
                "spark",
                "--master",
                "local[2]",
                "--spark-conf",
                "spark.ui.enabled=false");
        assertEquals(0, s.code(), s.err());
        assertTrue(s.out().contains("8 runs (0 failed)"), s.out());
        assertTrue(s.err().contains("spark: 8 runs in "), s.err());
        for (String f : new String[] {"runs.csv", "daily.csv.gz", "curves.csv", "comparison.csv"}) {
            assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(spark.resolve(f)), f);
        }
        assertTrue(Files.readString(spark.resolve("manifest.json")).contains("--runner spark --master local[2]"));
        assertFalse(Files.exists(spark.resolve(".spark-staging")));
    }

    @Test
    void badRunnerFlagsExitWithTwoAndSayWhatIsAllowed() {
        String file = sweep().toString();
        Result unknown = golive("batch", file, "--out", dir.resolve("a").toString(), "--runner", "yarn");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("allowed: local, spark"), unknown.err());
        Result masterAlone = golive("batch", file, "--out", dir.resolve("b").toString(), "--master", "local[2]");
        assertEquals(2, masterAlone.code());
        assertTrue(masterAlone.err().contains("need --runner spark"), masterAlone.err());
        Result badConf =
                golive("batch", file, "--out", dir.resolve("c").toString(), "--runner", "spark", "--spark-conf", "x");
        assertEquals(2, badConf.code());
        assertTrue(badConf.err().contains("spark.KEY=VALUE"), badConf.err());
        Result badPartitions =
                golive("batch", file, "--out", dir.resolve("d").toString(), "--runner", "spark", "--partitions", "0");
        assertEquals(2, badPartitions.code());
        assertTrue(badPartitions.err().contains("--partitions must be"), badPartitions.err());
        for (String d : new String[] {"a", "b", "c", "d"}) {
            assertFalse(Files.exists(dir.resolve(d)), "nothing written for rejected flags");
        }
    }
}
