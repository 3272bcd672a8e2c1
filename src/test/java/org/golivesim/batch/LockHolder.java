package org.golivesim.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process that takes a results directory's lock and holds it until killed: {@code LockHolder DIR}. */
public final class LockHolder {
    private LockHolder() {}

    public static void main(String[] args) throws Exception {
        ResultsLock lock = ResultsLock.acquire(Path.of(args[0]));
        Files.writeString(Path.of(args[0]).resolve("holding"), "yes");
        Thread.sleep(Long.MAX_VALUE);
        lock.close();
    }

    static Process start(Path dir, Path log) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", classpath, LockHolder.class.getName(), dir.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    static boolean holding(Path dir) {
        return Files.exists(dir.resolve("holding"));
    }
}
