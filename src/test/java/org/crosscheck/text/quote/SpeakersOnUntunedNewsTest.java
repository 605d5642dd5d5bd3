package org.crosscheck.text.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crosscheck.model.Quote;
import org.crosscheck.model.Speaker;
import org.crosscheck.text.Token;
import org.junit.jupiter.api.Test;

/**
 * Speakers in forms hand-written copy uses: a name with the firm it works for, a pronoun's
 * reported clause that opens with a thing, a title with an "of"/"for" complement before a name,
 * and roles told apart by the words written with them.
 */
class SpeakersOnUntunedNewsTest {

    private static Speaker speakerOf(String text, String words) {
        Speech s = QuoteAnalyzerTest.analyze(text);
        return s.quotes().stream().filter(q -> q.text().contains(words)).map(Quote::speaker).findFirst().orElseThrow();
    }

    @Test
    void readsTheFirmAfterANameAsWhereThePersonWorksNotAsAPerson() {
        PersonIndex index = PersonIndex.of("Ocean freight rates fell again.\n\nNakamura Kenji of Tohoku Advisory said the slide "
                + "would last into spring.");
        assertThat(index.names()).containsExactly("Nakamura Kenji");
    }

    @Test
    void creditsHeToTheAnalystNamedWithHisFirmNotToTheFirm() {
        String text = "Ocean freight rates fell again.\n\nNakamura Kenji of Tohoku Advisory said the slide would last into spring.\n\n"
                + "\"Nobody is ordering ships this year,\" he said.";
        Speaker s = speakerOf(text, "Nobody is ordering");
        assertThat(s.name()).isEqualTo("Nakamura Kenji");
        assertThat(s.chain()).isEqualTo("\"he\" \u2192 Nakamura Kenji");
    }

    @Test
    void neverTakesANameEndingInAnOrganisationWordForAPerson() {
        PersonIndex index = PersonIndex.of("The port reopened.\n\nSilver Coast Holdings said the cranes were repaired.\n\n"
                + "Rita Gomes, a docker, said she was relieved.");
        assertThat(index.names()).containsExactly("Rita Gomes");
    }

    @Test
    void takesANameDescribedAsACompanyForAnOrganisationNotAPerson() {
        String text = "The tanker ran aground.\n\nAegean Bulk Carriers, the Piraeus company that owns the ship, said it was helping.\n\n"
                + "Stavros Lekkas, a deckhand, said the crew was safe.";
        assertThat(PersonIndex.of(text).names()).containsExactly("Stavros Lekkas");
        assertThat(PersonIndex.of("Ann Lee, the firm's lawyer, said it was over. Tom Reed, a member of the club, agreed.").names())
                .containsExactly("Ann Lee", "Tom Reed");
    }

    @Test
    void continuesTheSpeakerIntoAQuoteParagraphRightAfterTheParagraphThatCreditsHim() {
        String text = "The torc was stolen on Sunday.\n\nDetective Inspector Ian Moore said the raiders knew what they wanted. "
                + "\"They went straight to one case,\" he said.\n\n\"Items like these are very hard to sell on.\"\n\n"
                + "The museum reopened on Tuesday.\n\n\"Nobody expected it.\"";
        Speaker next = speakerOf(text, "hard to sell on");
        assertThat(next.name()).isEqualTo("Ian Moore");
        assertThat(next.confidence()).isGreaterThanOrEqualTo(Speaker.CONFIDENT);
        assertThat(speakerOf(text, "Nobody expected it").confidence()).isLessThan(Speaker.CONFIDENT);
    }

    @Test
    void takesNoSpeakerAfterSaidFromAPhraseTheQuoteGoesOnFrom() {
        List<Token> f = Frames.frame("He stressed that the crew was safe and said the narrow channel \"is treated like a motorway\".");
        assertThat(Phrases.subjectAfter(f, Frames.at(f, "said"), PersonIndex.of(""))).isNull();
        List<Token> inverted = Frames.frame("\"It is treated like a motorway,\" said the harbour master.");
        assertThat(Phrases.subjectAfter(inverted, Frames.at(inverted, "said"), PersonIndex.of(""))).isNotNull();
    }

    @Test
    void creditsAPartialQuoteAfterAndSaidToTheSubjectOfTheSentence() {
        String text = "The tanker ran aground on Tuesday.\n\nChief executive Miguel Santos said the cause was not yet known.\n\n"
                + "He also stressed that the crew was safe and said the narrow channel \"is treated like a motorway\".";
        Speaker s = speakerOf(text, "treated like a motorway");
        assertThat(s.name()).isEqualTo("Miguel Santos");
    }

    @Test
    void readsTheNameAfterATitleAndItsComplementAsTheHolder() {
        String text = "Rains failed again.\n\nMinister for Coastal Affairs Maria Okafor said the funds would arrive in March.\n\n"
                + "\"Nobody will be left behind,\" Okafor said.";
        PersonIndex index = PersonIndex.of(text);
        assertThat(index.names()).containsExactly("Maria Okafor");
        assertThat(index.holderOf("the minister")).isEqualTo("Maria Okafor");
        assertThat(speakerOf(text, "Nobody will be left").name()).isEqualTo("Maria Okafor");
        List<Token> f = Frames.frame("Minister for Coastal Affairs Maria Okafor said the funds would arrive.");
        assertThat(Frames.of("Minister for Coastal Affairs Maria Okafor said the funds would arrive.",
                Phrases.subjectBefore(f, Frames.at(f, "said"), index))).isEqualTo("Maria Okafor");
    }

