package org.crosscheck.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.crosscheck.CrossCheck;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.model.Article;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Odd but valid input: each compares, and the outcome is what an editor would expect. */
class OddInputTest {

    private static final Path SKY = Path.of("fixtures/seeds/sky-news.txt");
    private final ArticleReader reader = new ArticleReader();

    @TempDir
    Path dir;

    @Test
    void identicalArticlesHaveNoDiscrepancyAndExitZero() throws IOException {
        Path json = dir.resolve("r.json");

        CliRunner.Run run = CliRunner.run("report", SKY.toString(), SKY.toString(), "--json", json.toString(), "--quiet");

        assertThat(run).isEqualTo(new CliRunner.Run(0, "", ""));
        assertThat(ReportChecks.checkJsonFile(json).path("discrepancies")).isEmpty();
    }

    @Test
    void strictSubsetOnlyOmitsBetweenTheSources() throws IOException {
        String full = Files.readString(SKY);
        String[] paragraphs = full.split("\n\n");
        StringBuilder subset = new StringBuilder();
        // The first half, as a rewrite cut for length would have it.
        for (int i = 0; i < paragraphs.length / 2; i++) {
            subset.append(paragraphs[i]).append("\n\n");
        }
        Path part = Files.writeString(dir.resolve("part.txt"), subset.toString());
        Path json = dir.resolve("r.json");

        CliRunner.Run run = CliRunner.run("report", SKY.toString(), part.toString(), "--json", json.toString(), "--quiet");

        assertOnlyOmissionsBetweenTheSourcesAndSkyNewsOwnContradiction(run, json);
    }

    @Test
    void everyOtherParagraphDroppedOnlyOmitsBetweenTheSources() throws IOException {
        // Once broke: with the context gone, "he said" resolved to another person and a faithful
        // quote was reported as misattributed.
        String[] paragraphs = Files.readString(SKY).split("\n\n");
        StringBuilder subset = new StringBuilder();
        for (int i = 0; i < paragraphs.length; i += 2) {
            subset.append(paragraphs[i]).append("\n\n");
        }
        Path part = Files.writeString(dir.resolve("alternate.txt"), subset.toString());
        Path json = dir.resolve("alternate.json");

        CliRunner.Run run = CliRunner.run("report", SKY.toString(), part.toString(), "--json", json.toString(), "--quiet");

        assertOnlyOmissionsBetweenTheSourcesAndSkyNewsOwnContradiction(run, json);
    }

    /**
     * A cut of an article differs from it only by what it leaves out. The one contradiction is
     * sky-news's own (Mariupol put in two regions), which the cut does not repeat, so the run
     * still exits 1.
     */
    private static void assertOnlyOmissionsBetweenTheSourcesAndSkyNewsOwnContradiction(CliRunner.Run run, Path json)
            throws IOException {
        // sky-news's own contradiction puts one region in a quote: a LOW hedge, which alone exits 0
        assertThat(run).isEqualTo(new CliRunner.Run(0, "", ""));
        JsonNode discrepancies = ReportChecks.checkJsonFile(json).path("discrepancies");
        assertThat(discrepancies).isNotEmpty().allSatisfy(d -> {
            boolean ownContradiction = d.path("left").path("source").asText().equals(d.path("right").path("source").asText());
            assertThat(ownContradiction ? "ENTITY in sky-news: " + d.path("summary").asText() : d.path("type").asText())
                    .isIn("OMISSION", "ADDITION",
                            "ENTITY in sky-news: Mariupol is put in two regions within sky-news: Donetsk region and Luhansk people's republic");
        });
    }

    @Test
    void articlesWithoutQuotesCompareFiguresAndHaveNoQuoteFindings() {
        Report report = compare("Three schools closed on Monday after the storm. The council expects repairs to take a week.",
                "Four schools closed on Monday after the storm. The council expects repairs to take a week.");

        assertThat(report.articles()).allSatisfy(a -> assertThat(a.quotes()).isEmpty());
        assertThat(report.discrepancies()).noneMatch(d -> d instanceof Discrepancy.QuoteWording || d instanceof Discrepancy.Attribution);
        assertThat(report.contradictions()).anyMatch(d -> d instanceof Discrepancy.NumberChange);
    }

