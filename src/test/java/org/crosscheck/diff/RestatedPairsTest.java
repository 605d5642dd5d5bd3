package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.crosscheck.CrossCheck;
import org.crosscheck.model.Article;
import org.crosscheck.model.Discrepancy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole pipeline on one-statement articles that say the same thing another way (a name form,
 * an alias, a demonym, a date, a figure or a quote written otherwise): no contradiction at all. The pairs marked F in
 * the same files are measured, not asserted (README).
 */
class RestatedPairsTest {

    static Stream<String[]> restated() throws IOException {
        return Stream.of("name-pairs.tsv", "date-pairs.tsv", "figure-pairs.tsv", "quote-pairs.tsv", "speaker-pairs.tsv", "title-pairs.tsv", "furniture-pairs.tsv").flatMap(RestatedPairsTest::pairs);
    }

    static Stream<String[]> misattributed() {
        return lines("speaker-pairs.tsv", "F");
    }

    private static Stream<String[]> pairs(String resource) {
        return lines(resource, "Q");
    }

    private static Stream<String[]> lines(String resource, String kind) {
        try (InputStream in = RestatedPairsTest.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> l.startsWith(kind + "\t")).map(l -> l.split("\t")).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{1} / {2}")
    @MethodSource("restated")
    void aStatementSaidAnotherWayIsNoContradiction(String kind, String original, String rewrite) {
        assertThat(compare(original, rewrite)).noneMatch(Discrepancy::isContradiction);
    }

    @ParameterizedTest(name = "{1} / {2}")
    @MethodSource("misattributed")
    void aQuoteCreditedToAnotherPersonThroughAPronounARoleOrANameIsAnAttribution(String kind, String original, String rewrite) {
        assertThat(compare(original, rewrite)).filteredOn(d -> d instanceof Discrepancy.Attribution).hasSize(1);
    }

    private static List<Discrepancy> compare(String original, String rewrite) {
        return CrossCheck.compare(List.of(new Article("original", "o", "", "Headline\n\n" + original.replace("|", "\n\n") + "\n"),
                new Article("rewrite", "r", "", "Headline\n\n" + rewrite.replace("|", "\n\n") + "\n"))).discrepancies();
    }
}
