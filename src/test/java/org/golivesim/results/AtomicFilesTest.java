package org.golivesim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path tmp;

    @Test
    void createsParentsAndWritesContent() throws IOException {
        Path target = tmp.resolve("a/b/c.txt");
        assertEquals(target, AtomicFiles.writeString(target, "héllo"));
        assertEquals("héllo", Files.readString(target));
    }

    @Test
    void replacesExistingFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = tmp.resolve("x.bin");
        Files.writeString(target, "old content that is longer");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.write(target, new byte[] {1, 2, 3});
        assertEquals(3, Files.size(target));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "only the target remains");
        }
    }

    @Test
    void newFilesAreReadableByOthers() throws IOException {
        Path target = AtomicFiles.writeString(tmp.resolve("r.html"), "x");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void failedWriteKeepsTheOldFile() throws IOException {
        Path dir = tmp.resolve("d");
        Files.createDirectories(dir.resolve("target-is-a-dir/child"));
        Path target = dir.resolve("target-is-a-dir");
        assertThrows(IOException.class, () -> AtomicFiles.writeString(target, "new"));
        assertTrue(Files.isDirectory(target.resolve("child")), "old content untouched");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "temporary file removed");
        }
    }
}
