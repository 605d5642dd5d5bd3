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

    @Test
    void skipsBreadcrumbTrails() {
        assertThat(TextTitles.titleOf("Home | News | Politics | Town council\n\nNEWS \u203a UK \u203a CRIME\n"
                + "News > Crime > Leeds\nNEWS / HEALTH\nCouncil tax to rise by 5% in April\n"))
                .isEqualTo("Council tax to rise by 5% in April");
    }

    @Test
    void skipsShortCapitalMastheadsButKeepsTabloidHeadlines() {
        assertThat(TextTitles.titleOf("THE WESTERN HERALD\n\nBOSS WHO STOLE \u00a32M FROM CHARITY IS JAILED\n"))
                .isEqualTo("BOSS WHO STOLE \u00a32M FROM CHARITY IS JAILED");
    }

    @Test
    void keepsHeadlineWithColonOrDash() {
        assertThat(TextTitles.titleOf("By-election: Greens win seat - as it happened\n"))
                .isEqualTo("By-election: Greens win seat - as it happened");
    }
}
