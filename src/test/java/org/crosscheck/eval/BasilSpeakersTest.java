package org.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BasilSpeakersTest {

    @Test
    void acceptsTheArticlesOwnSpellingOfALabelTheArticleNeverWrites() {
        String text = "\"He is not a Republican,\" Vincente Fox said. Cowen also spoke.";
        assertThat(BasilSpeakers.spelledAsWritten("Vincente Fox", "Vicente Fox", text)).isTrue();
        assertThat(BasilSpeakers.spelledAsWritten("Cowen", "William Cowan", text)).isTrue();
    }

    @Test
    void rejectsAOneLetterNeighbourWhenTheArticleWritesTheLabelToo() {
        String text = "Mo Cowan and Tom Cowen both spoke.";
        assertThat(BasilSpeakers.spelledAsWritten("Tom Cowen", "Mo Cowan", text)).isFalse();
        assertThat(BasilSpeakers.spelledAsWritten("Dick Durbin", "Benjamin Netanyahu", text)).isFalse();
    }
}
