package org.golivesim.batch;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The exclusive lock of a results directory: an operating-system lock ({@link FileChannel#tryLock()}) on
 * {@code .golive.lock}, which holds the owner's pid, host and start time. A second writer (another batch, a
 * {@code --resume} or an {@code --overwrite} of the same directory) is refused with a message naming the holder. The
 * operating system drops the lock when its process dies, even by {@code kill -9}, so a lock file left by a dead
 * process is stale: the next writer takes it over and rewrites its content. The file itself stays in the directory.
 */
public final class ResultsLock implements AutoCloseable {
    /** File name of the lock in the results directory. */
    public static final String FILE = ".golive.lock";

    /** Directories locked by this JVM: a second channel on the file must not be opened (closing it would drop the lock). */
    private static final java.util.Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    private final String previousOwner;

    private ResultsLock(Path key, FileChannel channel, FileLock lock, String previousOwner) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
        this.previousOwner = previousOwner;
    }

    /**
     * Takes the lock of a directory, creating the directory when missing.
     *
     * @param dir the results directory
     * @return the lock, to be closed when the writer is done
     * @throws BatchException when another live process holds it, or {@code dir} is not a directory
     * @throws IOException when the lock file cannot be created
     */
    public static ResultsLock acquire(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BatchException("results directory " + dir + " is a file, not a directory; choose another --out");
        }
        Files.createDirectories(dir);
        Path file = dir.resolve(FILE);
        Path key = dir.toRealPath();
        if (!HELD.add(key)) {
            throw inUse(
                    dir,
                    file,
                    "this same process, pid " + ProcessHandle.current().pid());
        }
        FileChannel channel;
        FileLock lock;
        String content;
        try {
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            try {
                lock = channel.tryLock();
                content = read(channel);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            HELD.remove(key);
            throw e;
        }
        if (lock == null) {
            channel.close();
            HELD.remove(key);
            throw inUse(dir, file, content.isBlank() ? "owner unknown" : content.strip());
        }
        String owner = "pid " + ProcessHandle.current().pid() + " on host " + host() + " since " + Instant.now();
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((owner + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            channel.close();
            HELD.remove(key);
            throw e;
        }
        return new ResultsLock(key, channel, lock, content.strip());
    }

    private static BatchException inUse(Path dir, Path file, String holder) {
        return new BatchException("results directory " + dir + " is in use by a golive process (" + holder
                + "; lock file " + file + "); wait for it to finish, stop it, or choose another --out");
    }

    /** What the lock file said before this process took it over (a stale owner), or empty. */
    public String previousOwner() {
        return previousOwner;
    }

    private static String read(FileChannel channel) throws IOException {
        long size = Math.min(channel.size(), 4096);
        ByteBuffer b = ByteBuffer.allocate((int) size);
        channel.read(b, 0);
        return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                channel.truncate(0); // an empty lock file is a released one; content left behind marks a dead owner
                lock.release();
            }
        } finally {
            try {
                channel.close();
            } finally {
                HELD.remove(key);
            }
        }
    }
}
