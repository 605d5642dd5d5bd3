package org.crosscheck.text.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.Speaker;
import org.junit.jupiter.api.Test;

/** The looser cues, read through the quote stage: quotes whose sentence has no verb of speech. */
class LooseCuesTest {

    private static final String INTRO = "Senator Maria Okafor and Governor Tom Reyes met in Albany on Monday.\n\n";

    private static Speaker speakerOf(String sentence) {
        Speech speech = QuoteAnalyzerTest.analyze(INTRO + sentence);
        assertThat(speech.quotes()).hasSize(1);
        return speech.quotes().get(0).speaker();
    }

    @Test
    void guessesTheOnePersonNamedAsSubjectBeforeAPartialQuote() {
        Speaker sp = speakerOf("Republican front-runner Maria Okafor defended the budget as a \"very decent plan\" on Tuesday.");
        assertThat(sp.name()).isEqualTo("Maria Okafor");
        assertThat(sp.confidence()).isEqualTo(0.5);
    }

    @Test
    void guessesTheSubjectAfterAnOpeningPhrase() {
        assertThat(speakerOf("Horrified at the prospect, Okafor believes in budgets that \"balance themselves.\"").name())
                .isEqualTo("Maria Okafor");
    }

    @Test
    void takesNoObjectOfAVerbForTheSpeaker() {
        // the object is never the speaker; the body that is the subject is, as a nominal speaker no one is sure of
        Speaker sp = speakerOf("The committee praised Okafor for a \"very decent plan\" on Tuesday.");
        assertThat(sp.name()).isNotEqualTo("Maria Okafor");
        assertThat(sp.isConfident()).isFalse();
    }

    @Test
    void takesNobodyWhenTwoPeopleOrAPronounStandBeforeTheQuote() {
        assertThat(speakerOf("Republican front-runner Maria Okafor and Tom Reyes defended the budget as a \"very decent plan.\"").isKnown())
                .isFalse();
        assertThat(speakerOf("Then she called Reyes \"a very decent man.\"").name()).isNotEqualTo("Tom Reyes");
    }

    @Test
    void creditsAQuoteAColonIntroducesToTheSubjectPastTheAsideAfterIt() {
        Speaker sp = speakerOf("Maria Okafor, who chairs the producers' association, a group that speaks for 62 companies, put it bluntly: "
                + "\"Every carat that leaves in a suitcase pays no royalty.\"");
        assertThat(sp.name()).isEqualTo("Maria Okafor");
        assertThat(sp.confidence()).isEqualTo(0.8);
        Speaker far = speakerOf("Maria Okafor spent much of the long afternoon of the meeting in talks with the producers and then put it bluntly: "
                + "\"Every carat that leaves in a suitcase pays no royalty.\"");
        assertThat(far.confidence()).isLessThan(0.8);
    }
}
