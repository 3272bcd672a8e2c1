package org.golivesim.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.golivesim.TestScenarios;
import org.golivesim.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection against a results directory. Each case damages a batch the way a crash, a full disk, a lost write
 * or a second writer would, and then asserts a clear outcome: a resume that ends byte-identical to an uninterrupted
 * batch, or a refusal naming the problem with nothing lost.
 */
@Tag("slow")
class FaultInjectionTest {
    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path file;
    private static ScenarioLoader.Loaded loaded;
    private static Path reference;
    private static long referenceMillis;

    @BeforeAll
    static void runReference() throws Exception {
        file = TestScenarios.write(shared, "sweep.yaml", TinyBatches.sweepYaml(1, 4)); // 2 points x 2 arms x 4
        loaded = ScenarioLoader.load(file, List.of());
        reference = shared.resolve("reference");
        long t0 = System.nanoTime();
        TinyBatches.run(loaded, reference, 1, false);
        referenceMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    private static void assertSameAsReference(Path out, String what) {
        for (String f : TinyBatches.RESULT_FILES) {
            assertArrayEquals(
                    TinyBatches.bytes(reference.resolve(f)), TinyBatches.bytes(out.resolve(f)), f + " differs " + what);
        }
    }

    /** Resumes in this JVM, returning what it printed. */
    private static String resume(Path out) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Batch.Outcome o = Batch.run(
                loaded,
                TinyBatches.options(out, 2, true, false),
                new LocalPoolRunner(2),
                new PrintStream(log, true, StandardCharsets.UTF_8));
        assertEquals(16, o.completed());
        return log.toString(StandardCharsets.UTF_8);
    }

    private static Process child(Path out, Path log, String... javaOptions) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(List.of(javaOptions));
        cmd.addAll(List.of("-cp", classpath, KillableBatch.class.getName(), file.toString(), out.toString()));
        return new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static long journalLines(Path out) throws IOException {
        Path j = out.resolve(Journal.FILE);
        return Files.exists(j)
                ? Files.readString(j).chars().filter(c -> c == '\n').count()
                : 0;
    }

