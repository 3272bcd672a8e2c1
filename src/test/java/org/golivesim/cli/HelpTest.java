package org.golivesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command's help renders cleanly (picocli warns about unescaped format characters in descriptions). */
class HelpTest {
    @ParameterizedTest
    @ValueSource(strings = {"run", "batch", "report", "validate", "params", "bench", "calibrate"})
    void helpPrintsUsageWithoutWarnings(String command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream previousErr = System.err;
        int code;
        try {
            // picocli writes its own warnings to System.err
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = GoLive.execute(new String[] {command, "--help"}, new PrintStream(out, true), System.err);
        } finally {
            System.setErr(previousErr);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        String warnings = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, code);
        assertTrue(text.startsWith("Usage: golive " + command), text);
        assertFalse(warnings.contains("WARN"), warnings);
    }
}
