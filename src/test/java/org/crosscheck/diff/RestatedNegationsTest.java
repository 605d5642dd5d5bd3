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
    void readsOutOfANounAsNoneOfIt() {
        String negated = "A survey found that 1,430 pharmacies had no stock of the drug on Monday.";
        assertThat(RestatedNegations.restated(flip("had no stock of the drug on Monday", negated,
                "stock on Monday", "A survey found 1,430 pharmacies were out of stock on Monday."))).isTrue();
        assertThat(RestatedNegations.restated(flip("had no stock of the drug on Monday", negated,
                "stock on Monday", "A survey found 1,430 pharmacies were low on stock on Monday."))).isFalse();
    }

    @Test
    void readsAVerbOfGoingOnAsANegatedVerbOfCeasing() {
        assertThat(RestatedNegations.restated(flip("the company did not stop performing", "The company did not stop performing.",
                "the company kept performing", "The company kept performing throughout."))).isTrue();
        assertThat(RestatedNegations.restated(flip("the company did not stop performing", "The company did not stop performing.",
                "the company kept rehearsing", "The company kept rehearsing throughout."))).isFalse();
    }

    @Test
    void readsAWordTheDictionaryDefinesByANegationAsTheNegationSaidAnotherWay() {
        assertThat(RestatedNegations.restated(flip("had not been consulted on the plan", "The union said it had not been consulted on the plan.",
                "had been left out of talks on the plan", "The union said it had been left out of talks on the plan."))).isTrue();
        assertThat(RestatedNegations.restated(flip("cannot sail for two years", "The trawler cannot sail for two years.",
                "has been barred from sailing for two years", "The trawler has been barred from sailing for two years."))).isTrue();
        assertThat(RestatedNegations.restated(flip("would not be paid for the shifts", "Nurses who walk out would not be paid for the shifts.",
                "would be paid for the shifts", "Nurses who walk out would be paid for the shifts."))).isFalse();
    }

    @Test
    void readsANegatedBanAgainstABarAsAFlip() {
        assertThat(RestatedNegations.restated(flip("did not include a ban on night flights", "The bill did not include a ban on night flights.",
                "bars night flights", "The bill bars night flights."))).isFalse();
    }

    @Test
    void readsTooEarlyToAndStillToBeAsWhatIsNotYetDone() {
        assertThat(RestatedNegations.restated(flip("are not declaring the fire contained yet", "Crews are not declaring the fire contained yet.",
                "too soon to declare the fire contained", "Crews said it was too soon to declare the fire contained."))).isTrue();
        assertThat(RestatedNegations.restated(flip("had not yet been counted", "Ballots from two districts had not yet been counted.",
                "are still being counted", "Ballots from two districts are still being counted."))).isTrue();
        assertThat(RestatedNegations.restated(flip("has not yet reopened", "The bridge has not yet reopened.",
                "is still open", "The bridge is still open."))).isFalse();
    }
}
