package org.crosscheck.text.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.crosscheck.model.Mention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResolvedDatesTest {

    /** Thursday 10 October 2024. */
    private static final LocalDate WRITTEN = LocalDate.of(2024, 10, 10);

    private static String days(String text) {
        Mention m = new DateExtractor().extract(text).get(0);
        List<ResolvedDates.Days> days = new ResolvedDates(text, WRITTEN).days(m);
        return String.join(" ", days.stream().map(d -> d.first().equals(d.last()) ? d.first().toString()
                : d.first() + ".." + d.last()).toList());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Work stopped yesterday. | 2024-10-09",
            "Talks would be held on Sunday. | 2024-10-13",
            "Talks were held on Sunday. | 2024-10-06",
            "Crowds gather in the square on Sunday. | 2024-10-06 2024-10-13",
            "The fire broke out on Tuesday night. | 2024-10-08..2024-10-09 2024-10-15..2024-10-16",
            "Officials met on Thursday. | 2024-10-10",
            "The vote is on Oct 12. | 2024-10-12",
            "The scheme began last November. | 2023-11-01..2023-11-30",
            "The scheme starts in March. | 2025-03-01..2025-03-31",
            "The scheme starts in April. | 2024-04-01..2024-04-30 2025-04-01..2025-04-30",
            "Exports rose earlier this year. | 2024-01-01..2024-10-10",
            "The plant closed last Tuesday. | 2024-10-08 2024-10-01",
            "The plant closed last Friday. | 2024-10-04",
            "The fee applies from the second Saturday in November. | 2024-11-09",
            "The season ended on the last Monday of August. | 2024-08-26",
            "The next auction is next Tuesday. | 2024-10-15",
            "The next auction is next Saturday. | 2024-10-12 2024-10-19",
            "Passengers face disruption a week today. | 2024-10-17",
            "Passengers face disruption a week tomorrow. | 2024-10-18",
            "The surcharge starts in 10 days' time. | 2024-10-20",
            "The surcharge starts in two weeks’ time. | 2024-10-21..2024-10-27",
            "The surcharge starts three days from now. | 2024-10-13",
            "The surcharge was announced three days ago. | 2024-10-07",
            "It began at 10am. | ''",
    })
    void placesAMentionOnTheCalendarFromTheDayOfWriting(String text, String expected) {
        assertThat(days(text)).isEqualTo(expected);
    }
}
