package org.crosscheck.text.sense;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.text.sense.WordSenses.Relation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordSensesTest {

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({
        "mine, quarry, OTHER_THING",
        "schools, homes, OTHER_THING",
        "hedge funds, banks, OTHER_THING",
        "smartphones, laptops, OTHER_THING",
        "commercial, military, OTHER_QUALITY",
        "lorry, truck, RELATED",
        "mine, excavation, RELATED",
        "humans, animals, RELATED",
        "aircraft, air vehicles, RELATED",
        "small, little, RELATED",
        "zorbulator, phone, UNKNOWN",
        "threat, danger, RELATED"
    })
    void tellsAReplacementThatNamesSomethingElseFromOneThatCanMeanTheSame(String removed, String added, Relation expected) {
        assertThat(WordSenses.shared().relation(removed, added)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"spur, true", "deemed, true", "found, true", "quarry, true", "semiconductor, false", "clifftop, false"})
    void knowsWhichWordsCanBeVerbs(String word, boolean verb) {
        assertThat(WordSenses.shared().canBeVerb(word)).isEqualTo(verb);
    }
}
