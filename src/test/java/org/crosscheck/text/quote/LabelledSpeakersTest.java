package org.crosscheck.text.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.crosscheck.model.Quote;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.SentenceKind;
import org.crosscheck.model.Span;
import org.crosscheck.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

/**
 * Speaker accuracy over hand-labelled articles: every {@code labelled/<case>/speakers.json} lists
 * quotes (a distinctive substring of the quoted words) with the fullest name of their speaker, or
 * {@code null} where the article names no person for them.
 */
class LabelledSpeakersTest {

    record Label(String source, String quote, String speaker) { }

    @Test
    void creditsLabelledQuotesToTheirSpeakers() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getResource("labelled").toURI());
        List<String> misses = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int total = 0;
        int correct = 0;
        List<Path> cases;
        try (Stream<Path> s = Files.list(root)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path dir : cases) {
            List<Label> labels = new ObjectMapper().readValue(dir.resolve("speakers.json").toFile(), new TypeReference<List<Label>>() { });
            for (Label l : labels) {
                Path article = dir.resolve(l.source());
                if (!l.source().endsWith(".txt") || !Files.exists(article)) {
                    continue; // HTML sources need the ingest stage
                }
                String text = Files.readString(article, StandardCharsets.UTF_8);
                Quote q = analyze(text).stream().filter(x -> normal(x.text()).contains(normal(l.quote()))).findFirst().orElse(null);
                total++;
                String where = dir.getFileName() + "/" + l.source() + " \"" + l.quote() + "\"";
                if (q == null) {
                    misses.add(where + ": no quote found");
                    if (l.speaker() != null) {
                        unknown.add(where);
                    }
                    continue;
                }
                String got = q.speaker().name();
                if (l.speaker() == null ? got == null : l.speaker().equals(got)) {
                    correct++;
                } else {
                    misses.add(where + ": expected " + l.speaker() + ", got " + got + " (" + q.speaker().confidence() + ")");
                }
                if (l.speaker() != null && got == null) {
                    unknown.add(where);
                }
            }
        }
        double accuracy = total == 0 ? 0 : correct / (double) total;
        System.out.printf("labelled speaker accuracy: %d/%d = %.3f%n", correct, total, accuracy);
        misses.forEach(m -> System.out.println("  miss " + m));
        assertThat(total).isGreaterThan(50);
        assertThat(unknown).as("labelled quotes left without speaker").isEmpty();
        assertThat(accuracy).isGreaterThanOrEqualTo(0.95);
    }

    private static List<Quote> analyze(String text) {
        List<Sentence> sentences = new ArrayList<>();
        for (Span s : new SentenceSplitter().split(text)) {
            sentences.add(new Sentence(sentences.size(), s, s.of(text), SentenceKind.STATEMENT));
        }
        return new QuoteAnalyzer().analyze(text, sentences).quotes();
    }

    private static String normal(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"');
    }
}
