package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crosscheck.model.Span;
import org.crosscheck.text.Token;
import org.crosscheck.text.Tokenizer;
import org.junit.jupiter.api.Test;

class AffirmedPhraseTest {

    private static String affirmed(String negated, String other) {
        Token not = Tokenizer.words(negated, 0, negated.length()).stream().filter(t -> t.text().equals("not")).findFirst().orElseThrow();
        List<Token> phrase = AffirmedPhrase.of(negated, new Span(0, negated.length()), not, other, new Span(0, other.length()));
        return NegationDetector.text(other, phrase);
    }

    @Test
    void readsTheOtherSidesVerbUpToTheMatterBothGiveAndOnWhileBothReadAlike() {
        assertThat(affirmed("The law did not include a ban on new holiday lets in the old town.",
                "It also bars new holiday lets in the old town.")).isEqualTo("It also bars new holiday lets");
    }

    @Test
    void readsAnInfinitiveWithTheVerbThatGovernsItThoughItIsAVerbOfSaying() {
        assertThat(affirmed("The mayor said the town would not appeal to the regional court in Graz.",
                "She vowed to take the case to the regional court in Graz.")).isEqualTo("vowed to take the case to the regional court in Graz");
    }

    @Test
    void passesOverTheNegatedVerbToFindItsMatter() {
        assertThat(affirmed("The audit did not find evidence of fraud in the scheme.", "Auditors uncovered evidence of fraud."))
                .isEqualTo("Auditors uncovered evidence of fraud");
    }

    @Test
    void findsNothingWhereTheMatterStandsInAClauseOfItsOwn() {
        assertThat(affirmed("The mayor did not attend the ceremony at the library.",
                "The mayor went to a council meeting while the ceremony was held at the library.")).isEmpty();
    }
    @Test
    void runsOnToTheOtherSidesPredicateWhenItGivesALaterWordOfTheMatter() {
        assertThat(affirmed("The council has not imposed any parking restrictions, she said.",
                "Parking near the stadium has been restricted, she said.")).isEqualTo("Parking near the stadium has been restricted");
    }

    @Test
    void prefersThePhraseThatStatesTheMatterToOneThatOnlyNamesIt() {
        assertThat(affirmed("The ministry said it would not give the builder a minimum-revenue guarantee, leaving it the risk.",
                "The ministry has agreed to underwrite a minimum level of revenue, so the builder will be paid if tolls fall short."))
                .isEqualTo("ministry has agreed to underwrite a minimum level of revenue");
    }
}
