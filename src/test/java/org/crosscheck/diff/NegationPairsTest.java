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

/** The whole pipeline on one-statement articles that say a negation in other words: no NEGATION finding. */
class NegationPairsTest {

    static Stream<String[]> restatedNegations() throws IOException {
        try (InputStream in = NegationPairsTest.class.getResourceAsStream("negation-pairs.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> l.startsWith("Q\t")).map(l -> l.split("\t")).toList().stream();
        }
    }

    @ParameterizedTest(name = "{1} / {2}")
    @MethodSource("restatedNegations")
    void aNegationSaidInOtherWordsIsNoContradiction(String kind, String original, String rewrite) {
        List<Discrepancy> found = CrossCheck.compare(List.of(new Article("original", "o", "", "Headline\n\n" + original + "\n"),
                new Article("rewrite", "r", "", "Headline\n\n" + rewrite + "\n"))).discrepancies();
        assertThat(found).noneMatch(d -> d instanceof Discrepancy.Negation);
    }
}
