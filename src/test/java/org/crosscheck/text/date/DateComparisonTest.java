package org.crosscheck.text.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.crosscheck.model.Mention;
import org.crosscheck.model.Span;
import org.crosscheck.text.date.DateComparison.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateComparisonTest {

    private static Mention only(String text) {
        var mentions = new DateExtractor().extract(text);
        assertThat(mentions).as(text).hasSize(1);
        return mentions.get(0);
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "on 9 March | on March 9th | SAME",
            "on 9 March | on 9 March 2022 | SAME",
            "on 9 March 2022 | on 2022-03-09 | SAME",
            "on Monday, March 9 | on 9 March | SAME",
            "on 9 March 2022 | on 9 March 2021 | DIFFERENT",
            "on 9 March | on 10 March | DIFFERENT",
            "on 9 March | in March | SAME",
            "on 9 March | in April | DIFFERENT",
            "in March 2022 | in March | SAME",
            "in March 2022 | in March 2021 | DIFFERENT",
            "on Monday | on Monday | SAME",
            "on Monday | on Tuesday | DIFFERENT",
            "on Monday | on March 9 | NOT_COMPARABLE",
            "at 10am | at 10:00 GMT | SAME",
            "at 10am | at 11am | DIFFERENT",
            "at 10:00 GMT | at 10:00 CET | NOT_COMPARABLE",
            "at 10am | on 9 March | NOT_COMPARABLE",
            "yesterday | yesterday | SAME",
            "yesterday | today | DIFFERENT",
            "last week | on 9 March | NOT_COMPARABLE",
            "yesterday | on Tuesday | NOT_COMPARABLE",
            "last week | next week | DIFFERENT",
            "last month | this month | DIFFERENT",
            "next year | next year | SAME",
            "earlier this week | later this week | DIFFERENT",
            "earlier this week | this week | SAME",
            "earlier this week | last week | DIFFERENT",
            "yesterday | last week | NOT_COMPARABLE",
            "yesterday | next month | DIFFERENT",
            "tomorrow | last Friday | DIFFERENT",
            "tomorrow | next Friday | NOT_COMPARABLE",
            "this Friday | last Friday | NOT_COMPARABLE",
            "today | this morning | SAME",
            "tonight | last night | DIFFERENT",
            "last night | this morning | NOT_COMPARABLE",
            "last night | yesterday | NOT_COMPARABLE",
            "today | this week | NOT_COMPARABLE",
            "last weekend | next weekend | DIFFERENT",
            "this weekend | next weekend | NOT_COMPARABLE",
            "a week ago | last week | SAME",
            "a week ago | next week | DIFFERENT",
            "in 10 days' time | ten days from now | SAME",
            "in 10 days' time | tomorrow | DIFFERENT",
            "three days ago | yesterday | DIFFERENT",
            "a year ago | this year | DIFFERENT",
            "a month ago | yesterday | NOT_COMPARABLE",
    })
    void comparesTwoMentionsThreeWays(String left, String right, Relation expected) {
        assertThat(DateComparison.compare(only(left), only(right))).isEqualTo(expected);
        assertThat(DateComparison.compare(only(right), only(left))).isEqualTo(expected);
        assertThat(DateComparison.sameDate(only(left), only(right))).isEqualTo(expected == Relation.SAME);
    }

    @Test
    void treatsUnknownKeysAsNotComparable() {
        Mention odd = new Mention(new Span(0, 4), "then", Mention.Kind.DATE, "era:then");
        assertThat(DateComparison.compare(odd, only("on 9 March"))).isEqualTo(Relation.NOT_COMPARABLE);
    }

    @Test
    void rejectsMentionsThatAreNotDates() {
        Mention person = new Mention(new Span(0, 5), "Putin", Mention.Kind.PERSON, "putin");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DateComparison.compare(person, only("on 9 March")))
                .withMessage("a must be a DATE mention, got PERSON 'Putin'");
    }
}
