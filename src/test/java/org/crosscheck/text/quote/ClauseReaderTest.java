package org.crosscheck.text.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crosscheck.model.Sentence;
import org.crosscheck.model.Span;
import org.crosscheck.model.Speaker;
import org.crosscheck.text.Token;
import org.junit.jupiter.api.Test;

class ClauseReaderTest {

    private static ClauseReader reader(String text, List<Span> organisations) {
        List<Sentence> sentences = Frames.sentences(text);
        PersonIndex index = PersonIndex.of(text);
        return new ClauseReader(text, sentences, index, new Organisations(text, organisations, n -> false),
                new Referents(text, index), new QuoteClusters(sentences, QuoteMarks.find(text)));
    }

    private static Speaker speakerOfQuote(String text, List<Span> organisations) {
        List<Token> f = Frames.frame(text);
        return reader(text, organisations).clause(f, Frames.quote(f), SentenceSubjects.sentenceSubject(f), 0);
    }

    @Test
    void readsTheNameBeforeAReportingVerb() {
        Speaker sp = speakerOfQuote("\"We deny it,\" Dmitry Peskov said.", List.of());
        assertThat(sp.name()).isEqualTo("Dmitry Peskov");
        assertThat(sp.confidence()).isEqualTo(0.95);
    }

    @Test
    void readsASubjectBeforeAnIrregularPastThatFramesTheQuote() {
        assertThat(speakerOfQuote("\"You are all here for the free food,\" Tamsin Orrell shot back with a laugh.", List.of()).name())
                .isEqualTo("Tamsin Orrell");
    }

    @Test
    void takesNoCompoundRoleAfterTheNameForTheFramingVerb() {
        Speaker sp = speakerOfQuote("\"The files were altered,\" Vexcom co-founder Dara Lindqvist told reporters.", List.of());
        assertThat(sp.name()).isEqualTo("Dara Lindqvist");
        assertThat(sp.confidence()).isEqualTo(0.95);
    }

    @Test
    void readsAVerbOfSpeechAfterAPrepositionAsANoun() {
        String text = "The former secretary of state will play the \"woman card,\" Marla Quint said.";
        assertThat(speakerOfQuote(text, List.of()).name()).isEqualTo("Marla Quint");
    }

    @Test
    void readsTheSourceOfAccordingTo() {
        assertThat(speakerOfQuote("The plan is \"dead\", according to Ann Jones.", List.of()).name()).isEqualTo("Ann Jones");
    }

    @Test
    void readsASubjectBeforeAFramingVerbAfterAnOpeningQuote() {
        assertThat(speakerOfQuote("\"Go back to Univision,\" Donald Trump barked.", List.of()).name()).isEqualTo("Donald Trump");
    }

    @Test
    void readsAnIrregularPastThatEndsTheClauseAsAFramingVerb() {
        assertThat(speakerOfQuote("\"Jeb wants to be a tough guy tonight,\" Donald Trump shot back.", List.of()).name())
                .isEqualTo("Donald Trump");
        assertThat(speakerOfQuote("\"Jeb wants to be a tough guy tonight,\" Donald Trump shot the messenger.", List.of())).isNull();
    }

    @Test
    void readsAnOrganisationAsTheSubjectOfTheVerb() {
        String text = "\"We are committed,\" the White House said.";
        int at = text.indexOf("White House");
        Speaker sp = speakerOfQuote(text, List.of(new Span(at, at + "White House".length())));
        assertThat(sp.name()).isEqualTo("White House");
        assertThat(sp.mention()).isEqualTo(new Span(at, at + "White House".length()));
    }

    @Test
    void readsTheSpeakerOfAStatementWithoutQuotesALittleLessSurely() {
        String text = "Ann Jones said the plan was dead.";
        List<Token> f = Frames.frame(text);
        Speaker sp = reader(text, List.of()).indirect(f, SentenceSubjects.sentenceSubject(f), 0);
        assertThat(sp.name()).isEqualTo("Ann Jones");
        assertThat(sp.confidence()).isLessThan(0.95);
    }

