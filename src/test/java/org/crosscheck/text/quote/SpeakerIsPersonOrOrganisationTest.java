package org.crosscheck.text.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Speaker;
import org.crosscheck.text.TextAnalyzer;
import org.crosscheck.text.Token;
import org.junit.jupiter.api.Test;

/**
 * A speaker is a person or an organisation: never a place or thing named after a preposition in
 * the subject, never a modifier read as a noun, and never an appositive in place of the name it
 * describes.
 */
class SpeakerIsPersonOrOrganisationTest {

    private static AnalyzedArticle analyze(String body) {
        return new TextAnalyzer().analyze(new Article("a", "", "Title", body));
    }

    private static Speaker speakerOf(AnalyzedArticle a, String words) {
        return a.quotes().stream().filter(q -> q.text().contains(words)).map(Quote::speaker).findFirst().orElseThrow();
    }

    private static Ref subjectOf(String text, String verb) {
        List<Token> f = Frames.frame(text);
        return Phrases.subjectBefore(f, Frames.at(f, verb), PersonIndex.of(text));
    }

    @Test
    void takesThePhraseAPrepositionHangsOnForTheSubjectNotItsObject() {
        String text = "A panel of engineers working in Lisbon said the bridge was \"sound\".";
        assertThat(Frames.of(text, subjectOf(text, "said"))).isEqualTo("engineers");
        String nurses = "Nurses at the Royal Infirmary said the wards were \"full\".";
        assertThat(Frames.of(nurses, subjectOf(nurses, "said"))).isEqualTo("Nurses");
    }

    @Test
    void neverCreditsAQuoteToAPlaceInsideTheSubjectPhrase() {
        AnalyzedArticle a = analyze("Storm closes harbour\n\nA coroner sitting in Truro said the drowning had been "
                + "\"entirely avoidable\" because the warning lights had failed.\n\nA jury from Exeter said the evidence was "
                + "\"not enough\" to convict.");
        Speaker coroner = speakerOf(a, "entirely avoidable");
        assertThat(coroner.name()).isEqualTo("coroner");
        assertThat(coroner.confidence()).isLessThan(0.5);
        assertThat(speakerOf(a, "not enough").name()).isNotEqualTo("Exeter");
    }

    @Test
    void readsABareVerbFormAfterASingularNounAsPartOfTheNounPhrase() {
        List<Token> counsel = Frames.frame("the junior state counsel told reporters");
        assertThat(Phrases.isReportingVerbAt(counsel, Frames.at(counsel, "state"))).isFalse();
        List<Token> plural = Frames.frame("the engineers state that it is safe");
        assertThat(Phrases.isReportingVerbAt(plural, Frames.at(plural, "state"))).isTrue();
        List<Token> group = Frames.frame("the police say that it is safe");
        assertThat(Phrases.isReportingVerbAt(group, Frames.at(group, "say"))).isTrue();
        List<Token> post = Frames.frame("Ann Lee wrote in a since-deleted Instagram post that they should \"grow up\"");
        assertThat(Phrases.isReportingVerbAt(post, Frames.at(post, "post"))).isFalse();
        assertThat(Phrases.isReportingVerbAt(post, Frames.at(post, "wrote"))).isTrue();
    }

    @Test
    void keepsTheNameAsSubjectPastAnAppositiveWithAVerbOfItsOwn() {
        AnalyzedArticle a = analyze("Dam passes inspection\n\nTomas Berg, the junior state engineer who argued the case for "
                + "the county, told reporters outside the hall that the dam was safe. \"We tested it twice,\" he said.");
        Speaker sp = speakerOf(a, "tested it twice");
        assertThat(sp.name()).isEqualTo("Tomas Berg");
        assertThat(sp.chain()).isEqualTo("\"he\" \u2192 Tomas Berg");
    }

    @Test
    void readsTheVerbAfterAnAppositiveNotTheOneInsideIt() {
        String text = "\"We will appeal,\" Ana Ruiz, the lawyer who argued the case, said.";
        List<Token> f = Frames.frame(text);
        assertThat(Appositives.inAppositive(f, Frames.at(f, "argued"), PersonIndex.of(text))).isTrue();
        assertThat(Appositives.inAppositive(f, Frames.at(f, "said"), PersonIndex.of(text))).isFalse();
        assertThat(analyze(text).quotes().get(0).speaker().name()).isEqualTo("Ana Ruiz");
    }

