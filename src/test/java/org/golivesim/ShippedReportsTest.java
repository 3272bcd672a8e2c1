package org.golivesim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.golivesim.results.ResultsData;
import org.golivesim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Smoke test of the report for every shipped scenario: each file runs as a short batch (one month, one replication)
 * through the command line, and its report reads correctly for its shape: a title in words, no number that failed
 * to format, comparison wording only where there are arms to compare, the single arm of a scenario named after the
 * scenario (not "as given"), and the sections a sweep or a sensitivity design calls for.
 */
@Tag("slow")
class ShippedReportsTest {

    @TempDir
    static Path tmp;

    static List<Path> files() throws IOException {
        return ShippedScenariosTest.files().toList();
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyShippedScenarioGivesAReadableReport(Path file) throws IOException {
        Path out = tmp.resolve(file.getFileName().toString().replace(".yaml", ""));
        InProcess.goliveOk(
                "batch", file.toString(), "--replications", "1", "--set", "horizonMonths=1", "--out", out.toString());
        String html = Files.readString(out.resolve("report.html"));
        ResultsData data = ResultsData.load(out);
        String name = ScenarioLoader.load(file, List.of()).scenario().name();

        Matcher h1 = Pattern.compile("<h1 id=\"scenario-name\">([^<]*)</h1>").matcher(html);
        assertTrue(h1.find(), file + ": no title");
        String title = h1.group(1);
        assertFalse(title.isBlank(), file + ": empty title");
        assertFalse(title.contains("-") && title.equals(name), file + ": title is the file slug '" + title + "'");

        String text = html.replaceAll("(?s)<style>.*?</style>", "")
                .replaceAll("src=\"data:[^\"]*\"", "")
                .replaceAll("<[^>]+>", " ");
        Matcher key = Pattern.compile("\\b[a-z]+\\.[a-z]+[A-Z]\\w*\\b")
                .matcher(text.substring(0, Math.max(0, text.indexOf(" Scenario points "))));
        assertFalse(key.find(), file + ": a parameter key where words belong: " + (key.find(0) ? key.group() : ""));
        for (String bad : List.of("NaN", "Infinity", "null", "E-", "E+")) {
            assertFalse(
                    Pattern.compile("\\b" + Pattern.quote(bad) + "(\\b|\\d)")
                            .matcher(text)
                            .find(),
                    file + ": the report text shows '" + bad + "'");
        }

        if (data.arms().size() == 1) {
            assertFalse(html.contains("id=\"differences\""), file + ": a one-arm report has no differences section");
            // the provenance section's seed scheme may name common random numbers: it describes the tool
            String reading = text.substring(0, Math.max(0, text.indexOf(" Provenance ")));
            for (String wording : List.of("each arm", "paired", "reference arm", "common random numbers")) {
                assertFalse(reading.contains(wording), file + ": one-arm report says '" + wording + "'");
            }
            assertFalse(
                    html.contains(">As given<"), file + ": the single arm is named after the scenario, not 'As given'");
        } else {
            assertTrue(html.contains("id=\"differences\""), file + ": arms to compare but no differences section");
            assertTrue(text.contains("Effect of"), file + ": arms to compare but no effect headlines");
        }
        String decision = html.substring(html.indexOf("<section id=\"decision\""));
        decision = decision.substring(0, decision.indexOf("</section>")).replaceAll("<[^>]+>", " ");
        boolean oneConfiguration = data.arms().size() == 1 && data.points().size() == 1;
        assertTrue(
                oneConfiguration
                        ? decision.contains("the mean total cost is")
                        : decision.contains("Recommended") || text.contains("No configuration met every target"),
                file + ": the decision box states no outcome: " + decision);
        if (Files.exists(out.resolve("sensitivity.csv"))) {
            assertTrue(html.contains("id=\"sensitivity\""), file + ": sensitivity results but no section");
        }
        if (data.points().size() > 1 && data.arms().size() > 1) {
            assertTrue(html.contains("id=\"trade-offs\""), file + ": a sweep without trade-off charts");
        }
        assertEquals(
                data.runs().size(),
                data.runs().stream().filter(r -> r.ok()).count(),
                file + ": every run of a shipped scenario completes");
    }
}
