package org.crosscheck.text.sense;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AntonymsTest {

    private final Antonyms antonyms = Antonyms.shared();

    @Test
    void readsAnAntonymWordNetRecordsThroughInflections() {
        assertThat(antonyms.opposite("rose", "fell")).isTrue();
        assertThat(antonyms.opposite("increased", "decreased")).isTrue();
        assertThat(antonyms.opposite("admitted", "denied")).isTrue();
    }

    @Test
    void readsAnAntonymOfADerivedForm() {
        assertThat(antonyms.opposite("acceptance", "rejection")).isTrue();
    }

    @Test
    void readsTheSynonymsOfAnOppositeInItsSense() {
        assertThat(antonyms.opposite("approve", "reject")).isTrue();
        assertThat(antonyms.opposite("acknowledged", "denied")).isTrue();
    }

    @Test
    void readsTheOppositeOfTheVerbAVerbOfMannerIsAWayOf() {
        assertThat(antonyms.opposite("rose", "dropped")).isTrue();
        assertThat(antonyms.opposite("plunged", "rose")).isTrue();
        assertThat(antonyms.broader("defeated")).contains("veto");
        assertThat(antonyms.broader("xqzv")).isEmpty();
        assertThat(antonyms.directlyOpposite("plunged", "rose")).isTrue();
    }

    @Test
    void letsNoSenseWithAnOppositeOfItsOwnInheritAnother() {
        // "stay" (put) is opposite to "move"; its broader "stay in place" is opposite to "travel"
        assertThat(antonyms.opposite("stayed", "travelled")).isFalse();
        assertThat(antonyms.directlyOpposite("travelled", "stayed")).isFalse();
        assertThat(antonyms.directlyOpposite("approved", "rejected")).isFalse();
        // "take" is the antonym of "give" only in a rare sense of "take"
        assertThat(antonyms.directlyOpposite("give", "take")).isFalse();
    }

    @Test
    void doesNotCallSynonymsOrUnrelatedWordsOpposite() {
        assertThat(antonyms.opposite("rise", "climb")).isFalse();
        assertThat(antonyms.opposite("approve", "sanction")).isFalse();
        assertThat(antonyms.opposite("train", "carcinogen")).isFalse();
        assertThat(antonyms.opposite("", "fell")).isFalse();
        assertThat(antonyms.opposite("xqzv", "fell")).isFalse();
    }

    @Test
    void readsInflectionsAsOneWord() {
        assertThat(antonyms.sameLemma("went", "go")).isTrue();
        assertThat(antonyms.sameLemma("decided", "decide")).isTrue();
        assertThat(antonyms.sameLemma("decided", "approve")).isFalse();
    }

    @Test
    void readsNoOppositeInTwoPosturesThatEachSayWhereAThingIs() {
        assertThat(antonyms.opposite("sits", "stands")).isFalse();
        assertThat(antonyms.directlyOpposite("lies", "sits")).isFalse();
        assertThat(antonyms.opposite("opened", "closed")).isTrue();
    }
}
