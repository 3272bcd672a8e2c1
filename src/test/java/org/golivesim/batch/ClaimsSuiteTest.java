package org.golivesim.batch;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped claims suite as the model's acceptance test: every claim of {@code validation/claims.yaml} that names
 * the mechanism reproducing it must hold (the 95% interval of its paired difference excludes zero in the expected
 * direction). Claims without a mechanism are left to {@code golive claims}, which reports them. Runs use the file's
 * own seeds, so a verdict changes only when the model does.
 */
@Tag("slow")
class ClaimsSuiteTest {
    private static final Path CLAIMS = Path.of("validation", "claims.yaml");
    private static final int REPLICATIONS = 8;

    @Test
    void everyClaimWithAMechanismHolds(@TempDir Path out) throws Exception {
        List<Claims.Claim> claims = Claims.read(CLAIMS, Path.of(".")).stream()
                .filter(c -> c.mechanism() != null)
                .toList();
        assertFalse(claims.isEmpty(), "the suite asserts nothing unless some claims name their mechanism");
        List<Claims.Verdict> verdicts = Claims.run(
                CLAIMS,
                claims,
                REPLICATIONS,
                List.of(),
                out,
                Runtime.getRuntime().availableProcessors(),
                new PrintStream(OutputStream.nullOutputStream()));
        List<Executable> checks = new ArrayList<>();
        for (Claims.Verdict v : verdicts) {
            checks.add(() -> assertEquals(
                    "holds",
                    v.verdict(),
                    v.claim().id() + " (" + v.claim().mechanism() + "), " + v.arm() + " vs "
                            + v.claim().reference() + " on " + v.claim().metric() + ": " + v.cells()));
        }
        assertFalse(checks.isEmpty(), "every asserted claim gave a verdict");
        assertAll(checks);
    }
}
