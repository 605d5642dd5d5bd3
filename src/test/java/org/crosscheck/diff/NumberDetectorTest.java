package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NumberDetectorTest {

    private final NumberDetector detector = new NumberDetector();

    @Test
    void reportsAChangedHeadcount() {
        Comparison c = Pairs.ofLines("Police said 3,000 people joined the march through Leeds city centre.",
                "Police said 5,000 people joined the march through Leeds city centre.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NUMBER HIGH 2 2 '3,000' '5,000'");
    }

    @Test
    void reportsAChangedSumOfMoney() {
        Comparison c = Pairs.ofLines("The housing association will spend £2bn on new homes over the next decade.",
                "The housing association will spend £3bn on new homes over the next decade.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NUMBER HIGH 2 2 '£2bn' '£3bn'");
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
        Pairs.assertEvidenceHoldsOnSeededRandomText(detector, 103L);
    }
}
