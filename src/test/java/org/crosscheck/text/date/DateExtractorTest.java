package org.crosscheck.text.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.Random;

import org.crosscheck.model.Mention;
import org.crosscheck.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExtractorTest {

    private final DateExtractor extractor = new DateExtractor();

    private List<String> keys(String text) {
        return extractor.extract(text).stream().map(Mention::key).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "The war began on 9 March. | date:--03-09",
            "The war began on March 9. | date:--03-09",
            "The war began on 9th March. | date:--03-09",
            "The war began on March 9th. | date:--03-09",
            "The war began on the 9th of March. | date:--03-09",
            "The war began on Monday, March 9. | date:--03-09",
            "The war began on Monday 9 March. | date:--03-09",
            "The war began on 9 March 2022. | date:2022-03-09",
            "The war began on March 9, 2022. | date:2022-03-09",
            "The war began on 2022-03-09. | date:2022-03-09",
            "The war began on 09/03/2022. | date:2022-03-09",
            "The war began on 9/3/22. | date:2022-03-09",
            "The war began on 09.03.2022. | date:2022-03-09",
            "The war began on Mar. 9. | date:--03-09",
            "The war began on 24 February. | date:--02-24",
            "It happened on Tuesday. | weekday:tuesday",
            "The fee starts on the second Saturday in June. | nth:2-saturday-06",
            "It closes on the last Monday of May. | nth:-1-monday-05",
            "It happened in March. | month:03",
            "It happened in March 2022. | month:2022-03",
            "It happened in early May. | month:05",
            "The vote is planned for June. | month:06",
            "It happened at 10am. | time:10:00",
            "The ferry sank at ten to eight that evening. | time:19:50",
            "The ferry sank at about a quarter past six in the morning. | time:06:15",
            "It happened at 10 a.m. local time. | time:10:00@local-time",
            "It happened at 2.30pm. | time:14:30",
            "It happened at 14:30. | time:14:30",
            "It happened at 4:15 in the afternoon. | time:16:15",
            "It happened at 10:40 in the morning. | time:10:40",
            "It happened at 11:30 at night. | time:23:30",
            "It happened at 10:30 GMT. | time:10:30@gmt",
            "It happened at 12am. | time:00:00",
            "It happened at midnight. | time:00:00",
            "It happened at noon. | time:12:00",
            "It happened yesterday. | relative:yesterday",
            "Yesterday it happened. | relative:yesterday",
            "It happened last week. | relative:last-week",
            "It happened this morning. | relative:this-morning",
            "It happened earlier this week. | relative:earlier-this-week",
            "It happened last Tuesday. | relative:last-tuesday",
            "It happened a week ago. | relative:a-week-ago",
            "It starts in 10 days' time. | relative:in-10-days",
            "It starts in two weeks' time. | relative:in-2-weeks",
            "It was announced three days ago. | relative:3-days-ago",
    })
    void normalisesEachWrittenFormToOneKey(String text, String key) {
        assertThat(keys(text)).containsExactly(key);
    }

    @Test
    void giveSpansThatCoverExactlyTheWrittenDate() {
        String text = "Russia invaded on Thursday, 24 February 2022, at 4am.";
        assertThat(extractor.extract(text)).containsExactly(
                new Mention(new Span(18, 44), "Thursday, 24 February 2022", Mention.Kind.DATE, "date:2022-02-24"),
                new Mention(new Span(49, 52), "4am", Mention.Kind.DATE, "time:04:00"));
    }

    @Test
    void readsNoDayInTheValueOfMoneyToday() {
        assertThat(extractor.extract("It will save 60 billion crowns in today's money, or $2.6bn at today’s prices.")).isEmpty();
        assertThat(extractor.extract("Today's vote was close.")).extracting(Mention::key).containsExactly("relative:today");
    }

    @Test
    void readsARunOfDaysAsOneDateWrittenWhole() {
        assertThat(extractor.extract("The board meets on Nov. 5-6 and again on 9\u201310 December."))
                .extracting(m -> m.text() + " " + m.key()).containsExactly("Nov. 5-6 date:--11-05", "9\u201310 December date:--12-09");
    }

    @Test
    void leavesATimeTakenWithAFractionOfASecondToTheFigures() {
        assertThat(extractor.extract("She ran 3:29.47 in the final, which started at 14:30.")).extracting(Mention::text)
                .containsExactly("14:30");
    }

    @Test
    void leavesTheFullStopAfterAMonthNameOutOfTheSpan() {
        assertThat(extractor.extract("It ends on 24 July.")).extracting(Mention::text).containsExactly("24 July");
        assertThat(extractor.extract("It ends on Jul. 24")).extracting(Mention::text).containsExactly("Jul. 24");
    }

    @Test
    void distinguishesDifferentDates() {
        assertThat(keys("9 March")).isNotEqualTo(keys("8 March"));
        assertThat(keys("9 March")).isNotEqualTo(keys("9 April"));
        assertThat(keys("9 March 2022")).isNotEqualTo(keys("9 March 2021"));
        assertThat(keys("09/03/2022")).isNotEqualTo(keys("03/09/2022"));
        assertThat(keys("at 10am")).isNotEqualTo(keys("at 10pm"));
    }

    @Test
    void ignoresWordsThatOnlyLookLikeDates() {
        assertThat(keys("Theresa May said she would march on. Sunday newspapers agreed.")).isEmpty();
        assertThat(keys("Mark 5 people and 2014 figures, since 2014.")).isEmpty();
    }

    @Test
    void skipsImpossibleDates() {
        assertThat(keys("on 31 February and 45/13/2022 at 25:99")).isEmpty();
    }

    @Test
    void returnsNothingForEmptyText() {
        assertThat(extractor.extract("")).isEmpty();
    }

    @Test
    void rejectsNullText() {
        assertThatNullPointerException().isThrownBy(() -> extractor.extract(null)).withMessage("text");
    }

    @Test
    void keepsSpansInsideRandomNewsLikeText() {
        String[] fragments = {"on 9 March", "March 9, 2022", "at 10:30 GMT", "yesterday", " ", ", ", ".", "9", "/",
                "Monday", "in", "May", "2022", "-", "am", "the 21st", "5,000 people", "\n", "last", "week", "of",
                "3-1", "£2bn", "12", ":", "30", "pm", "Sept", "mid"};
        Random random = new Random(20240409L);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            int parts = random.nextInt(20);
            for (int i = 0; i < parts; i++) {
                sb.append(fragments[random.nextInt(fragments.length)]);
                if (random.nextBoolean()) {
                    sb.append(' ');
                }
            }
            String text = sb.toString();
            int previousEnd = 0;
            for (Mention m : extractor.extract(text)) {
                assertThat(m.span().end()).as(text).isLessThanOrEqualTo(text.length());
                assertThat(m.span().start()).as(text).isGreaterThanOrEqualTo(previousEnd);
                assertThat(m.span().of(text)).as(text).isEqualTo(m.text());
                assertThat(m.kind()).isEqualTo(Mention.Kind.DATE);
                previousEnd = m.span().end();
            }
        }
    }

    @Test
    void readsNoClockTimeInWordsWithoutAWordThatLeadsATimeAndTheHalfOfTheDay() {
        assertThat(keys("The council voted ten to eight in favour.")).isEmpty();
        assertThat(keys("They met at half past two.")).isEmpty();
    }

    @Test
    void readsADateWithDotsOnlyWithTheYearInFull() {
        assertThat(keys("Updated 12.09.2024")).containsExactly("date:2024-09-12");
        assertThat(keys("Version 1.12.20 shipped.")).isEmpty();
        assertThat(keys("It rose 12.09 points.")).isEmpty();
    }
}
