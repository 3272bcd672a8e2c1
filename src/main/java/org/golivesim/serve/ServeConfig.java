package org.golivesim.serve;

import java.nio.file.Path;
import java.util.List;

/**
 * How {@code golive serve} runs.
 *
 * @param host address to bind (127.0.0.1 unless asked otherwise)
 * @param port TCP port (0: any free port)
 * @param resultsRoot the only directory the server writes to (saved what-ifs, the experiments' working files)
 * @param scenarios directory whose scenario files may be chosen as the what-if's reference
 * @param extraResults results directories named on the command line, shown on the explore page with those under
 *     {@code resultsRoot}
 * @param threads worker threads of one experiment
 * @param maxExperiments experiments that may run at the same time across all sessions
 * @param defaultReplications replications the what-if page proposes
 * @param maxReplications the most replications one what-if may ask for
 */
public record ServeConfig(
        String host,
        int port,
        Path resultsRoot,
        Path scenarios,
        List<Path> extraResults,
        int threads,
        int maxExperiments,
        int defaultReplications,
        int maxReplications) {

    /** The least replications a what-if may ask for (a paired interval needs two pairs). */
    public static final int MIN_REPLICATIONS = 2;

    public ServeConfig {
        extraResults = List.copyOf(extraResults);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be in [0, 65535], got " + port);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
        if (maxExperiments < 1) {
            throw new IllegalArgumentException("--max-experiments must be at least 1, got " + maxExperiments);
        }
        if (maxReplications < MIN_REPLICATIONS) {
            throw new IllegalArgumentException(
                    "--max-replications must be at least " + MIN_REPLICATIONS + ", got " + maxReplications);
        }
        if (defaultReplications < MIN_REPLICATIONS || defaultReplications > maxReplications) {
            throw new IllegalArgumentException("--replications must be in [" + MIN_REPLICATIONS + ", " + maxReplications
                    + "], got " + defaultReplications);
        }
    }

    /** Whether the server listens on a loopback address only (then requests must name it in their Host header). */
    public boolean loopbackOnly() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }
}
