package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crosscheck.embed.SentenceEncoder;
import org.crosscheck.index.SentenceIndex;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** The aligner's meaning pass, with a fake encoder that knows which sentences say the same thing. */
class MeaningAlignmentTest {

    private static final TextAnalyzer ANALYZER = new TextAnalyzer();

    /**
     * A sentence containing a key of {@code meanings} (the longest that it contains) means that
     * meaning: a unit vector along the axis given, turned towards the next axis by the fraction
     * given. Any other sentence means nothing like any other.
     */
    private static final class FakeEncoder implements SentenceEncoder {
        private final Map<String, double[]> meanings;
        private final List<String> encoded = new ArrayList<>();

        FakeEncoder(Map<String, double[]> meanings) {
            this.meanings = meanings;
        }

        @Override
        public List<float[]> encode(List<String> sentences) {
            List<float[]> out = new ArrayList<>();
            for (String s : sentences) {
                encoded.add(s);
                float[] v = new float[64];
                v[Math.floorMod(s.hashCode(), 32) + 32] = 1;
                String key = meanings.keySet().stream().filter(s::contains)
                        .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
                for (Map.Entry<String, double[]> m : meanings.entrySet()) {
                    if (m.getKey().equals(key)) {
                        v = new float[64];
                        int axis = (int) m.getValue()[0];
                        double mix = m.getValue()[1];
                        v[axis] = (float) Math.sqrt(1 - mix * mix);
                        v[axis + 1] = (float) mix;
                    }
                }
                out.add(v);
            }
            return out;
        }
    }

    private static List<String> pairs(String left, String right, SentenceEncoder encoder) {
        AnalyzedArticle l = ANALYZER.analyze(new Article("wire", "", "", left));
        AnalyzedArticle r = ANALYZER.analyze(new Article("rewrite", "", "", right));
        try (SentenceIndex index = new SentenceIndex(List.of(l, r))) {
            return new Aligner(index, encoder).align(l, r).stream().map(a -> a.left().sentence() + ":" + a.right().sentence()).toList();
        }
    }

    private static final String RATE = "The Central Bank of Kestria cut its main interest rate by 25 basis points to 4.5% on Thursday.\n";
    private static final String RATE_REWORDED = "Borrowers in Kestria got relief as the central bank lowered its benchmark by a quarter point.\n";
    private static final String OTHER = "Inflation in Kestria slowed to 2.9% in April, the statistics office said.\n";

    @Test
    void pairsARewordedSentenceTheWordsAloneMiss() {
        FakeEncoder same = new FakeEncoder(Map.of("interest rate", new double[] {0, 0}, "benchmark", new double[] {0, 0.1}));
        assertThat(pairs(RATE, RATE_REWORDED, same)).containsExactly("0:0");
        assertThat(pairs(RATE, RATE_REWORDED, new FakeEncoder(Map.of()))).isEmpty();
    }

    @Test
    void leavesTwoDifferentStatementsOnOneTopicUnpaired() {
        // close in topic (cosine 0.8), not the same statement
        FakeEncoder near = new FakeEncoder(Map.of("interest rate", new double[] {0, 0}, "benchmark", new double[] {0, 0.6}));
        assertThat(pairs(RATE, RATE_REWORDED, near)).isEmpty();
    }

    @Test
    void pairsEachSentenceWithItsBestMatchInMeaningOnly() {
        FakeEncoder encoder = new FakeEncoder(Map.of("interest rate", new double[] {0, 0}, "benchmark", new double[] {0, 0.1},
                "statistics office", new double[] {4, 0}, "prices rose", new double[] {4, 0.2}));
        String right = "Kestria's prices rose more slowly in April, at 2.9%.\n" + RATE_REWORDED;
        assertThat(pairs(RATE + OTHER, right, encoder)).containsExactly("0:1", "1:0");
    }

    @Test
    void joinsTheRestOfASplitSentenceWhenItCompletesTheStatement() {
        String left = "The central bank cut its main interest rate to 4.5% on Thursday, its first reduction since March 2020.\n";
        String right = "The central bank cut its main interest rate to 4.5% on Thursday.\n"
                + "Policymakers had not lowered borrowing costs since March 2020.\n";
        // the whole statement; its first half; the second half on its own; the two halves joined
        FakeEncoder encoder = new FakeEncoder(Map.of(
                "first reduction", new double[] {0, 0},
                "on Thursday. Policymakers", new double[] {0, 0.05},
                "on Thursday.", new double[] {0, 0.4},
                "Policymakers", new double[] {0, 0.3}));
        assertThat(pairs(left, right, encoder)).containsExactly("0:0", "0:1");
        assertThat(pairs(left, right, new FakeEncoder(Map.of()))).containsExactly("0:0");
    }

