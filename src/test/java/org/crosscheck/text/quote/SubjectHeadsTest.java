package org.crosscheck.text.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crosscheck.text.Token;
import org.junit.jupiter.api.Test;

class SubjectHeadsTest {

    private static String headBefore(String text, String verb) {
        List<Token> f = Frames.frame(text);
        Ref r = SubjectHeads.of(f, Frames.at(f, verb) - 1);
        return r == null ? null : Frames.of(text, r);
    }

    @Test
    void walksBackPastPrepositionalPhrasesToThePhraseTheyHangOn() {
        assertThat(headBefore("A tribunal sitting in Leeds ruled on Friday.", "ruled")).isEqualTo("tribunal");
        assertThat(headBefore("Farmers near the border in Kent said so.", "said")).isEqualTo("Farmers");
        assertThat(headBefore("Lena Ortiz of Austin, Texas said so.", "said")).isEqualTo("Lena Ortiz");
    }

    @Test
    void keepsAPhraseNoPrepositionGovernsAndThePeopleNamedAfterOf() {
        assertThat(headBefore("Lena Ortiz said so.", "said")).isEqualTo("Lena Ortiz");
        assertThat(headBefore("A group of nurses said so.", "said")).isEqualTo("nurses");
        assertThat(headBefore("The case rests on Lena Ortiz's claim.", "claim")).isEqualTo("Lena Ortiz's");
    }

    @Test
    void findsNoSubjectWhenThePrepositionalPhraseHangsOnAnObject() {
        List<Token> f = Frames.frame("Ann Lee endorsed Tom Ruiz at a rally in Reno.");
        assertThat(SubjectHeads.of(f, Frames.at(f, "Reno"))).isNull();
        assertThat(SubjectHeads.of(List.of(), -1)).isNull();
    }

    @Test
    void readsNoAppositiveAfterANameThatEndsAnIntroductoryPhrase() {
        List<Token> intro = Frames.frame("Speaking to the Valley Herald, a spokesman for the mill said it would close.");
        int herald = Frames.at(intro, "Valley");
        assertThat(Appositives.opensMainClause(intro, herald, herald + 2)).isTrue();
        List<Token> according = Frames.frame("According to Ray Dunn, a spokesman for the mill, it would close.");
        int ray = Frames.at(according, "Ray");
        assertThat(Appositives.opensMainClause(according, ray, ray + 2)).isFalse();
    }
}
