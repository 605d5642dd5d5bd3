package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberDetectorTest extends DetectorContract {

    private final NumberDetector detector = new NumberDetector();

    @Override
    Detector detector() {
        return detector;
    }

    @Override
    long seed() {
        return 103L;
    }

    @Test
    void staysQuietWhenAPairCrossesTwoFiguresEachSourceGivesInOtherStatements() {
        String left = "Councillors banned quad bikes a month after a nine-year-old girl was badly injured.\n"
                + "The girl was hit on August 4 by a quad bike driven by a 19-year-old.\n";
        String right = "The ban comes a month after a nine-year-old girl was badly hurt.\n"
                + "She was struck on 4 August by a quad ridden by a 19-year-old.\n";
        assertThat(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(1, 0, 0.25, true)))).isEmpty();
        String changed = "The ban comes a month after a nine-year-old girl was badly hurt.\n"
                + "She was struck on 4 August by a quad ridden by a 17-year-old.\n";
        assertThat(detector.detect(Pairs.pairedAs(left, changed, Pairs.pair(1, 1, 0.6, false)))).hasSize(1);
    }

    @Test
    void pairsAFigureLoneInItsCurrencyThoughAnotherCurrencyStandsBesideIt() {
        Comparison c = Pairs.ofLines("The monthly fare rises to 3,400 dinars ($11) from next month, the operator said.",
                "From next month the monthly fare will be 3,900 dinars, the operator said.");
        assertThat(Pairs.describe(new NumberDetector().detect(c))).containsExactly("NUMBER HIGH 2 2 '3,400 dinars' '3,900 dinars'");
    }

    @Test
    void pairsTheOneTimeEachSideGivesThoughAMeasureOfMassStandsBesideIt() {
        Comparison c = Pairs.ofLines("Mbeki scored the winner for Orlando Pirates with 12 minutes remaining in front of 38,000 fans.",
                "Orlando Pirates snatched it when Mbeki struck with four minutes left, the 68kg forward beating two defenders.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NUMBER HIGH 2 2 '12 minutes' 'four minutes'");
    }

    @Test
    void reportsABoundWrittenAsPreciselyAsTheFigureItFallsFarShortOf() {
        Comparison c = Pairs.ofLines("Residents have collected 4,300 signatures on a petition asking for an express bus.",
                "More than 3,400 residents have signed a petition asking for an express bus.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString().contains("'4,300' 'More than 3,400'");
    }

    @Test
    void staysQuietWhenABoundIsTheFigureRoundedDown() {
        Comparison c = Pairs.ofLines("Residents have collected 4,300 signatures on a petition asking for an express bus.",
                "More than 4,000 residents have signed a petition asking for an express bus.");
        assertThat(detector.detect(c)).isEmpty();
    }

    @Test
    void summarisesAFigureWithTheWordJoinedToItByAHyphen() {
        Comparison c = Pairs.ofLines("The government cancelled a 30-peso increase in the metro fare on Thursday.",
                "The government scrapped a 50-peso increase in the metro fare on Thursday.");
        assertThat(detector.detect(c)).singleElement().satisfies(d -> assertThat(d.finding().summary()).contains("30-peso", "50-peso"));
    }

    @Test
    void reportsAChangedHeadcount() {
        Comparison c = Pairs.ofLines("Police said 3,000 people joined the march through Leeds city centre.",
                "Police said 5,000 people joined the march through Leeds city centre.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NUMBER HIGH 2 2 '3,000' '5,000'");
    }

    @Test
    void reportsAFigureChangedWhereTheSameValueStillCountsSomethingElse() {
        Comparison c = Pairs.ofLines("The club fielded 11 players in 11 matches, with 11 coaches travelling to the games.",
                "The club fielded 11 players in 9 matches, with 11 coaches travelling to the games.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NUMBER MEDIUM 2 2 '11' '9'");
    }

    @Test
    void staysQuietWhenAValueWrittenTwiceIsWrittenOnceForTheSameThing() {
        Pairs.assertQuiet(detector, "The 40 volunteers cleared 40 tonnes of rubbish from the beach on Sunday.",
                "Some 40 volunteers cleared the beach on Sunday, removing 40 tonnes of rubbish.");
    }

    @Test
    void reportsAChangedScoreInAStatementReworded() {
        Comparison c = Pairs.ofLines("Rovers dismissed their manager on Monday following Saturday's 4-2 home defeat by Ashford.",
                "The club confirmed his departure at the start of the week, two days after a 3-2 loss at home to Ashford.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NUMBER MEDIUM 2 2 '4-2' '3-2'");
    }

    @Test
    void reportsOneNumberGivenInAnotherUnitWhereOneSideBoundsIt() {
        Comparison c = Pairs.ofLines("Environment Canada forecast gusts of up to 90 kilometres per hour off Cape Sable Island through Tuesday.",
                "Environment Canada was calling for winds gusting to 90 mph off Cape Sable Island into today.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString().startsWith("NUMBER").contains("'up to 90 kilometres per hour' '90 mph'");
    }

    @Test
    void reportsTheOneMeasureEachSideGivesInAnotherUnitAndAnotherAmount() {
        Comparison c = Pairs.ofLines("Forecasters said gusts of up to 130 km/h were expected along the coast overnight.",
                "Gusts could reach 110 mph along the coast overnight, forecasters said.");
        assertThat(Pairs.describe(detector.detect(c))).hasSize(1);
        Pairs.assertQuiet(detector, "Forecasters said gusts of up to 130 km/h were expected along the coast overnight.",
                "Gusts could reach 80 mph along the coast overnight, forecasters said.");
    }

    @Test
    void readsAFractionAsTheShareItIs() {
        Pairs.assertQuiet(detector, "A quarter of the growers sold their crop to the state agency this season.",
                "Some 25% of the growers sold their crop to the state agency this season.");
        Comparison c = Pairs.ofLines("A quarter of the growers sold their crop to the state agency this season.",
                "A third of the growers sold their crop to the state agency this season.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString().contains("'A quarter' 'A third'");
        Pairs.assertQuiet(detector, "Commuters spend up to a fifth of their wages on bus fares, the union said.",
                "Commuters spend as much as a fifth of their wages on bus fares, the union said.");
    }

    @Test
    void leavesAHalfOfTheYearAndAQuarterFinalUnread() {
        Pairs.assertQuiet(detector, "In the first half of the year the club reached a quarter-final for the third time.",
                "The club reached a quarter-final for the third time in the first half of the year.");
    }

    @Test
    void matchesTheFiguresOfAStatementSplitInTwoAcrossBothHalves() {
        String left = "Castellanos restored the lead with a penalty in the 64th minute, only for Nakamura to level eight minutes later.\n";
        String right = "Castellanos converted a penalty in the 64th minute.\nNakamura's free kick in the 72nd minute levelled it again.\n";
        assertThat(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(0, 0, 0.5, false), Pairs.pair(0, 1, 0.33, true)))).isEmpty();
    }

    @Test
    void reportsAChangedRaceTime() {
        Comparison c = Pairs.ofLines("Kiptoo won the Lakeside marathon in 2:05:41, a course record, ahead of Bekele.",
                "Kiptoo took the Lakeside marathon in a course record of 2:07:41, ahead of Bekele.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString().contains("'2:05:41' '2:07:41'");
    }

    @Test
    void reportsAChangedSumOfMoney() {
        Comparison c = Pairs.ofLines("The housing association will spend £2bn on new homes over the next decade.",
                "The housing association will spend £3bn on new homes over the next decade.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NUMBER HIGH 2 2 '£2bn' '£3bn'");
    }

    @Test
    void staysQuietWhenAnApproximateFigureSatisfiesTheOtherSidesBound() {
        Pairs.assertQuiet(detector, "The court heard that the manager had received about £1.1m in commission over four years.",
                "The court heard that the manager had received more than £1m in commission over four years.");
    }

    @Test
    void readsALowerBoundRoundedDownAsTheSameBound() {
        Pairs.assertQuiet(detector, "More than 3,400 volunteers joined the clean-up along the river on Saturday.",
                "More than 3,000 volunteers joined the clean-up along the river on Saturday.");
    }

    @Test
    void reportsAnApproximationFarBelowACap() {
        Comparison c = Pairs.ofLines("Each new tram will carry up to 310 passengers on the coastal line.",
                "Each new tram will carry about 190 passengers on the coastal line.");
        assertThat(Pairs.describe(detector.detect(c))).hasSize(1);
    }

    @Test
    void pairsTheOneSumOfMoneyEachSideGivesWhateverItIsCalled() {
        Comparison c = Pairs.ofLines("The council offered drivers a 4 percent rise and a one-off $1,200 retention bonus.",
                "Drivers were offered 4 percent more, together with a $2,100 one-off payment for staying.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NUMBER HIGH 2 2 '$1,200' '$2,100'");
    }

    @Test
    void reportsTwoLowerBoundsThatDiffer() {
        Comparison c = Pairs.ofLines("At least 23 people were killed when the river burst its banks, officials said.",
                "At least 32 people were killed when the river burst its banks, officials said.");
        assertThat(Pairs.describe(detector.detect(c))).hasSize(1);
    }

    @Test
    void reportsAQualifierChangedOnOneFigureEvenWhenAnotherFigureSatisfiesTheNewBound() {
        Comparison c = Pairs.ofLines("Since then, around 870 infections have been reported, with 457 deaths in 21 countries.",
                "Since then, less than 870 infections have been reported, with 457 deaths in 21 countries.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NUMBER LOW 2 2 'around 870' 'less than 870'");
    }

    @Test
    void reportsAVagueAmountPutAtAnotherOrderOfMagnitude() {
        Comparison c = Pairs.ofLines("The administration wants the most bang for the billions it has to spur the chip industry.",
                "The administration wants the most bang for the millions it has to spur the chip industry.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NUMBER HIGH 2 2 'billions' 'millions'");
    }

    @Test
    void staysQuietOnAVagueAmountAgainstAFigure() {
        Pairs.assertQuiet(detector, "Thousands of people joined the march through Leeds city centre on Saturday.",
                "About 2,500 people joined the march through Leeds city centre on Saturday.");
    }

    @Test
    void staysQuietOnADurationThatIsAnOffsetFromAnotherMoment() {
        Pairs.assertQuiet(detector, "City took the lead six minutes later when Okafor converted a penalty.",
                "City took the lead in the 67th minute when Okafor converted a penalty.");
    }

    @Test
    void comparesAMinuteWrittenAsAnOrdinalWithMinutesWrittenAsACount() {
        Comparison c = Pairs.ofLines("Okafor equalised in the 34th minute with a header from a corner.",
                "Okafor equalised after 43 minutes with a header from a corner.");
        assertThat(Pairs.describe(detector.detect(c))).hasSize(1);
    }

    @Test
    void reportsChangedCurrencyAsNumberEvenWhenTheFigureIsEqual() {
        Comparison c = Pairs.ofLines("The company paid $5m for the site on the edge of the town last year.",
                "The company paid €5m for the site on the edge of the town last year.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NUMBER HIGH 2 2 '$5m' '€5m'");
    }

    @Test
    void reportsChangedUnitAsNumberEvenWhenTheFigureIsEqual() {
        Comparison c = Pairs.ofLines("The storm surge moved 5 miles inland before it weakened overnight.",
                "The storm surge moved 5 kilometres inland before it weakened overnight.");
        assertThat(Pairs.describe(detector.detect(c))).hasSize(1).first().asString().contains("'5 miles' '5 kilometres'");
    }

    @Test
    void staysQuietOnAUnitConversionThatKeepsTheValue() {
        Pairs.assertQuiet(detector, "The flood water reached 5 miles (8 km) inland by the morning.",
                "The flood water reached 8 km inland by the morning.");
        Pairs.assertQuiet(detector, "The flood water reached 5 miles inland by the morning.",
                "The flood water reached 8 km inland by the morning.");
        Pairs.assertQuiet(detector, "The road was closed for 72 hours after the crash on the bypass.",
                "The road was closed for 3 days after the crash on the bypass.");
    }

    @Test
    void readsARateAsOneUnit() {
        Comparison c = Pairs.ofLines("Prices rose by 3 per cent a year over the decade, the report said.",
                "Prices rose by 3 per cent a month over the decade, the report said.");
        assertThat(Pairs.describe(detector.detect(c))).hasSize(1).first().asString().contains("'3 per cent a year' '3 per cent a month'");
        Pairs.assertQuiet(detector, "Prices rose by 3 per cent a year over the decade, the report said.",
                "Prices rose by 3% a year over the decade, the report said.");
    }

    @Test
    void reportsAnOrdinalThatChangesValueInTheSameRole() {
        Comparison c = Pairs.ofLines("Ms Okafor finished second in the race with 4,210 votes, the count showed.",
                "Ms Okafor finished third in the race with 4,210 votes, the count showed.");
        assertThat(Pairs.describe(detector.detect(c))).hasSize(1).first().asString().contains("'second' 'third'");
        Comparison d = Pairs.ofLines("The runner, who took 2nd place in the final, thanked her coach.",
                "The runner, who took 3rd place in the final, thanked her coach.");
        assertThat(Pairs.describe(detector.detect(d))).hasSize(1).first().asString().contains("'2nd' '3rd'");
    }

    @Test
    void staysQuietOnOrdinalsInDifferentRoles() {
        Pairs.assertQuiet(detector, "It was the first time the club had won the second round of the cup.",
                "It was the first time the club had won the second round of the cup.");
        Pairs.assertQuiet(detector, "She won her first title in the city where she came second last year.",
                "She came second last year in the city where she won her first title.");
    }

    @Test
    void reportsAFigureBesideAnApproximationThatAlreadyHasItsPartner() {
        Comparison c = Pairs.ofLines("Some 87% said politicians broke their promises, while 92% said they never gave a straight answer.",
                "Some 87% said politicians broke their promises, while 52% said they never gave a straight answer.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NUMBER MEDIUM 2 2 '92%' '52%'");
    }

    @Test
    void reportsAFigurePutInThePlaceOfAnotherWhereSeveralOfOneSortCountNothingNamed() {
        Comparison c = Pairs.ofLines("Earnings per share grew by 20.9% to $2.55, and revenue is expected to be between $3.515 billion and $3.575 billion.",
                "Earnings per share grew by 20.9% to $4.55, and revenue is expected to be between $3.515 billion and $3.575 billion.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NUMBER HIGH 2 2 '$2.55' '$4.55'");
    }

    @Test
    void reportsAFigureQuotedOnOneSideAndReportedOnTheOther() {
        Comparison c = Pairs.ofLines("\"Our power bill has gone from $3.1 million to $8.4 million in two years,\" the director said.",
                "The director said its power bill had climbed from $3.1m to $4.8m in two years.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NUMBER HIGH 2 2 '$8.4 million' '$4.8m'");
    }

    @Test
    void comparesTheOneFigureEachArticleGivesForAThingWhenTheRewriteSplitTheStatement() {
        Comparison c = Pairs.of(Pairs.CONTEXT + "County Athletic sacked their coach on Sunday after a heavy defeat left the club six points above the bottom of the table.\n"
                        + "The club has won three of its last 11 matches.\n",
                Pairs.CONTEXT + "County Athletic have sacked their coach after Saturday's heavy defeat.\n"
                        + "The result leaves the club seven points clear of the bottom of the table, with three wins from the last 11 matches.\n");
        assertThat(Pairs.describe(detector.detect(c))).contains("NUMBER MEDIUM 2 3 'six' 'seven'");
    }

    @Test
    void staysQuietOnTwoFiguresOfOneThingInWeaklyPairedStatementsWithNothingElseInCommon() {
        Pairs.assertQuiet(detector, "The striker has scored nine goals in 20 games for the club this season.",
                "The club have won four of their previous 19 games in all competitions since October.");
    }

    @Test
    void comparesAnAreaWrittenAsAMeasureAgainstOneWrittenAsAnAdjective() {
        Comparison c = Pairs.of(Pairs.CONTEXT + "The council on Monday approved the sale of 120 acres of farmland near the ring road to a logistics firm.\n",
                Pairs.CONTEXT + "The council has agreed to sell a logistics firm the 210-acre site near the ring road.\n");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NUMBER MEDIUM 2 2 '120 acres' '210-acre'");
    }

    @Test
    void comparesAWeightGivenInAnotherUnitInAStatementTheRewriteMerged() {
        Comparison c = Pairs.of(Pairs.CONTEXT + "The hoard contains an estimated 2.3kg of silver.\n"
                        + "At current prices that would be worth about £1,900, far less than its value to historians.\n",
                Pairs.CONTEXT + "The hoard is thought to hold about 2.3lb of silver, worth roughly £1,900 at current prices, far less than its value to historians.\n");
        assertThat(Pairs.describe(detector.detect(c))).anyMatch(d -> d.startsWith("NUMBER") && d.contains("2.3kg") && d.contains("2.3lb"));
    }

    @Test
    void readsAFigureOfAnAnnualBillAsAYearlyFigure() {
        Comparison c = Pairs.ofLines("The rise will add about $210 to the annual water bill of an average household in the district.",
                "For an average household in the district, the water bill rises by about $120 a year.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NUMBER HIGH 2 2 'about $210' 'about $120 a year'");
    }

    @Test
    void setsAsideAFigureMergedInFromAnotherStatementOfTheOtherArticle() {
        String left = "The nurses' union is demanding a rise of 11%.\nThe health board has offered 3.5 per cent, close to inflation.\n";
        String right = "The nurses' union is demanding a rise of 11%.\nThe union wants 11%, while the health board has put forward a 5.3 per cent rise it says matches inflation.\n";
        assertThat(Pairs.describe(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(0, 0, 1.0, false), Pairs.pair(1, 1, 0.44, false)))))
                .containsExactly("NUMBER MEDIUM 1 1 '3.5 per cent' '5.3 per cent'");
    }

    @Test
    void reportsTheSameNumberInAnotherUnitThoughTheWordsAfterEachDiffer() {
        String left = "Since the spring the river bank has worn away 40 metres closer to the houses, the survey found.\n"
                + "The water in the old channel is now 12 metres deep.\n";
        String right = "Since the spring the river bank has eroded 40 feet nearer to the houses, the survey found.\n"
                + "The water in the old channel is now 15 metres deep.\n";
        assertThat(Pairs.describe(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(0, 0, 0.6, false), Pairs.pair(1, 1, 0.9, false)))))
                .containsExactly("NUMBER MEDIUM 0 0 '40 metres' '40 feet'", "NUMBER MEDIUM 1 1 '12 metres' '15 metres'");
    }

    @Test
    void pairsAFigureByTheAgreeingFigureItIsWrittenBeside() {
        Comparison c = Pairs.ofLines("Seamer Tom Harlow took 5 for 31 as the visitors were bowled out for 140, leaving the hosts needing 96 to win.",
                "The hosts need 80 more runs with nine wickets left after seamer Tom Harlow's five for 13 saw the visitors bowled out for 140.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NUMBER HIGH 2 2 '5 for 31' 'five for 13'");
        Pairs.assertQuiet(detector, "Seamer Tom Harlow took 5 for 31 as the visitors were bowled out for 140, leaving the hosts needing 96 to win.",
                "The hosts need 80 more runs with nine wickets left after seamer Tom Harlow's five for 31 saw the visitors bowled out for 140.");
    }

    @Test
    void comparesTheOneLengthEachArticleGivesBesideTheLengthsBothGiveAlike() {
        String left = "The operator's contract covers the 212-kilometre stretch of the coastal railway, opened in 1998.\n"
                + "A 40 km branch line to the port is not part of it.\n";
        String right = "The 221-kilometre concession, which the operator has held since 1998, covers the coastal railway.\n"
                + "The contract leaves out the 40 km branch line to the port.\n";
        assertThat(Pairs.describe(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(0, 0, 0.37, false), Pairs.pair(1, 1, 0.5, false)))))
                .containsExactly("NUMBER MEDIUM 0 0 '212-kilometre' '221-kilometre'");
    }

    @Test
    void comparesTheFiguresOfTwoStatementsOnePreciseFigureTiesTogether() {
        String left = "The board cut the cod quota by 6 percent to 184,120 tonnes.\n"
                + "Haddock stocks are healthier, and the haddock quota rises 14 percent to 61,305 tonnes.\n";
        String right = "Cod is cut 6 percent to 184,120 tonnes.\n"
                + "The news is better for haddock: scientists advise lifting the haddock quota by 41 percent to 61,305 tonnes.\n";
        assertThat(Pairs.describe(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(0, 0, 0.8, false)))))
                .containsExactly("NUMBER HIGH 1 1 '14 percent' '41 percent'");
        String other = "Cod is cut 6 percent to 184,120 tonnes.\n"
                + "The haddock quota, at 61,305 tonnes, is lifted in line with the advice.\n"
                + "Fishing firms hope for a 41 percent rise in haddock catches next year.\n";
        assertThat(detector.detect(Pairs.pairedAs(left, other, Pairs.pair(0, 0, 0.8, false)))).isEmpty();
    }

    @Test
    void comparesTwoPartsOfOneWholeInStatementsTheAlignerLeftApart() {
        String left = "A climber died and two others were rescued after a rockfall struck three members of a party of eight on Sunday, police said.\n"
                + "The party had set off from the hut at dawn.\n";
        String right = "The party had set off from the hut at dawn.\n"
                + "The rockfall came down just after noon on Sunday, striking four of the eight climbers, police said.\n";
        assertThat(Pairs.describe(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(1, 0, 1.0, false)))))
                .containsExactly("NUMBER MEDIUM 0 1 'three members of a party of eight' 'four of the eight'");
        String otherWhole = right.replace("four of the eight", "four of the nine");
        assertThat(detector.detect(Pairs.pairedAs(left, otherWhole, Pairs.pair(1, 0, 1.0, false)))).isEmpty();
    }

    @Test
    void reportsTheSameNumberInAnotherCurrencyInAStatementTheRewriteMerged() {
        String left = "The airline agreed in March to buy its rival for $410 million in cash and shares.\n"
                + "The combined group will hold 40 percent of the market.\n";
        String right = "The deal, agreed in March and worth \u20ac410m in cash and stock, gives the group 40% of the market.\n";
        assertThat(Pairs.describe(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(1, 0, 0.5, false)))))
                .containsExactly("NUMBER HIGH 0 0 '$410 million' '\u20ac410m'");
        assertThat(detector.detect(Pairs.pairedAs(left, right.replace("\u20ac410m", "$410m"), Pairs.pair(1, 0, 0.5, false)))).isEmpty();
    }

    @Test
    void comparesTheOneFigureOfEachStatementThoughItCountsThePeopleByAnotherName() {
        String left = "The bus was carrying about 40 passengers from Tarvik when it left the icy road.\n";
        String right = "Roughly 60 people were on board the bus when it left the icy road.\n";
        assertThat(Pairs.describe(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(0, 0, 0.35, false)))))
                .singleElement().asString().contains("40").contains("60");
    }

    @Test
    void leavesTheOneFigureOfEachLooseStatementAloneWhenTheyCountUnrelatedThings() {
        String left = "Marlow's striker has scored eight goals in the league this season.\n";
        String right = "Marlow's keeper has made 31 saves in the league this season.\n";
        assertThat(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(0, 0, 0.35, false)))).isEmpty();
    }

    @Test
    void comparesTheFigureLeftOnceAMergedStatementsOtherFigureIsFoundElsewhere() {
        Comparison c = Pairs.of("Officials said 14 people were missing and that about 410,000 people had been displaced."
                        + " Around 35,000 were staying in 220 shelters, most of them churches.\n",
                "Officials say 14 people are missing. More than 400,000 have fled their homes, and around 53,000 are sleeping"
                        + " in 220 shelters, most of them churches.\n");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NUMBER MEDIUM 1 1 'Around 35,000' 'around 53,000'");
    }

    @Test
    void comparesTheLoneFiguresOfAStatementTheSentenceModelPairedThoughTheirWordsDiffer() {
        String left = "The treasury expects the new duty to raise about 900 million pesos a year in extra revenue.\n";
        String right = "Officials estimate the levy will bring in roughly 700 million pesos more annually.\n";
        assertThat(Pairs.describe(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(0, 0, 0.2, true)))))
                .hasSize(1).allMatch(d -> d.startsWith("NUMBER") && d.contains("900 million") && d.contains("700 million"));
        assertThat(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(0, 0, 0.2, false)))).isEmpty();
    }

    @Test
    void doesNotTakeLoneFiguresOfDifferentOrdersInAPairMadeByMeaningForOneFigureChanged() {
        // the day both give confirms the pair, leaving one figure on each side
        String left = "On day 3 in Kandy, Perera takes six as the hosts close in on victory.\n";
        String right = "The hosts edged towards a win on day 3 in Kandy, leaving the visitors on 153.\n";
        assertThat(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(0, 0, 0.2, true)))).isEmpty();
    }

    @Test
    void comparesFiguresWhoseCountedNounsTheDictionaryRelatesThoughTheOtherNounStandsElsewhereInTheSentence() {
        Comparison c = Pairs.ofLines("The labour inspectorate, which monitors workplace conflicts, recorded 212 active disputes in May.",
                "The labour inspectorate logged more than 240 active workplace conflicts in May.");
        assertThat(Pairs.describe(detector.detect(c))).hasSize(1).allMatch(d -> d.contains("212") && d.contains("240"));
    }

    @Test
    void comparesAFigureRestatedInAClauseOfAnotherSentence() {
        String left = "Dockers at the port walked out on Monday.\n"
                + "The union is seeking a 9 per cent pay rise for crane operators, arguing that wages have lagged behind prices.\n";
        String right = "Dockers at the port walked out on Monday, and the union wants crane operators to get a rise of 14% in their pay.\n"
                + "It says wages have lagged behind prices, which rose 6% last year.\n";
        Comparison c = Pairs.pairedAs(left, right, Pairs.pair(0, 0, 0.6, false));
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NUMBER MEDIUM 1 0 '9 per cent' '14%'");
    }

    @Test
    void leavesFiguresWhoseClausesSayDifferentThingsUnpaired() {
        String left = "Dockers at the port walked out on Monday.\n"
                + "The union is seeking a 9 per cent pay rise for crane operators, arguing that wages have lagged behind prices.\n";
        String right = "Dockers at the port walked out on Monday, and the union says prices rose 14% last year.\n";
        assertThat(detector.detect(Pairs.pairedAs(left, right, Pairs.pair(0, 0, 0.6, false)))).isEmpty();
    }

    @Test
    void pairsTheOneFigureOnEachSideThatCountsThingsTheDictionaryLinksHoweverRewordedTheRest() {
        Comparison c = Pairs.ofLines("About 160 cargo trucks loaded with timber were stranded on the northern side of the slide.",
                "Some 60 lorries carrying logs are stuck on the far side.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NUMBER HIGH 2 2 'About 160' 'Some 60'");
    }

    @Test
    void leavesAFigureThatMaySumTwoOthersAlone() {
        Comparison c = Pairs.ofLines("The ferry, sailing from Dover with 212 passengers and five crew, hit the pier at dawn.",
                "There were 217 people aboard when it struck the pier early on Tuesday.");
        assertThat(detector.detect(c)).isEmpty();
    }

    @Test
    void aConversionInBracketsIsAsRoughAsTheFigureItConverts() {
        Pairs.assertQuiet(detector, "Hauliers want a cut in diesel duty, now around 7.6 lei ($1.62) a litre.",
                "Hauliers want lower duty on diesel, which sells for about 7.6 lei ($1.60) a litre.");
    }

    @Test
    void aCountOfDaysRunsOnWithTheDayItIsToldOn() {
        Pairs.assertQuiet(detector, "Drivers kept up the blockade on Monday, the third day of the protest.",
                "Drivers were still blocking the crossing this morning, the fourth day of the protest.");
        Comparison sameDay = Pairs.ofLines("Drivers kept up the blockade on Monday, the third day of the protest.",
                "Drivers kept up the blockade on Monday, the fourth day of the protest.");
        assertThat(Pairs.describe(detector.detect(sameDay))).singleElement().asString().contains("'third' 'fourth'");
    }

    @Test
    void comparesOrdinalsWhoseNounStandsAWordFurtherOnOneSide() {
        Comparison c = Pairs.ofLines("New claims outpaced decisions for the eighth month in a row, the agency said.",
                "New claims outpaced decisions for the sixth consecutive month, the agency said.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString().contains("'eighth' 'sixth'");
    }

    @Test
    void aYearlyFigureAndTheSameFigureWithTheYearOnTheOtherAreOneFigureEach() {
        Pairs.assertQuiet(detector, "A Band C household will pay £1,512.40 a year, up £64.08 on last year.",
                "The rise adds £64.08 a year to a Band C bill, taking it to £1512.40.");
    }
}