    @Test
    void findsNoSpeakerWhereTheClauseHasNone() {
        assertThat(speakerOfQuote("It was \"a disaster\" in every way", List.of())).isNull();
    }

    @Test
    void passesOverAParticipleThatHangsOnANounToTheVerbOfTheClause() {
        assertThat(speakerOfQuote("Chris Christie said a letter from Tom Brown saying it meant that \"people want safer streets.\"", List.of()).name())
                .isEqualTo("Chris Christie");
    }

    @Test
    void neverReadsTheSubjectPronounAfterWhoAsThePersonWhoStandsFor() {
        String text = "Mitch Brown spoke. He attacked Harry Reid, who he said \"was right in 1993.\"";
        List<Sentence> sentences = Frames.sentences(text);
        PersonIndex index = PersonIndex.of(text);
        Referents referents = new Referents(text, index);
        for (Sentence s : sentences) {
            referents.noteMentions(SentenceFrame.of(text, s.span().start(), s.span().end(), List.of()), s.index(), null);
        }
        ClauseReader reader = new ClauseReader(text, sentences, index, new Organisations(text, List.of(), n -> false), referents,
                new QuoteClusters(sentences, QuoteMarks.find(text)));
        Sentence second = sentences.get(1);
        List<Token> f = SentenceFrame.of(text, second.span().start(), second.span().end(), QuoteMarks.find(text));
        assertThat(reader.clause(f, Frames.quote(f), SentenceSubjects.sentenceSubject(f), 1).name()).isEqualTo("Mitch Brown");
    }
    @Test
    void givesAParticipleAfterTheObjectToTheSubjectOfTheClause() {
        assertThat(speakerOfQuote("Maria Olsen criticised Peter Hall, calling his budget \"a fantasy.\"", List.of()).name())
                .isEqualTo("Maria Olsen");
        assertThat(speakerOfQuote("Maria Olsen backed Peter Hall, who toured the farm, praising \"its fine goats.\"", List.of()).name())
                .isNotEqualTo("Maria Olsen");
    }

    @Test
    void readsNoVerbOfSpeechInANounAfterAPossessiveOrInAVerbBeforeToBe() {
        assertThat(speakerOfQuote("Maria Olsen told the paper that Peter Hall's comments \"were a mistake.\"", List.of()).name())
                .isEqualTo("Maria Olsen");
        assertThat(speakerOfQuote("Maria Olsen said she is sure Peter Hall will continue to be \"a fine mayor.\"", List.of()).name())
                .isEqualTo("Maria Olsen");
    }

    @Test
    void readsANameAfterAnInvertedVerbAndSeveralLowercaseWords() {
        assertThat(speakerOfQuote("\"We will win,\" said retired dentist Peter Hall.", List.of()).name()).isEqualTo("Peter Hall");
    }
    @Test
    void givesAParticipleAfterSaidToTheSubjectOfSaid() {
        assertThat(speakerOfQuote("Peter Hall left early, Maria Olsen said, adding, \"He was tired.\"", List.of()).name())
                .isEqualTo("Maria Olsen");
    }

    @Test
    void passesOverAVerbOfSpeechInAnOpeningSubordinateClauseWithItsOwnSubject() {
        Speaker sp = speakerOfQuote("When Maria Olsen said the bridge would fall, Peter Hall, an engineer, \"laughed out loud,\" said Tom Brown.",
                List.of());
        assertThat(sp.name()).isEqualTo("Tom Brown");
    }

    @Test
    void readsANameBeforeAPartyTagWithDots() {
        assertThat(speakerOfQuote("\"We will win,\" Sen. Peter Hall (D-N.Y.) said.", List.of()).name()).isEqualTo("Peter Hall");
    }

    private static Speaker speakerOfStatement(String text) {
        List<Token> f = Frames.frame(text);
        return reader(text, List.of()).indirect(f, SentenceSubjects.sentenceSubject(f), 0);
    }

