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
    void comparesTheDatesOfAPairTheEncoderMadeThoughItsWordsBarelyOverlap() {
        String left = "The handover will take place in Tarvik in May 2025.\n";
        String right = "The masks will be returned to Tarvik in July 2025 and shown at the national museum once it reopens.\n";
        assertThat(Pairs.describe(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(0, 0, 0.09, true)))))
                .containsExactly("DATE MEDIUM 0 0 'May 2025' 'July 2025'");
        // a pair the words alone made that loosely is compared only as clauses that read alike
        assertThat(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(0, 0, 0.09, false))))
                .singleElement().satisfies(d -> assertThat(d.finding().explanation()).contains("clause that says the same thing"));
        String other = "The masks were stolen from a private collection in July 2025.\n";
        assertThat(detector.detect(Pairs.pairedAs(left, other, Pairs.pair(0, 0, 0.09, false)))).isEmpty();
    }

    @Test
    void reportsAChangedDayThoughTheOtherSentenceAlsoNamesTheFirstDaysMonthLessPrecisely() {
        String left = "The board will vote on the new timetable on 9 March, before the spring service starts.\n";
        String right = "The board will vote on the timetable on 16 April, after the consultation that ends in late March.\n";
        assertThat(Pairs.describe(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(0, 0, 0.4, false)))))
                .containsExactly("DATE MEDIUM 0 0 '9 March' '16 April'");
        // with no day written on the other side, the month still agrees with the day
        String monthOnly = "The board will vote on the timetable in March, after the consultation.\n";
        assertThat(detector.detect(Pairs.pairedAs(left, monthOnly, Pairs.pair(0, 0, 0.4, false)))).isEmpty();
    }

    @Test
    void letsAMonthAccountForADayWhenTheOtherDayHasItsOwnRival() {
        String left = "The money flows from the fiscal year, which began on April 1, and the first payment is due on Monday, June 3.\n";
        String right = "The first instalment is scheduled for 3 July, with the money drawn from the fiscal year that began in April.\n";
        assertThat(Pairs.describe(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(0, 0, 0.3, true)))))
                .containsExactly("DATE MEDIUM 0 0 'Monday, June 3' '3 July'");
    }

    @Test
    void neverSetsARelativeYearAgainstARelativeDay() {
        String left = "The quota, which takes effect on April 15 and runs until June 30, is 25% below the volume shipped in the same period last year.\n";
        String right = "The cap kicks in from next Monday and lasts until the end of June.\n";
        Comparison c = Pairs.pairedAs("HANOI, April 3 (Pacific Newswire) - Vietnam will limit rice exports.\n" + left,
                "By Hoang Anh Tuan | Thursday 4 April 2024, 14:10 ICT\n" + right, Pairs.pair(1, 1, 0.4, false));
        assertThat(Pairs.describe(detector.detect(c))).noneMatch(d -> d.contains("'last year'"));
    }

    @Test
    void pairsTheDateOfTheSameEventAmongSeveralDatesOfOneSort() {
        String left = "Bids open on 3 February and the winning design will be picked on 14 May.\n";
        String right = "Bidding opens early next year, and the winning design is expected to be picked on 21 May.\n";
        assertThat(Pairs.describe(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(0, 0, 0.4, false)))))
                .containsExactly("DATE MEDIUM 0 0 '14 May' '21 May'");
    }

    @Test
    void comparesTheYearsOfAnEndDateThoughAnotherDateStandsAfterOfOnTheOtherSide() {
        String left = "Drilling at the new well will begin in March, and the field is expected to reach full output in the second half of 2028.\n";
        String right = "Drilling starts at the beginning of next year, with the field at full output by early 2027.\n";
        assertThat(Pairs.describe(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(0, 0, 0.4, false)))))
                .containsExactly("DATE MEDIUM 0 0 'the second half of 2028' 'early 2027'");
    }

    @Test
    void staysQuietWhenNoEventNamedBeforeADatePlacesItAmongSeveral() {
        String left = "Bids open on 3 February and the winning design will be picked on 14 May.\n";
        String right = "The council expects bidding to run until 21 May.\n";
        assertThat(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(0, 0, 0.4, false)))).isEmpty();
    }

    @Test
    void showsThePartOfAMonthADateNamesWithTheDate() {
        Comparison c = Pairs.ofLines("The old terminal will close on 12 June, the airport said.",
                "The airport said the old terminal would close at the end of July.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("DATE MEDIUM 2 2 '12 June' 'the end of July'");
    }

    @Test
    void reportsAChangedWeekday() {
        Comparison c = Pairs.ofLines("The strike will take place on Monday, the union said.",
                "The strike will take place on Thursday, the union said.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("DATE MEDIUM 2 2 'Monday' 'Thursday'");
    }

    @Test
    void reportsAChangedWeekdayWrittenAsAPossessive() {
        Comparison c = Pairs.ofLines("The senators clashed over tax credits at Tuesday’s Republican debate in Las Vegas.",
                "The senators clashed over tax credits at Friday's Republican debate in Las Vegas.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("DATE MEDIUM 2 2 'Tuesday' 'Friday'");
    }

    @Test
    void reportsAChangedWeekdayWrittenInFrontOfAnUnchangedDate() {
        Comparison c = Pairs.ofLines("The results were declared on Tuesday, May 3, 2016, after a recount.",
                "The results were declared on Monday, May 3, 2016, after a recount.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("DATE MEDIUM 2 2 'Tuesday' 'Monday'");
    }

    @Test
    void comparesAYearWrittenAsANumberWithAYearCountedFromTheDayOfWriting() {
        String left = "Port expansion approved\n\nVALPARAISO, Jan 24 (Andes Wire) - Chile approved the port expansion on Wednesday.\n\n"
                + "Dredging is due to begin in the second half of 2025, the port authority said.\n";
        String right = "Chile backs port expansion\n\nBy Ana Perez | Thursday 25 January 2024\n\nChile approved the port expansion on Wednesday.\n\n"
                + "Dredging is due to begin in the second half of XX, the port authority said.\n";
        assertThat(Pairs.describe(detector.detect(Pairs.of(left, right.replace("XX", "this year"))))).hasSize(1);
        assertThat(detector.detect(Pairs.of(left, right.replace("XX", "next year")))).isEmpty();
    }

    @Test
    void pairsTheDateThatStandsAfterTheSameWordAmongDatesOfTwoSorts() {
        String left = "Sewer works delayed\n\nThe pipe was to be replaced under a programme approved in 2023, but work was not due to start until 2026, the city said.\n";
        String right = "City delays sewer works\n\nBy Luis Mora | Wednesday 19 June 2024\n\n"
                + "The pipe was to be replaced under a programme approved last year, but work was not due to start until next year, the city said.\n";
        assertThat(Pairs.describe(detector.detect(Pairs.of(left, right)))).singleElement().asString()
                .isEqualTo("DATE MEDIUM 1 2 '2026' 'next year'");
    }

    @Test
    void comparesDatesAtThePrecisionBothSidesGive() {
        Pairs.assertQuiet(detector, "The plant closed in March 2021 after two years of losses.",
                "The plant closed on 9 March 2021 after two years of losses.");
        Comparison c = Pairs.ofLines("The plant closed in March after two years of losses.",
                "The plant closed in April after two years of losses.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("DATE MEDIUM 2 2 'March' 'April'");
    }

    @Test
    void leavesTheDatelineOutOfTheComparisonAndReportsTheStatementAfterIt() {
        Pairs.assertQuiet(detector, "PARIS, May 3 (Reuters) - French officials said the talks would resume in June.",
                "PARIS, May 4 (Reuters) - French officials said the talks would resume in June.");
        Comparison c = Pairs.ofLines("PARIS, May 3 (Reuters) - French officials said the talks would resume in June.",
                "PARIS, May 4 (Reuters) - French officials said the talks would resume in July.");
        var found = detector.detect(c);
        assertThat(Pairs.describe(found)).containsExactly("DATE MEDIUM 2 2 'June' 'July'");
        var right = c.right().article().text();
        assertThat(right.substring(found.get(0).finding().right().span().start(), found.get(0).finding().right().span().end()))
                .startsWith("PARIS, May 4 (Reuters) - French officials");
    }

    @Test
    void readsASpanOfYearsWrittenWithBetweenAgainstOneWrittenWithFromAndTo() {
        Comparison c = Pairs.ofLines("She chaired the port authority between 2009 and 2016, before moving to the ministry.",
                "She chaired the port authority from 2009 to 2013, then moved to the ministry.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("DATE MEDIUM 2 2 '2016' '2013'");
    }

    @Test
    void comparesTheOneDateEachArticleGivesWhenTheRewriteSplitTheStatement() {
        Comparison c = Pairs.of(Pairs.CONTEXT + "The regulator said the pipeline could not carry oil, and ordered that no pumping take place until an inspection on April 9.\n",
                Pairs.CONTEXT + "The regulator said the pipeline could not carry oil.\n"
                        + "It halted all pumping through the line until the inspection on April 19.\n");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("DATE MEDIUM 2 3 'April 9' 'April 19'");
    }

    @Test
    void comparesAWeekdayApartFromTheWeekdayOfADateTheOtherSideConfirms() {
        Comparison c = Pairs.ofLines("Polls closed on Thursday, May 4, and a power cut halted the count for three hours on Friday.",
                "Polls closed on May 4, and a power cut stopped the count for three hours on Thursday night.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("DATE MEDIUM 2 2 'Friday' 'Thursday night'");
    }

    @Test
    void comparesTheWeekdayOfADateWithTheWeekdayOfARelativeDate() {
        Comparison c = Pairs.ofLines("Heavy snow began to fall on the evening of Friday, 7 February, and the pass was closed before midnight.",
                "The pass was shut late last Tuesday after hours of heavy snow.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("DATE MEDIUM 2 2 'Friday, 7 February' 'last Tuesday'");
    }

    @Test
    void pairsOneOfSeveralTimesByTheWordsAfterIt() {
        Comparison c = Pairs.ofLines("The dockers said the stoppage would end at noon, with ferries sailing again from 5.15pm on Friday.",
                "Ferries are due to sail again at 7.15pm on Friday, the dockers said.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("DATE MEDIUM 2 2 '5.15pm' '7.15pm'");
    }

    @Test
    void comparesTheOnlyTimesOfAStatementThoughWrittenToDifferentPrecisionWhenAnHourOrMoreApart() {
        Comparison c = Pairs.ofLines("The alarm sounded at around 9:20 am in the east wing of the depot.",
                "Staff said the alarm first went off shortly after 11 am in the east wing of the depot.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("DATE MEDIUM 2 2 '9:20 am' '11 am'");
        Pairs.assertQuiet(detector, "The alarm sounded at 9.12am in the east wing of the depot.",
                "The alarm sounded just after 9am in the east wing of the depot.");
    }

    @Test
    void readsAnHourWrittenWithAfterOrBeforeAsTheSideOfItTheMomentIsOn() {
        Comparison c = Pairs.ofLines("The cabin came loose at 11:20 a.m., some 200 metres short of the top station.",
                "The cabin came loose just after midday, some 200 metres short of the top station.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("DATE MEDIUM 2 2 '11:20 a.m.' 'midday'");
        assertThat(detector.detect(c).get(0).finding().summary()).contains("just after midday");
        Pairs.assertQuiet(detector, "The cabin came loose at 12:20 p.m., some 200 metres short of the top station.",
                "The cabin came loose just after midday, some 200 metres short of the top station.");
        Pairs.assertQuiet(detector, "The fire in the mill started at 11:40 p.m. on Tuesday, the brigade said.",
                "The fire in the mill started shortly before midnight on Tuesday, the brigade said.");
        assertThat(detector.detect(Pairs.ofLines("The fire in the mill started at 11:40 p.m. on Tuesday, the brigade said.",
                "The fire in the mill started shortly after midnight on Tuesday, the brigade said."))).hasSize(1);
    }

    @Test
    void showsADateWithThePrepositionThatBoundsItsEvent() {
        Comparison c = Pairs.ofLines("The bridge will stay closed until Monday for repairs, the council said.",
                "The bridge will remain shut until Wednesday for repairs, the council said.");
        assertThat(detector.detect(c)).singleElement()
                .satisfies(d -> assertThat(d.finding().summary()).contains("until Monday").contains("until Wednesday"))
                .satisfies(d -> assertThat(d.finding().left().value()).isEqualTo("Monday"));
    }

    @Test
    void comparesTheOneWeekdayEachStoryGivesWhereverItStands() {
        String left = "The council on Tuesday approved a plan to rebuild the harbour wall.\nWork will cost 4 million euros.\n";
        String right = "The harbour wall will be rebuilt at a cost of 4 million euros.\nCouncillors signed off the plan on Thursday.\n";
        assertThat(Pairs.describe(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(0, 0, 0.4, false), Pairs.pair(1, 0, 0.5, false)))))
                .containsExactly("DATE MEDIUM 0 1 'Tuesday' 'Thursday'");
        // with another weekday the two stories share, the one each gives alone is still compared
        String twoDays = "The council on Tuesday approved a plan to rebuild the harbour wall.\nWork will start on Monday.\n";
        assertThat(Pairs.describe(detector.detect(Pairs.pairedAs(twoDays, right + "Work starts on Monday.\n", Pairs.pair(0, 0, 0.4, false),
                Pairs.pair(1, 2, 0.6, false))))).containsExactly("DATE MEDIUM 0 1 'Tuesday' 'Thursday'");
    }

    @Test
    void comparesTheOneWeekdayEachStoryGivesThatTheOtherLacksAfterTheSameWord() {
        String left = "The court on Wednesday upheld a fine imposed on the port authority.\nThe authority will pay on Friday.\n";
        String right = "Judges threw out the port authority's appeal against the fine.\nGiving the ruling on Tuesday, the judge cited the harbour's records.\n"
                + "The authority will pay on Friday.\n";
        assertThat(Pairs.describe(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(0, 0, 0.4, false), Pairs.pair(1, 2, 0.9, false)))))
                .containsExactly("DATE MEDIUM 0 1 'Wednesday' 'Tuesday'");
        // written after different words, two lone weekdays may be two events
        String other = right.replace("Giving the ruling on Tuesday", "By Tuesday");
        assertThat(detector.detect(Pairs.pairedAs(left, other, Pairs.pair(0, 0, 0.4, false), Pairs.pair(1, 2, 0.9, false)))).isEmpty();
    }

    @Test
    void comparesTheOneTimeOfDayEachStoryGivesThatTheOtherLacksAfterTheSameWord() {
        String left = "The warning, issued at 4:30 p.m. on Thursday, covers about 9,000 homes along the river.\nCrews will stay until Sunday.\n";
        String right = "About 9,000 riverside homes are covered.\nIt went out at 6.30pm.\nCrews will stay until Sunday.\n";
        assertThat(Pairs.describe(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(0, 0, 0.5, false), Pairs.pair(1, 2, 0.9, false)))))
                .containsExactly("DATE MEDIUM 0 1 '4:30 p.m.' '6.30pm'");
    }

    @Test
    void reportsAnEventMovedFromThePastWeekToTheComingOne() {
        Comparison c = Pairs.ofLines("The new parking charges came into force last week, the council said.",
                "The new parking charges come into force next week, the council said.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("DATE MEDIUM 2 2 'last week' 'next week'");
        Comparison ago = Pairs.ofLines("The harbour master stepped down a week ago after the inquiry reported.",
                "The harbour master will step down next week after the inquiry reported.");
        assertThat(Pairs.describe(detector.detect(ago))).containsExactly("DATE MEDIUM 2 2 'a week ago' 'next week'");
    }

    @Test
    void comparesRelativeDatesOnlyAtThePrecisionBothGive() {
        Pairs.assertQuiet(detector, "The ferry operator cancelled the crossing yesterday because of the gales.",
                "The ferry operator cancelled the crossing on Tuesday because of the gales.");
        Pairs.assertQuiet(detector, "The ferry operator cancelled the crossing yesterday because of the gales.",
                "The ferry operator cancelled the crossing last week because of the gales.");
        Pairs.assertQuiet(detector, "The ferry operator cancelled the crossing late last night because of the gales.",
                "The ferry operator cancelled the crossing early this morning because of the gales.");
        Pairs.assertQuiet(detector, "The council will spend 3.2 million euros on roads, 4 percent more than this year.",
                "The council will spend 3.2 million euros on roads next year, 4 percent more than in 2025.");
        Comparison c = Pairs.ofLines("The ferry operator cancelled the crossing yesterday because of the gales.",
                "The ferry operator will cancel the crossing next month because of the gales.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("DATE MEDIUM 2 2 'yesterday' 'next month'");
    }

    @Test
    void readsAMonthAnEventIsPlannedFor() {
        Comparison c = Pairs.ofLines("A second vaccination round in September will reach children missed this time, she said.",
                "A second vaccination round, aimed at the children missed this time, is planned for November, she said.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("DATE MEDIUM 2 2 'September' 'November'");
    }

    private static final String WIRE = "Miners end blockade as talks set\n\n"
            + "LIMA, Oct 9 (Andean Wire) - Operations at the Cerro Aguila copper mine were suspended on Wednesday after protesters"
            + " blocked the access road.\n\n";
    private static final String REWRITE = "Talks called after Peru mine blockade\n\n"
            + "By Ana Ruiz | Updated 14:05 GMT, Thursday 10 October 2024\n\n"
            + "Work at the Cerro Aguila mine ground to a halt yesterday when protesters blocked the road.\n\n";

    @Test
    void countsARelativeDateFromTheDayItsSourceWasWritten() {
        Comparison c = Pairs.of(WIRE + "The government will host talks in the regional capital Abancay on Oct 12, the minister said.\n",
                REWRITE + "Talks would be held in Abancay on Sunday, the interior minister said.\n");
        var found = detector.detect(c);
        assertThat(Pairs.describe(found)).containsExactly("DATE MEDIUM 2 3 'Oct 12' 'Sunday'");
        assertThat(found.get(0).finding().summary()).contains("read as 13 Oct 2024");
    }

    @Test
    void staysQuietWhenARelativeDateFallsOnTheDayTheOtherSourceGives() {
        Comparison c = Pairs.of(WIRE + "The government will host talks in the regional capital Abancay on Oct 13, the minister said.\n",
                REWRITE + "Talks would be held in Abancay on Sunday, the interior minister said.\n");
        assertThat(detector.detect(c)).isEmpty();
    }

    @Test
    void leavesARelativeDateInsideAQuoteToTheDayItsSpeakerSpoke() {
        Comparison c = Pairs.of(WIRE + "\"Today the roads are open again,\" the governor said.\n",
                REWRITE + "\"Today the roads are open again,\" the governor said.\n");
        assertThat(detector.detect(c)).isEmpty();
    }

    @Test
    void doesNotTakeAnEventToComeAndOnePastForOneDateChanged() {
        Comparison c = Pairs.of(WIRE + "The utility will begin rotating supplies on Monday, October 14, in twelve districts.\n",
                REWRITE + "The utility said yesterday it would rotate supplies in twelve districts.\n");
        assertThat(detector.detect(c)).isEmpty();
    }

    @Test
    void showsAMonthWithTheWordThatSaysWhichOneItIs() {
        Comparison c = Pairs.ofLines("The reconstruction programme for the valley was launched in October 2023.",
                "The reconstruction programme for the valley was launched last November.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("DATE MEDIUM 2 2 'October 2023' 'last November'");
    }

    @Test
    void comparesADateRestatedInAClauseOfAnotherSentence() {
        String left = "The regulator approved the merger of the two brewers on Tuesday.\n"
                + "The combined company will begin trading in March 2027.\n";
        String right = "The regulator approved the merger of the two brewers on Tuesday, and the combined company is set to start trading from May 2027.\n";
        Comparison c = Pairs.pairedAs(left, right, Pairs.pair(0, 0, 0.6, false));
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("DATE MEDIUM 1 0 'March 2027' 'May 2027'");
    }
    @Test
    void matchesADateOfItsOwnSortBeforeOneOfAnotherSortOnTheSameDay() {
        String left = "Heat warning issued\n\nADELAIDE, January 22 (Pacific Wire) - Forecasters issued a heat warning on Monday.\n\n"
                + "Temperatures are forecast to reach 41 degrees on Tuesday, with rain expected on Wednesday evening.\n";
        String right = "Heat warning for Adelaide\n\nBy Kim Lowe | Tuesday 23 January 2024\n\nForecasters issued a heat warning yesterday.\n\n"
                + "The mercury is expected to hit 41 degrees tomorrow, with rain due on Wednesday evening.\n";
        assertThat(Pairs.describe(detector.detect(Pairs.of(left, right)))).singleElement().asString()
                .contains("'Tuesday'").contains("'tomorrow'");
    }

    @Test
    void aDateOfTheTellingIsNotComparedWithTheDateOfTheEvent() {
        String left = "Chlorine leak at chemical plant\n\nSURAT, March 14 (Wire) - A chlorine leak at a chemical plant sent 90 people to "
                + "hospital overnight, officials said on Thursday, and the factory was sealed.\n";
        String right = "Chlorine escapes from plant\n\nUpdated 09:20 IST, Friday 15 March 2024\n\nAuthorities have sealed a chemical "
                + "factory after chlorine escaped late on Wednesday, sending 90 people to hospital.\n";
        assertThat(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(1, 2, 0.45, false)))).isEmpty();
        String told = right.replace("after chlorine escaped late on Wednesday, sending 90 people to hospital",
                "after a chlorine leak sent 90 people to hospital overnight, officials said on Wednesday");
        assertThat(Pairs.describe(detector.detect(Pairs.pairedAs(left, told, Pairs.pair(1, 2, 0.6, false))))).singleElement().asString()
                .contains("Thursday").contains("Wednesday");
    }

    @Test
    void aDayCountedFromTheDayOfWritingIsNotTakenForTheYearTheOtherSideGives() {
        String left = "Toll road awarded\n\nLIMA, July 10 (Wire) - The transport ministry on Tuesday awarded a 30-year concession "
                + "for a toll road from the port of Paita to Piura, the largest road contract signed this year.\n";
        String right = "Toll road deal\n\nThursday 11 July 2024, 07:30 local time\n\nThe government handed a consortium the rights "
                + "to build a toll road from the port of Paita to Piura yesterday.\n";
        assertThat(Pairs.describe(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(1, 2, 0.35, false))))).singleElement().asString()
                .contains("'Tuesday' 'yesterday'");
    }

    @Test
    void aDateOfTheTellingLeavesTheEventsDateTheOneToCompare() {
        String left = "Three held at airport\n\nBOGOTA, March 14 (Wire) - Colombian police arrested three men at Bogota's El Dorado "
                + "International Airport on Wednesday after finding 1,240 carats of uncut emeralds sewn into the linings of their "
                + "suitcases, the authorities said on Thursday.\n";
        String right = "Emeralds found in luggage\n\nBy Ana Ruiz | Thursday 14 March 2024, 16:20 COT\n\nThree men are in custody in "
                + "Bogota after police discovered uncut emeralds sewn into their suitcases at the city's main airport on Tuesday.\n";
        assertThat(Pairs.describe(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(1, 2, 0.4, true))))).singleElement().asString()
                .contains("'Wednesday' 'Tuesday'");
        String sameDay = right.replace("on Tuesday", "on Wednesday");
        assertThat(detector.detect(Pairs.pairedAs(left, sameDay, Pairs.pair(1, 2, 0.4, true)))).isEmpty();
    }

    @Test
    void aWeekdayCountedWithinAMonthIsComparedByTheDayItFallsOn() {
        String left = "Waterfall fee\n\nHVOLSVOLLUR, Iceland, May 22 (Wire) - Visitors to the waterfall will have to pay 1,500 kronur "
                + "each from Saturday, June 1, after the council approved the charge.\n";
        String right = "Waterfall charge\n\nBy Jon Jonsson | Wednesday 22 May 2024, 09:00 GMT\n\nVisitors to the waterfall will pay "
                + "1,500 kronur each from the second Saturday in June, after the council approved the charge.\n";
        assertThat(Pairs.describe(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(1, 2, 0.7, false))))).singleElement().asString()
                .contains("second Saturday in June");
        String same = right.replace("the second Saturday in June", "the first Saturday in June");
        assertThat(detector.detect(Pairs.pairedAs(left, same, Pairs.pair(1, 2, 0.7, false)))).isEmpty();
    }

    @Test
    void aDayIsNotAccountedForByAWeekThatHoldsIt() {
        String left = "Taxi drivers block airport\n\nLISBON, Nov 5 (Wire) - Hundreds of taxi drivers blocked the airport.\n\n"
                + "Carvalho said drivers would meet on Friday to decide whether to repeat the blockade during the summit, "
                + "which opens in Lisbon next week.\n";
        String right = "Taxi blockade at airport\n\nBy Sofia Antunes | Wednesday 6 November 2024, 08:15 WET\n\nHundreds of taxi "
                + "drivers blocked the airport.\n\nDrivers will meet tomorrow to decide whether to repeat the action during the "
                + "summit, Carvalho said.\n";
        assertThat(Pairs.describe(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(2, 3, 0.6, false))))).singleElement().asString()
                .contains("'Friday' 'tomorrow'");
        String sameDay = right.replace("meet tomorrow", "meet on Friday");
        assertThat(detector.detect(Pairs.pairedAs(left, sameDay, Pairs.pair(2, 3, 0.6, false)))).isEmpty();
    }
}
