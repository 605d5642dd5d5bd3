package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttributionDetectorTest extends DetectorContract {

    private final AttributionDetector detector = new AttributionDetector();

    @Override
    Detector detector() {
        return detector;
    }

    @Override
    long seed() {
        return 101L;
    }

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
}
