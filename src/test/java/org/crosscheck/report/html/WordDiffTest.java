package org.crosscheck.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.crosscheck.model.Span;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void marksAChangedFigureOnBothSides() {
        assertThat(WordDiff.between("He counted 21 people.", "He counted 12 people."))
                .isEqualTo(new WordDiff.Changes(List.of(new Span(11, 13)), List.of(new Span(11, 13))));
    }

    @Test
    void marksInsertedWordsOnlyOnTheSideThatHasThem() {
        assertThat(WordDiff.between("Russia admits losses.", "Russia admits heavy military losses."))
                .isEqualTo(new WordDiff.Changes(List.of(), List.of(new Span(14, 28))));
    }

    @Test
    void keepsFiguresAndContractionsWholeAsOneWord() {
        assertThat(WordDiff.between("more than 5,000 didn't", "more than 5,500 didn't"))
                .isEqualTo(new WordDiff.Changes(List.of(new Span(10, 15)), List.of(new Span(10, 15))));
    }

    @Test
    void ignoresCaseAndQuotationMarkStyle() {
        assertThat(WordDiff.between("“It's a Fake,” he said.", "\"it’s a fake,\" He said.").isIdentical()).isTrue();
    }

    @Test
    void findsNothingBetweenEmptySentencesAndEverythingAgainstOne() {
        assertThat(WordDiff.between("", "").isIdentical()).isTrue();
        assertThat(WordDiff.between("", "Two words"))
                .isEqualTo(new WordDiff.Changes(List.of(), List.of(new Span(0, 9))));
    }

    @Test
    void returnsOrderedSpansInsideEachSentenceForRandomSentences() {
        Random random = new Random(7L);
        String[] words = {"the", "mayor", "said", "21", "12", "people", "were", "not", "shot", ",", "\"", "Bucha", "5,000"};
        for (int round = 0; round < 300; round++) {
            String left = sentence(random, words);
            String right = random.nextInt(4) == 0 ? left : sentence(random, words);
            WordDiff.Changes changes = WordDiff.between(left, right);

            assertOrderedWithin(changes.left(), left.length());
            assertOrderedWithin(changes.right(), right.length());
            assertThat(changes.isIdentical()).as("%s | %s", left, right).isEqualTo(left.equalsIgnoreCase(right) || same(left, right));
        }
    }

    private static boolean same(String left, String right) {
        return left.replaceAll("\\s+", " ").strip().equalsIgnoreCase(right.replaceAll("\\s+", " ").strip());
    }

    private static void assertOrderedWithin(List<Span> spans, int length) {
        int end = 0;
        for (Span s : spans) {
            assertThat(s.start()).isGreaterThanOrEqualTo(end);
            assertThat(s.end()).isLessThanOrEqualTo(length).isGreaterThan(s.start());
            end = s.end();
        }
    }

    private static String sentence(Random random, String[] words) {
        StringBuilder s = new StringBuilder();
        for (int n = random.nextInt(9); n > 0; n--) {
            s.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "  ");
        }
        return s.toString();
    }
}
