package org.golivesim.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Where this build came from: the git commit recorded at build time, for manifests. */
public final class Provenance {
    private Provenance() {}

    /** The git commit this jar was built from, or {@code unknown}. */
    public static String commit() {
        try (InputStream in = Provenance.class.getResourceAsStream("/golive-build.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String c = p.getProperty("commit", "unknown").trim();
            return c.isEmpty() || c.startsWith("${") ? "unknown" : c;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
