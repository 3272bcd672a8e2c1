package org.golivesim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.golivesim.results.AtomicFiles;

/**
 * A generated section of a hand-written document: the text between {@code <!-- NAME:begin -->} and
 * {@code <!-- NAME:end -->} is replaced, the rest of the document is kept, and the file is replaced atomically.
 */
final class DocSection {
    private DocSection() {}

    /**
     * Replaces one section.
     *
     * @param doc the document, e.g. docs/VALIDATION.md
     * @param name the section's marker name, e.g. {@code claims}
     * @param content the new content (markdown, ending with a newline)
     * @throws IllegalArgumentException when the document lacks the markers
     * @throws IOException when the document cannot be read or written
     */
    static void replace(Path doc, String name, String content) throws IOException {
        String begin = "<!-- " + name + ":begin -->";
        String end = "<!-- " + name + ":end -->";
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int b = text.indexOf(begin);
        int e = text.indexOf(end);
        if (b < 0 || e < b) {
            throw new IllegalArgumentException(
                    doc + " lacks the markers " + begin + " and " + end + " around its generated " + name + " section");
        }
        AtomicFiles.writeString(doc, text.substring(0, b + begin.length()) + "\n" + content + text.substring(e));
    }
}
