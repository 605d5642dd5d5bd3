package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DateDetectorTest {

    private final DateDetector detector = new DateDetector();

    @Test
    void reportsAChangedDayOfTheMonth() {
        Comparison c = Pairs.ofLines("The trial is due to begin at Leeds Crown Court on 9 March.",
                "The trial is due to begin at Leeds Crown Court on 19 March.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("DATE MEDIUM 2 2 '9 March' '19 March'");
    }

    @Test
    void reportsAChangedWeekday() {
        Comparison c = Pairs.ofLines("The strike will take place on Monday, the union said.",
                "The strike will take place on Thursday, the union said.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("DATE MEDIUM 2 2 'Monday' 'Thursday'");
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
        Pairs.assertEvidenceHoldsOnSeededRandomText(detector, 106L);
    }
}
