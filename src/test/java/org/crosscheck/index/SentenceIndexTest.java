package org.crosscheck.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.crosscheck.SeedText;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.model.SentenceKind;
import org.crosscheck.model.SentenceRef;
import org.crosscheck.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class SentenceIndexTest {

    private static final TextAnalyzer ANALYZER = new TextAnalyzer();

    private static AnalyzedArticle article(String id, String text) {
        return ANALYZER.analyze(new Article(id, "", "", text));
    }

    private static final String WIRE = "Harbour Foods reported a pre-tax profit of $1.12bn for the year.\n"
            + "The supermarket chain said it would open 40 new stores in Scotland.\n"
            + "Image: A Harbour Foods store in Glasgow\n";
    private static final String REWRITE = "Plans for 40 new shops in Scotland were confirmed by the supermarket.\n"
            + "Harbour Foods made $1.12 billion before tax for the year.\n"
            + "Image: A Harbour Foods store in Glasgow\n";

    @Test
    void givesTheSameFeatureToOneFigureWrittenTwoWays() {
        AnalyzedArticle wire = article("wire", WIRE);
        AnalyzedArticle rewrite = article("rewrite", REWRITE);
        assertThat(SentenceIndex.features(wire, 0)).containsExactly("#num:1120000000USD");
        assertThat(SentenceIndex.features(rewrite, 1)).isEqualTo(SentenceIndex.features(wire, 0));
    }

    @Test
    void findsTheCounterpartInTheOtherSourceBestFirst() {
        AnalyzedArticle wire = article("wire", WIRE);
        AnalyzedArticle rewrite = article("rewrite", REWRITE);
        try (SentenceIndex index = new SentenceIndex(List.of(wire, rewrite))) {
            assertThat(index.candidates(new SentenceRef("wire", 0), "rewrite", 5))
                    .extracting(SentenceIndex.Candidate::ref).first().isEqualTo(new SentenceRef("rewrite", 1));
            assertThat(index.candidates(new SentenceRef("wire", 1), "rewrite", 5))
                    .extracting(SentenceIndex.Candidate::ref).first().isEqualTo(new SentenceRef("rewrite", 0));
        }
    }

    @Test
    void neverIndexesFurniture() {
        AnalyzedArticle wire = article("wire", WIRE);
        AnalyzedArticle rewrite = article("rewrite", REWRITE);
        assertThat(wire.sentence(2).kind()).isEqualTo(SentenceKind.FURNITURE);
        try (SentenceIndex index = new SentenceIndex(List.of(wire, rewrite))) {
            assertThat(index.terms(new SentenceRef("wire", 2))).isEmpty();
            assertThat(index.candidates(new SentenceRef("wire", 2), "rewrite", 5)).isEmpty();
            assertThat(index.candidates(new SentenceRef("wire", 0), "rewrite", 5))
                    .extracting(c -> c.ref().sentence()).doesNotContain(2);
        }
    }

    @Test
    void analysesTextToStemmedTermsWithoutStopWords() {
        try (SentenceIndex index = new SentenceIndex(List.of())) {
            assertThat(index.analyze("The stores are opening in Scotland")).containsExactly("store", "open", "scotland");
        }
    }

    @Test
    void findsNothingForEmptyArticles() {
        AnalyzedArticle a = article("a", "");
        AnalyzedArticle b = article("b", "");
        try (SentenceIndex index = new SentenceIndex(List.of(a, b))) {
            assertThat(index.terms(new SentenceRef("a", 0))).isEmpty();
            assertThat(index.candidates(new SentenceRef("a", 0), "b", 5)).isEmpty();
        }
    }

    @Test
    void returnsOnlyComparedSentencesOfTheTargetSourceBestFirstOnSeededRandomText() {
        Random random = new Random(17L);
        for (int round = 0; round < 10; round++) {
            AnalyzedArticle a = article("a", SeedText.shuffled(random, 40));
            AnalyzedArticle b = article("b", SeedText.shuffled(random, 40));
            try (SentenceIndex index = new SentenceIndex(List.of(a, b))) {
                for (int i = 0; i < a.sentences().size(); i++) {
                    List<SentenceIndex.Candidate> found = index.candidates(new SentenceRef("a", i), "b", 4);
                    assertThat(found).hasSizeLessThanOrEqualTo(4);
                    for (int k = 0; k < found.size(); k++) {
                        SentenceIndex.Candidate c = found.get(k);
                        assertThat(c.ref().source()).isEqualTo("b");
                        assertThat(b.sentence(c.ref().sentence()).kind().isCompared()).isTrue();
                        if (k > 0) {
                            assertThat(c.score()).isLessThanOrEqualTo(found.get(k - 1).score());
                        }
                    }
                }
            }
        }
    }
}
