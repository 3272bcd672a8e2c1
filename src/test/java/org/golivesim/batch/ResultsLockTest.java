package org.golivesim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exclusive lock of a results directory, within one JVM and across processes. */
@SuppressWarnings("try") // locks held for their try blocks
class ResultsLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondWriterInTheSameProcessIsRefusedUntilTheFirstIsDone() throws Exception {
        Path out = dir.resolve("out");
        try (ResultsLock first = ResultsLock.acquire(out)) {
            String owner = Files.readString(out.resolve(ResultsLock.FILE));
            assertTrue(owner.startsWith("pid " + ProcessHandle.current().pid() + " on host "), owner);
            BatchException e = assertThrows(BatchException.class, () -> ResultsLock.acquire(out));
            assertTrue(e.getMessage().contains("is in use by a golive process"), e.getMessage());
            assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
        }
        assertEquals("", Files.readString(out.resolve(ResultsLock.FILE)), "released: the owner is cleared");
        try (ResultsLock again = ResultsLock.acquire(out)) {
            assertEquals("", again.previousOwner(), "a released lock is not stale");
        }
    }

    @Test
    void anotherProcessHoldingTheLockIsNamedAndItsDeathFreesTheLock() throws Exception {
        Path out = dir.resolve("held");
        Process child = LockHolder.start(out, dir.resolve("child.log"));
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!LockHolder.holding(out) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(LockHolder.holding(out), "the child did not take the lock");
            BatchException e = assertThrows(BatchException.class, () -> ResultsLock.acquire(out));
            assertTrue(e.getMessage().contains("pid " + child.pid()), e.getMessage());
            assertTrue(e.getMessage().contains("since 20"), e.getMessage());
        } finally {
            child.destroyForcibly();
            child.waitFor(20, TimeUnit.SECONDS);
        }
        try (ResultsLock taken = ResultsLock.acquire(out)) {
            assertTrue(taken.previousOwner().contains("pid " + child.pid()), "the stale owner is reported");
        }
    }

    @Test
    void aFileInPlaceOfTheDirectoryIsAClearError() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        BatchException e = assertThrows(BatchException.class, () -> ResultsLock.acquire(file));
        assertTrue(e.getMessage().contains("is a file, not a directory"), e.getMessage());
    }
}
