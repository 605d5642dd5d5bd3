package org.crosscheck.text.sense;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.text.sense.WordSenses.Relation;
import org.junit.jupiter.api.Test;
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
        "threat, danger, RELATED",
        "year, month, OTHER_KIND",
        "sales, profit, OTHER_KIND",
        "relationship, connection, UNRELATED",
        "fee, charge, RELATED",
        "times, occasions, RELATED"
    })
    void tellsAReplacementThatNamesSomethingElseFromOneThatCanMeanTheSame(String removed, String added, Relation expected) {
        assertThat(WordSenses.shared().relation(removed, added)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"spur, true", "deemed, true", "found, true", "quarry, true", "semiconductor, false", "clifftop, false"})
    void knowsWhichWordsCanBeVerbs(String word, boolean verb) {
        assertThat(WordSenses.shared().canBeVerb(word)).isEqualTo(verb);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"simple, complicated, true", "high, low, true", "unchanged, constant, false", "expected, projected, false",
        "big, huge, false"})
    void knowsWhichQualitiesStandOnOppositeSidesOfAnAntonymPair(String a, String b, boolean opposed) {
        assertThat(WordSenses.shared().opposedQualities(a, b)).isEqualTo(opposed);
    }

    @Test
    void readsAVerbAndTheWordAfterItAsOneVerbWhereTheDictionaryDoes() {
        assertThat(WordSenses.shared().isVerbPhrase("took", "part")).isTrue();
        assertThat(WordSenses.shared().isVerbPhrase("took", "the")).isFalse();
        assertThat(WordSenses.shared().isVerbPhrase("xqzv", "part")).isFalse();
    }

    @Test
    void knowsAPersonAsSuchAndAnAgentNounMadeFromAVerbAsPeople() {
        assertThat(WordSenses.shared().isRoleNoun("person")).isTrue();
        assertThat(WordSenses.shared().isRoleNoun("commenter")).isTrue();
        assertThat(WordSenses.shared().isRoleNoun("commenters")).isTrue();
        assertThat(WordSenses.shared().isRoleNoun("water")).isFalse();
        assertThat(WordSenses.shared().isRoleNoun("xqzvder")).isFalse();
    }

    @Test
    void noEntryOfTheShippedWordNetIsLongerThanThePhrasesItLooksUp() throws Exception {
        int longest = 0;
        for (String pos : java.util.List.of("noun", "verb", "adj", "adv")) {
            try (java.io.InputStream in = WordSenses.class.getResourceAsStream("/net/sf/extjwnl/data/wordnet/wn31/index." + pos)) {
                assertThat(in).as("index.%s on the class path", pos).isNotNull();
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1).split("\n")) {
                    if (!line.isEmpty() && line.charAt(0) != ' ') {
                        String lemma = line.substring(0, line.indexOf(' ')).toLowerCase(java.util.Locale.ROOT);
                        longest = Math.max(longest, (int) java.util.regex.Pattern.compile("[a-z']+").matcher(lemma).results().count());
                    }
                }
            }
        }
        assertThat(longest).isEqualTo(WordSenses.LONGEST_ENTRY);
    }

    @Test
    void aPhraseLongerThanAnyEntryNamesNothingEvenWhenItsWordsDo() {
        assertThat(WordSenses.shared().sameReferent("chief says the board will meet again next week to vote on it", "head")).isFalse();
        assertThat(WordSenses.shared().sameReferent("chief", "head")).isTrue();
    }

    @Test
    void aNationalityNamesACountryNotAnyonesHome() {
        assertThat(WordSenses.shared().nationOf("Norwegian")).contains("Norway");
        assertThat(WordSenses.shared().nationOf("Home")).isEmpty();
        assertThat(WordSenses.shared().nationOf("urban")).isEmpty();
    }

    @Test
    void aWordForAKindOfPlaceOrBodyNamesNoneInParticular() {
        WordSenses senses = WordSenses.shared();
        assertThat(List.of("city", "council", "district", "provincial", "municipal", "national"))
                .allMatch(senses::namesAKindOfPlaceOrBody);
        assertThat(List.of("health", "finance", "infrastructure", "Durban", "foreign"))
                .noneMatch(senses::namesAKindOfPlaceOrBody);
    }
}
