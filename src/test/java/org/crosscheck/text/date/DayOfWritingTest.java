package org.crosscheck.text.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.OptionalInt;

import org.crosscheck.model.Article;
import org.crosscheck.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class DayOfWritingTest {

    private static Optional<DayOfWriting> read(String text) {
        return DayOfWriting.read(new TextAnalyzer().analyze(new Article("a", "", "", text)));
    }

    @Test
    void readsTheDayFromADatelineWithoutAYear() {
        assertThat(read("Miners end blockade\n\nLIMA, Oct 9 (Andean Wire) - Work at the mine stopped on Wednesday.\n"))
                .contains(new DayOfWriting(MonthDay.of(10, 9), OptionalInt.empty()));
    }

    @Test
    void prefersATimestampThatGivesTheYearToTheDateline() {
        String text = "Talks called after blockade\n\nBy Ana Ruiz | Updated 14:05 GMT, Thursday 10 October 2024\n\n"
                + "LIMA, Oct 9 (Andean Wire) - Work at the mine stopped yesterday.\n";
        assertThat(read(text)).contains(new DayOfWriting(MonthDay.of(10, 10), OptionalInt.of(2024)));
    }

    @Test
    void readsNothingFromAHeadlineOrTheBody() {
        assertThat(read("Talks set for Oct 12\n\nThe government will host talks on Oct 12 in Abancay.\n")).isEmpty();
    }

    @Test
    void takesTheYearThatPutsTheDayNearestTheOtherSourcesDay() {
        DayOfWriting wire = new DayOfWriting(MonthDay.of(12, 31), OptionalInt.empty());
        DayOfWriting rewrite = new DayOfWriting(MonthDay.of(1, 2), OptionalInt.of(2025));
        assertThat(wire.date(Optional.of(rewrite))).contains(LocalDate.of(2024, 12, 31));
        assertThat(wire.date(Optional.empty())).isEmpty();
    }
}
