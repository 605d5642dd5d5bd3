package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditedPrincipalsTest {

    private final AttributionDetector detector = new AttributionDetector();

    @Test
    void reportsAQuoteCreditedToOnePersonAsTheVoiceOfTwoDifferentPrincipals() {
        Comparison c = Pairs.ofLines("\"The talks have stalled again,\" said Harlow's chief negotiator Tomas Reinholt.",
                "\"The talks have stalled again,\" said Brandt's chief negotiator Tomas Reinholt.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("ATTRIBUTION HIGH 2 2 'Harlow' 'Brandt'");
    }

    @Test
    void readsThePrincipalOnlyFromAPossessiveBeforeARoleAndTheName() {
        Comparison c = Pairs.ofLines("\"The talks have stalled again,\" said Harlow's chief negotiator Tomas Reinholt.",
                "\"The talks have stalled again,\" said Tomas Reinholt, who negotiates for Brandt.");
        assertThat(detector.detect(c)).isEmpty();
    }

    @Test
    void takesNoPlaceForAPrincipalBecauseACountryAndItsCapitalNameOneOffice() {
        Comparison c = Pairs.ofLines("\"The talks have stalled again,\" said Russia's chief negotiator Tomas Reinholt.",
                "\"The talks have stalled again,\" said Moscow's chief negotiator Tomas Reinholt.");
        assertThat(detector.detect(c)).isEmpty();
    }
}
