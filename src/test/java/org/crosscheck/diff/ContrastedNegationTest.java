package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.embed.SentenceEncoder;
import org.crosscheck.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContrastedNegationTest {

    private final ContrastedNegation contrasts = new ContrastedNegation(SentenceEncoder.shared());

    private ContrastedNegation.Contrast read(String negated, String other) {
        return contrasts.opposite(negated, new Span(0, negated.length()), other);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The ferry operator did not resume sailings on Thursday. | Sailings restarted on Thursday, the ferry operator said.",
        "Inspectors have not found any leak at the reservoir. | A leak was discovered at the reservoir by inspectors.",
    })
    void findsTheSentenceCloserToTheOtherWithoutItsNegation(String negated, String other) {
        assertThat(read(negated, other)).isNotNull().extracting(c -> c.negation().text()).isEqualTo("not");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The ferry operator did not resume sailings on Thursday. | Sailings stayed suspended on Thursday, the ferry operator said.",
        "Inspectors have not found any leak at the reservoir. | No leak turned up when inspectors checked the reservoir.",
    })
    void keepsANegationTheOtherSideSaysAnotherWay(String negated, String other) {
        assertThat(read(negated, other)).isNull();
    }

    @Test
    void readsNothingInASentenceWithoutANegationItCanTakeOut() {
        assertThat(read("No ferries sailed on Thursday.", "Ferries sailed on Thursday.")).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The mayor did not sign the order. | did not | The mayor did sign the order.",
        "The mayor didn't sign the order. | didn't | The mayor did sign the order.",
        "The mayor won\u2019t sign the order. | won\u2019t | The mayor will sign the order.",
        "The mayor cannot sign the order. | cannot | The mayor can sign the order.",
        "The mayor has never signed an order. | never | The mayor has signed an order.",
    })
    void takesTheNegationOutAsAWordAndLeavesTheRest(String sentence, String negation, String expected) {
        String word = negation.contains(" ") ? negation.substring(negation.indexOf(' ') + 1) : negation;
        var token = org.crosscheck.text.Tokenizer.words(sentence, 0, sentence.length()).stream()
                .filter(t -> t.text().equals(word)).findFirst().orElseThrow();
        assertThat(ContrastedNegation.without(sentence, 0, token)).isEqualTo(expected);
    }
}
