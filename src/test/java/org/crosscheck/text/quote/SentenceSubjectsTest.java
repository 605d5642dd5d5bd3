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
    void takesNoSubjectAfterACommaThatEndsALongerClause() {
        String text = "the plan that the council put forward last spring was costly, Donald Trump wrote \"badly\".";
        assertThat(SentenceSubjects.sentenceSubject(Frames.frame(text))).isNull();
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
}
