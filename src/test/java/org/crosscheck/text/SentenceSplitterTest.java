package org.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.crosscheck.SeedText;
import org.crosscheck.model.Span;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void doesNotBreakAfterTitlesAndSaintAbbreviations() {
        assertThat(sentences("Mr. Hughes met Dr. Patel outside St. Mary's Hospital on Monday. Both declined to comment."))
                .containsExactly("Mr. Hughes met Dr. Patel outside St. Mary's Hospital on Monday.", "Both declined to comment.");
    }

    @Test
    void doesNotBreakAfterAPluralTitleBeforeNames() {
        assertThat(sentences("Netanyahu told Sens. Dick Durbin and Dianne Feinstein that he regrets it. Durbin said he was sorry."))
                .containsExactly("Netanyahu told Sens. Dick Durbin and Dianne Feinstein that he regrets it.", "Durbin said he was sorry.");
    }

    @Test
    void doesNotBreakInsideUsOrAfterAnInitial() {
        assertThat(sentences("The U.S. Senate passed the bill named after John F. Kennedy. It now goes to the House."))
                .containsExactly("The U.S. Senate passed the bill named after John F. Kennedy.", "It now goes to the House.");
    }

    @Test
    void doesNotBreakAfterInitialsRunTogetherBeforeAName() {
        assertThat(sentences("The mayor consulted the scholar A.E. Dick Howard at the university. He backed the plan."))
                .containsExactly("The mayor consulted the scholar A.E. Dick Howard at the university.", "He backed the plan.");
    }

    @Test
    void breaksAfterATimeWhenASentenceFollowsButNotBeforeItsDayOrZone() {
        assertThat(sentences("The pool reopened at 4 p.m. Swimmers queued outside. The match starts at 8 p.m. Friday. "
                + "Polls close at 9 a.m. EST on the coast."))
                .containsExactly("The pool reopened at 4 p.m.", "Swimmers queued outside.", "The match starts at 8 p.m. Friday.",
                        "Polls close at 9 a.m. EST on the coast.");
    }

    @Test
    void keepsAQuoteAndItsAttributionTogether() {
        assertThat(sentences("\"We will rebuild the pier,\" he said. Work starts in May."))
                .containsExactly("\"We will rebuild the pier,\" he said.", "Work starts in May.");
    }

    @Test
    void breaksAfterAClosingQuoteThatEndsTheSentence() {
        assertThat(sentences("She said: \u201CThe decision is final.\u201D The board met again on Friday."))
                .containsExactly("She said: \u201CThe decision is final.\u201D", "The board met again on Friday.");
    }

    @Test
    void keepsAnExclaimedQuoteAndItsAttributionTogether() {
        assertThat(sentences("\"Enough is enough!\" she shouted at the rally. Police moved in."))
                .containsExactly("\"Enough is enough!\" she shouted at the rally.", "Police moved in.");
    }

    @Test
    void alwaysBreaksAtALineBreak() {
        assertThat(sentences("Storm closes coastal road\nThe road will stay shut until Thursday\nDrivers are told to avoid it."))
                .containsExactly("Storm closes coastal road", "The road will stay shut until Thursday",
                        "Drivers are told to avoid it.");
    }

    @Test
    void continuesAfterAnEllipsisUnlessACapitalFollows() {
        assertThat(sentences("He paused... and then carried on. The hall fell silent... Nobody moved."))
                .containsExactly("He paused... and then carried on.", "The hall fell silent...", "Nobody moved.");
    }

    @Test
    void doesNotBreakInsideDecimalFigures() {
        assertThat(sentences("The economy grew by 1.2% in the quarter, up from 0.8%. Economists had expected 1.5."))
                .containsExactly("The economy grew by 1.2% in the quarter, up from 0.8%.", "Economists had expected 1.5.");
    }

    @Test
    void trimsWhiteSpaceAroundEverySpan() {
        String text = "  The match was abandoned.   Fans were asked to leave.  \n";
        assertThat(splitter.split(text)).containsExactly(new Span(2, 26), new Span(29, 54));
        assertThat(sentences(text)).containsExactly("The match was abandoned.", "Fans were asked to leave.");
    }

    @Test
    void findsNoSentencesInEmptyOrBlankText() {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split("  \n\n\t \n")).isEmpty();
    }

    @Test
    void keepsSpansInsideTheTextTrimmedOrderedAndWithinOneLineOnSeededRandomText() {
        Random random = new Random(20240309L);
        for (int round = 0; round < 40; round++) {
            String text = SeedText.shuffled(random, 30);
            List<Span> spans = splitter.split(text);
            assertThat(spans).as("round %d", round).isNotEmpty();
            int previousEnd = 0;
            for (Span s : spans) {
                assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(s.end()).isLessThanOrEqualTo(text.length());
                String sentence = s.of(text);
                assertThat(sentence).isNotBlank().isEqualTo(sentence.strip()).doesNotContain("\n");
                previousEnd = s.end();
            }
        }
    }

    @Test
    void doesNotBreakAfterTheTitleAbbreviationsOfCouncilsCourtsAndForces() {
        assertThat(sentences("\"It is a fair budget,\" said Coun. Lee Wong. Ald. Joe Park and Const. Ana Diaz disagreed. Cpl. Rae Hill did not."))
                .containsExactly("\"It is a fair budget,\" said Coun. Lee Wong.", "Ald. Joe Park and Const. Ana Diaz disagreed.",
                        "Cpl. Rae Hill did not.");
    }
}