    @Test
    void readsAPersonWhoseClauseEndsInAParticipleOfSayingAsTheSpeakerOfWhatFollows() {
        Speaker sp = speakerOfStatement("Marco Rubio changed his pick on the spot, saying he was now rooting for Denver.");
        assertThat(sp).isNotNull();
        assertThat(sp.name()).isEqualTo("Marco Rubio");
    }

    @Test
    void readsTheParticipleOfSayingAsTheSubjectsNotTheObjectsJustBeforeIt() {
        Speaker sp = speakerOfStatement("Donald Trump attacked Marco Rubio, saying the senator was weak on immigration.");
        assertThat(sp).isNotNull();
        assertThat(sp.name()).isEqualTo("Donald Trump");
    }

    @Test
    void readsNoSpeakerFromAParticipleOfSayingAfterABodyDescribedByItsPeople() {
        assertThat(speakerOfStatement("The Faroese government set its own quota, saying the old deal had lapsed.")).isNull();
    }

    @Test
    void readsTheNameAfterAnOfficesComplementOfDictionaryWordsWhenNoListHoldsTheGivenName() {
        assertThat(speakerOfQuote("\"There is work to do,\" said Former Secretary of State Madeleine Albright.", List.of()).name())
                .isEqualTo("Madeleine Albright");
        assertThat(speakerOfQuote("\"The target stands,\" said Minister for Health Ciaran Mulvey.", List.of()).name())
                .endsWith("Mulvey").doesNotContain("Health");
    }

    @Test
    void readsThePersonAfterAnInvertedVerbWhenAPhraseOfPlaceOrTimeFollowsTheName() {
        assertThat(speakerOfQuote("\"It was a long night,\" said Mira Solberg during the count.", List.of()).name())
                .isEqualTo("Mira Solberg");
        assertThat(speakerOfQuote("\"Wonderful!\" beamed David Berg of Tromso, Norway.", List.of()).name())
                .isEqualTo("David Berg");
    }

    @Test
    void readsTheSubjectPastAQuoteInsideAnAsideAboutThePerson() {
        String text = "\"We lost the vote,\" Harold Pinkney, holding a \"Vote No\" placard, said after the count.";
        assertThat(speakerOfQuote(text, List.of()).name()).isEqualTo("Harold Pinkney");
    }

    @Test
    void readsAPersonWhoseNameEndsInAGeneration() {
        assertThat(speakerOfQuote("\"We lost the vote,\" Harold Pinkney III, a lawyer for the union, told reporters.", List.of()).name())
                .isEqualTo("Harold Pinkney");
    }

    @Test
    void readsTheSpeakerOfAsXPutItAndInTheWordsOfX() {
        assertThat(speakerOfQuote("As Mira Solberg put it, \"the harbour is the town.\"", List.of()).name()).isEqualTo("Mira Solberg");
        assertThat(speakerOfQuote("As Mira Solberg puts it: \"the harbour is the town.\"", List.of()).name()).isEqualTo("Mira Solberg");
        assertThat(speakerOfQuote("In the words of Mira Solberg, \"the harbour is the town.\"", List.of()).name()).isEqualTo("Mira Solberg");
        assertThat(speakerOfQuote("As a rule the harbour put it first: \"the town comes second.\"", List.of())).isNull();
    }

    @Test
    void readsANominalSpeakerPastAPhraseThatHangsOnItWithToOrWith() {
        assertThat(speakerOfQuote("\"It is over,\" a source close to the coach said.", List.of()).name()).isEqualTo("source");
        assertThat(speakerOfQuote("An aide speaking to the Courier said: \"It is over.\"", List.of()).name()).isEqualTo("aide");
    }

    @Test
    void readsAnAgentNounTheDictionaryLacksAsANominalSpeaker() {
        assertThat(speakerOfQuote("\"It is over,\" one commenter wrote.", List.of()).name()).isEqualTo("one commenter");
    }
}
