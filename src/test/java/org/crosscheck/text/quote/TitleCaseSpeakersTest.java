package org.crosscheck.text.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crosscheck.model.Speaker;
import org.crosscheck.text.Token;
import org.junit.jupiter.api.Test;

class TitleCaseSpeakersTest {

    private static final String BODY = "\n\nSenator Maria Okafor said on Sunday that the plan was costly. Okafor spoke for an hour."
            + " Governor Tom Reyes disagreed. Reyes said the plan would work.";

    /** The speaker of the first quote of the first line of {@code headline + BODY}. */
    private static Speaker speakerOfHeadline(String headline) {
        String text = headline + BODY;
        List<Token> f = SentenceFrame.of(text, 0, headline.length(), QuoteMarks.find(text));
        TitleCaseSpeakers speakers = new TitleCaseSpeakers(text, PersonIndex.of(text));
        assertThat(speakers.isTitleCase(f)).isTrue();
        return speakers.speaker(f, Frames.quote(f));
    }

    @Test
    void creditsAHeadlineQuoteToTheNameBeforeTheColon() {
        Speaker sp = speakerOfHeadline("Maria Okafor: Reyes Plan Is \u2018Far Too Costly For Families.\u2019");
        assertThat(sp.name()).isEqualTo("Maria Okafor");
        assertThat(sp.mention().start()).isZero();
        assertThat(sp.mention().end()).isEqualTo("Maria Okafor".length());
        assertThat(sp.confidence()).isEqualTo(0.85);
    }

    @Test
    void creditsAHeadlineQuoteToTheNameAfterTheQuoteAndItsComma() {
        Speaker sp = speakerOfHeadline("Plan Is \u2018Far Too Costly,\u2019 Maria Okafor Tells Senate Hearing");
        assertThat(sp.name()).isEqualTo("Maria Okafor");
        assertThat(sp.confidence()).isEqualTo(0.75);
    }

    @Test
    void creditsAHeadlineQuoteLessSurelyToTheNameOpeningTheLine() {
        Speaker sp = speakerOfHeadline("Tom Reyes Calls Okafor Budget \u2018Reckless\u2019 Again");
        assertThat(sp.name()).isEqualTo("Tom Reyes");
        assertThat(sp.confidence()).isEqualTo(0.6);
    }

    @Test
    void neverTakesCapitalisedHeadlineWordsTheBodyDoesNotNameForASpeaker() {
        assertThat(speakerOfHeadline("Budget Fight Turns Ugly As Senate Hears \u2018Costly Nonsense\u2019")).isNull();
        assertThat(speakerOfHeadline("Plan Is \u2018Far Too Costly,\u2019 Budget Office Finds Today").isKnown()).isFalse();
    }

    @Test
    void readsProseAsNoTitleCaseEvenWhenItOpensWithNames() {
        String text = "Maria Okafor called the plan \u201Cfar too costly\u201D on Sunday.";
        List<Token> f = Frames.frame(text);
        assertThat(new TitleCaseSpeakers(text, PersonIndex.of(text)).isTitleCase(f)).isFalse();
        assertThat(new TitleCaseSpeakers("", PersonIndex.of("")).isTitleCase(List.of())).isFalse();
    }
}
