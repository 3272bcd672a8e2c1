package org.golivesim.results;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;

/**
 * Writes files so that a crash leaves either the complete old file or the complete new one, never a torn mix.
 *
 * <p>The content goes to a temporary file in the target's own directory (so the final rename stays on one file
 * system), is flushed to disk, and is then renamed over the target with {@link StandardCopyOption#ATOMIC_MOVE}.
 * Any package that writes results may reuse it.
 */
public final class AtomicFiles {

    private AtomicFiles() {}

    /**
     * Atomically replaces {@code target} with {@code content}, creating missing parent directories.
     *
     * @param target the file to create or replace
     * @param content the complete new content
     * @return {@code target}
     * @throws IOException if the directory cannot be created, the data cannot be written, or the file system cannot
     *     rename atomically (the target is then left untouched and the temporary file removed)
     */
    public static Path write(Path target, byte[] content) throws IOException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(content, "content");
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        try {
            // temp files are created owner-only; give the result the old file's permissions, else rw-r--r--
            if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Set<PosixFilePermission> perms = Files.exists(absolute)
                        ? Files.getPosixFilePermissions(absolute)
                        : PosixFilePermissions.fromString("rw-r--r--");
                Files.setPosixFilePermissions(temp, perms);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                out.write(content);
                out.flush();
                channel.force(true);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return target;
    }

    /**
     * Atomically replaces {@code target} with {@code text} encoded as UTF-8.
     *
     * @param target the file to create or replace
     * @param text the complete new content
     * @return {@code target}
     * @throws IOException as for {@link #write(Path, byte[])}
     */
    public static Path writeString(Path target, String text) throws IOException {
        Objects.requireNonNull(text, "text");
        return write(target, text.getBytes(StandardCharsets.UTF_8));
    }
}
