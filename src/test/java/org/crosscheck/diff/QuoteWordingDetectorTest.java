package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class QuoteWordingDetectorTest {

    private final QuoteWordingDetector detector = new QuoteWordingDetector();

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
        Pairs.assertEvidenceHoldsOnSeededRandomText(detector, 102L);
    }
}
