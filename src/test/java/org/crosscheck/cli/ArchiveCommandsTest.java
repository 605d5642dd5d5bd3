package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosscheck index} and {@code crosscheck check} as a wire desk runs them. */
class ArchiveCommandsTest {

    private static final Path SKY = Path.of("fixtures/seeds/sky-news.txt");
    private static final Path FORCES = Path.of("fixtures/seeds/forces-news.txt");
    private static final Path STORM = Path.of("fixtures/storm-weather/bbn-news.txt");
    private static final Path VERDICT = Path.of("fixtures/court-verdict/original.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void indexSaysWhatItAddedAndReplacedAndHowManyTheArchiveHolds() {
        String archive = dir.resolve("archive").toString();
        assertThat(run("index", "--archive", archive, SKY.toString(), VERDICT.toString(), "--name", "wire"))
                .isEqualTo(new Run(0, "2 added, 0 replaced; the archive holds 2 articles\n", ""));
        assertThat(run("index", "--archive", archive, SKY.toString(), "--name", "wire"))
                .isEqualTo(new Run(0, "0 added, 1 replaced; the archive holds 2 articles\n", ""));
    }

    @Test
    void checkFindsTheOriginalAndReportsWhatReportReportsForThePair() throws Exception {
        String archive = dir.resolve("archive").toString();
        run("index", "--archive", archive, SKY.toString(), VERDICT.toString(), STORM.toString());
        Path checked = dir.resolve("check.json");
        Path html = dir.resolve("check.html");
        Run check = run("check", "--archive", archive, FORCES.toString(), "--json", checked.toString(), "--html", html.toString());
        Path pairwise = dir.resolve("report.json");
        Run report = run("report", SKY.toString(), FORCES.toString(), "--json", pairwise.toString(), "--quiet");

        assertThat(check.status()).isEqualTo(report.status()).isEqualTo(1);
        assertThat(check.out()).startsWith(FORCES + ": best match sky-news (score ");
        JsonNode got = JSON.readTree(checked.toFile());
        JsonNode want = JSON.readTree(pairwise.toFile());
        for (String field : new String[] {"sources", "alignments", "discrepancies", "summary"}) {
            assertThat(got.get(field)).as(field).isEqualTo(want.get(field));
        }
        assertThat(got.get("matches")).hasSize(1);
        assertThat(got.get("matches").get(0).get("id").asText()).isEqualTo("sky-news");
        assertThat(got.get("matches").get(0).get("shared_sentences").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(Files.readString(html)).contains("<section id=\"archive-match\"", "Compared with archived article <b>sky-news</b>");
    }

    @Test
    void checkOfAStoryNotInTheArchiveWritesNoMatchesAndExitsZero() throws Exception {
        String archive = dir.resolve("archive").toString();
        run("index", "--archive", archive, SKY.toString(), VERDICT.toString());
        Path json = dir.resolve("check.json");
        Path html = dir.resolve("check.html");
        Run check = run("check", "--archive", archive, STORM.toString(), "--json", json.toString(), "--html", html.toString());
        assertThat(check).isEqualTo(new Run(0, "no archived article reports the same story as " + STORM + "\n", ""));
        JsonNode got = JSON.readTree(json.toFile());
        assertThat(got.get("matches").isArray()).isTrue();
        assertThat(got.get("matches")).isEmpty();
        assertThat(got.get("sources")).hasSize(1);
        assertThat(got.get("discrepancies")).isEmpty();
        assertThat(Files.readString(html)).contains("No archived article reports the same story as bbn-news");
    }

    @Test
    void checkWithOutWritesAReportForEveryCopyAndASummary() throws Exception {
        String archive = dir.resolve("archive").toString();
        run("index", "--archive", archive, SKY.toString());
        Path out = dir.resolve("out");
        Run check = run("check", "--archive", archive, FORCES.toString(), STORM.toString(), "--out", out.toString());
        assertThat(check.status()).isEqualTo(1);
        assertThat(check.out()).startsWith("2 files: 1 found in the archive, 1 with contradictions, 0 failed");
        assertThat(JSON.readTree(out.resolve("forces-news.json").toFile()).get("matches")).hasSize(1);
        assertThat(JSON.readTree(out.resolve("bbn-news.json").toFile()).get("matches")).isEmpty();
        assertThat(JSON.readTree(out.resolve("summary.json").toFile()).get("sets").asInt()).isEqualTo(2);
        assertThat(out.resolve("index.html")).exists();
    }

    @Test
    void aDirectoryThatIsNotAnArchiveIsOneLineAndExitTwo() throws Exception {
        Path notArchive = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notArchive.resolve("todo.txt"), "call the desk");
        Path json = dir.resolve("c.json");
        Run check = run("check", "--archive", notArchive.toString(), FORCES.toString(), "--json", json.toString());
        assertThat(check).isEqualTo(new Run(2, "", "crosscheck: " + notArchive + ": not a crosscheck archive (no index in it)\n"));
        assertThat(json).doesNotExist();
        Run index = run("index", "--archive", notArchive.toString(), SKY.toString());
        assertThat(index).isEqualTo(new Run(2, "",
                "crosscheck: " + notArchive + ": not a crosscheck archive and not empty; refusing to write an archive into it\n"));
        Run missing = run("check", "--archive", dir.resolve("nowhere").toString(), FORCES.toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).hasLineCount(1).contains("no such archive");
    }

    @Test
    void severalCopiesWithoutOutIsAUsageError() {
        Run check = run("check", "--archive", dir.toString(), FORCES.toString(), STORM.toString());
        assertThat(check.status()).isEqualTo(2);
        assertThat(check.err()).startsWith("crosscheck: check of 2 files needs --out DIR").contains(Main.TRY_HELP);
    }

    @Test
    void anUnreadableFileIsSkippedAndTheOthersAreIndexed() {
        String archive = dir.resolve("archive").toString();
        Run index = run("index", "--archive", archive, dir.resolve("gone.txt").toString(), SKY.toString());
        assertThat(index.status()).isEqualTo(2);
        assertThat(index.err()).hasLineCount(1).startsWith("crosscheck: skipped ");
        assertThat(index.out()).isEqualTo("1 added, 0 replaced, 1 skipped; the archive holds 1 article\n");
    }

    @Test
    void checkWithTopComparesTheBestMatchesFirstAndTheCopyLast() throws Exception {
        String archive = dir.resolve("archive").toString();
        run("index", "--archive", archive, SKY.toString(), FORCES.toString(), VERDICT.toString());
        Path desk = Files.writeString(dir.resolve("desk.txt"), Files.readString(FORCES));
        Path json = dir.resolve("top.json");
        Run check = run("check", "--archive", archive, desk.toString(), "--top", "2", "--json", json.toString(), "--quiet");
        assertThat(check.status()).isEqualTo(1);
        JsonNode got = JSON.readTree(json.toFile());
        assertThat(got.get("sources").findValuesAsText("id")).containsExactly("forces-news", "sky-news", "desk");
        assertThat(got.get("matches").findValuesAsText("id")).containsExactly("forces-news", "sky-news");
        assertThat(got.get("matches").findValues("compared")).extracting(JsonNode::asBoolean).containsExactly(true, true);
    }
}
