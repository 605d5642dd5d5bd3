package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.SeedText;
import org.crosscheck.model.Evidence;
import org.junit.jupiter.params.provider.Arguments;

import org.crosscheck.align.Aligner;
import org.crosscheck.index.SentenceIndex;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.text.TextAnalyzer;

/** Builds comparisons of small in-memory articles for the detector tests. */
final class Pairs {

    /** A context paragraph both sides share, so that term weights behave as in a real article. */
    static final String CONTEXT = "Emergency crews remained at the scene throughout the afternoon.\n"
            + "Residents were advised to keep their windows closed while the clean-up continued.\n";

    private Pairs() {
    }

    /** The analysed and aligned comparison of a "wire" article and a "rewrite" article. */
    static Comparison of(String left, String right) {
        TextAnalyzer analyzer = new TextAnalyzer();
        AnalyzedArticle l = analyzer.analyze(new Article("wire", "", "", left));
        AnalyzedArticle r = analyzer.analyze(new Article("rewrite", "", "", right));
        try (SentenceIndex index = new SentenceIndex(List.of(l, r))) {
            return new Comparison(l, r, new Aligner(index).align(l, r));
        }
    }

    /** A "wire" and a "rewrite" article compared on the alignments given, not the aligner's. */
    static Comparison pairedAs(String left, String right, org.crosscheck.model.Alignment... alignments) {
        TextAnalyzer analyzer = new TextAnalyzer();
        AnalyzedArticle l = analyzer.analyze(new Article("wire", "", "", left));
        AnalyzedArticle r = analyzer.analyze(new Article("rewrite", "", "", right));
        return new Comparison(l, r, List.of(alignments));
    }

    /** Sentence {@code left} of the wire with sentence {@code right} of the rewrite. */
    static org.crosscheck.model.Alignment pair(int left, int right, double similarity, boolean byMeaning) {
        return new org.crosscheck.model.Alignment(new org.crosscheck.model.SentenceRef("wire", left),
                new org.crosscheck.model.SentenceRef("rewrite", right), similarity, byMeaning);
    }

    /** The same statement, differing only in {@code leftLine}/{@code rightLine}, after a shared context. */
    static Comparison ofLines(String leftLine, String rightLine) {
        return of(CONTEXT + leftLine + "\n", CONTEXT + rightLine + "\n");
    }

    /** Index of the line after the shared context. */
    static final int LINE = 2;

    /** One line per discrepancy: type severity left-sentence right-sentence 'left value' 'right value'. */
    static List<String> describe(List<Discrepancy> found) {
        List<String> out = new ArrayList<>();
        for (Discrepancy d : found) {
            var f = d.finding();
            out.add(d.type() + " " + f.severity() + " " + f.left().sentence() + " " + f.right().sentence()
                    + " '" + f.left().value() + "' '" + f.right().value() + "'");
        }
        return out;
    }

