package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crosscheck.embed.SentenceEncoder;
import org.crosscheck.text.Token;
import org.crosscheck.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProbedOppositesTest {

    private final ProbedOpposites probes = new ProbedOpposites(SentenceEncoder.shared());

    private String read(String left, String right) {
        List<Token> l = Tokenizer.words(left, 0, left.length());
        List<Token> r = Tokenizer.words(right, 0, right.length());
        ProbedOpposites.Opposites o = probes.between(left, 0, l, right, 0, r);
        return o == null ? null : l.get(o.left()).text() + "/" + r.get(o.right()).text();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "The planning board rejected the developer's application to build 40 flats beside the river. "
                + "| The planning board approved the developer's application to build 40 flats beside the river. | rejected/approved",
        "Inmates at the northern jail were denied family visits during the lockdown, the inspectors found. "
                + "| Inspectors found that inmates at the northern jail were allowed family visits during the lockdown. | denied/allowed",
    })
    void findsVerbsThatStateOppositesThoughNoDictionaryPairsThem(String left, String right, String verbs) {
        assertThat(read(left, right)).isEqualTo(verbs);
    }

    @Test
    void probesVerbsBeforeAYearThatQualifiesTheirObject() {
        assertThat(read("The library service conceded that the county had missed its 2022 goal of opening six branches, blaming staff shortages.",
                "The library service insisted that the county had met its 2022 target of opening six branches despite staff shortages."))
                .isEqualTo("missed/met");
    }

    @Test
    void probesDictionaryOppositesWhoseSubjectsAloneAreShared() {
        assertThat(read("Supplies of the children's antibiotic amoxicillin suspension improved in early January, the regulator said.",
                "Supplies of children's amoxicillin have worsened since the start of January.")).isEqualTo("improved/worsened");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "The planning board rejected the developer's application to build 40 flats beside the river. "
                + "| The planning board turned down the developer's application to build 40 flats beside the river.",
        "Police arrested three men near the harbour on Friday night. | Officers detained three men near the harbour on Friday night.",
        "The company acquired the land lawfully and paid the county in full. | The company bought the land lawfully and paid the county in full.",
        // the same place, not the same thing done: "stalled at the ground" / "eased worries with a win at the ground"
        "Kelmarsh Town's push for a top-half finish stalled at Brookfield Park on Saturday. "
                + "| Ashcombe Rovers eased their relegation worries with a deserved win over Kelmarsh Town at Brookfield Park.",
    })
    void keepsAVerbSaidAnotherWay(String left, String right) {
        assertThat(read(left, right)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The council approved the plan. | approved | The council did not approve the plan.",
        "Family visits were allowed. | allowed | Family visits were not allowed.",
        "The board has already approved the plan. | approved | The board has not already approved the plan.",
        "The minister gave the go-ahead. | gave | The minister did not give the go-ahead.",
    })
    void negatesAVerbAfterItsAuxiliaryOrWithDid(String sentence, String verb, String expected) {
        List<Token> t = Tokenizer.words(sentence, 0, sentence.length());
        int i = t.indexOf(t.stream().filter(w -> w.text().equals(verb)).findFirst().orElseThrow());
        assertThat(ProbedOpposites.negated(sentence, 0, t, i)).isEqualTo(expected);
    }

    @Test
    void leavesAVerbInItsPresentFormWithNoAuxiliaryUnnegated() {
        String sentence = "The council approves the plan.";
        List<Token> t = Tokenizer.words(sentence, 0, sentence.length());
        assertThat(ProbedOpposites.negated(sentence, 0, t, 2)).isNull();
    }
}
