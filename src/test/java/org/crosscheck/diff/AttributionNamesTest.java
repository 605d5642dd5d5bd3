package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which credits name one speaker, and which name two, for the ATTRIBUTION check. */
class AttributionNamesTest {

    private final AttributionDetector detector = new AttributionDetector();

    @Test
    void anOrganisationCreditedByTheShortFormTheOtherSourceDefinesIsTheSameSpeaker() {
        Comparison c = Pairs.ofLines("The Federal Office for Roads and the Environment (BFSU) said the bridge would stay shut until the end of May.",
                "Road agency BFSU said the bridge would stay shut until the end of May.");
        assertThat(detector.detect(c)).isEmpty();
    }

    @Test
    void aStatementMovedFromADefinedOrganisationToAPersonIsStillReported() {
        Comparison c = Pairs.ofLines("The Federal Office for Roads and the Environment (BFSU) said the bridge would stay shut until the end of May.",
                "Engineer Tom Hale said the bridge would stay shut until the end of May.");
        assertThat(Pairs.describe(detector.detect(c)))
                .containsExactly("ATTRIBUTION HIGH 2 2 'Federal Office for Roads and the Environment' 'Tom Hale'");
    }

    @Test
    void aQuoteMovedFromTheMinisterToAnUnnamedSpokeswomanIsAnAttributionToTheMinistersHolder() {
        Comparison c = Pairs.of(Pairs.CONTEXT + "Transport Minister Clara Voss said the line would reopen in June.\n"
                        + "\"Every week of delay costs the valley its visitors,\" the minister added.\n",
                Pairs.CONTEXT + "Transport Minister Clara Voss said the line would reopen in June.\n"
                        + "A rail company spokeswoman said repairs were on schedule.\n"
                        + "\"Every week of delay costs the valley its visitors,\" the spokeswoman added.\n");
        var found = detector.detect(c);
        assertThat(Pairs.describe(found)).containsExactly("ATTRIBUTION HIGH 3 4 'Clara Voss' 'rail company spokeswoman'");
        assertThat(found.get(0).finding().summary()).contains("the minister (Clara Voss)").contains("the spokeswoman (not named)");
    }

    @Test
    void theSameQuoteCreditedToAnOfficeInOtherWordsIsNoAttribution() {
        Comparison c = Pairs.of(Pairs.CONTEXT + "A rail company spokeswoman said repairs were on schedule.\n"
                        + "\"Every week of delay costs the valley its visitors,\" the spokeswoman added.\n",
                Pairs.CONTEXT + "A rail company spokesperson said repairs were on schedule.\n"
                        + "\"Every week of delay costs the valley its visitors,\" the spokesperson added.\n");
        assertThat(detector.detect(c)).isEmpty();
    }

    @Test
    void aRoleTheOtherSourceGivesTheSamePersonIsNoAttribution() {
        Comparison c = Pairs.of(Pairs.CONTEXT + "Clara Voss, the transport minister, said the line would reopen in June.\n"
                        + "\"Every week of delay costs the valley its visitors,\" the minister added.\n",
                Pairs.CONTEXT + "Clara Voss, the party's leader, said the line would reopen in June.\n"
                        + "\"Every week of delay costs the valley its visitors,\" the leader added.\n");
        assertThat(detector.detect(c)).isEmpty();
    }

    @Test
    void aQuoteCreditedToOfficialsOnOneSideAndASpokeswomanOnTheOtherIsNoAttribution() {
        Comparison c = Pairs.of(Pairs.CONTEXT + "Officials at the rail company said repairs were on schedule.\n"
                        + "\"Every week of delay costs the valley its visitors,\" officials added.\n",
                Pairs.CONTEXT + "A rail company spokeswoman said repairs were on schedule.\n"
                        + "\"Every week of delay costs the valley its visitors,\" the spokeswoman added.\n");
        assertThat(detector.detect(c)).isEmpty();
    }

    @Test
    void aSpeakerDescribedByNationalityIsNoNameToSetAgainstAnother() {
        Comparison c = Pairs.of(Pairs.CONTEXT + "Matias Orrego said he had tried to calm his opponent down.\n"
                        + "\"He did not hear me,\" the Chilean said.\n",
                Pairs.CONTEXT + "Matias Orrego said he had tried to calm his opponent down.\n"
                        + "\"He did not hear me,\" Matias Orrego said.\n");
        assertThat(detector.detect(c)).isEmpty();
    }
}