    /** A copy of the finished reference batch, as a starting point for damage. */
    private Path copyOfReference(String name) throws IOException {
        Path out = dir.resolve(name);
        Files.createDirectories(out);
        try (var files = Files.list(reference)) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, out.resolve(f.getFileName()));
                }
            }
        }
        return out;
    }

    private static void truncate(Path f, long size) throws IOException {
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
            ch.truncate(size);
        }
    }

    /** End offsets {runs, daily} recorded by each run's journal line, after the header's sizes. */
    private static List<long[]> offsets(Path out) throws IOException {
        List<long[]> o = new ArrayList<>();
        List<String> lines = Files.readAllLines(out.resolve(Journal.FILE));
        String[] h = lines.get(0).split("\t");
        o.add(new long[] {Long.parseLong(h[3]), Long.parseLong(h[4])});
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split("\t");
            o.add(new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
        }
        return o;
    }

    @Test
    void killedWithSigkillAtRandomInstantsEveryResumeEndsByteIdentical() throws Exception {
        Random random = new Random(20261202L);
        long span = Math.max(3000, 3 * referenceMillis) + 1500; // JVM start, runs, statistics and a margin
        for (int k = 0; k < 6; k++) {
            Path out = dir.resolve("killed-" + k);
            long delay = (long) (random.nextDouble() * span);
            Process p = child(out, dir.resolve("child-" + k + ".log"));
            boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
            p.destroyForcibly();
            assertTrue(p.waitFor(20, TimeUnit.SECONDS));
            long atKill = journalLines(out);
            if (!org.golivesim.results.RunWriter.exists(out)) {
                // killed before the data files existed: nothing to resume, and a fresh batch is refused nothing
                assertThrows(BatchException.class, () -> resume(out));
                TinyBatches.run(loaded, out, 2, false);
            } else {
                resume(out);
            }
            assertSameAsReference(
                    out,
                    "after a kill at " + delay + " ms (" + atKill + " journal lines"
                            + (finished ? ", the child had finished" : "") + ")");
            try (var files = Files.list(out)) {
                assertEquals(
                        List.of(),
                        files.map(f -> f.getFileName().toString())
                                .filter(ResultsFiles::temporary)
                                .toList(),
                        "no temporary files are left");
            }
        }
    }

    @Test
    void killedInTheStatisticsPhaseTheResumeRemovesItsTemporaryFilesAndEndsByteIdentical() throws Exception {
        Path out = dir.resolve("killed-in-statistics");
        Process p = child(out, dir.resolve("stats.log"), "-Dgolive.test.slowRunMillis=20");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (journalLines(out) < 1 + 16 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        p.destroyForcibly(); // the last run is journaled: the statistics phase has begun (or just ended)
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        Files.writeString(out.resolve(".curves-4242.tmp"), "what a kill in the curves pass leaves");
        resume(out);
        assertFalse(Files.exists(out.resolve(".curves-4242.tmp")));
        assertSameAsReference(out, "after a kill in the statistics phase");
    }

    @Test
    void aKillBetweenCreatingTheDataFilesAndWritingTheirHeadersResumes() throws Exception {
        Path out = copyOfReference("no-headers");
        for (String f : List.of("curves.csv", "comparison.csv", Journal.FILE)) {
            Files.delete(out.resolve(f));
        }
        truncate(out.resolve("runs.csv"), 0);
        truncate(out.resolve("daily.csv.gz"), 0);
        resume(out);
        assertSameAsReference(out, "after resuming empty data files without a journal");

        Path half = copyOfReference("half-header");
        Files.delete(half.resolve("curves.csv"));
        truncate(half.resolve("runs.csv"), 17);
        truncate(half.resolve("daily.csv.gz"), 0);
        Files.writeString(half.resolve(Journal.FILE), "golive-journal\t2\tab"); // torn header line
        resume(half);
        assertSameAsReference(half, "after resuming a half-written header");
    }

    @Test
    void eachDataFileTruncatedAtEveryRunBoundaryAndInsideARunResumesByteIdentical() throws Exception {
        List<long[]> ends = offsets(reference);
        Random random = new Random(7);
        for (int member = 0; member < 2; member++) {
            String name = member == 0 ? "runs.csv" : "daily.csv.gz";
            for (int run = 0; run < ends.size(); run += 3) {
                long boundary = ends.get(run)[member];
                long inside = run + 1 < ends.size()
                        ? boundary + 1 + random.nextInt((int) (ends.get(run + 1)[member] - boundary - 1))
                        : boundary;
                for (long size : new long[] {boundary, inside}) {
                    Path out = copyOfReference(name + "-" + size);
                    truncate(out.resolve(name), size);
                    String log = resume(out);
                    assertSameAsReference(out, "after " + name + " was cut to " + size + " bytes");
                    if (run + 1 < ends.size()) {
                        assertTrue(log.contains("golive: resume: ") && log.contains(name), log);
                    }
                }
            }
        }
    }

    @Test
    void aHoleOrAFlippedByteInADataFileIsFoundAndTheDamagedRunsRerun() throws Exception {
        List<long[]> ends = offsets(reference);
        for (int member = 0; member < 2; member++) {
            String name = member == 0 ? "runs.csv" : "daily.csv.gz";
            Path holed = copyOfReference("hole-" + name);
            byte[] b = Files.readAllBytes(holed.resolve(name));
            int from = (int) ends.get(5)[member] + 3;
            java.util.Arrays.fill(b, from, Math.min(b.length, from + 40), (byte) 0);
            Files.write(holed.resolve(name), b);
            String log = resume(holed);
            assertTrue(log.contains("run 5's bytes in") && log.contains("checksum differs"), log);
            assertSameAsReference(holed, "after a hole of zeros in " + name);

            Path flipped = copyOfReference("flip-" + name);
            b = Files.readAllBytes(flipped.resolve(name));
            b[(int) ends.get(11)[member] + 1] ^= 0x20;
            Files.write(flipped.resolve(name), b);
            resume(flipped);
            assertSameAsReference(flipped, "after a flipped byte in " + name);
        }
    }

    @Test
    void duplicateDamagedOrMissingJournalLinesResumeByteIdentical() throws Exception {
        List<String> lines = Files.readAllLines(reference.resolve(Journal.FILE));
        Path dup = copyOfReference("duplicate");
        List<String> d = new ArrayList<>(lines);
        d.add(6, lines.get(6)); // the line of run 5 twice, as two writers would leave it
        Files.write(dup.resolve(Journal.FILE), d);
        assertTrue(resume(dup).contains("records run 5 where run 6 was expected"));
        assertSameAsReference(dup, "after a duplicate journal line");

        Path damaged = copyOfReference("damaged");
        List<String> m = new ArrayList<>(lines);
        m.set(13, "12a" + lines.get(13).substring(2));
        Files.write(damaged.resolve(Journal.FILE), m);
        String log = resume(damaged);
        assertTrue(log.contains("line 14 of") && log.contains("is damaged"), log);
        assertFalse(log.contains("NumberFormatException") || log.contains("For input string"), log);
        assertSameAsReference(damaged, "after a damaged journal line");

        Path gone = copyOfReference("no-journal");
        Files.delete(gone.resolve(Journal.FILE));
        assertTrue(resume(gone).contains("no journal.tsv"));
        assertSameAsReference(gone, "after the journal was deleted");
    }

    @Test
    void aSecondBatchAResumeAndAnOverwriteAreRefusedWhileABatchRunsAndItStillFinishesExactly() throws Exception {
        Path out = dir.resolve("busy");
        Process p = child(out, dir.resolve("busy.log"), "-Dgolive.test.slowRunMillis=150");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (journalLines(out) < 2 && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertTrue(p.isAlive(), "the child ended too soon: " + Files.readString(dir.resolve("busy.log")));
            byte[] points = Files.readAllBytes(out.resolve("points.csv"));
            ScenarioLoader.Loaded other =
                    TinyBatches.load(dir, TinyBatches.sweepYaml(1, 4).replace("[4, 8]", "[5, 9]"));
            for (Batch.Options o : List.of(
                    TinyBatches.options(out, 1, false, false),
                    TinyBatches.options(out, 1, true, false),
                    TinyBatches.options(out, 1, false, true))) {
                BatchException e = assertThrows(
                        BatchException.class, () -> Batch.run(other, o, new LocalPoolRunner(1), TinyBatches.quiet()));
                assertTrue(e.getMessage().contains("is in use by a golive process (pid " + p.pid()), e.getMessage());
            }
            assertArrayEquals(points, Files.readAllBytes(out.resolve("points.csv")), "the loser wrote nothing");
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the running batch finishes");
            assertEquals(0, p.exitValue(), Files.readString(dir.resolve("busy.log")));
        } finally {
            p.destroyForcibly();
        }
        assertSameAsReference(out, "after other writers were refused");
    }

    @Test
    void aFullDiskStopsTheBatchWithAMessageNamingTheFileAndAResumeFinishesIt() throws Exception {
        Path out = dir.resolve("full");
        long dailyKb = Files.size(reference.resolve("daily.csv.gz")) / 1024;
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the file-size limit of the shell makes writes past it fail with EFBIG, as a full disk fails with ENOSPC
        Process p = new ProcessBuilder(
                        "bash",
                        "-c",
                        "ulimit -f " + Math.max(1, dailyKb / 2) + " && exec \"$0\" -cp \"$1\" "
                                + org.golivesim.cli.GoLive.class.getName() + " batch \"$2\" --out \"$3\" --threads 1"
                                + " --no-report",
                        java,
                        classpath,
                        file.toString(),
                        out.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("full.log").toFile())
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String log = Files.readString(dir.resolve("full.log"));
        assertEquals(1, p.exitValue(), log);
        List<String> message =
                log.lines().filter(l -> l.startsWith("golive: I/O error")).toList();
        assertEquals(1, message.size(), log);
        assertTrue(message.get(0).contains("writing " + out.resolve("daily.csv.gz") + " failed"), log);
        assertTrue(message.get(0).contains("continue with --resume"), log);
        assertFalse(log.contains("\tat "), "no stack trace: " + log);
        resume(out);
        assertSameAsReference(out, "after a full disk and a resume");
    }
}
