package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Evidence;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Span;
import org.junit.jupiter.api.Test;

class RestatedNegationsTest {

    private static Discrepancy.Negation flip(String negatedValue, String negatedText, String plainValue, String plainText) {
        Evidence left = new Evidence("original", 1, new Span(0, negatedText.length()), negatedText, negatedValue, null, null);
        Evidence right = new Evidence("rewrite", 1, new Span(0, plainText.length()), plainText, plainValue, null, null);
        return new Discrepancy.Negation(new Finding(Severity.HIGH, "Opposite statement", "why", 0.6, left, right));
    }

    @Test
    void readsADoorLeftOpenAsWhatWasNotRuledOut() {
        String negated = "The minister did not rule out a temporary ban on bulk exports.";
        assertThat(RestatedNegations.restated(flip("did not rule out a temporary ban", negated,
                "kept the door open to a temporary", "The minister kept the door open to a temporary ban on bulk exports."))).isTrue();
        assertThat(RestatedNegations.restated(flip("did not rule out a temporary ban", negated,
                "announced a temporary ban", "The minister announced a temporary ban on bulk exports."))).isFalse();
    }

    @Test
    void readsAVerbOfGoingOnAsANegatedVerbOfCeasing() {
        assertThat(RestatedNegations.restated(flip("the company did not stop performing", "The company did not stop performing.",
                "the company kept performing", "The company kept performing throughout."))).isTrue();
        assertThat(RestatedNegations.restated(flip("the company did not stop performing", "The company did not stop performing.",
                "the company kept rehearsing", "The company kept rehearsing throughout."))).isFalse();
    }
}