    private static final String SPLIT_LEFT = "The central bank cut its main interest rate to 4.5% on Thursday, its first reduction since March 2020.\n";
    private static final String SPLIT_RIGHT = "The central bank cut its main interest rate to 4.5% on Thursday.\n"
            + "Policymakers had not lowered borrowing costs since March 2020.\n";

    @Test
    void joinsAPartOnlyNearInMeaningWhenTheHalvesTogetherComeClearlyCloser() {
        // the second half is 0.87 from the whole (below the 0.9 of a part), but the halves
        // together come from 0.87 to 0.98
        FakeEncoder encoder = new FakeEncoder(Map.of(
                "first reduction", new double[] {0, 0},
                "on Thursday. Policymakers", new double[] {0, 0.2},
                "on Thursday.", new double[] {0, 0.5},
                "Policymakers", new double[] {0, 0.49}));
        assertThat(pairs(SPLIT_LEFT, SPLIT_RIGHT, encoder)).containsExactly("0:0", "0:1");
    }

    @Test
    void leavesAPartOnlyNearInMeaningAloneWhenTheHalvesTogetherComeLittleCloser() {
        // 0.87 from the whole, and the halves together come only from 0.87 to 0.88
        FakeEncoder encoder = new FakeEncoder(Map.of(
                "first reduction", new double[] {0, 0},
                "on Thursday. Policymakers", new double[] {0, 0.47},
                "on Thursday.", new double[] {0, 0.5},
                "Policymakers", new double[] {0, 0.49}));
        assertThat(pairs(SPLIT_LEFT, SPLIT_RIGHT, encoder)).containsExactly("0:0");
    }

    @Test
    void leavesAnUnpairedSentenceAloneWhenAddingItBringsNothing() {
        String left = "The central bank cut its main interest rate to 4.5% on Thursday.\n";
        String right = "The central bank cut its main interest rate to 4.5% on Thursday.\n"
                + "Kestria's central bank governor will leave office in June after two terms.\n";
        FakeEncoder encoder = new FakeEncoder(Map.of(
                "to 4.5% on Thursday.", new double[] {0, 0},
                "governor", new double[] {0, 0.3}));
        assertThat(pairs(left, right, encoder)).containsExactly("0:0");
    }

    @Test
    void pairsAParaphraseAndLeavesAnotherStatementOnTheTopicWithTheShippedModel() {
        String left = "The Central Bank of Kestria cut its main interest rate by 25 basis points to 4.5% on Thursday, its "
                + "first reduction since March 2020, as inflation moved closer to its target.\n";
        String right = "Kestria's jobless rate held at 5.1 per cent, figures showed last week.\n"
                + "Borrowers in Kestria received long-awaited relief on Thursday as the central bank lowered its benchmark "
                + "rate by a quarter of a percentage point, from 4.75 per cent to 4.50 per cent.\n";
        AnalyzedArticle l = ANALYZER.analyze(new Article("wire", "", "", left));
        AnalyzedArticle r = ANALYZER.analyze(new Article("rewrite", "", "", right));
        try (SentenceIndex index = new SentenceIndex(List.of(l, r))) {
            assertThat(new Aligner(index).align(l, r)).extracting(a -> a.left().sentence() + ":" + a.right().sentence())
                    .containsExactly("0:1");
        }
    }

    private static final String REVIEW = "Officials expect the next review of policy in early June.\n";
    private static final String REVIEW_REWORDED = "A further decision is due when the committee meets again at the start of summer.\n";

    @Test
    void pairsTwoSentencesInTheSamePlaceBesideAPairWhenTheyAreNearInMeaning() {
        // no word in common, and a cosine of 0.89: near, though not near enough to pair anywhere
        FakeEncoder near = new FakeEncoder(Map.of("next review", new double[] {2, 0}, "further decision", new double[] {2, 0.45}));
        assertThat(pairs(RATE + REVIEW, RATE + REVIEW_REWORDED, near)).containsExactly("0:0", "1:1");
        FakeEncoder topic = new FakeEncoder(Map.of("next review", new double[] {2, 0}, "further decision", new double[] {2, 0.6}));
        assertThat(pairs(RATE + REVIEW, RATE + REVIEW_REWORDED, topic)).containsExactly("0:0");
    }

