package org.crosscheck.text.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSubjectsTest {

    @Test
    void skipsAnIntroductoryPhraseToTheSubject() {
        String text = "In a speech on Monday, Senator Ann Jones called the plan \"a disaster\".";
        assertThat(Frames.of(text, SentenceSubjects.sentenceSubject(Frames.frame(text)))).isEqualTo("Ann Jones"); // the title stays outside the name
    }

    @Test
    void skipsAnIntroductoryPhraseOfAFewWordsBeforeAComma() {
        String text = "A few days later, Donald Trump reversed himself, telling CBS the laws \"are set.\"";
        assertThat(Frames.of(text, SentenceSubjects.sentenceSubject(Frames.frame(text)))).isEqualTo("Donald Trump");
    }

    @Test
    void takesNoDateAfterADatelineForASubject() {
        String text = "WASHINGTON, Aug. 24 (UPI) \u2014 A spokesman for the campaign called the report \"outrageous.\"";
        assertThat(SentenceSubjects.sentenceSubject(Frames.frame(text))).isNull();
    }

    @Test
    void takesNoSubjectAfterACommaThatEndsALongerClause() {
        String text = "the plan that the council put forward last spring was costly, Donald Trump wrote \"badly\".";
        assertThat(SentenceSubjects.sentenceSubject(Frames.frame(text))).isNull();
    }

    @Test
    void takesAPersonalPronounAfterALongerIntroductoryClauseAsTheSubject() {
        String text = "Asked which county in the state of Iowa was his favourite, he demurred: \"Whichever one I am in.\"";
        assertThat(SentenceSubjects.sentenceSubject(Frames.frame(text))).isInstanceOf(Ref.Pronoun.class);
        assertThat(Frames.of(text, SentenceSubjects.sentenceSubject(Frames.frame(text)))).isEqualTo("he");
    }

    @Test
    void readsALongerIntroductoryClauseOnlyBeforeAPronoun() {
        String named = "Because the vote in the county of Polk went badly for the party, Smith agreed to \"try\".";
        String pronoun = "Because the vote in the county of Polk went badly for the party, he agreed to \"try\".";
        assertThat(SentenceSubjects.sentenceSubject(Frames.frame(named))).isNull();
        assertThat(Frames.of(pronoun, SentenceSubjects.sentenceSubject(Frames.frame(pronoun)))).isEqualTo("he");
    }

    @Test
    void skipsAHeadlineKicker() {
        String text = "Ukraine war: Dmitry Peskov denies losses";
        assertThat(Frames.of(text, SentenceSubjects.sentenceSubject(Frames.frame(text)))).isEqualTo("Dmitry Peskov");
    }

    @Test
    void findsNoSubjectInAnEmptyFrameOrOneThatOpensWithAThing() {
        assertThat(SentenceSubjects.sentenceSubject(List.of())).isNull();
        assertThat(SentenceSubjects.sentenceSubject(Frames.frame("the report was \"damning\"."))).isNull();
    }

    @Test
    void readsTheSubjectAcrossANameParticleToItsSurname() {
        // the surname, which the article's person index joins to the whole name; not the given name alone
        String text = "Board chair Marieke de Graaf left open the possibility of cuts, but said the fund would switch systems.";
        assertThat(Frames.of(text, SentenceSubjects.sentenceSubject(Frames.frame(text)))).isEqualTo("Graaf");
    }

    @Test
    void takesTheSubjectOfAClauseWithAnIrregularPastOrAVerbOfItBeforeAColon() {
        for (String text : List.of("Okafor was blunt: \"The money is gone.\"", "Okafor put it plainly: \"The money is gone.\"",
                "Okafor spoke last: \"The money is gone.\"")) {
            assertThat(Frames.of(text, SentenceSubjects.sentenceSubject(Frames.frame(text)))).as(text).isEqualTo("Okafor");
        }
    }

    @Test
    void stillSkipsAKickerWhoseWordsCanBeVerbs() {
        String text = "Storm hits: Dmitry Peskov denies losses";
        assertThat(Frames.of(text, SentenceSubjects.sentenceSubject(Frames.frame(text)))).isEqualTo("Dmitry Peskov");
    }
}
