package org.crosscheck.text.sense;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImpliedNegativesTest {

    private final ImpliedNegatives negatives = ImpliedNegatives.shared();

    @Test
    void readsVerbsAndAdjectivesDefinedByANegationAsNegative() {
        assertThat(negatives.negative("lose")).isTrue();
        assertThat(negatives.negative("barred")).isTrue();
        assertThat(negatives.negative("missed")).isTrue();
        assertThat(negatives.negative("unlikely")).isTrue();
        assertThat(negatives.negative("left out")).isTrue();
    }

    @Test
    void readsAWordThatCanBeAVerbOnlyAsAVerbAndOnlyInItsCommonestSense() {
        assertThat(negatives.negative("uncovered")).isFalse();
        assertThat(negatives.negative("delayed")).isFalse();
        assertThat(negatives.negative("still")).isFalse();
        assertThat(negatives.negative("skipped")).isFalse();
        assertThat(negatives.negative("paid")).isFalse();
    }

    @Test
    void readsANounThatProhibitsAsWithholding() {
        assertThat(negatives.withholdingNoun("ban")).isTrue();
        assertThat(negatives.withholdingNoun("payment")).isFalse();
    }
}