    @Test
    void leavesTwoSentencesNearInMeaningUnpairedWhenTheyStandInDifferentPlaces() {
        FakeEncoder near = new FakeEncoder(Map.of("next review", new double[] {2, 0}, "further decision", new double[] {2, 0.45}));
        assertThat(pairs(REVIEW + RATE, RATE + REVIEW_REWORDED, near)).containsExactly("1:0");
    }

    @Test
    void marksAPairOfFewSharedWordsAsPairedByMeaningWhenTheEncoderHoldsThemOneStatement() {
        String left = "The Central Bank of Kestria cut its main interest rate by 25 basis points to 4.5% on Thursday.\n";
        String right = "On Thursday the Kestria central bank lowered its main benchmark, the rate banks pay, by a quarter point, traders said.\n";
        FakeEncoder same = new FakeEncoder(Map.of("interest rate", new double[] {0, 0}, "benchmark", new double[] {0, 0.3}));
        assertThat(alignments(left, right, same)).singleElement().satisfies(a -> {
            assertThat(a.similarity()).isLessThan(0.4);
            assertThat(a.byMeaning()).isTrue();
        });
        assertThat(alignments(left, right, new FakeEncoder(Map.of()))).singleElement()
                .satisfies(a -> assertThat(a.byMeaning()).isFalse());
    }

    private static List<org.crosscheck.model.Alignment> alignments(String left, String right, SentenceEncoder encoder) {
        AnalyzedArticle l = ANALYZER.analyze(new Article("wire", "", "", left));
        AnalyzedArticle r = ANALYZER.analyze(new Article("rewrite", "", "", right));
        try (SentenceIndex index = new SentenceIndex(List.of(l, r))) {
            return new Aligner(index, encoder).align(l, r);
        }
    }

    private static final String PROJECT = "The project, financed by a loan from the Asian Development Bank, will plant four million saplings along the coast.\n";
    private static final String PROJECT_SPLIT = "Four million saplings will be planted along the coast.\n"
            + "Most of the money comes from a World Bank loan.\n";

    @Test
    void joinsASentenceSplitOffAStatementWhenTheTwoTogetherSayWhatTheWholeSays() {
        FakeEncoder completes = new FakeEncoder(Map.of("Asian Development", new double[] {0, 0},
                "planted along the coast. Most", new double[] {0, 0.1}, "planted along", new double[] {0, 0.5},
                "World Bank loan", new double[] {0, 0.7}));
        assertThat(pairs(PROJECT, PROJECT_SPLIT, completes)).containsExactly("0:0", "0:1");
    }

    @Test
    void joinsAShortSentenceThatCarriesOnWithAPronounThoughItSharesNoWordWithTheStatement() {
        String left = "The film, a drama about a family of boat builders, was shot largely in Trieste.\n";
        FakeEncoder completes = new FakeEncoder(Map.of("shot largely in Trieste", new double[] {0, 0},
                "boat builders. It was filmed", new double[] {0, 0.1}, "follows a family", new double[] {0, 0.5},
                "filmed mostly", new double[] {0, 0.7}, "Filming took place", new double[] {0, 0.7},
                "boat builders. Filming", new double[] {0, 0.1}));
        assertThat(pairs(left, "The drama follows a family of boat builders.\nIt was filmed mostly in Genoa.\n", completes))
                .containsExactly("0:0", "0:1");
        assertThat(pairs(left, "The drama follows a family of boat builders.\nFilming took place mostly in Genoa.\n", completes))
                .containsExactly("0:0");
    }

    @Test
    void leavesASentenceBesideAPairAloneWhenAddingItDoesNotCompleteTheStatement() {
        FakeEncoder apart = new FakeEncoder(Map.of("Asian Development", new double[] {0, 0},
                "planted along the coast. Most", new double[] {0, 0.5}, "planted along", new double[] {0, 0.45},
                "World Bank loan", new double[] {0, 0.7}));
        assertThat(pairs(PROJECT, PROJECT_SPLIT, apart)).containsExactly("0:0");
    }

    @Test
    void encodesNothingWhenTheWordsPairEverySentence() {
        FakeEncoder encoder = new FakeEncoder(Map.of());
        assertThat(pairs(RATE + OTHER, OTHER + RATE, encoder)).containsExactly("0:1", "1:0");
        assertThat(encoder.encoded).isEmpty();
    }

    @Test
    void neverJudgesAFragmentOfFewWordsByMeaning() {
        FakeEncoder encoder = new FakeEncoder(Map.of("April 2024", new double[] {0, 0}));
        assertThat(pairs("Monday 15 April 2024\n", "Tuesday 16 April 2024 06:00 BST\n", encoder)).isEmpty();
    }
}
