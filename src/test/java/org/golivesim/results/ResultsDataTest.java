package org.golivesim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsDataTest {

    @TempDir
    Path tmp;

    private Path results() throws IOException {
        return SyntheticResults.twoPoints().writeTo(tmp.resolve("results"));
    }

    @Test
    void readsEveryFileOfTheContract() throws IOException {
        ResultsData data = ResultsData.load(results());
        assertEquals(
                "Riverside General <b>go-live</b> & friends", data.manifest().scenarioName());
        assertEquals("123", data.manifest().masterSeed());
        assertEquals(2, data.manifest().threads().getAsInt());
        assertEquals(2, data.manifest().scenarioFiles().size());
        assertEquals(List.of("training.physicianHours", "support.helpDeskAnalysts"), data.pointParameters());
        assertEquals(2, data.points().size());
        assertTrue(data.points().get(0).label().endsWith(SyntheticResults.SCRIPT_LABEL_SUFFIX));
        assertEquals("4.0", data.points().get(0).parameters().get("training.physicianHours"));
        assertEquals(2 * 2 * 4, data.runs().size());
        assertEquals(SyntheticResults.SUMMARY_METRICS, data.summaryMetrics());
        assertEquals(SyntheticResults.DAILY_METRICS, data.curveMetrics());
        Curve backlog = data.curve(1, "dedicated-team", "backlog").orElseThrow();
        assertEquals(67, backlog.size());
        assertEquals(-7, backlog.days()[0]);
        assertEquals(59, backlog.days()[66]);
        assertEquals(
                2 * SyntheticResults.SUMMARY_METRICS.size(), data.comparisons().size());
        assertTrue(data.sensitivity().isEmpty());
        assertTrue(data.calibration().isEmpty());
    }

    @Test
    void emptyMetricCellIsMissingNotZero() throws IOException {
        ResultsData data = ResultsData.load(results());
        RunRecord second = data.runs().get(1);
        assertEquals(1, second.replication());
        assertTrue(Double.isNaN(second.metric("harm_events")));
        assertTrue(second.ok());
    }

    @Test
    void namesEveryMissingRequiredFileAtOnce() throws IOException {
        Path dir = results();
        Files.delete(dir.resolve("runs.csv"));
        Files.delete(dir.resolve("comparison.csv"));
        ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> ResultsData.load(dir));
        assertTrue(e.getMessage().contains("runs.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("comparison.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("run_id,point_id,arm"), "says what is expected: " + e.getMessage());
        assertTrue(e instanceof IllegalArgumentException);
    }

    @Test
    void rejectsAMissingDirectory() {
        ResultsFormatException e =
                assertThrows(ResultsFormatException.class, () -> ResultsData.load(tmp.resolve("nope")));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }

    @Test
    void badNumberNamesFileRowAndColumn() throws IOException {
        Path dir = results();
        replace(dir.resolve("comparison.csv"), ",0.0004\n", ",0,0004\n", 1);
        ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> ResultsData.load(dir));
        assertTrue(e.getMessage().startsWith("comparison.csv data row 1"), e.getMessage());
    }

    @Test
    void nonNumericCellNamesTheColumn() throws IOException {
        Path dir = results();
        String runs = Files.readString(dir.resolve("runs.csv"));
        String[] lines = runs.split("\n");
        String[] cells = lines[3].split(",", -1);
        cells[7] = "high"; // availability
        lines[3] = String.join(",", cells);
        Files.writeString(dir.resolve("runs.csv"), String.join("\n", lines) + "\n");
        ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> ResultsData.load(dir));
        assertTrue(e.getMessage().contains("runs.csv data row 3, column 'availability': value 'high'"), e.getMessage());
    }

    @Test
    void unknownPointIdIsRejected() throws IOException {
        Path dir = results();
        Files.writeString(
                dir.resolve("curves.csv"),
                "7,as-given,0,backlog,4,1,1,1,1,1,1\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> ResultsData.load(dir));
        assertTrue(e.getMessage().contains("curves.csv") && e.getMessage().contains("point_id"), e.getMessage());
        assertTrue(e.getMessage().contains("'7'"), e.getMessage());
    }

    @Test
    void anEmptyArmIsRejected() throws IOException {
        Path dir = results();
        replace(dir.resolve("runs.csv"), ",dedicated-team,", ",,", 1);
        ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> ResultsData.load(dir));
        assertTrue(
                e.getMessage().contains("arm") && e.getMessage().contains("the name of an experiment arm"),
                e.getMessage());
    }

    @Test
    void armsComeInPlanOrderWithTheComparisonsReference() throws IOException {
        ResultsData data = ResultsData.load(results());
        assertEquals(java.util.List.of("as-given", "dedicated-team"), data.arms());
        assertEquals("as-given", data.referenceArm());
    }

    @Test
    void missingColumnIsNamed() throws IOException {
        Path dir = results();
        replace(dir.resolve("comparison.csv"), "p_value", "pvalue", 1);
        ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> ResultsData.load(dir));
        assertTrue(e.getMessage().contains("comparison.csv lacks column(s) p_value"), e.getMessage());
    }

    @Test
    void duplicateCurveDayIsRejected() throws IOException {
        Path dir = results();
        Files.writeString(
                dir.resolve("curves.csv"),
                "0,as-given,5,backlog,4,1,1,1,1,1,1\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> ResultsData.load(dir));
        assertTrue(e.getMessage().contains("day 5"), e.getMessage());
    }

    @Test
    void unterminatedQuoteIsAFormatError() throws IOException {
        Path dir = results();
        Files.writeString(
                dir.resolve("points.csv"),
                "point_id,label,training.physicianHours,support.helpDeskAnalysts\n0,\"open,4,8\n");
        assertThrows(ResultsFormatException.class, () -> ResultsData.load(dir));
    }

    @Test
    void malformedManifestIsRejected() throws IOException {
        Path dir = results();
        Files.writeString(dir.resolve("manifest.json"), "{\"threads\": \"two\"}");
        ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> ResultsData.load(dir));
        assertTrue(e.getMessage().contains("manifest.json: threads must be an integer"), e.getMessage());

        Files.writeString(dir.resolve("manifest.json"), "{\"targets\": {\"availability\": {\"above\": 0.99}}}");
        e = assertThrows(ResultsFormatException.class, () -> ResultsData.load(dir));
        assertTrue(e.getMessage().contains("targets.availability has key 'above'"), e.getMessage());

        Files.writeString(dir.resolve("manifest.json"), "[1, 2");
        e = assertThrows(ResultsFormatException.class, () -> ResultsData.load(dir));
        assertTrue(e.getMessage().contains("manifest.json is not valid JSON"), e.getMessage());
    }

    @Test
    void columnOrderDoesNotMatterForRequiredColumns() throws IOException {
        Path dir = results();
        List<String> lines = Files.readAllLines(dir.resolve("comparison.csv"));
        StringBuilder swapped = new StringBuilder();
        for (String line : lines) {
            String[] c = line.split(",", -1);
            String t = c[0];
            c[0] = c[1];
            c[1] = t;
            swapped.append(String.join(",", c)).append('\n');
        }
        Files.writeString(dir.resolve("comparison.csv"), swapped.toString());
        ResultsData data = ResultsData.load(dir);
        assertEquals(0, data.comparisons().get(0).pointId());
        assertEquals("availability", data.comparisons().get(0).metric());
    }

    @Test
    void curvesAreSortedByDayWhateverTheRowOrder() throws IOException {
        Path dir = results();
        List<String> lines = Files.readAllLines(dir.resolve("curves.csv"));
        List<String> body = new java.util.ArrayList<>(lines.subList(1, lines.size()));
        java.util.Collections.reverse(body);
        Files.writeString(dir.resolve("curves.csv"), lines.get(0) + "\n" + String.join("\n", body) + "\n");
        Curve c = ResultsData.load(dir).curve(0, "as-given", "backlog").orElseThrow();
        int[] days = c.days();
        for (int i = 1; i < days.length; i++) {
            assertTrue(days[i] > days[i - 1]);
        }
    }

    @Test
    void byteOrderMarkIsIgnored() throws IOException {
        Path dir = results();
        byte[] points = Files.readAllBytes(dir.resolve("points.csv"));
        byte[] withBom = new byte[points.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(points, 0, withBom, 3, points.length);
        Files.write(dir.resolve("points.csv"), withBom);
        assertEquals(2, ResultsData.load(dir).points().size());
    }

    private static void replace(Path file, String from, String to, int times) throws IOException {
        String s = Files.readString(file);
        for (int i = 0; i < times; i++) {
            int at = s.indexOf(from);
            assertTrue(at >= 0, "fixture contains " + from);
            s = s.substring(0, at) + to + s.substring(at + from.length());
        }
        Files.writeString(file, s);
    }
}