    @Test
    void findsTheHolderAfterAComplementByAGivenNameOfTheLongList() {
        PersonIndex index = PersonIndex.of("Rains failed again.\n\nSecretary of State Theodore Quayle urged calm.");
        assertThat(index.names()).containsExactly("Theodore Quayle");
    }

    @Test
    void keepsAPersonInTheComplementAsTheOneTheSpokesmanSpeaksFor() {
        String text = "Talks stalled.\n\n\"We are not in a hurry,\" a spokesman for President Lena Hart said.";
        assertThat(speakerOf(text, "not in a hurry").name()).isNotEqualTo("Lena Hart");
    }

    @Test
    void tellsTwoLeadersApartByTheWordsWrittenWithTheirRole() {
        String text = "The budget passed.\n\nCouncil leader Ann Reid said schools were protected.\n\n"
                + "Opposition group leader Tom Bell said libraries were not.\n\n"
                + "\"Nobody came into politics to close libraries,\" the council leader said.";
        Speaker s = speakerOf(text, "Nobody came into politics");
        assertThat(s.name()).isEqualTo("Ann Reid");
        assertThat(s.confidence()).isGreaterThanOrEqualTo(Speaker.CONFIDENT);
    }

    @Test
    void findsNoHolderForARoleTiedToNobodyOrToTwoPeopleAlike() {
        assertThat(PersonIndex.of("Prices rose.").holderOf("the minister")).isNull();
        PersonIndex two = PersonIndex.of("Health minister Ann Reid spoke first. Trade minister Tom Bell spoke next.");
        assertThat(two.holderOf("the minister")).isNull();
        assertThat(two.holderOf("the trade minister")).isEqualTo("Tom Bell");
        assertThat(two.holderOf("")).isNull();
    }

    @Test
    void findsTheHolderOfACompoundRoleByItsTitleWord() {
        PersonIndex index = PersonIndex.of("Brewer chief executive Ken Mori said the deal was done. Finance director Ann Reid agreed.");
        assertThat(index.holderOf("the brewer chief")).isEqualTo("Ken Mori");
        assertThat(index.holderOf("the chief")).isEqualTo("Ken Mori");
    }

    @Test
    void aTitleWordStandingAloneAsTheSpeakerIsTheSurnameOfThePersonNamedBefore() {
        String text = "Tributes poured in.\n\nSwimming great Dawn Marie Bishop remembered her coach as a patient man.\n\n"
                + "\"He never once raised his voice,\" Bishop said.";
        assertThat(speakerOf(text, "raised his voice").name()).isEqualTo("Dawn Marie Bishop");
    }

    @Test
    void aClauseEndingInAColonIsNoKickerAndCreditsItsSubject() {
        String text = "Turnout fell.\n\n\"I am tired of waiting,\" said Rosa Delgado, a nurse.\n\n"
                + "She went on: \"Nobody in this town has seen the new clinic.\"\n\nDelgado hit back: \"Come and count the empty beds.\"";
        assertThat(speakerOf(text, "new clinic").name()).isEqualTo("Rosa Delgado");
        assertThat(speakerOf(text, "empty beds").name()).isEqualTo("Rosa Delgado");
        assertThat(speakerOf(text, "empty beds").confidence()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void creditsSheToTheSourceOfAnAccordingToPhraseAtTheEndOfASentence() {
        String text = "The storm neared the coast.\n\nThe storm is carrying winds of up to 75mph, according to Nasreen Akhter of the "
                + "weather office.\n\n\"The wind kills some people, but the water kills many more,\" she said.";
        assertThat(speakerOf(text, "The wind kills").name()).isEqualTo("Nasreen Akhter");
    }

    @Test
    void neverCreditsSheToTheWriterNamedInTheByline() {
        String text = "Storm nears coast\n\nBy Priya Sen | Updated 14:30 GMT, Wednesday 30 October 2024\n\n"
                + "The storm is carrying strong winds, officials said.\n\n"
                + "\"The wind kills some people, but the water kills many more,\" she said.";
        org.crosscheck.model.AnalyzedArticle a = new org.crosscheck.text.TextAnalyzer()
                .analyze(new org.crosscheck.model.Article("t", "", "", text));
        assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.speaker().name()).isNotEqualTo("Priya Sen"));
    }

    @Test
    void creditsAStatementToTheNameSetOffAfterARoleWhateverItsGivenName() {
        String text = "The camp is short of water.\n\nTurkana County's executive for water, Ekai Lokwawi, said the county would "
                + "drill two new boreholes by November.";
        assertThat(QuoteAnalyzerTest.analyze(text).statements()).singleElement().satisfies(st -> {
            assertThat(st.speaker().name()).isEqualTo("Ekai Lokwawi");
            assertThat(st.speaker().chain()).isNull();
        });
    }

    @Test
    void creditsAnAccordingToPhraseToTheNameSetOffAfterAPluralPossessive() {
        String text = "The runway will grow.\n\nAccording to the residents' association chairman, Peter Ouma, around three in five "
                + "households have already taken the payouts.";
        assertThat(QuoteAnalyzerTest.analyze(text).statements()).singleElement()
                .satisfies(st -> assertThat(st.speaker().name()).isEqualTo("Peter Ouma"));
    }

    @Test
    void readsAnOfficesInitialsInCapitalsAsNoHonorificAndKeepsANamesParticle() {
        String text = "The depot will close.\n\nLabour MS Sian ab Owain, who represents the town, said the vote was rushed. "
                + "\"The drivers were never asked,\" she said.";
        assertThat(PersonIndex.of(text).names()).containsExactly("Sian ab Owain");
        assertThat(speakerOf(text, "drivers were never asked").name()).isEqualTo("Sian ab Owain");
    }
}
