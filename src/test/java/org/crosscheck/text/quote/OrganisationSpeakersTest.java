package org.crosscheck.text.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Statement;
import org.crosscheck.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class OrganisationSpeakersTest {

    private static AnalyzedArticle analyze(String body) {
        return new TextAnalyzer().analyze(new Article("a", "", "Title", body));
    }

    private static String speakerOf(AnalyzedArticle a, String words) {
        return a.quotes().stream().filter(q -> q.text().contains(words)).map(Quote::speaker).findFirst().orElseThrow().name();
    }

    @Test
    void creditsQuoteToTheOrganisationThatIsSubjectOfTheReportingVerb() {
        AnalyzedArticle a = analyze("Talks went on all week.\n\n\"We reaffirmed our shared commitment,\" the White House said.");
        assertThat(speakerOf(a, "shared commitment")).isEqualTo("White House");
    }

    @Test
    void creditsQuoteToTheOrganisationNamedAfterAnInvertedVerb() {
        AnalyzedArticle a = analyze("Talks went on all week.\n\n\"The talks were useful,\" said the State Department.");
        assertThat(speakerOf(a, "talks were useful")).isEqualTo("State Department");
    }

    @Test
    void neverCreditsADatelineInCapitals() {
        AnalyzedArticle a = analyze("PHILADELPHIA, July 25 (UPI) \u2014 The party released a statement Monday, offering "
                + "\"a deep and sincere apology\" to its members.");
        assertThat(a.quotes()).extracting(q -> q.speaker().name()).doesNotContain("PHILADELPHIA");
    }

    @Test
    void aVerbWithANonPersonSubjectOfItsOwnDoesNotSpeakForTheSentenceSubject() {
        String body = "Greg Lindqvist lost the race.\n\nLindqvist called Alvarez at 6 p.m., his campaign said.";
        AnalyzedArticle a = analyze(body);
        assertThat(a.statements()).extracting(Statement::sentence, s -> s.speaker().cue() == null ? null : s.speaker().cue().of(body))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple(1, "said"));
    }

    @Test
    void theObjectOfAVerbIsNotTheSubjectOfTheInfinitiveThatFollows() {
        AnalyzedArticle a = analyze("Teresa Alvarez won. Greg Lindqvist lost.\n\nLindqvist phoned Alvarez to concede just before 6 p.m.");
        assertThat(a.statements()).extracting(s -> s.speaker().name()).doesNotContain("Teresa Alvarez");
    }

    @Test
    void creditsQuoteToThePersonAfterAVerbOfSpeechTheLexiconLacks() {
        AnalyzedArticle a = analyze("HP grew fast.\n\n\"An awful lot of analysts said no,\" remembered Roy Verley, HP's former spokesman.");
        assertThat(speakerOf(a, "awful lot")).isEqualTo("Roy Verley");
    }

    @Test
    void aNameAfterTheIsAnInstitutionNoPronounPointsAt() {
        AnalyzedArticle a = analyze("Crashes rose.\n\nTomasz Nowak, a campaigner with the Coventry Cycle Forum, said the group wrote four times. "
                + "\"Nobody can say they were not warned,\" he said.");
        assertThat(a.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("Tomasz Nowak");
            assertThat(q.speaker().confidence()).isEqualTo(0.8);
        });
    }

    @Test
    void creditsItSaidToTheOrganisationThatSpokeJustBefore() {
        AnalyzedArticle a = analyze("Talks went on.\n\n\"The talks were useful,\" said the State Department. "
                + "It added, \"We will meet again.\"");
        assertThat(a.quotes()).filteredOn(q -> q.text().contains("meet again")).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("State Department");
            assertThat(q.speaker().chain()).isEqualTo("\"It\" \u2192 State Department");
            assertThat(q.speaker().confidence()).isLessThan(0.8);
        });
    }

    @Test
    void findsNoSpeakerInAnEmptyArticleBody() {
        assertThat(analyze(" ").quotes()).isEqualTo(List.of());
    }

    @Test
    void anOrganisationWrittenBeforeItsVerbSpeaksNotTheThingNamedAfterIt() {
        AnalyzedArticle a = analyze("Supplies ran low.\n\nThe Ministry of Transport says the Eastern Relief Canal, which runs 9 km, "
                + "has carried barges below capacity since 2021.");
        assertThat(a.speakerOf(1).name()).isEqualTo("Ministry of Transport");
    }

    @Test
    void anOrganisationWithItsShortFormInBracketsIsTheSubjectOfTheVerb() {
        AnalyzedArticle a = analyze("Supplies ran low.\n\nThe Lake Tana Reservoir is now only 20 percent full, "
                + "the Bahir Dar Water and Sewerage Authority (BDWSA) said on Friday.");
        assertThat(a.speakerOf(1).name()).contains("Sewerage Authority");
    }
    @Test
    void aBodyNamedByItsHeadWordSpeaksAsTheOrganisationTheArticleNamedWithIt() {
        AnalyzedArticle a = analyze("The Maritime Safety Commission opened an inquiry on Monday.\n\n"
                + "\"The crew followed every procedure,\" the commission said in a statement.");
        assertThat(a.quotes().get(0).speaker().name()).isEqualTo("Maritime Safety Commission");
        assertThat(a.quotes().get(0).speaker().chain()).contains("the commission");
    }

    @Test
    void aPlaceJoinedToAParticipleBeforeABodyIsNoSpeakerOfItsOwn() {
        AnalyzedArticle a = analyze("The Carronvale Pipe Band won a grant in March.\n\n"
                + "The Larbert-based band says the money pays for around two-fifths of its costs.");
        assertThat(a.speakerOf(1).name()).isEqualTo("Carronvale Pipe Band");
        assertThat(a.speakerOf(1).chain()).contains("Larbert-based band");
    }

    @Test
    void aBodyTheArticleNamesNowhereIsANominalSpeakerAtItsOwnWords() {
        String body = "Volunteers gathered outside the shelter.\n\n\"We will not let these animals down,\" the organization wrote.";
        AnalyzedArticle a = analyze(body);
        var speaker = a.quotes().get(0).speaker();
        assertThat(speaker.name()).isEqualTo("organization");
        assertThat(speaker.mention().of(body)).isEqualTo("organization");
        assertThat(speaker.isConfident()).isFalse();
    }

    @Test
    void aDocumentThatSpeaksIsANominalSpeakerAtItsOwnWords() {
        String body = "Lines at the polls stretched for hours in March.\n\n\"Voters were turned away in their thousands,\" the indictment says.\n\n"
                + "\"Every ballot cast after 7pm was counted,\" said the memo.";
        AnalyzedArticle a = analyze(body);
        assertThat(a.quotes()).extracting(q -> q.speaker().name()).containsExactly("indictment", "memo");
        assertThat(a.quotes().get(0).speaker().mention().of(body)).isEqualTo("indictment");
        assertThat(a.quotes()).allSatisfy(q -> assertThat(q.speaker().isConfident()).isFalse());
    }

    @Test
    void aDocumentSpeaksForWhoeverIssuedItJustBefore() {
        String body = "\"The council has failed every family on this estate,\" Mayor Dana Whitlow said in a statement released by her office.\n\n"
                + "\"We will not wait another winter for the repairs,\" the statement continued.";
        AnalyzedArticle a = analyze(body);
        var speaker = a.quotes().get(1).speaker();
        assertThat(speaker.name()).isEqualTo("Dana Whitlow");
        assertThat(speaker.chain()).isEqualTo("\"the statement\" \u2192 Dana Whitlow");
        assertThat(speaker.mention().of(body)).isEqualTo("statement");
        assertThat(speaker.confidence()).isEqualTo(0.7);
    }

    @Test
    void aPersonWhoseSurnameNamesADocumentKeepsTheirQuote() {
        String body = "\"It was hard to write,\" Ann Lee said of her story.\n\n\"I never thought anyone would read it,\" Paul Story said.";
        AnalyzedArticle a = analyze(body);
        assertThat(a.quotes().get(1).speaker().name()).isEqualTo("Paul Story");
        assertThat(a.quotes().get(1).speaker().chain()).isNull();
    }

    @Test
    void aDocumentNoOneWasCreditedWithIntroducingStaysNominal() {
        AnalyzedArticle a = analyze("The inspectors published their report on Monday.\n\n\"Damp was found in 40 of the 52 flats,\" the report said.");
        assertThat(a.quotes().get(0).speaker().name()).isEqualTo("report");
        assertThat(a.quotes().get(0).speaker().isConfident()).isFalse();
    }

    @Test
    void aWordThatIsMostlyAnAdverbIsNoDocumentThatSpeaks() {
        AnalyzedArticle a = analyze("The party launched two initiatives.\n\nThe second, the so called \"Enforcement Initiative\" seeks to end delays.");
        assertThat(a.quotes()).extracting(q -> q.speaker().name()).doesNotContain("so");
    }

    @Test
    void theCommonNounCapitalisedBeforeATitleIsNoOrganisationForABody() {
        AnalyzedArticle a = analyze("Agency chief Ruth Bellamy met drivers.\n\n"
                + "\"Most riders will be within half a mile of a route,\" the agency said.");
        assertThat(a.quotes().get(0).speaker().name()).isEqualTo("agency");
    }

    @Test
    void anAccordingToPhraseNamingABodyCreditsIt() {
        AnalyzedArticle a = analyze("The Harbour Pilots Association met on Friday.\n\n"
                + "According to the association, \"no pilot was on the bridge at the time.\"");
        assertThat(a.quotes().get(0).speaker().name()).isEqualTo("Harbour Pilots Association");
    }

    @Test
    void aBodyInsideAPrepositionalPhraseIsNotTheSubject() {
        AnalyzedArticle a = analyze("The Maritime Safety Commission opened an inquiry.\n\n"
                + "\"It was avoidable,\" members of the commission said.");
        assertThat(a.quotes().get(0).speaker().name()).isNotEqualTo("Maritime Safety Commission");
    }
}
