package org.crosscheck.text.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.text.quote.QuoteAnalyzerTest.analyze;

import java.util.List;

import org.crosscheck.model.Speaker;
import org.junit.jupiter.api.Test;

/** Speakers recognised by where their names stand, not by a list of given names. */
class NamesByFormTest {

    private static List<String> confidentSpeakers(String text) {
        return analyze(text).quotes().stream()
                .map(q -> q.speaker().confidence() >= Speaker.CONFIDENT ? q.speaker().name() : "?" + q.speaker().name())
                .toList();
    }

    @Test
    void creditsSurnameOnlySpeakerWhenTheArticleGivesNoFullName() {
        String text = "The vote is on Tuesday.\n\n\u201CWe will carry the county,\u201D Varnell said.";
        assertThat(confidentSpeakers(text)).containsExactly("Varnell");
    }

    @Test
    void namesSurnameSpeakerByTheFullNameWrittenEarlierWithAnUnlistedGivenName() {
        String text = "Ormond Quillfeather toured the plant on Monday.\n\n\u201CIt is a fine plant,\u201D Quillfeather said.";
        assertThat(confidentSpeakers(text)).containsExactly("Ormond Quillfeather");
    }

    @Test
    void creditsASurnameWhoseRoleStandsInAnAppositiveBeforeTheVerb() {
        String text = "The depot reopened on Friday.\n\n\u201CWe were ready for it,\u201D Tregarth, a retired driver from the depot, said.";
        assertThat(confidentSpeakers(text)).containsExactly("Tregarth");
    }

    @Test
    void creditsAFullNameWithAnUnlistedGivenNameDescribedByItsRole() {
        String text = "The hearing ended.\n\n\u201CThe ruling stands,\u201D Quorin Valtese, legal director for the tenants' union, said.";
        assertThat(confidentSpeakers(text)).containsExactly("Quorin Valtese");
    }

    @Test
    void takesNoNameForAPersonWhenItsAppositiveNamesNoRole() {
        String text = "The hearing ended.\n\n\u201CThe ruling stands,\u201D Quorin Valtese, on the steps of the court, said.";
        assertThat(confidentSpeakers(text)).doesNotContain("Quorin Valtese");
    }

    @Test
    void takesNoGenderFromAnOfficeWordInMan() {
        String text = "Levell said the group would raise no money. Party spokesman Tamsin Orrell confirmed that it was set up independently."
                + "\n\n\u201CThey are not affiliated with the campaign,\u201D she said.";
        assertThat(analyze(text).quotes()).extracting(q -> q.speaker().name()).containsExactly("Tamsin Orrell");
    }

    @Test
    void readsTheSubjectPastAnAdverbInLyBeforeTheVerb() {
        String text = "The court ruled on Friday.\n\n\u201CWe will appeal the ruling,\u201D Mara Quint quietly added.\n\n"
                + "Ines Varga, exasperated, famously responded: \u201CWhat difference does it make?\u201D";
        assertThat(analyze(text).quotes()).extracting(q -> q.speaker().name()).containsExactly("Mara Quint", "Ines Varga");
    }

    @Test
    void creditsSpeakerNamedAfterAnInvertedVerb() {
        String text = "\u201CWe have no money at all,\u201D said Brannagh.";
        assertThat(confidentSpeakers(text)).containsExactly("Brannagh");
    }

    @Test
    void doesNotTakeTheObjectOfSaidForASpeakerName() {
        String text = "Halvard Tosk, the founder, runs the firm.\n\nHe said Velmora, which makes pumps, would grow. \u201CWe are hiring,\u201D he said.";
        assertThat(confidentSpeakers(text)).containsExactly("Halvard Tosk");
    }

    @Test
    void doesNotTakeACapitalisedCommonNounForAName() {
        String text = "Officials met on Monday. The officials were tired.\n\n\u201CWe need rest,\u201D Officials said.";
        assertThat(analyze(text).quotes().get(0).speaker().isConfident()).isFalse();
    }

    @Test
    void readsSpeakerThroughAPartyTagInBracketsOrCommas() {
        String text = "\u201CThe bill is dead,\u201D Rep. Corwin Abernathe (R-Ohio) said. \u201CIt will pass,\u201D Delphine Maury, D-Maine, said.";
        assertThat(confidentSpeakers(text)).containsExactly("Corwin Abernathe", "Delphine Maury");
    }

    @Test
    void dropsAnOfficeTitleFromTheNameSoTheSurnameFindsThePerson() {
        String text = "House Speaker Tobin Carrow met donors.\n\n\u201CWe are united,\u201D Carrow said.";
        assertThat(confidentSpeakers(text)).containsExactly("Tobin Carrow");
    }

    @Test
    void readsABareSharedSurnameAsThePersonIntroducedFirstWithoutConfidence() {
        String text = "\u201CAmbrose Kettering and Lyle Kettering are here,\u201D the host said.\n\n\u201CWe paid the bill,\u201D Kettering said.";
        assertThat(analyze(text).quotes()).extracting(q -> q.speaker().name(), q -> q.speaker().isConfident())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("host", false), org.assertj.core.groups.Tuple.tuple("Ambrose Kettering", false));
    }

    @Test
    void guessesTheSubjectForAPartialQuoteAfterAnotherVerbWithoutConfidence() {
        String text = "Marisol Quenby, the treasurer, voted against \u201Ca budget of fear.\u201D";
        assertThat(analyze(text).quotes()).extracting(q -> q.speaker().name(), q -> q.speaker().isConfident())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Marisol Quenby", false));
    }

    @Test
    void leavesAHeadlinePartialQuoteUncredited() {
        String text = "Marisol Quenby, the treasurer, left early.\n\nMarisol Quenby slams budget as 'a mess'";
        assertThat(analyze(text).quotes()).extracting(q -> q.speaker().isKnown()).containsExactly(false);
    }
}
