package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crosscheck.model.Discrepancy;
import org.junit.jupiter.api.Test;

/**
 * A copy that credits a quote by role only ("the minister said"): the role is held by whoever
 * either source ties it to, and the finding says how the copy credits the quote.
 */
class AttributionThroughRolesTest {

    private final AttributionDetector detector = new AttributionDetector();

    @Test
    void reportsAQuoteTheCopyCreditsToARoleWhoseHolderOnlyTheOtherSourceNames() {
        Comparison c = Pairs.of(Pairs.CONTEXT + "Trade minister Ruth Kemp opened the new terminal on Monday.\n"
                        + "\"The harbour cannot take another winter like the last one,\" said Paul Hale, the harbour master.\n",
                Pairs.CONTEXT + "The new terminal opened on Monday.\n"
                        + "\"The harbour cannot take another winter like the last one,\" the minister said.\n");
        List<Discrepancy> found = detector.detect(c);
        assertThat(Pairs.describe(found)).containsExactly("ATTRIBUTION HIGH 3 3 'Paul Hale' 'Ruth Kemp'");
        assertThat(found.get(0).finding().summary()).contains("but to the minister (Ruth Kemp) in rewrite");
        assertThat(found.get(0).finding().right().chain()).startsWith("\"minister\" \u2192 Ruth Kemp");
    }

    @Test
    void trustsARoleTheCopyNamesLaterWhenTheOtherSourceTiesItToTheSamePerson() {
        Comparison c = Pairs.of(Pairs.CONTEXT + "Festival director Marco Bellini presented the line-up.\n"
                        + "\"We received a record number of films,\" he said.\n"
                        + "\"What unites them is courage,\" he added.\n"
                        + "Festival president Lucia Ferri said tickets were on sale.\n",
                Pairs.CONTEXT + "Festival director Marco Bellini presented the line-up.\n"
                        + "\"We received a record number of films,\" he said.\n"
                        + "\"What unites them is courage,\" the festival president added.\n"
                        + "Festival president Lucia Ferri said tickets were on sale.\n");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("ATTRIBUTION HIGH 4 4 'Marco Bellini' 'Lucia Ferri'");
    }

    @Test
    void staysQuietWhenTheRoleTheCopyWritesIsHeldByTheSpeakerTheOtherSourceNames() {
        Comparison c = Pairs.of(Pairs.CONTEXT + "Trade minister Ruth Kemp opened the new terminal on Monday.\n"
                        + "\"The harbour cannot take another winter like the last one,\" Kemp said.\n",
                Pairs.CONTEXT + "The new terminal opened on Monday.\n"
                        + "\"The harbour cannot take another winter like the last one,\" the minister said.\n");
        assertThat(detector.detect(c)).isEmpty();
    }

    @Test
    void reportsAQuoteMovedToAGovernorWhenTheMinisterIsNamedAfterHerOfficeWithAGivenNameNoListHolds() {
        // "Lucinda" and "Anselmo" are in no list of given names: the office before the one and the
        // other source's person mention of the other say both are people, not one organisation
        // speaking through the other
        Comparison c = Pairs.of(Pairs.CONTEXT + "Energy Minister Lucinda Barragan opened the plant alongside regional governor Anselmo Quiroga.\n"
                        + "\"The valley will never again wait for the rain,\" Barragan said.\n"
                        + "Quiroga said the region would pay for a new pipeline.\n",
                Pairs.CONTEXT + "Minister Lucinda Barragan and the regional governor, Anselmo Quiroga, opened the plant.\n"
                        + "Quiroga said the region would pay for a new pipeline.\n"
                        + "\"The valley will never again wait for the rain,\" the governor said.\n");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("ATTRIBUTION HIGH 3 4 'Lucinda Barragan' 'Anselmo Quiroga'");
    }
}
