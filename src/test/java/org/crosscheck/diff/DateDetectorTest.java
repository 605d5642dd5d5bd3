package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateDetectorTest extends DetectorContract {

    private final DateDetector detector = new DateDetector();

    @Override
    Detector detector() {
        return detector;
    }

    @Override
    long seed() {
        return 106L;
    }

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
}
