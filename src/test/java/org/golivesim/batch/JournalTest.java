package org.golivesim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the journal of an interrupted batch. */
class JournalTest {
    private static final long[] HEADERS = {100, 50};

    @TempDir
    Path dir;

    private Journal.Position read(String text) throws IOException {
        Files.writeString(dir.resolve(Journal.FILE), text);
        return Journal.read(dir, HEADERS);
    }

    @Test
    void noJournalMeansStartingAfterTheHeaders() throws IOException {
        assertEquals(new Journal.Position(0, 100, 50), Journal.read(dir, HEADERS));
    }

    @Test
    void theLastCompleteLineGivesTheNextRunAndTheSizes() throws IOException {
        assertEquals(new Journal.Position(2, 300, 170), read("0\t200\t110\n1\t300\t170\n"));
    }

    @Test
    void aTornLastLineIsIgnoredAndDroppedFromTheFile() throws IOException {
        assertEquals(new Journal.Position(1, 200, 110), read("0\t200\t110\n1\t30"));
        assertEquals("0\t200\t110\n", Files.readString(dir.resolve(Journal.FILE)));
    }

    @Test
    void appendingRecordsOneLinePerRun() throws IOException {
        try (Journal j = new Journal(dir)) {
            j.finished(0, new long[] {200, 110});
            j.finished(1, new long[] {300, 170});
        }
        assertEquals("0\t200\t110\n1\t300\t170\n", Files.readString(dir.resolve(Journal.FILE)));
    }

    @Test
    void aDamagedOrOutOfOrderLineIsAnErrorNamingIt() {
        IOException damaged = assertThrows(IOException.class, () -> read("0\t200\t110\n1\t300\n2\t400\t200\n"));
        assertTrue(damaged.getMessage().contains("line 2 is damaged"), damaged.getMessage());
        IOException order = assertThrows(IOException.class, () -> read("0\t200\t110\n2\t300\t170\n"));
        assertTrue(order.getMessage().contains("records run 2 where run 1 was expected"), order.getMessage());
    }
}
