package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.crosscheck.SeedText;
import org.crosscheck.index.SentenceIndex;
import org.crosscheck.model.Alignment;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class AlignerTest {

    private static final TextAnalyzer ANALYZER = new TextAnalyzer();

    /** Pairs as "left:right" sentence indices. */
    private static List<String> pairs(String left, String right) {
        AnalyzedArticle l = ANALYZER.analyze(new Article("wire", "", "", left));
        AnalyzedArticle r = ANALYZER.analyze(new Article("rewrite", "", "", right));
        try (SentenceIndex index = new SentenceIndex(List.of(l, r))) {
            return new Aligner(index).align(l, r).stream().map(a -> a.left().sentence() + ":" + a.right().sentence()).toList();
        }
    }

    private static final String P1 = "A lorry carrying chemicals overturned on the M62 near Brighouse on Tuesday morning.\n"
            + "Firefighters closed both carriageways while the spill was cleared.\n";
    private static final String P2 = "The driver was taken to Calderdale Royal Hospital with minor injuries.\n"
            + "National Highways said the motorway would reopen by the evening rush hour.\n";

    @Test
    void alignsAParaphrasedSentence() {
        assertThat(pairs("The driver was taken to Calderdale Royal Hospital with minor injuries.\n",
                "The lorry driver suffered minor injuries and was treated at Calderdale Royal Hospital.\n"))
                .containsExactly("0:0");
    }

    @Test
    void leavesUnrelatedSentencesUnaligned() {
        assertThat(pairs(P1, "Shares in the retailer rose sharply after the results were published.\n"
                + "A new stadium is planned for the north of the city.\n")).isEmpty();
    }

    @Test
    void alignsParagraphsThatWereReordered() {
        assertThat(pairs(P1 + P2, P2 + P1)).containsExactly("0:2", "1:3", "2:0", "3:1");
    }

    @Test
    void alignsASentenceSplitInTwoToBothHalves() {
        String left = "A lorry carrying chemicals overturned on the M62 near Brighouse on Tuesday morning, and firefighters "
                + "closed both carriageways while the spill was cleared.\n";
        String right = "A lorry carrying chemicals overturned on the M62 near Brighouse on Tuesday morning.\n"
                + "Firefighters closed both carriageways while the spill was cleared.\n";
        assertThat(pairs(left, right)).containsExactly("0:0", "0:1");
    }

    @Test
    void pairsEachSentenceWithItsBestPartnerOnlyOnce() {
        String left = "The council approved a budget of £40m for new schools in Leeds.\n"
                + "The council approved a budget of £12m for road repairs in Leeds.\n";
        String right = "Leeds council approved £12m for road repairs.\n"
                + "Leeds council approved £40m for new schools.\n";
        assertThat(pairs(left, right)).containsExactly("0:1", "1:0");
    }

    @Test
    void alignsNothingWhenEitherSideIsEmpty() {
        assertThat(pairs("", P1)).isEmpty();
        assertThat(pairs(P1, "")).isEmpty();
        assertThat(pairs("", "")).isEmpty();
    }

    @Test
    void alignsComparedSentencesInLeftOrderWithValidSimilarityOnSeededRandomText() {
        Random random = new Random(23L);
        for (int round = 0; round < 10; round++) {
            String text = SeedText.shuffled(random, 40);
            AnalyzedArticle l = ANALYZER.analyze(new Article("wire", "", "", text));
            AnalyzedArticle r = ANALYZER.analyze(new Article("rewrite", "", "", SeedText.shuffled(random, 40)));
            try (SentenceIndex index = new SentenceIndex(List.of(l, r))) {
                List<Alignment> found = new Aligner(index).align(l, r);
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < found.size(); i++) {
                    Alignment a = found.get(i);
                    assertThat(a.left().source()).isEqualTo("wire");
                    assertThat(a.right().source()).isEqualTo("rewrite");
                    assertThat(l.sentence(a.left().sentence()).kind().isCompared()).isTrue();
                    assertThat(r.sentence(a.right().sentence()).kind().isCompared()).isTrue();
                    assertThat(a.similarity()).isBetween(0.0, 1.0);
                    assertThat(seen.add(a.left().sentence() + ":" + a.right().sentence())).isTrue();
                    if (i > 0) {
                        assertThat(a.left().sentence()).isGreaterThanOrEqualTo(found.get(i - 1).left().sentence());
                    }
                }
            }
            // a text aligned with itself pairs every compared sentence with itself
            AnalyzedArticle copy = ANALYZER.analyze(new Article("copy", "", "", text));
            try (SentenceIndex index = new SentenceIndex(List.of(l, copy))) {
                List<Alignment> self = new Aligner(index).align(l, copy);
                assertThat(self).allSatisfy(a -> assertThat(a.left().sentence()).isEqualTo(a.right().sentence()));
            }
        }
    }

    @Test
    void pairsAHeadlineWithABodySentencePastTheLeadOnlyWhenTheyAreClose() {
        String left = "Shipyard wins 2.1 billion euro order; Baltic Lines takes three ferries\n\n"
                + "GDANSK, May 2 (Wire) - The Gdansk shipyard won orders worth 2.1 billion euros on Thursday, its biggest since 1990, "
                + "with ferry operator Baltic Lines buying three of the five vessels.\n\n"
                + "The yard employs 4,000 people and had warned of job cuts last year.\n\n"
                + "Baltic Lines paid 1.3 billion euros for its ferries, while two cargo firms took one vessel each, for 500 million "
                + "and 300 million euros.\n";
        String right = "Gdansk yard lands record ferry deal\n\nBy Anna Nowak | 2 May 2024\n\n"
                + "The Gdansk shipyard has won 2.1 billion euros of orders, its largest since 1990, with Baltic Lines taking three "
                + "of the five ships.\n\nThe yard, which employs 4,000, had warned of job cuts last year.\n\n"
                + "Baltic Lines's three ferries cost it roughly 1.1bn euros.\n";
        assertThat(pairs(left, right)).doesNotContain("0:4").contains("3:4");
    }
}
