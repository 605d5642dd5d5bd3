package org.crosscheck.text.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crosscheck.model.Sentence;
import org.junit.jupiter.api.Test;

class NeighbourClausesTest {

    private static NeighbourClauses neighbours(String text) {
        List<Sentence> sentences = Frames.sentences(text);
        PersonIndex index = PersonIndex.of(text);
        Referents referents = new Referents(text, index);
        for (Sentence s : sentences) {
            referents.noteMentions(SentenceFrame.of(text, s.span().start(), s.span().end(), List.of()), s.index(), null);
        }
        return new NeighbourClauses(text, sentences, index, referents, new Organisations(text, List.of(), name -> false));
    }

    @Test
    void creditsAQuoteAloneToTheSubjectOfTheSentenceThatIntroducesItWithAColon() {
        String text = "Hillary Clinton released the following statement:\n\n\"We will win.\"";
        assertThat(neighbours(text).introducedByColon(1).name()).isEqualTo("Hillary Clinton");
    }

    @Test
    void creditsAQuoteAloneToTheReportingClauseOpeningTheNextSentence() {
        String text = "\"Will we win? We will!\" Hillary Clinton said to People.";
        List<Sentence> s = Frames.sentences(text);
        assertThat(neighbours(text).creditedAfter(s.size() - 2).name()).isEqualTo("Hillary Clinton");
    }

    @Test
    void readsTheReportingClauseOfTheNextSentenceAcrossALongAppositiveThatNamesARole() {
        String text = "Orla Penhallow met the strikers.\n\n\"Will we win? We will!\" Penhallow, a retired signal engineer from the depot at Truro, said to reporters.";
        List<Sentence> s = Frames.sentences(text);
        assertThat(neighbours(text).creditedAfter(s.size() - 2).name()).isEqualTo("Orla Penhallow");
    }

    @Test
    void creditsAQuoteAloneToTheSubjectOfTheLastVerbOfSpeechBeforeTheColon() {
        String text = "The proposal drew criticism all week, and Senator Ann Lee responded:\n\n\"We will win.\"";
        assertThat(neighbours(text).introducedByColon(1).name()).isEqualTo("Ann Lee");
        assertThat(neighbours(text).introducedByColon(1).confidence()).isEqualTo(0.7);
    }

    @Test
    void creditsAQuoteAloneToAnOrganisationThatIsTheSubjectOfTheLastVerbOfSpeech() {
        String text = "These claims drew criticism in May, and the Daily Courier responded:\n\n\"We will win.\"";
        List<Sentence> sentences = Frames.sentences(text);
        int at = text.indexOf("Daily Courier");
        Organisations orgs = new Organisations(text, List.of(new org.crosscheck.model.Span(at, at + "Daily Courier".length())), name -> false);
        NeighbourClauses n = new NeighbourClauses(text, sentences, PersonIndex.of(text), new Referents(text, PersonIndex.of(text)), orgs);
        assertThat(n.introducedByColon(1).name()).isEqualTo("Daily Courier");
    }

    @Test
    void creditsAQuoteParagraphToTheCreditLineUnderIt() {
        String text = "Senator Ann Lee spoke first.\n\n\"We will win.\"\n\n- Ann Lee.\n\nThe debate went on.";
        List<Sentence> s = Frames.sentences(text);
        int quote = 1;
        assertThat(neighbours(text).creditedAfter(quote).name()).isEqualTo("Ann Lee");
        assertThat(neighbours(text).creditedAfter(quote).confidence()).isEqualTo(0.75);
        assertThat(s.get(quote + 1).text()).startsWith("- Ann Lee");
    }

    @Test
    void takesNoLineInTheNextParagraphThatIsNoCreditLine() {
        String text = "Senator Ann Lee spoke first.\n\n\"We will win.\"\n\nAnn Lee said so twice.";
        assertThat(neighbours(text).creditedAfter(1)).isNull();
    }

    @Test
    void findsNothingAtTheEdgesOfTheText() {
        String text = "\"We will win.\"";
        assertThat(neighbours(text).introducedByColon(0)).isNull();
        assertThat(neighbours(text).creditedAfter(0)).isNull();
    }
}
