package org.crosscheck.text.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.crosscheck.model.Quantity;
import org.crosscheck.text.number.QuantityComparison.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QuantityComparisonTest {

    private static Quantity only(String text) {
        var found = new QuantityExtractor().extract(text);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "5,000 civilians | five thousand civilians | SAME",
            "1.2 million people | 1,200,000 people | SAME",
            "1.2m people | 1.2 million people | SAME",
            "£2bn | £2 billion | SAME",
            "£2bn | £2m | DIFFERENT_VALUE",
            "£40 | €40 | DIFFERENT_VALUE",
            "540 US dollars | $540 | SAME",
            "540 US dollars | $450 | DIFFERENT_VALUE",
            "300 Canadian dollars | C$300 | SAME",
            "£40m | €46m | NOT_COMPARABLE",
            "40% | 40 per cent | SAME",
            "40% | forty per cent | SAME",
            "40% | 45% | DIFFERENT_VALUE",
            "40% | £40 | NOT_COMPARABLE",
            "since 2014 | 2014 people | NOT_COMPARABLE",
            "85 staff | 58 workers | DIFFERENT_VALUE",
            "at least 23 dead | at least 23 people | SAME",
            "5,000 civilians | 5,000 | SAME",
            "more than 5,000 civilians | 5,000 civilians | DIFFERENT_QUALIFIER",
            "more than 5,000 civilians | at least 5,000 civilians | DIFFERENT_QUALIFIER",
            "not below 30C | at least 30C | SAME",
            "not more than 40 people | at most 40 people | SAME",
            "not more than 40 people | more than 40 people | DIFFERENT_QUALIFIER",
            "about 5,000 civilians | 5,000 civilians | SAME",
            "a decade | 10 years | SAME",
            "a decade | more than ten years | SAME",
            "a decade | 12 years | DIFFERENT_VALUE",
            "about 10 years | more than 10 years | DIFFERENT_QUALIFIER",
            "about 1.2 million people | 1,204,000 people | SAME",
            "about 1.2 million people | 1.5 million people | DIFFERENT_VALUE",
            "1.2 million people | 1,204,000 people | DIFFERENT_VALUE",
            "96.2 million euros | €96m | SAME",
            "$4.26bn | $4.3bn | SAME",
            "US$1.5m | US$2 million | SAME",
            "US$1.5m | US$1 million | DIFFERENT_VALUE",
            "62.4% | 62% | SAME",
            "9.62 million euros | 9.7 million euros | DIFFERENT_VALUE",
            "43 people | 40 people | DIFFERENT_VALUE",
            "nearly 5,000 people | 4,800 people | DIFFERENT_QUALIFIER",
            "nearly 5,000 people | about 4,800 people | SAME",
            "about 40% | 43% | SAME",
            "some 440 pharmacies | 412 pharmacies | DIFFERENT_VALUE",
            "some 410 pharmacies | 412 pharmacies | SAME",
            "about 45% | 47.3% | SAME",
            "about 48% | 45.2% | DIFFERENT_VALUE",
            "about 1,500 jobs | 1,430 jobs | SAME",
            "about 1.8 million people | 1.65 million people | DIFFERENT_VALUE",
            "some 43.7% | 47.3% | DIFFERENT_VALUE",
            "about 4,312 people | 4,300 people | SAME",
            "about 4,312 people | 4,000 people | DIFFERENT_VALUE",
            "won 3-1 | a 3–1 win | SAME",
            "won 3-1 | won 1-3 | DIFFERENT_VALUE",
            "won 3-1 | 3-1 people | NOT_COMPARABLE",
            "hundreds of people | 300 people | SAME",
            "hundreds of people | 3,000 people | DIFFERENT_VALUE",
            "hundreds of people | thousands of people | DIFFERENT_VALUE",
            "thousands of people | thousands of people | SAME",
            "5km | 5 miles | DIFFERENT_VALUE",
            "5 miles | 8 km | SAME",
            "72 hours | 3 days | SAME",
            "3 days | 3 weeks | DIFFERENT_VALUE",
            "30C | 86F | SAME",
            "120 km per hour | 120 km | NOT_COMPARABLE",
            "3% a year | 3% a month | DIFFERENT_VALUE",
            "3% a year | 3% | NOT_COMPARABLE",
            "the 21st | the 21st | SAME",
            "roughly one in six | 17.6% | SAME",
            "about 195 km/h | 150 mph | NOT_COMPARABLE",
    })
    void comparesTwoFigures(String left, String right, Result expected) {
        assertThat(QuantityComparison.compare(only(left), only(right))).isEqualTo(expected);
        assertThat(QuantityComparison.compare(only(right), only(left))).isEqualTo(expected);
    }

    @Test
    void readsAnotherAmountInAnotherUnitOfOneMeasureAsConvertedApart() {
        assertThat(QuantityComparison.convertedApart(only("about 195 km/h"), only("150 mph"))).isTrue();
        assertThat(QuantityComparison.convertedApart(only("5 miles"), only("8 km"))).isFalse();
        assertThat(QuantityComparison.convertedApart(only("12 months"), only("45 days"))).isFalse();
        assertThat(QuantityComparison.convertedApart(only("£40m"), only("€46m"))).isFalse();
    }

    @Test
    void readsTwoSpansOfTimeBeforeTheSameNounAsOneSpanConvertedApart() {
        assertThat(QuantityComparison.convertedApart(only("an 18-month renovation"), only("a two-year renovation"))).isTrue();
        assertThat(QuantityComparison.convertedApart(only("a 24-month renovation"), only("a two-year renovation"))).isFalse();
        assertThat(QuantityComparison.convertedApart(only("an 18-month renovation"), only("a two-year review"))).isFalse();
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> QuantityComparison.compare(null, only("5 people")))
                .withMessage("a");
    }
}
