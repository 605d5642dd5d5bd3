package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where an ATTRIBUTION finding stands: the sentences an editor must read to see the quote moved. */
class AttributionPlacesTest {

    private final AttributionDetector detector = new AttributionDetector();

    @Test
    void aQuoteThatContinuesItsSpeakersParagraphIsReportedOnItsOwnSentenceNotOnTheOneThatNamesTheSpeaker() {
        Comparison c = Pairs.of(Pairs.CONTEXT + "Harbour master Ruth Kemp said the channel would be dredged in spring.\n"
                        + "\"Dredging has to start before the spring tides,\" Kemp told the council.\n"
                        + "\"The silt builds up faster every single winter and nobody sees it from the quay.\"\n",
                Pairs.CONTEXT + "Harbour master Ruth Kemp said the channel would be dredged in spring.\n"
                        + "Fisherman John Price said crews had complained about the silt for years.\n"
                        + "\"Nobody listened to the boats for a decade,\" Price said.\n"
                        + "\"The silt builds up faster every single winter,\" Price added.\n");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("ATTRIBUTION HIGH 4 5 'Ruth Kemp' 'John Price'");
    }

    @Test
    void aQuoteTheCopyAppendsToAnotherSpeakersQuoteIsReportedWhereItsWordsStandInTheCopy() {
        Comparison c = Pairs.of(Pairs.CONTEXT + "Harbour master Ruth Kemp said the channel would be dredged in spring.\n"
                        + "\"The silt builds up faster every single winter and nobody sees it,\" said fisherman John Price.\n",
                Pairs.CONTEXT + "Harbour master Ruth Kemp said the channel would be dredged in spring.\n"
                        + "\"We will not wait for another boat to run aground,\" she said on Monday.\n"
                        + "\"The silt builds up faster every single winter and nobody sees it.\"\n");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("ATTRIBUTION HIGH 3 4 'John Price' 'Ruth Kemp'");
    }

    @Test
    void aQuoteOfSeveralSentencesIsReportedOnceOnTheSentenceThatCreditsIt() {
        Comparison c = Pairs.ofLines("\"The tunnel is finished. What the town needs now is the last pipe,\" Mayor Ann Otto said.",
                "\"The tunnel is finished. What the town needs now is the last pipe,\" council engineer Tom Hale said.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("ATTRIBUTION HIGH 3 3 'Ann Otto' 'Tom Hale'");
    }
}