    @Test
    void sentenceOfTwentyThousandWordsWithoutAFullStopCompares() {
        String[] words = {"council", "storm", "roads", "and", "the", "residents", "schools", "water", "of", "town"};
        Random random = new Random(7);
        StringBuilder longSentence = new StringBuilder("Residents said");
        for (int i = 0; i < 20_000; i++) {
            longSentence.append(' ').append(words[random.nextInt(words.length)]);
        }
        String text = longSentence.toString();

        long started = System.nanoTime();
        Report report = compare(text, text.replace(" storm ", " gale "));
        System.out.printf("odd input: 20,000-word sentence compared in %d ms%n", (System.nanoTime() - started) / 1_000_000);

        assertThat(report.articles()).allSatisfy(a -> assertThat(a.sentences()).isNotEmpty());
    }

    @Test
    void fiveMegabyteArticleFinishes() throws IOException {
        StringBuilder big = new StringBuilder();
        List<String> paragraphs = fixtureParagraphs();
        Random random = new Random(11);
        for (int n = 0; big.length() < 5_000_000; n++) {
            String paragraph = paragraphs.get(n % paragraphs.size());
            // Varied figures, so that the copies are not all the same statement.
            big.append(paragraph.replaceAll("\\d+", String.valueOf(random.nextInt(100_000)))).append("\n\n");
        }
        Path left = Files.writeString(dir.resolve("big.txt"), big);
        Path json = dir.resolve("r.json");

        long started = System.nanoTime();
        CliRunner.Run run = CliRunner.run("report", left.toString(), SKY.toString(), "--json", json.toString(), "--quiet");
        System.out.printf("odd input: %d-byte article compared in %d ms%n", Files.size(left), (System.nanoTime() - started) / 1_000_000);

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isIn(0, 1);
        assertThat(ReportChecks.checkJsonFile(json).path("sources")).hasSize(2);
    }

    @Test
    void germanAndRussianTextCompareOnTheirFigures() {
        Report german = compare("Der Stadtrat hat am Montag drei Schulen geschlossen. Nach dem Sturm wurden 120 Häuser beschädigt.",
                "Der Stadtrat hat am Montag drei Schulen geschlossen. Nach dem Sturm wurden 150 Häuser beschädigt.");
        Report russian = compare("Городской совет закрыл три школы в понедельник. После шторма пострадали 120 домов.",
                "Городской совет закрыл три школы в понедельник. После шторма пострадали 150 домов.");

        assertThat(german.contradictions()).anyMatch(d -> d instanceof Discrepancy.NumberChange);
        assertThat(russian.articles()).allSatisfy(a -> assertThat(a.sentences()).hasSizeGreaterThanOrEqualTo(2));
        assertThat(compare("Городской совет закрыл три школы.", "Городской совет закрыл три школы.").discrepancies()).isEmpty();
    }

    @Test
    void malformedHtmlIsReadAsABrowserWould() throws IOException {
        Path left = Files.writeString(dir.resolve("left.html"), "<html><body><h1>Council shuts schools<p>Three schools "
                + "<b>closed on Monday after the storm.<p>The council <i>said repairs would take a week.</div></span>");
        Path right = Files.writeString(dir.resolve("right.txt"),
                "Council shuts schools\n\nFour schools closed on Monday after the storm.\n\nThe council said repairs would take a week.\n");
        Path json = dir.resolve("r.json");

        CliRunner.Run run = CliRunner.run("report", left.toString(), right.toString(), "--json", json.toString(), "--quiet");

        assertThat(run).isEqualTo(new CliRunner.Run(1, "", ""));
        JsonNode report = ReportChecks.checkJsonFile(json);
        assertThat(report.path("discrepancies")).anySatisfy(d -> assertThat(d.path("left").path("text").asText())
                .isEqualTo("Three schools closed on Monday after the storm."));
    }

    private Report compare(String left, String right) {
        Article a = reader.fromText("left", left);
        Article b = reader.fromText("right", right);
        return CrossCheck.compare(List.of(a, b));
    }

    private static List<String> fixtureParagraphs() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("fixtures"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted()
                    .flatMap(f -> Stream.of(read(f).split("\n\n")))
                    .filter(p -> p.length() > 60).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
