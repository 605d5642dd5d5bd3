package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AttributionDetectorTest {

    private final AttributionDetector detector = new AttributionDetector();

    @Test
    void reportsAQuoteCreditedToSomeoneElse() {
        Comparison c = Pairs.ofLines("\"The bridge will reopen by Friday,\" council leader Mark Evans said.",
                "\"The bridge will reopen by Friday,\" highways manager Sarah Price said.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("ATTRIBUTION HIGH 2 2 'Mark Evans' 'Sarah Price'");
    }

    @Test
    void reportsAQuoteMovedFromOneMinisterToAnother() {
        Comparison c = Pairs.ofLines("\"We have no plans to raise taxes,\" the Chancellor, Rachel Morgan, told the BBC.",
                "\"We have no plans to raise taxes,\" the Prime Minister, David Lyle, told the BBC.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("ATTRIBUTION HIGH 2 2 'Rachel Morgan' 'David Lyle'");
    }


    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("org.crosscheck.diff.Pairs#traps")
    void staysQuietOnWordingsThatKeepTheFacts(String left, String right) {
        Pairs.assertQuiet(detector, left, right);
    }

    @Test
    void findsNothingWhenNothingIsAligned() {
        Pairs.assertQuietWithoutAlignments(detector);
    }

    @Test
    void reportsOnlyEvidenceThatIsTheSentenceItNamesOnSeededRandomText() {
        Pairs.assertEvidenceHoldsOnSeededRandomText(detector, 101L);
    }
}
