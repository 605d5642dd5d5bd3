package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTitlesTest {

    @Test
    void skipsImageFileNamesCaptionsAndOneWordTags() {
        String text = "Flooded street in Leeds 0301 CREDIT Jo Bloggs.jpg\n"
                + "A flooded street in Leeds (Picture: Jo Bloggs).\n"
                + "Weather\n\n"
                + "Storm floods hundreds of homes in the north\n\n"
                + "Hundreds of homes were flooded.\n";

        assertThat(TextTitles.titleOf(text)).isEqualTo("Storm floods hundreds of homes in the north");
    }

    @Test
    void skipsTwoWordLabels() {
        assertThat(TextTitles.titleOf("Exclusive\n\nLive updates\n\nMinister resigns over expenses row\n"))
                .isEqualTo("Minister resigns over expenses row");
    }

    @Test
    void fallsBackToFirstNonEmptyLineTrimmed() {
        assertThat(TextTitles.titleOf("\n   Exclusive  \nThe minister resigned on Monday.\n")).isEqualTo("Exclusive");
    }

    @Test
    void givesEmptyTitleForBlankText() {
        assertThat(TextTitles.titleOf("")).isEmpty();
        assertThat(TextTitles.titleOf(" \n\t\r\n")).isEmpty();
    }

    @Test
    void acceptsQuestionHeadlines() {
        assertThat(TextTitles.titleOf("photo.png\nWill the strike end this week?\nUnions meet today.")).isEqualTo("Will the strike end this week?");
    }
}