    /** Wordings of one statement that keep its facts: no detector should report them. */
    static Stream<Arguments> traps() {
        return Stream.of(
                Arguments.of("Police said 5,000 people joined the march through Leeds city centre.",
                        "Police said 5000 people joined the march through Leeds city centre."),
                Arguments.of("Police said 5,000 people joined the march through Leeds city centre.",
                        "Police said five thousand people joined the march through Leeds city centre."),
                Arguments.of("The housing association will spend £2bn on new homes over the next decade.",
                        "The housing association will spend £2 billion on new homes over the next decade."),
                Arguments.of("Turnout fell to 40% in the northern wards, election officials said.",
                        "Turnout fell to 40 per cent in the northern wards, election officials said."),
                Arguments.of("Police said more than 5,000 people joined the march through Leeds city centre.",
                        "Police said 5,000 people joined the march through Leeds city centre."),
                Arguments.of("Tens of thousands of people marched through the capital on Sunday afternoon.",
                        "Thousands of people marched through the capital on Sunday afternoon."),
                Arguments.of("\"We are devastated by this decision and we will appeal,\" said Helen Ward.",
                        "Helen Ward said the family were \"devastated by this decision\" and would appeal."),
                Arguments.of("\"We are devastated by this decision and we will appeal,\" said Helen Ward.",
                        "\"We are devastated by this decision ... we will appeal,\" said Helen Ward."),
                Arguments.of("\"Talks with Kyiv are continuing at a technical level,\" Mr Peskov said.",
                        "\"Talks with Kyiv are continuing at a technical level,\" Dmitry Peskov said."),
                Arguments.of("\"Talks with Kyiv are continuing at a technical level,\" Dmitry Peskov told reporters.",
                        "\"Talks with Kyiv are continuing at a technical level,\" Putin's spokesman told reporters."),
                Arguments.of("The trial is due to begin at Leeds Crown Court on 9 March.",
                        "The trial is due to begin at Leeds Crown Court on March 9."),
                Arguments.of("Officials in Kiev said the aid convoy had reached the border crossing.",
                        "Officials in Kyiv said the aid convoy had reached the border crossing."),
                Arguments.of("\"The bridge will reopen by Friday,\" council leader Mark Evans said.",
                        "\"The bridge will reopen by Friday,\" a council source said."),
                Arguments.of("The minister said the government would raise fuel duty in the spring budget.",
                        "The minister said the government planned to increase fuel duty in the spring budget."),
                Arguments.of("Harbour Foods reported a pre-tax profit of $1.12bn for the year.",
                        "Harbour Foods reported a pre-tax profit of $1.12 billion for the year."),
                Arguments.of("The Bank of England said the UK economy shrank in the final quarter.",
                        "The Bank of England said the economy of Britain shrank in the final quarter."));
    }

    /** Asserts that the two lines are aligned and that {@code detector} reports nothing about them. */
    static void assertQuiet(Detector detector, String leftLine, String rightLine) {
        Comparison c = ofLines(leftLine, rightLine);
        assertThat(c.alignments()).extracting(a -> a.left().sentence() + ":" + a.right().sentence())
                .as("the two wordings are aligned").contains(LINE + ":" + LINE);
        assertThat(describe(detector.detect(c))).isEmpty();
    }

    /** Asserts that {@code detector} reports nothing when there is nothing aligned. */
    static void assertQuietWithoutAlignments(Detector detector) {
        Comparison empty = of("", "");
        assertThat(empty.alignments()).isEmpty();
        assertThat(detector.detect(empty)).isEmpty();
        Comparison unrelated = of("Shares in the retailer rose sharply after the results.\n",
                "A new stadium is planned for the north of the city.\n");
        assertThat(unrelated.alignments()).isEmpty();
        assertThat(detector.detect(unrelated)).isEmpty();
    }

    /** Asserts on seeded random article pairs that every finding's evidence is the sentence it names. */
    static void assertEvidenceHoldsOnSeededRandomText(Detector detector, long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 8; round++) {
            Comparison c = of(SeedText.shuffled(random, 40), SeedText.shuffled(random, 40));
            for (Discrepancy d : detector.detect(c)) {
                check(c.left(), d.finding().left());
                check(c.right(), d.finding().right());
                assertThat(d.finding().left().sentence() >= 0 || d.finding().right().sentence() >= 0).isTrue();
            }
        }
    }

    private static void check(AnalyzedArticle article, Evidence e) {
        assertThat(e.source()).isEqualTo(article.id());
        if (e.sentence() < 0) {
            return;
        }
        var s = article.sentence(e.sentence());
        assertThat(s.kind().isCompared()).isTrue();
        assertThat(e.span()).isEqualTo(s.span());
        assertThat(e.text()).isEqualTo(s.text()).isEqualTo(s.span().of(article.article().text()));
        if (e.highlight() != null) {
            assertThat(s.span().contains(e.highlight())).as("highlight %s inside %s", e.highlight(), s.span()).isTrue();
        }
    }
}
