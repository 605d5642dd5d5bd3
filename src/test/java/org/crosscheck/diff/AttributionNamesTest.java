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
}
