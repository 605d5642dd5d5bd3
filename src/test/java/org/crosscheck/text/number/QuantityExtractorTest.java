package org.crosscheck.text.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.Random;

import org.crosscheck.model.Quantity;
import org.crosscheck.model.Quantity.Kind;
import org.crosscheck.model.Quantity.Qualifier;
import org.crosscheck.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityExtractorTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    /** The one figure in {@code text}, as "value|upper|unit|kind|qualifier|counted". */
    private String reading(String text) {
        List<Quantity> found = extractor.extract(text);
        assertThat(found).as(text).hasSize(1);
        Quantity q = found.get(0);
        return describe(q);
    }

    private static String describe(Quantity q) {
        String upper = Double.isNaN(q.upper()) ? "-" : format(q.upper());
        return format(q.value()) + "|" + upper + "|" + q.unit() + "|" + q.kind() + "|" + q.qualifier() + "|" + q.counted();
    }

    private static String format(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', value = {
            "5,000 civilians were killed. # 5000|-||COUNT|EXACT|civilians",
            "5000 civilians were killed. # 5000|-||COUNT|EXACT|civilians",
            "five thousand civilians were killed. # 5000|-||COUNT|EXACT|civilians",
            "It had 1.2 million residents. # 1200000|-||COUNT|EXACT|residents",
            "It had 1,200,000 residents. # 1200000|-||COUNT|EXACT|residents",
            "It had 1.2m residents. # 1200000|-||COUNT|EXACT|residents",
            "A deal worth £2bn was signed. # 2000000000|-|GBP|MONEY|EXACT|",
            "A deal worth £2 billion was signed. # 2000000000|-|GBP|MONEY|EXACT|",
            "A deal worth £2m was signed. # 2000000|-|GBP|MONEY|EXACT|",
            "A deal worth $3.5bn was signed. # 3500000000|-|USD|MONEY|EXACT|",
            "A deal worth US$3.5bn was signed. # 3500000000|-|USD|MONEY|EXACT|",
            "Tickets cost €40 each. # 40|-|EUR|MONEY|EXACT|",
            "It cost 40 euros. # 40|-|EUR|MONEY|EXACT|",
            "It cost five million pounds. # 5000000|-|GBP|MONEY|EXACT|",
            "It cost GBP 5m. # 5000000|-|GBP|MONEY|EXACT|",
            "The foundation is offering EUR25,000 for information. # 25000|-|EUR|MONEY|EXACT|",
            "Nattlinjen placed a SEK4.1bn order. # 4100000000|-|SEK|MONEY|EXACT|order",
            "Turnout was 40%. # 40|-|%|PERCENT|EXACT|",
            "Turnout was 40 per cent. # 40|-|%|PERCENT|EXACT|",
            "Turnout was 40 percent. # 40|-|%|PERCENT|EXACT|",
            "Turnout was forty per cent. # 40|-|%|PERCENT|EXACT|",
            "A quarter of the farmers sold early. # 25|-|%|PERCENT|ABOUT|",
            "Nearly two-thirds of voters backed it. # 66.7|-|%|PERCENT|NEARLY|voters",
            "Three quarters of staff left. # 75|-|%|PERCENT|ABOUT|staff",
            "Half of the budget goes on wages. # 50|-|%|PERCENT|ABOUT|",
            "Families spend as much as a fifth of their income on fares. # 20|-|%|PERCENT|AT_MOST|",
            "She won the marathon in 2:05:41 on Sunday. # 7541|-|s|MEASURE|EXACT|",
            "He ran the mile in 3:49.82 last night. # 229.82|-|s|MEASURE|EXACT|",
            "Turnout rose 2 percentage points. # 2|-|pp|PERCENT|EXACT|",
            "He personally counted twenty-one people who died. # 21|-||COUNT|EXACT|people",
            "He counted twenty one people. # 21|-||COUNT|EXACT|people",
            "They found a dozen bodies. # 12|-||COUNT|EXACT|bodies",
            "Around a thousand people fled. # 1000|-||COUNT|ABOUT|people",
            "One million people fled. # 1000000|-||COUNT|EXACT|people",
            "Three hundred and six people fled. # 306|-||COUNT|EXACT|people",
            "Half a million people fled. # 500000|-||COUNT|EXACT|people",
            "Hundreds of people fled. # 100|-||COUNT|ABOUT|people",
            "Tens of thousands of people fled. # 10000|-||COUNT|ABOUT|people",
            "Hundreds of thousands of people fled. # 100000|-||COUNT|ABOUT|people",
            "More than 5,000 civilians died. # 5000|-||COUNT|MORE_THAN|civilians",
            "Over 5,000 civilians died. # 5000|-||COUNT|MORE_THAN|civilians",
            "At least 16 people died. # 16|-||COUNT|AT_LEAST|people",
            "Less than 16 people died. # 16|-||COUNT|LESS_THAN|people",
            "Fewer than 16 people died. # 16|-||COUNT|LESS_THAN|people",
            "Up to 16 people died. # 16|-||COUNT|AT_MOST|people",
            "About 16 people died. # 16|-||COUNT|ABOUT|people",
            "An estimated 16 people died. # 16|-||COUNT|ABOUT|people",
            "Some 16 people died. # 16|-||COUNT|ABOUT|people",
            "Nearly 16 people died. # 16|-||COUNT|NEARLY|people",
            "Just under 16 people died. # 16|-||COUNT|NEARLY|people",
            "Close to 16 people died. # 16|-||COUNT|NEARLY|people",
            "More than 5,000 Ukrainian civilians died. # 5000|-||COUNT|MORE_THAN|civilians",
            "United won 3-1 at home. # 3|1||SCORE|EXACT|",
            "It was a 3–1 win. # 3|1||SCORE|EXACT|",
            "Between 10 and 12 people were hurt. # 10|12||RANGE|EXACT|people",
            "It holds 10-12 people. # 10|12||RANGE|EXACT|people",
            "It costs £10-12m. # 10000000|12000000|GBP|RANGE|EXACT|",
            "She finished 21st. # 21|-||ORDINAL|EXACT|",
            "It was his second attempt. # 2|-||ORDINAL|EXACT|",
            "It has been at war since 2014. # 2014|-||YEAR|EXACT|",
            "In 2014, Russia annexed Crimea. # 2014|-||YEAR|EXACT|",
            "Sales fell in the period to Q3 2020 due to weak demand. # 2020|-||YEAR|EXACT|",
            "Profit rose in fiscal 2021 thanks to cost cuts. # 2021|-||YEAR|EXACT|",
            "House prices are still below the late-2021 peak. # 2021|-||YEAR|EXACT|",
            "About 2000 people fled. # 2000|-||COUNT|ABOUT|people",
            "The road is 5km long. # 5|-|km|MEASURE|EXACT|",
            "The road is 5 miles long. # 5|-|mi|MEASURE|EXACT|",
            "He drove at 70mph. # 70|-|mph|MEASURE|EXACT|",
            "It weighs 40 tonnes. # 40|-|t|MEASURE|EXACT|",
            "It rose to 30C. # 30|-|°C|MEASURE|EXACT|",
            "It rose to 30 degrees Celsius. # 30|-|°C|MEASURE|EXACT|",
            "Nights fell to minus 40 Celsius. # 40|-|°C|MEASURE|EXACT|",
            "The pool is kept at 80 Fahrenheit. # 80|-|°F|MEASURE|EXACT|",
            "The siege lasted 24 hours. # 24|-|h|MEASURE|EXACT|",
            "He was 21 years old. # 21|-|age|MEASURE|EXACT|",
            "A 21-year-old man was held. # 21|-|age|MEASURE|EXACT|man",
            "It is a 1.4-gigawatt wind farm. # 1.4|-|GW|MEASURE|EXACT|wind",
            "A 10-mile queue formed. # 10|-|mi|MEASURE|EXACT|queue",
            "Shares fell 4 min after. # 4|-|min|MEASURE|EXACT|",
    })
    void readsFiguresAsValues(String text, String expected) {
        assertThat(reading(text)).isEqualTo(expected.replace("|-|", "|-|").strip());
    }

    @Test
    void spansIncludeQualifierAndUnit() {
        String text = "Officials said more than £2.4bn in profit was made.";
        Quantity q = extractor.extract(text).get(0);
        assertThat(q).isEqualTo(new Quantity(new Span(15, 31), "more than £2.4bn", 2.4e9, Double.NaN, "GBP",
                Kind.MONEY, Qualifier.MORE_THAN, ""));
    }

    @Test
    void readsEveryFigureOfASentenceInOrder() {
        String text = "More than 5,000 civilians have been killed and 160,000 people remain, up 40% since 2014.";
        assertThat(extractor.extract(text)).extracting(QuantityExtractorTest::describe).containsExactly(
                "5000|-||COUNT|MORE_THAN|civilians",
                "160000|-||COUNT|EXACT|people",
                "40|-|%|PERCENT|EXACT|",
                "2014|-||YEAR|EXACT|");
    }

    @Test
    void readsACountBeforeAMeasuredCompoundAsACountOfTheNounAfterIt() {
        assertThat(extractor.extract("The port loaded 48,200 50-kilogram sacks and 310 20ft containers.")).extracting(QuantityExtractorTest::describe)
                .containsExactly("48200|-||COUNT|EXACT|sacks", "50|-|kg|MEASURE|EXACT|sacks", "310|-||COUNT|EXACT|containers",
                        "20|-|ft|MEASURE|EXACT|containers");
        assertThat(extractor.extract("Call 555 1234 for tickets.")).isEmpty();
    }

    @Test
    void readsAFractionTakenOffChangedByOrBeforeAComparativeAsAShare() {
        assertThat(reading("The cull will wipe almost a fifth off its harvest this year.")).isEqualTo("20|-|%|PERCENT|NEARLY|");
        assertThat(reading("Output was cut by a third last year.")).isEqualTo("33.3|-|%|PERCENT|ABOUT|");
        assertThat(reading("Sales rose by almost a quarter.")).isEqualTo("25|-|%|PERCENT|NEARLY|");
        assertThat(reading("The quota is a fifth higher than last year's.")).isEqualTo("20|-|%|PERCENT|ABOUT|");
        assertThat(reading("Sales in the third quarter fell.")).isEqualTo("3|-||ORDINAL|EXACT|");
        assertThat(extractor.extract("He reached the quarter-final.")).isEmpty();
    }

    @Test
    void readsASpanOfTimeWrittenInWordsAsItsRoundFigure() {
        assertThat(reading("He was jailed for a decade.")).isEqualTo("10|-|year|MEASURE|ABOUT|");
        assertThat(reading("The keeper served for nearly four decades.")).isEqualTo("40|-|year|MEASURE|NEARLY|");
        assertThat(reading("The building turned its back on the river for half a century.")).isEqualTo("50|-|year|MEASURE|ABOUT|");
        assertThat(reading("The crossing takes less than half an hour.")).isEqualTo("30|-|min|MEASURE|LESS_THAN|");
    }

    @Test
    void readsRupeesGluedToAPlainFigureButNoCode() {
        assertThat(reading("Workers will collect a daily attendance bonus of Rs50.")).isEqualTo("50|-|INR|MONEY|EXACT|");
        assertThat(reading("Drivers pay KSh200 a day.")).startsWith("200|-|KES/day|MONEY|");
        assertThat(extractor.extract("The R62 road and the Rs2 route were closed.")).isEmpty();
    }

    @Test
    void readsHalfADozenAsSix() {
        assertThat(reading("Half a dozen firms bid for the contract.")).isEqualTo("6|-||COUNT|EXACT|firms");
    }

    @Test
    void aBareFigureSetAgainstAMeasureCountsInItsUnit() {
        assertThat(extractor.extract("Post will come three days a week instead of five.")).extracting(QuantityExtractorTest::describe)
                .containsExactly("3|-|day/week|MEASURE|EXACT|", "5|-|day/week|MEASURE|EXACT|");
        assertThat(extractor.extract("Trains will run from four to six days a week.")).extracting(QuantityExtractorTest::describe)
                .containsExactly("4|-|day/week|MEASURE|EXACT|", "6|-|day/week|MEASURE|EXACT|");
    }

    @Test
    void readsAllButAPartOfAWholeAsTheRest() {
        assertThat(extractor.extract("All but three of the 40 members voted for the plan.")).extracting(QuantityExtractorTest::describe)
                .containsExactly("37|-||COUNT|EXACT|members", "40|-||COUNT|EXACT|members");
    }

    @Test
    void distinguishesChangedValues() {
        assertThat(reading("£2bn")).isNotEqualTo(reading("£2m"));
        assertThat(reading("5,000 people")).isNotEqualTo(reading("500 people"));
        assertThat(reading("5,000 people")).isNotEqualTo(reading("5.000 people"));
        assertThat(reading("40%")).isNotEqualTo(reading("14%"));
        assertThat(reading("won 3-1")).isNotEqualTo(reading("won 1-3"));
        assertThat(reading("£40")).isNotEqualTo(reading("€40"));
        assertThat(reading("five thousand people")).isNotEqualTo(reading("fifteen thousand people"));
    }

    @Test
    void skipsIdentifiersTimesAndDates() {
        String text = "The G20 met over COVID-19 after MH17 and F-16 jets. Call 020 7946 0958 or visit SW1A 1AA. "
                + "At 10am on 9 March, and again at 14:30 on 24 February 2022, ref 060422.";
        assertThat(extractor.extract(text)).isEmpty();
    }

    @Test
    void readsACurrencySignWrittenInLettersBeforeAnAmountButNotBeforeACode() {
        assertThat(extractor.extract("The bridge cost R750m, KSh3bn and Rs2,400 to repair."))
                .extracting(q -> q.written() + " " + q.unit()).containsExactly("R750m ZAR", "KSh3bn KES", "Rs2,400 INR");
        assertThat(extractor.extract("Drivers on the R62 and the Rs2 route were held up.")).isEmpty();
        assertThat(extractor.extract("The hotel charged C$410 against A$410."))
                .extracting(Quantity::unit).containsExactly("CAD", "AUD");
    }

    @Test
    void doesNotCountOneOrAAlone() {
        assertThat(extractor.extract("One of the men said a soldier was one of them.")).isEmpty();
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
    void keepsSpansExactInRandomNewsLikeText() {
        String[] fragments = {"more than", "5,000", "civilians", "£", "2.4", "bn", "m", "%", "per cent", "-", "–",
                "3", "1", "between", "and", "twenty-one", "a", "thousand", "hundreds", "of", "people", "since",
                "2014", "9 March", "10am", "14:30", "G20", "COVID-19", "21st", "second", "km", "years old", ".",
                ",", "\n", "won", "nearly", "up to", "one", "dozen", "$", "€", "0", "1,2", ":", "/", "°", "C"};
        Random random = new Random(7_2024L);
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int parts = random.nextInt(25);
            for (int i = 0; i < parts; i++) {
                sb.append(fragments[random.nextInt(fragments.length)]);
                if (random.nextInt(3) > 0) {
                    sb.append(' ');
                }
            }
            String text = sb.toString();
            int previousEnd = 0;
            for (Quantity q : extractor.extract(text)) {
                assertThat(q.span().end()).as(text).isLessThanOrEqualTo(text.length());
                assertThat(q.span().start()).as(text).isGreaterThanOrEqualTo(previousEnd);
                assertThat(q.span().of(text)).as(text).isEqualTo(q.written());
                previousEnd = q.span().end();
            }
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', value = {
            "He was given an eight-year sentence. # 8|-|year|MEASURE|EXACT|sentence",
            "A twenty-one-year-old man was held. # 21|-|age|MEASURE|EXACT|man",
            "Its 14-million-member loyalty scheme grew. # 14000000|-||COUNT|EXACT|member",
            "It was wrong in fewer than one in 20 cases. # 5|-|%|PERCENT|LESS_THAN|cases",
            "Three out of four voters agreed. # 75|-|%|PERCENT|ABOUT|voters",
            "Six in ten voters agreed. # 60|-|%|PERCENT|ABOUT|voters",
            "It expects a quarter of a million visitors a year. # 250000|-||COUNT|ABOUT|visitors",
            "She finished in 2 minutes 12 seconds. # 132|-|s|MEASURE|EXACT|",
            "The flight took 3 hours and 20 minutes. # 200|-|min|MEASURE|EXACT|",
            "The torcs hold about 1.7lb of gold. # 1.7|-|lb|MEASURE|ABOUT|",
            "They surveyed pupils at 48 secondary schools. # 48|-||COUNT|EXACT|schools",
            "About 2,400 community health workers will go door to door. # 2400|-||COUNT|ABOUT|workers"
    })
    void readsAFigureWrittenWithItsUnitInOneHyphenatedWordOrAsAShare(String text, String expected) {
        assertThat(reading(text)).isEqualTo(expected);
    }

    @Test
    void givesTheFirstOfTwoDimensionsTheUnitAndTheApproximationWrittenOnce() {
        List<Quantity> found = extractor.extract("The painting measures roughly 12 by 9 inches.");
        assertThat(found).extracting(QuantityExtractorTest::describe)
                .containsExactly("12|-|in|MEASURE|ABOUT|", "9|-|in|MEASURE|ABOUT|");
    }

    @Test
    void leavesAHyphenatedWordThatWritesNoFigureWhole() {
        assertThat(extractor.extract("A two-thirds majority backed the one-off payment.")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', value = {
            "The project will cost Rs 2,300 crore. # 23000000000|-|INR|MONEY|EXACT|",
            "Officials put the bill at ₹8 lakh. # 800000|-|INR|MONEY|EXACT|",
            "The court fined the firm 20,000 pesos. # 20000|-|peso|MONEY|EXACT|",
            "Customs seized 3 million dirhams in cash. # 3000000|-|dirham|MONEY|EXACT|",
            "Investigators found R$450,000 in a safe. # 450000|-|BRL|MONEY|EXACT|",
            "Sea ice shrank by 2.1 metres per year on average. # 2.1|-|m/year|MEASURE|EXACT|",
            "The baths will shut on four days of every week. # 4|-|day/week|MEASURE|EXACT|",
            "Trains run six days of each week. # 6|-|day/week|MEASURE|EXACT|",
            "A herd of 40 was spotted near the river. # 40|-||COUNT|EXACT|herd",
            "A total of 40 was spotted near the river. # 40|-||COUNT|EXACT|",
            "The driver, 52, was taken to hospital. # 52|-|age|MEASURE|EXACT|",
            "A record crowd of 9,300 watched the final. # 9300|-||COUNT|EXACT|crowd"
    })
    void readsCurrenciesScalesAgesAndGroupsAsTheyAreWrittenInWorldNews(String text, String expected) {
        assertThat(reading(text)).isEqualTo(expected);
    }

    @Test
    void readsACurrencyNamedByAnEnglishWordOnlyAfterAFigureWithAScale() {
        assertThat(extractor.extract("Some 125bn won goes to the lunar lander, against 2 trillion dong for roads."))
                .extracting(q -> q.written() + " " + q.kind() + " " + q.unit())
                .containsExactly("Some 125bn won MONEY won", "2 trillion dong MONEY VND");
        assertThat(extractor.extract("The club has 3 won matches and 12 lost ones.")).extracting(Quantity::kind)
                .doesNotContain(Kind.MONEY);
        assertThat(extractor.extract("Sales passed the 1 million mark.")).singleElement()
                .satisfies(q -> assertThat(q.kind()).isNotEqualTo(Kind.MONEY));
    }

    @Test
    void readsAnOrdinalJoinedToTheNounItRanks() {
        assertThat(extractor.extract("He scored a 78th-minute equaliser.")).singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo(Kind.ORDINAL)).satisfies(q -> assertThat(q.written()).isEqualTo("78th"));
    }

    @Test
    void readsAnAgeAfterOfAndANounThatNamesAPerson() {
        assertThat(reading("The suspects included a Thai man of 29 - police did not name him.")).isEqualTo("29|-|age|MEASURE|EXACT|");
        assertThat(reading("A team of 11 took the field.")).isEqualTo("11|-||COUNT|EXACT|team");
        assertThat(extractor.extract("The dead were a man of 52 and a woman aged 49, and two skiers aged 34 and 41."))
                .extracting(QuantityExtractorTest::describe)
                .containsExactly("52|-|age|MEASURE|EXACT|", "49|-|age|MEASURE|EXACT|", "2|-||COUNT|EXACT|skiers",
                        "34|-|age|MEASURE|EXACT|", "41|-|age|MEASURE|EXACT|");
        assertThat(reading("A man of 29 years' service retired.")).doesNotContain("age");
    }

    @Test
    void readsAFractionGlyphWrittenOntoAWholeNumber() {
        assertThat(reading("It bears a 2\u00bd-rappen stamp.")).startsWith("2.5|");
        assertThat(reading("The path runs 7\u00bc miles.")).isEqualTo("7.25|-|mi|MEASURE|EXACT|");
    }

    @Test
    void readsASumThatAYearlyNounComesToAsARatePerYear() {
        assertThat(reading("The zoo will pay an annual conservation fee of US$1 million.")).isEqualTo("1000000|-|USD/year|MONEY|EXACT|");
        assertThat(reading("Its yearly budget of \u00a33.2m was cut.")).isEqualTo("3200000|-|GBP/year|MONEY|EXACT|");
        assertThat(reading("The annual report showed a loss of $5m.")).isEqualTo("5000000|-|USD|MONEY|EXACT|");
    }
}
