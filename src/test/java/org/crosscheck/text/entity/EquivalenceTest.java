package org.crosscheck.text.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EquivalenceTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        // title synonyms (WordNet senses and the office in another gender)
        "chief | head", "spokesman | spokesperson", "spokeswoman | spokesman", "chairman | chair",
        // a word for whoever leads, against a kind of leader
        "boss | manager", "boss | director", "boss | mayor",
        // party and organisation aliases
        "GOP | Republican Party", "Republican | GOP", "Labour | the Labour Party",
        // demonyms and country adjectives
        "Dutch | Netherlands'", "French | France's", "British | Britain", "Mauritanian | Mauritania",
        // nicknames
        "Bill Clinton | William Clinton", "Bob | Robert", "Bob Dole | Robert Dole",
        // hyphenation
        "co-operate | cooperate", "mid-March | mid March",
        // name forms
        "Mr Peskov | Dmitry Peskov",
        // a name qualified by the place it belongs to
        "Norway's Fjord Foods | Fjord Foods of Norway", "Fjord Foods | Norway's Fjord Foods",
        // a place written before the name as a possessive, plainly, or as its adjective
        "Halden's Aquatic Centre | Halden Aquatic Centre", "Norway's Border Service | Norwegian Border Service"})
    void treatsFormsOfOneReferentAsTheSame(String a, String b) {
        assertThat(Equivalence.sameReferent(a, b)).isTrue();
        assertThat(Equivalence.sameReferent(b, a)).isTrue();
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', value = {
        "senator | congressman", "Dutch | Belgium", "Bank of England | Bank of Japan", "Norway's Fjord Foods | Sweden's Fjord Foods", "French | Germany", "Bill Clinton | Bob Clinton",
        "William Clinton | William Jefferson", "Democrat | GOP", "Labour | Conservative Party",
        "The Conservative Case for Trump | The Conservative Case for Spicer", "deputy director | director",
        "Ohio | Pennsylvania", "chief | deputy", "Mauritanian | Senegal", "Democrats | Republicans", "boss | spokesman",
        "Norway's Border Service | Swedish Border Service", "Mary's Hospital | John's Hospital"})
    void keepsDifferentReferentsApart(String a, String b) {
        assertThat(Equivalence.sameReferent(a, b)).isFalse();
        assertThat(Equivalence.sameReferent(b, a)).isFalse();
    }

    @Test
    void holdsABodysNameInTwoLanguagesAsOneName() {
        assertThat(Equivalence.translated("the Civil Guard", "Guardia Civil")).isTrue();
        assertThat(Equivalence.translated("North Korea", "South Korea")).isFalse();
        assertThat(Equivalence.translated("Royal Navy", "Royal Air Force")).isFalse();
        assertThat(Equivalence.translated("Michael Johnson", "Michael Johnston")).isFalse();
    }
}
