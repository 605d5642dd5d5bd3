package org.crosscheck.text.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crosscheck.text.Token;
import org.junit.jupiter.api.Test;

class NounPhrasesTest {

    @Test
    void readsACapitalisedRunAsAName() {
        String text = "Then Dmitry Peskov spoke.";
        List<Token> f = Frames.frame(text);
        assertThat(NounPhrases.npBefore(f, Frames.at(f, "Peskov"))).isInstanceOfSatisfying(Ref.Name.class,
                n -> assertThat(n.written()).isEqualTo("Dmitry Peskov"));
    }

    @Test
    void readsATitleWithItsPossessorAsASpecificRole() {
        String text = "Then Putin's spokesman spoke.";
        List<Token> f = Frames.frame(text);
        assertThat(NounPhrases.npBefore(f, Frames.at(f, "spokesman"))).isInstanceOfSatisfying(Ref.Role.class, r -> {
            assertThat(r.head()).isEqualTo("spokesman");
            assertThat(r.specific()).isTrue();
        });
    }

    @Test
    void followsOfToThePhraseItBelongsTo() {
        String text = "Then the director of the agency spoke.";
        List<Token> f = Frames.frame(text);
        assertThat(NounPhrases.npBefore(f, Frames.at(f, "agency"))).isInstanceOfSatisfying(Ref.Role.class,
                r -> assertThat(Frames.of(text, r)).isEqualTo("director of the agency"));
    }

    @Test
    void readsHeAndSheAsPronounsWithTheirGender() {
        assertThat(NounPhrases.pronounGender("she")).isEqualTo(SpeakerWords.Gender.F);
        assertThat(NounPhrases.pronounGender("he")).isEqualTo(SpeakerWords.Gender.M);
        assertThat(NounPhrases.pronounGender("it")).isNull();
    }

    @Test
    void keepsAPersonNounAsANominalSpeakerAndDropsAThing() {
        String text = "Then officials and the report spoke.";
        List<Token> f = Frames.frame(text);
        assertThat(NounPhrases.personal(NounPhrases.npBefore(f, Frames.at(f, "officials")))).isInstanceOf(Ref.Role.class);
        assertThat(NounPhrases.personal(NounPhrases.npBefore(f, Frames.at(f, "report")))).isNull();
    }

    @Test
    void findsNoPhraseBeforeTheFirstTokenOrAtAMark() {
        List<Token> f = Frames.frame("Yes, then.");
        assertThat(NounPhrases.npBefore(f, -1)).isNull();
        assertThat(NounPhrases.npBefore(f, Frames.at(f, ","))).isNull();
    }
}
