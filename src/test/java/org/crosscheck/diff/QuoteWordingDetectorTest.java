package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteWordingDetectorTest extends DetectorContract {

    private final QuoteWordingDetector detector = new QuoteWordingDetector();

    @Override
    Detector detector() {
        return detector;
    }

    @Override
    long seed() {
        return 102L;
    }

    @Test
    void reportsAWordChangedInsideAQuote() {
        Comparison c = Pairs.ofLines("\"We are devastated by this decision and we will appeal,\" said Helen Ward.",
                "\"We are shocked by this decision and we will appeal,\" said Helen Ward.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("QUOTE_WORDING MEDIUM 2 2 'devastated' 'shocked'");
    }

    @Test
    void reportsAQuoteThatDropsANegation() {
        Comparison c = Pairs.ofLines("\"The school will not close this year,\" the head teacher said.",
                "\"The school will close this year,\" the head teacher said.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("QUOTE_WORDING HIGH 2 2 'not' 'The school will close this year,'");
    }
}
