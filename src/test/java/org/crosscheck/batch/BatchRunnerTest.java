package org.crosscheck.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.crosscheck.CrossCheck;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.InputException;
import org.crosscheck.model.Report;
import org.crosscheck.report.JsonReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {

    private static final Path FIXTURES = Path.of("fixtures");

    @TempDir
    Path dir;

    private static List<Path> sources(String fixture, String... files) {
        List<Path> paths = new ArrayList<>();
        for (String f : files) {
            paths.add(FIXTURES.resolve(fixture).resolve(f));
        }
        return paths;
    }

    private static List<ManifestEntry> threeFixtureSets() {
        return List.of(
                new ManifestEntry(1, "court", sources("court-verdict", "original.txt", "daily-clarion.txt")),
                new ManifestEntry(2, "health", sources("health-study", "original.txt", "c7-news.html")),
                new ManifestEntry(3, "seeds", sources("seeds", "sky-news.txt", "forces-news.txt")));
    }

    @Test
    void writesEachSetsReportsAsASingleRunWouldPlusSummaryAndIndex() throws IOException {
        Path out = dir.resolve("out");
        List<ManifestEntry> sets = threeFixtureSets();

        BatchResult result = new BatchRunner(out, 2, Progress.NONE).run(sets);

        List<SetResult> expected = new ArrayList<>();
        for (ManifestEntry set : sets) {
            Report alone = CrossCheck.compareFiles(set.sources());
            assertThat(out.resolve(set.id() + ".json")).hasContent(new JsonReport().render(alone));
            assertThat(out.resolve(set.id() + ".html")).exists();
            Map<String, Integer> byType = new TreeMap<>();
            alone.discrepancies().stream().map(Discrepancy::type).forEach(t -> byType.merge(t, 1, Integer::sum));
            int c = alone.contradictions().size();
            expected.add(new SetResult(set.id(), true, c > 0 ? 1 : 0, c, byType, null));
        }
        assertThat(result.sets()).isEqualTo(expected);
        assertThat(result.exitStatus()).isEqualTo(1);

        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("sets").asInt()).isEqualTo(3);
        assertThat(summary.get("results").get(1).get("id").asText()).isEqualTo("health");
        assertThat(summary.get("results").get(1).get("status").asText()).isEqualTo("ok");
        assertThat(summary.get("results").get(1).get("contradictions").asInt()).isEqualTo(expected.get(1).contradictions());

        Document index = Jsoup.parse(out.resolve("index.html").toFile());
        assertThat(index.select("tbody tr td:first-child").eachText()).containsExactly("court", "health", "seeds");
        assertThat(index.select("a[href]").eachAttr("href")).contains("court.html", "health.json", "seeds.html");
    }

    @Test
    void reportsABadSetInTheSummaryWhileTheOthersSucceed() throws IOException {
        Path binary = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3});
        List<ManifestEntry> sets = new ArrayList<>(threeFixtureSets());
        sets.add(1, new ManifestEntry(7, "missing", List.of(dir.resolve("nope.txt"), FIXTURES.resolve("seeds/sky-news.txt"))));
        sets.add(new ManifestEntry(9, "binary", List.of(FIXTURES.resolve("seeds/sky-news.txt"), binary)));
        Path out = dir.resolve("out");

        BatchResult result = new BatchRunner(out, 3, Progress.NONE).run(sets);

        assertThat(result.sets()).extracting(SetResult::id, SetResult::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("court", "ok"), org.assertj.core.groups.Tuple.tuple("missing", "error"),
                        org.assertj.core.groups.Tuple.tuple("health", "ok"), org.assertj.core.groups.Tuple.tuple("seeds", "ok"),
                        org.assertj.core.groups.Tuple.tuple("binary", "error"));
        assertThat(result.sets().get(1).error()).startsWith("line 7: ").contains("nope.txt");
        assertThat(result.sets().get(4).error()).startsWith("line 9: ").contains("photo.txt");
        assertThat(result.exitStatus()).isEqualTo(2);
        assertThat(out.resolve("seeds.json")).exists();
        assertThat(out.resolve("missing.json")).doesNotExist();
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("errors").asInt()).isEqualTo(2);
        assertThat(summary.get("results").get(1).get("error").asText()).isEqualTo(result.sets().get(1).error());
        assertThat(Jsoup.parse(out.resolve("index.html").toFile()).select("tr.error td:first-child").eachText())
                .containsExactly("missing", "binary");
    }

    @Test
    void createsTheOutputDirectoryWithItsParentsButRefusesAFile() throws IOException {
        Path nested = dir.resolve("a/b/c");
        BatchRunner.prepareOutput(nested);
        assertThat(nested).isDirectory();
        BatchRunner.prepareOutput(nested);

        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> BatchRunner.prepareOutput(file)).isInstanceOf(InputException.class)
                .hasMessage("cannot write --out " + file + ": it is not a directory");
        assertThatThrownBy(() -> BatchRunner.prepareOutput(file.resolve("under"))).isInstanceOf(InputException.class)
                .hasMessageStartingWith("cannot create --out " + file.resolve("under"));
    }

    @Test
    void reportsProgressOncePerSetEndingAtTheTotal() {
        List<Integer> seen = java.util.Collections.synchronizedList(new ArrayList<>());

        new BatchRunner(dir.resolve("out"), 2, (finished, total) -> seen.add(finished * 100 + total)).run(threeFixtureSets());

        assertThat(seen).containsExactlyInAnyOrder(103, 203, 303);
    }

    @Test
    void escapesIdsAndErrorsInTheIndex() {
        BatchResult result = new BatchResult(List.of(new SetResult("a", false, 2, 0, Map.of(), "line 1: <script>alert(1)</script>")));

        String html = new BatchIndex().render(result);

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
    }
}