    @Test
    void creditsAnOrganisationThatSpeaksThroughAnUnnamedSpokesperson() {
        AnalyzedArticle a = analyze("Ferry fares rise\n\nSpeaking to the Harbour Gazette, a spokesperson from the Northern "
                + "Ferry Company said: \"Fuel costs have doubled.\"");
        assertThat(speakerOf(a, "Fuel costs").name()).isEqualTo("Northern Ferry Company");
    }

    @Test
    void creditsTheNamedPersonRatherThanTheOrganisationSheWorksFor() {
        AnalyzedArticle a = analyze("Ferry fares rise\n\n\"Fuel costs have doubled,\" Joanna Pike, the director of the "
                + "Northern Ferry Company said.");
        assertThat(speakerOf(a, "Fuel costs").name()).isEqualTo("Joanna Pike");
    }

    @Test
    void readsAnOccupationBeforeAGivenNameAsADescriptorOfThePerson() {
        String text = "Midwife Anna Kowalski said the ward was \"stretched thin\" at night. \"We cope,\" the midwife said.";
        PersonIndex index = PersonIndex.of(text);
        assertThat(index.canonical("Kowalski")).isEqualTo("Anna Kowalski");
        assertThat(index.bindings()).extracting(RoleBinding::head).containsExactly("midwife");
        AnalyzedArticle a = analyze("Ward under strain\n\n" + text);
        assertThat(a.quotes()).extracting(q -> q.speaker().name()).containsExactly("Anna Kowalski", "Anna Kowalski");
        assertThat(PersonIndex.of("Christian Bale said it was \"hard work\".").bindings()).isEmpty();
    }

    @Test
    void readsARegionAfterACommaAsPartOfThePlaceNotAsTheSubject() {
        String text = "Tom Reed of Dayton, Ohio said the plant was \"a lifeline\" for the town.";
        assertThat(Frames.of(text, subjectOf(text, "said"))).isEqualTo("Tom Reed");
        assertThat(analyze("Plant reopens\n\n" + text).quotes().get(0).speaker().name()).isEqualTo("Tom Reed");
    }

    @Test
    void readsAModifierBeforeATitleAndANameAsPartOfTheSubject() {
        String text = "In a speech, Labour leadership hopeful Dr. Ann Clwyd was critical, telling the BBC that it was \"absurd\".";
        assertThat(Frames.of(text, SentenceSubjects.sentenceSubject(Frames.frame(text)))).isEqualTo("Ann Clwyd");
    }

    @Test
    void reportsACapitalisedPluralOfAPersonNounAsANominalSpeakerThatNoHeOrSheMeans() {
        AnalyzedArticle a = analyze("Deal in sight\n\nDiplomats in Brussels said the deal was \"within reach\" on Monday. "
                + "\"We are close,\" he said.");
        Speaker diplomats = speakerOf(a, "within reach");
        assertThat(diplomats.name()).isEqualTo("Diplomats");
        assertThat(diplomats.confidence()).isLessThan(0.5);
        assertThat(speakerOf(a, "We are close").name()).isNotEqualTo("Diplomats");
    }

    @Test
    void neverTakesABodyNamedAsANominalSpeakerForTheSheThatFollows() {
        AnalyzedArticle a = analyze("Order won\n\n\"This is our biggest order,\" said Marta Zielinska-Kos, the plant's boss. "
                + "Neither company would say what a single locomotive costs.\n\n"
                + "\"Today we drag old diesel engines there,\" she said.");
        assertThat(speakerOf(a, "Today we drag").name()).isEqualTo("Marta Zielinska-Kos");
    }

    @Test
    void readsATitleWithItsComplementBeforeAGivenNameNoListHoldsAsTheHoldersRole() {
        AnalyzedArticle a = analyze("Diesel subsidy ends\n\nVice-Minister of Hydrocarbons Paola Cevallos said smuggling was rife.\n\n"
                + "\"Every gallon smuggled is a gallon lost,\" she said.");
        assertThat(speakerOf(a, "Every gallon").name()).isEqualTo("Paola Cevallos");
    }
}
