package org.golivesim;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden test: one run of {@code src/test/resources/golden/tiny.yaml} must write exactly the checked-in
 * {@code runs.csv} and {@code daily.csv}. Any change to the model, the streams or the output format shows here. When
 * the change is intended, regenerate the files with the command in {@link GoldenFiles#REGENERATE} and commit them with
 * the change that explains them.
 */
class GoldenTest {
    @TempDir
    Path dir;

    @Test
    void theTinyScenarioWritesTheCheckedInFiles() throws Exception {
        GoldenFiles.run(dir);
        for (String f : GoldenFiles.FILES) {
            Path expected = GoldenFiles.DIR.resolve(f);
            assertTrue(Files.exists(expected), expected + " is missing; generate it with " + GoldenFiles.REGENERATE);
            byte[] want = Files.readAllBytes(expected);
            byte[] got = Files.readAllBytes(dir.resolve(f));
            if (!Arrays.equals(want, got)) {
                fail(f + " differs from the golden file " + expected + " (" + firstDifference(want, got) + ")."
                        + " If the change is intended, regenerate with: " + GoldenFiles.REGENERATE);
            }
        }
    }

    private static String firstDifference(byte[] want, byte[] got) {
        List<String> a = new String(want, StandardCharsets.UTF_8).lines().toList();
        List<String> b = new String(got, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return "first difference on line " + (i + 1) + ":\n  expected " + a.get(i) + "\n  actual   " + b.get(i);
            }
        }
        return "expected " + a.size() + " lines, got " + b.size();
    }
}
