package org.golivesim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal and the resume check, on hand-made data files: a header region and three "runs" whose bytes the journal
 * records by offset and CRC-32.
 */
class JournalTest {
    private static final byte[] RUNS_HEADER = "h1,h2\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DAILY_HEADER = "dh\n".getBytes(StandardCharsets.UTF_8);
    private static final String[] RUN_ROWS = {"r0,a\n", "r1,bb\n", "r2,ccc\n"};
    private static final String[] DAILY_ROWS = {"d0-xxxx\n", "d1-yyyyyyy\n", "d2-z\n"};

    @TempDir
    Path dir;

    private Journal.Header header;
    private Path runs;
    private Path daily;
    private String fullJournal;

    @BeforeEach
    void writeThreeRuns() throws IOException {
        header = new Journal.Header("plan-abc", new long[] {RUNS_HEADER.length, DAILY_HEADER.length}, new long[] {
            Journal.crc(RUNS_HEADER), Journal.crc(DAILY_HEADER)
        });
        runs = dir.resolve("runs.csv");
        daily = dir.resolve("daily.csv.gz");
        StringBuilder r = new StringBuilder("h1,h2\n");
        StringBuilder d = new StringBuilder("dh\n");
        try (Journal j = Journal.create(dir, header)) {
            for (int i = 0; i < 3; i++) {
                r.append(RUN_ROWS[i]);
                d.append(DAILY_ROWS[i]);
                j.finished(i, new long[] {r.length(), d.length()}, new long[] {
                    Journal.crc(bytes(RUN_ROWS[i])), Journal.crc(bytes(DAILY_ROWS[i]))
                });
            }
        }
        Files.writeString(runs, r);
        Files.writeString(daily, d);
        fullJournal = Files.readString(dir.resolve(Journal.FILE));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private Journal.Position verify() throws IOException {
        return Journal.verify(dir, header, runs, daily);
    }

    private String[] lines() {
        return fullJournal.split("\n");
    }

    @Test
    void theJournalStartsWithAHeaderNamingThePlanAndSealsEveryLine() {
        String[] l = lines();
        assertEquals(4, l.length);
        assertTrue(l[0].startsWith("golive-journal\t2\tplan-abc\t6\t3\t"), l[0]);
        assertEquals(8, l[0].split("\t").length, "magic, version, plan, two sizes, two CRCs, the seal");
        assertEquals(6, l[1].split("\t").length, "run, two offsets, two CRCs, the line's own CRC");
        assertTrue(l[1].startsWith("0\t11\t11\t"), l[1]);
    }

    @Test
    void anIntactBatchKeepsEveryRun() throws IOException {
        Journal.Position p = verify();
        assertEquals(3, p.nextRun());
        assertEquals(Files.size(runs), p.runsBytes());
        assertEquals(Files.size(daily), p.dailyBytes());
        assertEquals(fullJournal, p.journalText());
        assertEquals("", p.notice());
    }

    @Test
    void bytesBeyondTheLastLineAndATornLineAreWhatAKillLeavesAndAreDroppedQuietly() throws IOException {
        Files.writeString(runs, "r3,partial", java.nio.file.StandardOpenOption.APPEND);
        String[] l = lines();
        Files.writeString(dir.resolve(Journal.FILE), l[0] + "\n" + l[1] + "\n" + l[2].substring(0, 5));
        Journal.Position p = verify();
        assertEquals(1, p.nextRun());
        assertEquals(RUNS_HEADER.length + RUN_ROWS[0].length(), p.runsBytes());
        assertEquals(l[0] + "\n" + l[1] + "\n", p.journalText());
        assertEquals("", p.notice());
    }

    @Test
    void aDataFileShorterThanTheJournalSaysKeepsOnlyTheRunsItHoldsAndSaysWhy() throws IOException {
        long cut = RUNS_HEADER.length + RUN_ROWS[0].length() + 2; // inside run 1
        try (var ch = java.nio.channels.FileChannel.open(runs, java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(cut);
        }
        Journal.Position p = verify();
        assertEquals(1, p.nextRun());
        assertTrue(p.notice().contains("run 1's bytes in " + runs), p.notice());
        assertTrue(p.notice().contains("shorter than recorded"), p.notice());
    }

    @Test
    void aHoleOfZerosOrAFlippedByteIsFoundByTheChecksum() throws IOException {
        byte[] d = Files.readAllBytes(daily);
        d[DAILY_HEADER.length + DAILY_ROWS[0].length() + DAILY_ROWS[1].length() + 1] = 0; // inside run 2
        Files.write(daily, d);
        Journal.Position p = verify();
        assertEquals(2, p.nextRun());
        assertTrue(
                p.notice().contains("run 2's bytes in " + daily) && p.notice().contains("checksum"), p.notice());
    }

    @Test
    void aDamagedOrDuplicateJournalLineEndsWhatIsKept() throws IOException {
        String[] l = lines();
        Files.writeString(dir.resolve(Journal.FILE), l[0] + "\n" + l[1] + "\n" + l[1] + "\n" + l[2] + "\n");
        Journal.Position dup = verify();
        assertEquals(1, dup.nextRun());
        assertTrue(dup.notice().contains("records run 0 where run 1 was expected"), dup.notice());

        Files.writeString(dir.resolve(Journal.FILE), l[0] + "\n" + l[1] + "\n" + l[2].replaceFirst("^1", "12a") + "\n");
        Journal.Position damaged = verify();
        assertEquals(1, damaged.nextRun());
        assertTrue(damaged.notice().contains("line 3 of") && damaged.notice().contains("is damaged"), damaged.notice());
    }

    @Test
    void aDamagedDataHeaderOrAMissingJournalKeepsNothing() throws IOException {
        Files.writeString(daily, "XX\n" + String.join("", DAILY_ROWS));
        Journal.Position p = verify();
        assertEquals(0, p.nextRun());
        assertTrue(p.notice().contains("header of " + daily), p.notice());
        Files.delete(dir.resolve(Journal.FILE));
        assertEquals(0, verify().nextRun());
    }

    @Test
    void aJournalKilledBeforeItsHeaderWasCompleteKeepsNothingQuietly() throws IOException {
        Files.writeString(dir.resolve(Journal.FILE), lines()[0].substring(0, 20));
        Journal.Position p = verify();
        assertEquals(0, p.nextRun());
        assertEquals("", p.notice());
    }

    @Test
    void aJournalOfAnotherPlanIsRefused() {
        Journal.Header other = new Journal.Header("plan-xyz", header.headerSizes(), header.headerCrcs());
        BatchException e = assertThrows(BatchException.class, () -> Journal.verify(dir, other, runs, daily));
        assertTrue(e.getMessage().contains("different plan"), e.getMessage());
    }
}
