package org.crosscheck.text.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crosscheck.text.Token;
import org.junit.jupiter.api.Test;

class PhrasesTest {

    private static Ref subjectOf(String text, String verb) {
        List<Token> f = Frames.frame(text);
        return Phrases.subjectBefore(f, Frames.at(f, verb), PersonIndex.of(text));
    }

    @Test
    void findsTheSubjectAcrossAuxiliariesAndAdverbs() {
        String text = "Dmitry Peskov has also said \"no\".";
        assertThat(Frames.of(text, subjectOf(text, "said"))).isEqualTo("Dmitry Peskov");
    }

    @Test
    void findsTheNameBeforeAnAsideBetweenCommas() {
        String text = "Ann Jones, a doctor at the clinic, said \"no\".";
        assertThat(Frames.of(text, subjectOf(text, "said"))).isEqualTo("Ann Jones");
    }

    @Test
    void readsACapitalisedAuxiliaryInsideTheSentenceAsAName() {
        String text = "Columnist George Will praised him. \"He is ready,\" Will wrote.";
        List<Token> f = Frames.frame(text);
        int wrote = f.size() - 2;
        assertThat(Frames.of(text, Phrases.subjectBefore(f, wrote, PersonIndex.of(text)))).isEqualTo("Will");
        assertThat(subjectOf("Senator Ann Jones will say \"no\".", "say")).isNotNull();
    }

    @Test
    void findsTheNameWithALeadingInitialBeforeAnAside() {
        String text = "Gerald Hebert spoke. \"No,\" J. Gerald Hebert, director of the Legal Center, said.";
        List<Token> f = Frames.frame(text);
        int said = f.size() - 2;
        assertThat(Frames.of(text, Phrases.subjectBefore(f, said, PersonIndex.of(text)))).isEqualTo("J. Gerald Hebert");
    }

    @Test
    void takesNoObjectOfAVerbForTheSubjectOfAnInfinitive() {
        assertThat(subjectOf("Greg Lindqvist phoned Teresa Alvarez to concede.", "concede")).isNull();
    }

    @Test
    void findsTheSpeakerAfterAnInvertedVerb() {
        String text = "\"No,\" said Mr Peskov.";
        List<Token> f = Frames.frame(text);
        assertThat(Frames.of(text, Phrases.subjectAfter(f, Frames.at(f, "said"), PersonIndex.of(text)))).isEqualTo("Peskov");
    }

    @Test
    void tellsAVerbWhoseOwnSubjectNamesNoPerson() {
        List<Token> f = Frames.frame("Lindqvist conceded, his campaign said.");
        assertThat(Phrases.hasOwnSubject(f, Frames.at(f, "said"))).isTrue();
        List<Token> g = Frames.frame("Lindqvist, in a statement, said so.");
        assertThat(Phrases.hasOwnSubject(g, Frames.at(g, "said"))).isFalse();
    }

    @Test
    void readsABareVerbFormBeforeATitleNounAsPartOfTheTitle() {
        List<Token> f = Frames.frame("\"It is constrained by law,\" White House press secretary Josh Earnest said.");
        assertThat(Phrases.isReportingVerbAt(f, Frames.at(f, "press"))).isFalse();
        assertThat(Phrases.isReportingVerbAt(f, Frames.at(f, "said"))).isTrue();
        List<Token> g = Frames.frame("They press officials for answers.");
        assertThat(Phrases.isReportingVerbAt(g, Frames.at(g, "press"))).isTrue();
    }

    @Test
    void readsNoSpeechInAnInfinitiveThatSaysWhatANounAsksOrPlans() {
        List<Token> f = Frames.frame("The ministry granted a request from Seal Alert Namibia to post monitors at the sites.");
        assertThat(Phrases.isReportingVerbAt(f, Frames.at(f, "post"))).isFalse();
        List<Token> g = Frames.frame("The group has plans to announce a boycott.");
        assertThat(Phrases.isReportingVerbAt(g, Frames.at(g, "announce"))).isFalse();
        List<Token> h = Frames.frame("The minister went on to announce a review.");
        assertThat(Phrases.isReportingVerbAt(h, Frames.at(h, "announce"))).isTrue();
    }

    @Test
    void readsAReportingVerbButNotTheNounOfTheSameForm() {
        List<Token> f = Frames.frame("The reports said so.");
        assertThat(Phrases.isReportingVerbAt(f, Frames.at(f, "reports"))).isFalse();
        assertThat(Phrases.isReportingVerbAt(f, Frames.at(f, "said"))).isTrue();
    }

    @Test
    void readsTheWordRightAfterAVerbAsItsObjectNotAsAVerbOfSpeech() {
        List<Token> f = Frames.frame("When Obama offered states money, \"they needed it,\" DeSantis said.");
        assertThat(Phrases.isReportingVerbAt(f, Frames.at(f, "states"))).isFalse();
        assertThat(Phrases.isReportingVerbAt(f, Frames.at(f, "said"))).isTrue();
        List<Token> g = Frames.frame("The governor now states that \"they needed it.\"");
        assertThat(Phrases.isReportingVerbAt(g, Frames.at(g, "states"))).isTrue();
    }

    @Test
    void tellsAParticipleThatHangsOnANounFromOneThatCarriesTheClause() {
        List<Token> f = Frames.frame("Christie said Trump's letter saying so meant \"no\".");
        assertThat(Phrases.isReducedRelative(f, Frames.at(f, "saying"))).isTrue();
        List<Token> g = Frames.frame("Cruz said it, adding \"no\".");
        assertThat(Phrases.isReducedRelative(g, Frames.at(g, "adding"))).isFalse();
    }

    @Test
    void findsTheNameInAnAsideThatSaysWhatThePersonIsBeforeTheName() {
        String text = "\"The border follows the river,\" the panel's chair, retired judge Mary Ellen Okafor, wrote in the ruling.";
        assertThat(Frames.of(text, subjectOf(text, "wrote"))).isEqualTo("Mary Ellen Okafor");
    }
}
