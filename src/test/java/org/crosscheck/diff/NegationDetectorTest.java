package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.Discrepancy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class NegationDetectorTest extends DetectorContract {

    private final NegationDetector detector = new NegationDetector();

    @Override
    Detector detector() {
        return detector;
    }

    @Override
    long seed() {
        return 105L;
    }

    @Test
    void reportsAStatementTurnedIntoItsDenial() {
        Comparison c = Pairs.ofLines("The minister said the government would raise fuel duty in the spring budget.",
                "The minister said the government would not raise fuel duty in the spring budget.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NEGATION HIGH 2 2 'would raise fuel duty in the spring budget' 'would not raise fuel duty in the spring budget'");
    }

    @Test
    void readsANegationMovedIntoTheObjectAsTheSameStatementAndRuledOutAgainstLeftOpenAfterANamedSubject() {
        Comparison c = Pairs.ofLines("Transport Minister Helen Ardis ruled out reopening the bridge early to buses, saying engineers would not take risks with passengers' safety.",
                "Transport Minister Helen Ardis left open the possibility of letting buses back on the bridge early, while insisting engineers would take no chances with passengers' safety.");
        assertThat(detector.detect(c)).singleElement()
                .satisfies(d -> assertThat(d.finding().left().value()).startsWith("ruled out reopening the bridge"))
                .satisfies(d -> assertThat(d.finding().right().value()).startsWith("left open the possibility"));
    }

    @Test
    void readsANounAfterAWithTheVerbThatTakesItAndANegatedListAsNegatedThroughout() {
        Comparison c = Pairs.ofLines("The traders' leader, Awa Sarr, said her members would not boycott the new market but wanted written guarantees.",
                "Its leader, Awa Sarr, threatened a boycott of the new market unless the guarantees were put in writing.");
        assertThat(detector.detect(c)).singleElement()
                .satisfies(d -> assertThat(d.finding().right().value()).startsWith("threatened a boycott of the new market"));
        Pairs.assertQuiet(detector, "\"The old market has no water, no cold store and no drainage,\" the port's director said.",
                "The port's director said the old market, with no running water, cold store or drains, was no longer fit for use.");
    }

    @Test
    void reportsOppositeVerbsNoDictionaryPairsReadByNegatingEach() {
        Comparison c = Pairs.ofLines("The planning board on Monday rejected a request from the developer to build 40 flats beside the river, saying the site floods.",
                "The planning committee on Monday approved the developer's bid to put up 40 flats beside the river.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString()
                .startsWith("NEGATION HIGH 2 2 'rejected a request from the developer").contains("'approved the developer's bid");
    }

    @Test
    void readsOppositeVerbsWhenTheOtherSideNamesOneOnlyAsANounAfterAnArticle() {
        Comparison c = Pairs.ofLines("The survey found that applications to nursing courses fell for the first time since 2018, "
                        + "which it tied to a rise in living costs for students.",
                "Nursing courses fared worse: applications there rose for the first time since 2018, the survey found, "
                        + "even though students face higher living costs.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString()
                .startsWith("NEGATION").contains("fell for the first time").contains("rose for the first time");
    }

    @Test
    void reportsAThingSetAsideWithInsteadOfThatTheOtherSideStates() {
        Comparison c = Pairs.ofLines("The council will spend the grant on the new library in the town centre next year.",
                "The council will spend the grant on a new pool instead of the library in the town centre next year.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString().startsWith("NEGATION HIGH 2 2 'library'")
                .contains("'instead of the library'");
    }

    @ParameterizedTest(name = "{1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        // the other side contrasts too, or the thing set aside is not stated there
        "The firm chose to lease the trucks and not buy them, the filing shows. | The firm chose to lease the trucks rather than buy them, the filing shows.",
        "The council will spend the grant on a new pool for the town centre next year. | The council will spend the grant on a new pool instead of a library for the town centre next year."
    })
    void staysQuietOnAContrastBothSidesDrawOrOneTheOtherNeverStated(String left, String right) {
        assertThat(detector.detect(Pairs.ofLines(left, right))).isEmpty();
    }

    @Test
    void staysQuietWhenTheNegationMovesFromTheVerbToItsObjectBesideAnotherThingSaidToBeAbsent() {
        // "smoke-free" counts as one more absence on the right, so the counts of negations differ
        Comparison c = Pairs.ofLines("Towns that had banned smoking in bars had not seen a fall in the number of visitors, the report said.",
                "Towns that went smoke-free had seen no drop in visitors, the report said.");
        assertThat(detector.detect(c)).isEmpty();
    }

    @Test
    void staysQuietWhenAVerbWithItsParticleRestatesWhatItAloneIsOppositeTo() {
        // "take" alone is the opposite of "return"; "take ... back" is "return"
        Comparison c = Pairs.ofLines("Shoppers could return the jackets to any branch for a refund, the retailer said.",
                "Shoppers can take the jackets back to any branch for a refund, the retailer said.");
        assertThat(detector.detect(c)).isEmpty();
    }

    @Test
    void stillReportsOppositeVerbsWhenTheParticleMakesNoSynonymOfTheOtherSide() {
        // "fall back" is to lag or to recede, never to rise
        Comparison c = Pairs.ofLines("The company said its shares rose 3 percent on Monday after the results.",
                "The company said its shares fell back 3 percent on Monday after the results.");
        assertThat(Pairs.describe(detector.detect(c))).hasSize(1);
    }

    @Test
    void reportsADenialWhoseOtherSideStatesTheOppositeInOtherWords() {
        Comparison c = Pairs.ofLines("The inspectors did not find any cracks in the northern wall of the dam during Monday's visit.",
                "Cracks were discovered in the northern wall of the dam when inspectors visited on Monday.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString()
                .startsWith("NEGATION HIGH 2 2 'did not find any cracks").endsWith("'Cracks were discovered in the northern wall'");
    }

    @Test
    void staysQuietOnADenialTheOtherSideSaysAnotherWay() {
        Comparison c = Pairs.ofLines("The inspectors did not find any cracks in the northern wall of the dam during Monday's visit.",
                "Inspectors visiting on Monday reported that cracks were absent from the northern wall of the dam.");
        assertThat(detector.detect(c)).isEmpty();
    }

    @Test
    void reportsADenialTurnedIntoAStatement() {
        Comparison c = Pairs.ofLines("The club said the manager had not been sacked after the defeat.",
                "The club said the manager had been sacked after the defeat.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NEGATION HIGH 2 2 'had not been sacked' 'had been sacked'");
    }

    @Test
    void readsATermInQuotationMarksThatIsTooShortToBeAQuote() {
        Comparison c = Pairs.ofLines("Officials carried out a \"controlled burn\" of the chemical after the train derailed.",
                "Officials carried out an \"uncontrolled burn\" of the chemical after the train derailed.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NEGATION HIGH 2 2 'controlled burn' 'uncontrolled burn'");
    }

    @Test
    void reportsANegationOnTheSamePredicateWithTheWholeNegatedPhrase() {
        Comparison c = Pairs.ofLines("The coroner did not rule out foul play in the death of the climber.",
                "The coroner ruled out foul play in the death of the climber.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NEGATION HIGH 2 2 'did not rule out foul play in the death of the climber' 'ruled out foul play in the death of the climber'");
    }

    @Test
    void staysQuietWhenANegationArrivesWithNewWords() {
        Comparison c = Pairs.ofLines(
                "The family had nothing but pyjamas on when they fled, but neighbours have rallied behind them with clothes and shoes.",
                "But neighbours have rallied behind them with clothes and shoes.");
        assertThat(Pairs.describe(detector.detect(c))).isEmpty();
    }

    @Test
    void staysQuietOnAFlippedPolarityOnADifferentPredicateInARewordedSentence() {
        Pairs.assertQuiet(detector, "The council said it would approve the housing plan at its meeting next month.",
                "The council said it would not rush the housing plan at its meeting next month.");
    }

    @Test
    void readsAnImpliedNegationAsTheNegationOfThePredicateThatFollows() {
        Comparison yet = Pairs.ofLines("The regulator has yet to approve the merger of the two water companies.",
                "The regulator has approved the merger of the two water companies.");
        assertThat(Pairs.describe(detector.detect(yet)))
                .containsExactly("NEGATION HIGH 2 2 'has yet to approve the merger of the two water companies' 'has approved the merger of the two water companies'");
        Comparison failed = Pairs.ofLines("The two sides failed to reach an agreement on the border crossing.",
                "The two sides reached an agreement on the border crossing.");
        assertThat(Pairs.describe(detector.detect(failed)))
                .containsExactly("NEGATION HIGH 2 2 'failed to reach an agreement on the border crossing' 'reached an agreement on the border crossing'");
    }

    @Test
    void staysQuietWhenBothSidesNegateInDifferentWords() {
        Pairs.assertQuiet(detector, "The two sides did not reach an agreement on the border crossing.",
                "The two sides failed to reach an agreement on the border crossing.");
    }

    @Test
    void staysQuietWhenTheDiffSplitsANegationFromItsImpliedRewording() {
        Pairs.assertQuiet(detector, "The clinic said the ferry timetable had not yet been printed for the winter.",
                "The clinic said the ferry timetable had yet to be printed for the winter.");
    }

    @Test
    void staysQuietWhenANegationMovesToAnotherWordOfTheSameStatement() {
        Pairs.assertQuiet(detector, "The hospital trust said no patient had been harmed by the fault in the scanner.",
                "The hospital trust said patients had not been harmed by the fault in the scanner.");
    }

    @Test
    void reportsAnImpliedNegationWhenANegationOfWordsOnlyOneSideGivesStandsBesideIt() {
        Comparison c = Pairs.ofLines("The regulator said the airline had agreed to publish its delay figures, saving passengers a complaint without any fee.",
                "The regulator also said the carrier had refused to publish its delay figures, which would have helped travellers.");
        assertThat(Pairs.describe(detector.detect(c))).hasSize(1);
        assertThat(detector.detect(c).get(0).finding().right().value()).contains("refused to publish");
    }

    @Test
    void staysQuietOnAnOppositeWhenTheOtherSideAlsoStatesTheFirstVerbInOtherWords() {
        Pairs.assertQuiet(detector, "The two members who voted against the budget said they supported the new library in principle.",
                "The two dissenting members backed the new library in principle, they said.");
    }

    @Test
    void staysQuietWhenAnAbsenceIsSaidInAnotherFormOfItsWord() {
        Pairs.assertQuiet(detector, "Patients waited three hours at the clinic because of a shortage of nurses and beds.",
                "Patients waited three hours at the clinic because nurses and beds were in short supply.");
    }

    @Test
    void readsRuledOutBeforeAVerbInIngAsItsDenial() {
        Comparison c = Pairs.ofLines("The mayor ruled out closing the harbour road during the summer festival.",
                "The mayor said the council would close the harbour road during the summer festival.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString().contains("ruled out closing");
        Pairs.assertQuiet(detector, "The mayor ruled out closing the harbour road during the summer festival.",
                "The mayor said the council would not close the harbour road during the summer festival.");
        Pairs.assertQuiet(detector, "The mayor did not rule out closing the harbour road during the summer festival.",
                "The mayor said a closing of the harbour road during the summer festival was possible.");
    }

    @Test
    void staysQuietWhenNothingGreaterSaysWhatTheGreatestSays() {
        Pairs.assertQuiet(detector, "The bridge is the largest building project in the county since the new hospital opened in 2019.",
                "No building project in the county has been bigger since the new hospital opened in 2019.");
    }

    @Test
    void reportsAWordNetAntonym() {
        Comparison c = Pairs.ofLines("The plan sets out how the money will be used to accelerate the semiconductor industry.",
                "The plan sets out how the money will be used to slow the semiconductor industry.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NEGATION HIGH 2 2 'accelerate the semiconductor industry' 'slow the semiconductor industry'");
    }

    @Test
    void readsAVerbOfTwoWordsAsOneAgainstItsAntonym() {
        Comparison c = Pairs.ofLines("The union accepted the pay offer after a vote on Monday.",
                "The union turned down the pay offer after a vote on Monday.");
        assertThat(detector.detect(c)).extracting(Discrepancy::type).containsExactly("NEGATION");
        // two words that are no verb of WordNet's are not read as one: "sits on" is not the opposite of "lies"
        Pairs.assertQuiet(detector, "The town sits on the boundary between the two plates, the survey said.",
                "The town lies where the two plates meet, the survey said.");
    }

    @Test
    void readsAVerbWithItsParticleAgainstItsAntonymWhenTheWordsAroundAreReworded() {
        Comparison c = Pairs.ofLines("The union accepted an invitation from the commission to talks on Monday, the commission confirmed.",
                "The union has turned down an invitation from the commission to talks next Monday, the commission said.");
        assertThat(detector.detect(c)).extracting(d -> d.finding().right().value()).singleElement().asString().contains("turned down");
    }

    @Test
    void readsARequestGrantedAgainstOneRefused() {
        Comparison c = Pairs.ofLines("The judge granted bail to the three men on Tuesday.", "The judge refused bail to the three men on Tuesday.");
        assertThat(detector.detect(c)).extracting(Discrepancy::type).containsExactly("NEGATION");
    }

    @Test
    void readsAFigureThatSlippedAsOneThatFell() {
        Comparison c = Pairs.ofLines("Ticket sales rose 14 percent this year, to about 9,800 subscriptions, the director said.",
                "Subscription sales slipped 14% this year, to roughly 9,800, she said.");
        assertThat(detector.detect(c)).extracting(Discrepancy::type).containsExactly("NEGATION");
    }

    @Test
    void reportsAnAntonymOfADerivedForm() {
        Comparison c = Pairs.ofLines("The board's acceptance of the takeover offer surprised the shareholders.",
                "The board's rejection of the takeover offer surprised the shareholders.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NEGATION HIGH 2 2 'acceptance of the takeover offer surprised the shareholders' 'rejection of the takeover offer surprised the shareholders'");
    }

    @Test
    void leavesADirectionInsideANameToTheEntityCheck() {
        Pairs.assertQuiet(detector, "Leaders condemned what they called North Korea's reckless missile launch on Tuesday.",
                "Leaders condemned what they called South Korea's reckless missile launch on Tuesday.");
    }

    @Test
    void staysQuietWhenNotUntilMovesATimeRatherThanDenyingTheEvent() {
        Pairs.assertQuiet(detector, "The bank said it expected inflation to return to its target in early 2026.",
                "The bank said inflation is not expected to return to its target until early 2026.");
    }

    @Test
    void readsTheAffirmedSideOnThroughTheVerbThatFollowsTheMatterBothSidesName() {
        Comparison c = Pairs.ofLines("A spokeswoman, Rita Moll, said the ministry had received the complaint and that a clerical error was to blame.",
                "Spokeswoman Rita Moll said the complaint had never reached the ministry, and blamed a clerical mistake.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString().contains("'the ministry had received'");
    }

    @Test
    void staysQuietWhenANegationRestatesWhatUntilBoundsOnTheOtherSide() {
        Pairs.assertQuiet(detector, "Mulcahy said that until the council can resurface whole streets, crews will be back at the same hole in 18 months.",
                "Mulcahy said that on streets that are not resurfaced, crews will be back at the same hole in 18 months.");
    }

    @Test
    void reportsANegatedVerbAgainstTheDictionarysVerbOfTwoWordsForIt() {
        Comparison c = Pairs.ofLines("Whitcombe said ticket prices would not rise to pay for the pandas, and that the costs would be met through sponsorship and a government grant of NZ$8 million.",
                "She conceded that ticket prices would go up to help cover the cost, alongside sponsorship and an NZ$8m government grant.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString().contains("would not rise").contains("would go up");
        Pairs.assertQuiet(detector, "Whitcombe said ticket prices would not rise to pay for the pandas, and that the costs would be met through sponsorship and a government grant of NZ$8 million.",
                "She said ticket prices would not go up to help cover the cost, alongside sponsorship and an NZ$8m government grant.");
    }

    @Test
    void reportsNotUntilAgainstTheSameSentenceWithoutTheNegation() {
        Comparison c = Pairs.ofLines("Bird flu was not deemed to be a threat to humans until 1997, after an outbreak.",
                "Bird flu was deemed to be a threat to humans until 1997, after an outbreak.");
        assertThat(Pairs.describe(detector.detect(c))).hasSize(1);
    }

    @Test
    void reportsANegationWhoseSentenceWasRewordedAroundIt() {
        Comparison c = Pairs.ofLines("The port authority said the dockworkers were not involved in the smuggling operation, a spokesman added.",
                "According to the port authority, the dockworkers, who were questioned for hours, were involved in the smuggling operation.");
        assertThat(Pairs.describe(detector.detect(c)))
                .containsExactly("NEGATION HIGH 2 2 'were not involved in the smuggling operation' 'were involved in the smuggling operation'");
        assertThat(detector.detect(c).get(0).finding().summary()).contains("dockworkers were not involved in the smuggling operation\" in wire");
    }

    @Test
    void showsEachPhraseAfterTheVerbsThatLeadToItWhenNoWordsBeforeItAreShared() {
        Comparison c = Pairs.ofLines("Ortiz declined to rule out further closures if the budget is cut again next spring.",
                "He said there would be no further closures even if the budget is cut again next spring.");
        assertThat(detector.detect(c)).singleElement().extracting(d -> d.finding().summary()).asString()
                .contains("\"declined to rule out further closures");
    }

    @Test
    void readsAPassiveAgainstItsActiveNegation() {
        Comparison c = Pairs.ofLines("A mining licence has been granted by the environment ministry, and drilling starts in March.",
                "The environment ministry has not yet granted a mining licence, though drilling is planned for March.");
        assertThat(Pairs.describe(detector.detect(c)))
                .containsExactly("NEGATION HIGH 2 2 'has been granted by the environment ministry' 'has not yet granted a mining licence'");
    }

    @Test
    void staysQuietWhenANegatedPredicateWithholdsAnAnswer() {
        Pairs.assertQuiet(detector, "The airline did not say how many flights would be cancelled during the strike next week.",
                "The airline said 40 flights would be cancelled during the strike next week, its chief executive confirmed.");
    }

    @Test
    void staysQuietWhenTheNegatedPredicateTakesOtherArguments() {
        Pairs.assertQuiet(detector, "The mayor did not attend the ceremony, which was held at the new library on Friday.",
                "The mayor attended a council meeting while the ceremony was held at the new library on Friday.");
    }

    @Test
    void staysQuietWhenBothSidesNegateThroughAnAdverb() {
        Pairs.assertQuiet(detector, "Managers said they could not safely run the night shift with so few drivers.",
                "With so few drivers, the night shift cannot be run safely, managers said.");
    }

    @Test
    void readsFreeOfAsTheNegationItIs() {
        Pairs.assertQuiet(detector, "Residents whose homes were flooded can collect sandbags free of charge from the depot.",
                "Residents with flooded homes can collect sandbags without charge from the depot.");
    }

    @Test
    void readsAQuoteAgainstTheReportedSpeechThatRendersIt() {
        Comparison c = Pairs.ofLines("\"We accept the verdict and we will not challenge this sentence,\" the minister said.",
                "The minister said the government accepted the verdict but intended to challenge the sentence.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NEGATION HIGH 2 2 'will not challenge this sentence' 'intended to challenge the sentence'");
    }

    @Test
    void readsOneVerbWithOppositeParticlesInARewordedStatement() {
        Comparison c = Pairs.ofLines("The engineer told the inquiry that the alarm in the control room had been switched off that night.",
                "According to the engineer, the control room's alarm had been switched on that night, the inquiry heard.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NEGATION HIGH 2 2 'switched off that night' 'switched on that night'");
    }

    @Test
    void readsAThingSaidToBeFreeOfSomethingAsItsAbsence() {
        Pairs.assertQuiet(detector, "The bank offers a 30-day risk-free trial of its new savings account.",
                "The bank offers a 30-day trial with no risk of its new savings account.");
    }

    @Test
    void readsANounOfAbsenceAsTheNegationItIs() {
        Pairs.assertQuiet(detector, "The inspectors said the school had been closed without consultation with parents.",
                "The inspectors criticised the absence of consultation with parents before the school closed.");
    }

    @Test
    void readsOutOfAsOnePrepositionOfARatio() {
        Pairs.assertQuiet(detector, "Doctors warned that one infected child can pass the virus to eight out of ten classmates who are not vaccinated.",
                "Doctors warned a single infected child could give the virus to eight in ten unvaccinated classmates.");
    }

    @Test
    void readsAVerbOfMannerAsTheVerbItIsAWayOf() {
        Comparison c = Pairs.ofLines("The motion to close the library on Sundays was defeated by 14 votes to 9.",
                "The motion to close the library on Sundays was approved by 14 votes to 9.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NEGATION HIGH 2 2 'defeated by 14 votes to 9' 'approved by 14 votes to 9'");
    }

    @Test
    void reportsOppositeVerbsWithTheSameArgumentsInARewordedStatement() {
        Comparison c = Pairs.ofLines("The agency said exports of wheat rose 8 percent in the first quarter, helped by a weak currency.",
                "Helped by a weak currency, wheat exports plunged by 8 percent in the first quarter, the agency said.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NEGATION HIGH 2 2 'rose 8 percent in the first quarter' 'plunged by 8 percent in the first quarter'");
    }

    @Test
    void reportsASynonymNegatedOnOneSideOnly() {
        Comparison c = Pairs.ofLines("The court heard that the landlord had not challenged the eviction order before the deadline.",
                "According to the court, the landlord disputed the eviction order before the deadline.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NEGATION HIGH 2 2 'had not challenged the eviction order' 'disputed the eviction order'");
    }

    @Test
    void staysQuietWhenOppositeVerbsTakeDifferentArguments() {
        Pairs.assertQuiet(detector, "Sales of electric cars rose 12 percent in March, the industry body said.",
                "The industry body said diesel sales fell sharply in March while electric models gained ground.");
    }

    @Test
    void staysQuietWhenBothSidesAffirmAPredicateInTheirOwnWords() {
        Pairs.assertQuiet(detector, "The landlord challenged the eviction order before the deadline, the court heard.",
                "According to the court, the landlord disputed the eviction order before the deadline.");
    }

    @Test
    void reportsOppositeVerbsOfAChangeByTheSameFigure() {
        Comparison c = Pairs.ofLines("Shares in the retailer fell 6.4% after the results on Tuesday, traders said.",
                "Traders said the retailer's shares climbed 6.4 percent after the results on Tuesday.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NEGATION HIGH 2 2 'fell 6.4%' 'climbed 6.4 percent'");
    }

    @Test
    void reportsAStateKeptAgainstItsOppositeWithTheVerbThatKeepsIt() {
        Comparison c = Pairs.ofLines("Schools in both counties will remain closed on Friday so that buildings can be inspected.",
                "Schools in both counties, which shut on Thursday, will reopen on Friday after buildings are inspected.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NEGATION HIGH 2 2 'will remain closed on Friday' 'will reopen on Friday'");
    }

    @Test
    void reportsANegationBoundedByAnEventTheOtherSideNeverNames() {
        Comparison c = Pairs.ofLines("He said the federation would not annul any results or strip titles until the investigation was complete.",
                "The federation will annul any results and strip titles found to be tainted, he said.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString().contains("would not annul").contains("will annul");
        Pairs.assertQuiet(detector, "He said the federation would not annul any results until the investigation was complete.",
                "He said the federation will annul results once the investigation is complete.");
    }

    @Test
    void staysQuietWhenOppositeVerbsActOnDifferentThings() {
        Pairs.assertQuiet(detector, "Elise Vandamme, 31, concertmaster of the Flanders Chamber Orchestra, had left the instrument in its case "
                        + "on the luggage rack while she went to the toilet, on the train that left Antwerp-Central at 7:42 p.m.",
                "Elise Vandamme, 31, who leads the Flanders Chamber Orchestra, had boarded the 8.42pm service from Antwerp-Central.");
        assertThat(detector.detect(Pairs.ofLines("She left the train at Ghent.", "She boarded the train at Ghent."))).hasSize(1);
    }

    @Test
    void staysQuietWhenCannotUntilMovesATime() {
        Pairs.assertQuiet(detector, "He will be eligible to compete again in July 2028, the federation said.",
                "The federation said that he cannot race again until July 2028.");
    }

    @Test
    void readsTwoNounsOfAbsenceAsOneDenialWhateverTheirOfGoverns() {
        Pairs.assertQuiet(detector, "Farmers blamed a shortage of cold-storage warehouses near the port for the losses.",
                "Farmers blamed the losses on a lack of warehouses with cold storage near the port.");
    }

    @Test
    void readsAVerbOfTwoWordsAsOnePredicate() {
        Comparison c = Pairs.ofLines("Dr Anna Berg, a cardiologist at the city hospital who was not involved in the trial, called the results encouraging.",
                "Dr Anna Berg, a cardiologist at the city hospital who took part in the trial, said the results were encouraging.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NEGATION HIGH 2 2 'was not involved in the trial' 'took part in the trial'");
    }

    @Test
    void readsANegatedSubjectAsTheNegationOfItsPredicateAndReportsItOnce() {
        Comparison c = Pairs.ofLines("The county clerk said the fault had been repaired and that no vote had been altered by the glitch.",
                "The county clerk said the fault had been repaired, though some votes had been altered by the glitch.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NEGATION HIGH 2 2 'no vote had been altered by the glitch' 'some votes had been altered by the glitch'");
    }

    @Test
    void readsOneNegationOverPredicatesJoinedByOr() {
        Comparison c = Pairs.ofLines("\"Not a single vote was lost or altered,\" the county clerk told reporters after the recount.",
                "The county clerk told reporters after the recount that a handful of votes had been altered.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NEGATION HIGH 2 2 'Not a single vote was lost or altered' 'votes had been altered'");
    }

    @Test
    void countsANegationOnlyWithinItsOwnClause() {
        Comparison c = Pairs.ofLines("Villagers said the warning sirens did sound, but many families did not leave because the rain had eased by the evening.",
                "Villagers said the warning sirens had failed to sound, and many families stayed at home because the rain had eased by the evening.");
        assertThat(Pairs.describe(detector.detect(c))).hasSize(1).first().asString().startsWith("NEGATION HIGH 2 2 'did sound'");
    }

    @Test
    void readsOppositeVerbsAfterTheSameOpeningSubjectInAStatementOtherwiseReworded() {
        Comparison c = Pairs.pairedAs("She admitted the new levy would hit small farms hardest and said the ministry would review it.\n",
                "She denied that small farms would bear the brunt, though she said officials were ready to look again.\n",
                Pairs.pair(0, 0, 0.35, true));
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString()
                .startsWith("NEGATION HIGH 0 0 'admitted the new levy would hit'").contains("'denied that small farms would bear'");
        Pairs.assertQuiet(detector, "She admitted the new levy would hit small farms hardest.", "She said the new levy would hit small farms hardest.");
    }

    @Test
    void readsOppositeVerbsAfterTheSameOpeningWordsWhateverAuxiliariesFollowThem() {
        Comparison c = Pairs.pairedAs("Toxin levels in the bay have been falling for two weeks, the agency said.\n",
                "Toxin levels in the bay have been climbing over the past fortnight, according to the agency.\n",
                Pairs.pair(0, 0, 0.4, false));
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString().startsWith("NEGATION HIGH 0 0 'falling");
        assertThat(detector.detect(Pairs.pairedAs("Prices at the pump rose in March and fell in April, the agency said.\n",
                "Prices at the pump fell in April after rising in March, the agency said.\n", Pairs.pair(0, 0, 0.5, false)))).isEmpty();
    }

    @Test
    void readsListedOppositesOnAPairTheEncoderMadeThoughItSharesFewWords() {
        Comparison c = Pairs.pairedAs("Karras said the company had ruled out sabotage.\n", "He left open the possibility of sabotage.\n",
                Pairs.pair(0, 0, 0.18, true));
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString()
                .startsWith("NEGATION HIGH 0 0 'had ruled out sabotage'").contains("'left open the possibility of sabotage'");
    }

    @Test
    void readsAVerbNegatedOnOneSideAgainstItsSynonymActingOnTheSameThingNamedByAnotherDay() {
        Comparison c = Pairs.ofLines("Reinholt said the company would not cancel Tuesday's departure for Santorini and Rhodes.",
                "Reinholt said the company had called off today's departure for Santorini and Rhodes.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString()
                .contains("'would not cancel Tuesday's departure for Santorini'").contains("'had called off today's departure for Santorini'");
        Pairs.assertQuiet(detector, "Reinholt said the company would not cancel Tuesday's departure for Santorini and Rhodes.",
                "Reinholt said the company had called off today's briefing for Santorini and Rhodes.");
    }

    @Test
    void leavesAPairAsLooseThatTheEncoderDidNotMake() {
        Comparison c = Pairs.pairedAs("Karras said the company had ruled out sabotage.\n", "He left open the possibility of sabotage.\n",
                Pairs.pair(0, 0, 0.18, false));
        assertThat(detector.detect(c)).isEmpty();
    }

    @Test
    void readsAVerbNegatedOnOneSideOnlyWhenItTakesTheSameWordsAfterItUnderAnotherSubject() {
        Comparison c = Pairs.pairedAs("The regulator did not rule out emergency loans for the smaller lenders, officials added, but said nothing was decided.\n",
                "She ruled out emergency loans for the smaller lenders, saying the decision lay with parliament.\n",
                Pairs.pair(0, 0, 0.55, false));
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString()
                .isEqualTo("NEGATION HIGH 0 0 'did not rule out emergency loans for the smaller lenders' 'ruled out emergency loans for the smaller lenders'");
        Pairs.assertQuiet(detector, "The regulator did not rule out emergency loans for the smaller lenders.",
                "She did not rule out emergency loans for the smaller lenders.");
    }

    @Test
    void readsThePassiveSubjectOfAPredicateAcrossARelativeClauseSetOffByCommas() {
        Comparison c = Pairs.ofLines("The district has yet to secure funding for the new flood barrier, its engineers said.",
                "Funding for the new flood barrier, which will protect 400 homes, has been secured, its engineers said.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString()
                .isEqualTo("NEGATION HIGH 2 2 'has yet to secure funding for the new flood barrier' 'has been secured'");
    }

    @Test
    void staysQuietOnAShortfallOfAnAmountThatTheOtherSideCallsAGap() {
        Pairs.assertQuiet(detector, "The hospital trust faces a shortfall of about 12 million pounds next year, its board said.",
                "The hospital trust is facing a 12-million-pound gap next year, its board said.");
    }

    @Test
    void readsOppositeVerbsMovingTheSameFigureOnALoosePairOnly() {
        Comparison moved = Pairs.pairedAs("Output at the smelter rose 3.2% over the winter months.\n",
                "Production dropped 3.2 percent between December and March.\n", Pairs.pair(0, 0, 0.25, true));
        assertThat(Pairs.describe(detector.detect(moved))).singleElement().asString().startsWith("NEGATION HIGH 0 0 'rose 3.2%");
        Comparison otherFigure = Pairs.pairedAs("Output at the smelter rose 3.2% over the winter months.\n",
                "Production dropped 12 percent between December and March.\n", Pairs.pair(0, 0, 0.25, true));
        assertThat(detector.detect(otherFigure)).isEmpty();
    }

    @Test
    void readsOppositeVerbsOverTheSameArgumentsOnALoosePair() {
        Comparison c = Pairs.pairedAs("The magistrate rejected a defence request for Langat to remain free on bond pending the appeal.\n",
                "Mwangi granted a defence application for Langat to stay out on bond while the appeal is heard.\n", Pairs.pair(0, 0, 0.24, false));
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString().startsWith("NEGATION HIGH 0 0 'rejected a defence request");
    }

    @Test
    void readsAMatterLeftOpenAgainstOneRuledOut() {
        Comparison c = Pairs.ofLines("The minister ruled out a nationwide increase in the levy this year.",
                "The minister left open the possibility of a nationwide increase in the levy this year.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString().startsWith("NEGATION HIGH 2 2 'ruled out");
        Comparison door = Pairs.ofLines("The club ruled out a move to Zadar for next season.",
                "The club left the door open to a move to Zadar for next season.");
        assertThat(detector.detect(door)).hasSize(1);
    }

    @Test
    void readsAPriceThatEasedAgainstOneThatRoseToTheSameLevel() {
        Comparison c = Pairs.ofLines("Export prices for 5% broken rice rose to $640 a tonne on Tuesday, traders said.",
                "Export prices for 5% broken rice eased to $640 a tonne on Tuesday, traders said.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString().startsWith("NEGATION HIGH 2 2 'rose");
        Comparison firmed = Pairs.ofLines("The forint firmed 0.3% to 402.1 per euro by midday.",
                "The forint weakened 0.3% to 402.1 per euro by midday.");
        assertThat(detector.detect(firmed)).hasSize(1);
    }

    @Test
    void readsASynonymOfAListedOppositeInItsCommonestSense() {
        Comparison c = Pairs.ofLines("The lender said it earned 2.4 billion dollars in the second quarter.",
                "The lender said it lost 2.4 billion dollars in the second quarter.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString().startsWith("NEGATION HIGH 2 2 'earned 2.4 billion");
    }

    @Test
    void leavesANegationTheOtherSideStatesWithAVerbOfDenialAlone() {
        Pairs.assertQuiet(detector, "The senator denied that she had met the lobbyist before the vote.",
                "The senator said she had not met the lobbyist before the vote.");
    }

    @Test
    void leavesANegationTheOtherSideStatesWithAVerbOfCeasingAlone() {
        Pairs.assertQuiet(detector, "The airline said its flights would no longer stop in Cork from May.",
                "The airline said its flights would stop calling at Cork from May.");
    }

    @Test
    void leavesANegationTheOtherSideStatesWithANegativePrefixAlone() {
        Pairs.assertQuiet(detector, "The central bank kept interest rates unchanged at 4.5 per cent on Thursday.",
                "The central bank did not change interest rates on Thursday, leaving them at 4.5 per cent.");
    }

    @Test
    void leavesANegationTheOtherSideStatesWithTheVerbsOppositeBeforeTheSameObjectAlone() {
        Pairs.assertQuiet(detector, "Villagers in the valley lacked clean water for a week after the flood.",
                "Villagers in the valley did not have clean water for a week after the flood.");
    }

    @Test
    void readsUnableToAsANegation() {
        Pairs.assertQuiet(detector, "Rescuers were unable to reach the village before dark on Sunday.",
                "Rescuers could not reach the village before dark on Sunday.");
    }

    @Test
    void readsSomeBeforeAFigureAsAnApproximationNotAsTheOppositeOfAll() {
        Pairs.assertQuiet(detector, "All 2,300 residents of the valley were moved to shelters overnight.",
                "Some 2,300 residents of the valley were moved to shelters overnight.");
        assertThat(detector.detect(Pairs.ofLines("All residents of the valley were moved to shelters overnight.",
                "Some residents of the valley were moved to shelters overnight."))).hasSize(1);
    }
    @Test
    void aNoCastAsAVoteDoesNotBalanceTheNegationItStandsBeside() {
        Comparison c = Pairs.ofLines("Councillor Dora Pike, one of the members who voted against the plan, said she would not back a recount.",
                "Councillor Dora Pike, one of the four no votes, said she was ready to back a recount.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString().startsWith("NEGATION HIGH");
    }

    @Test
    void aVoteCastNoIsNoNegationOfTheClauseThatFollows() {
        Comparison c = Pairs.ofLines("At least one member who voted no would have to switch sides.",
                "At least one member who voted against it would have to change sides.");
        assertThat(detector.detect(c)).isEmpty();
    }
    @Test
    void aFigureSetAsideWithInsteadOfIsLeftToTheFigures() {
        Comparison c = Pairs.ofLines("The board wants to cut bin collections from four days a week to two from next spring.",
                "The board wants bins collected two days a week instead of four from next spring.");
        assertThat(detector.detect(c)).isEmpty();
    }
    @Test
    void aNoAfterAPrepositionDeniesItsNounNotThePredicate() {
        Comparison c = Pairs.ofLines("Those routes will be protected first, the transport chief said.",
                "The transport chief said routes with no rail alternative would be protected first.");
        assertThat(detector.detect(c)).isEmpty();
    }

    @Test
    void refusingToKeepDoingDeniesWhatRefusingToDoDenies() {
        Comparison c = Pairs.ofLines("\"Nurses are not refusing to work. They are refusing to keep propping up a rota that is short-staffed by design,\" "
                        + "said Ana Reyes.",
                "Ana Reyes said nurses were \"not refusing to work\" but refusing to prop up a rota that was \"short-staffed by design\".");
        assertThat(detector.detect(c)).isEmpty();
    }

    @Test
    void readsStoppingShortOfAnActAsItsDenial() {
        Comparison c = Pairs.ofLines("The union executive would recommend acceptance of the offer in a ballot of members.",
                "The union executive stopped short of recommending acceptance of the offer in a ballot of members.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString().contains("'stopped short of recommending acceptance");
        Pairs.assertQuiet(detector, "The union executive would not recommend acceptance of the offer in a ballot of members.",
                "The union executive stopped short of recommending acceptance of the offer in a ballot of members.");
    }

    @Test
    void readsAnUnlessClauseAsTheDenialAWithoutPhraseIs() {
        Pairs.assertQuiet(detector, "Rangers never open a mountain trail after a storm without inspecting it first.",
                "Rangers never open a mountain trail after a storm unless it has been inspected first.");
    }

    @Test
    void aNegationReachesTheSecondOfTwoVerbsJoinedByAnd() {
        Pairs.assertQuiet(detector, "\"We will not sell the ground that our grandparents built and ask supporters to pay twice,\" the chairman said.",
                "The chairman said the club would not ask supporters to pay twice.");
    }

    @Test
    void showsTheFrameThatHoldsAnActOpen() {
        Comparison c = Pairs.ofLines("The council said bus routes would not be cut this winter.",
                "The council left open the possibility of bus route cuts this winter.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString().contains("'left open the possibility of bus route cuts");
    }

    @Test
    void showsTheVerbThatLeavesTheDoorOpenToAnAct() {
        Comparison c = Pairs.ofLines("The loans will pay for the plant, the owner said, and she ruled out selling a stake to outside investors.",
                "The loans will pay for the plant, the owner said, though she left the door open to selling a stake to outside investors.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString().contains("'left the door open to selling a stake");
    }

    @Test
    void readsAnAppositionBeforeAPassiveAsItsSubject() {
        Comparison c = Pairs.ofLines("The fourth defendant, businessman Karel Vondra, was acquitted after the court found too little evidence.",
                "Businessman Karel Vondra, the fourth defendant, was convicted as well, with the court satisfied by the evidence.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString().contains("'was acquitted' 'was convicted");
    }

    @Test
    void staysQuietWhenBeStatesSomethingElseOfTheSubject() {
        Pairs.assertQuiet(detector, "The engineer said the old steel frame had been sound.",
                "The engineer said the old steel frame had never been the weak point.");
    }

    @Test
    void showsTheAuxiliariesOfTheAffirmedVerbAsFullyAsThoseOfTheDenial() {
        Comparison c = Pairs.ofLines("The league said it would not fine the club for the pitch invasion until its inquiry ends.",
                "The league has already fined the club for the pitch invasion, its spokesman said.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString().contains("'has already fined the club");
    }

    @Test
    void readsAPluralAfterAVerbInEdAsItsObjectNotAsAVerb() {
        Pairs.assertQuiet(detector, "Dock workers walked out for 24 hours over pay on Monday.",
                "Dock workers downed tools for 24 hours over pay on Monday.");
    }

    @Test
    void readsAHalfOfAMergedStatementAgainstTheWholeSentence() {
        String left = Pairs.CONTEXT + "The minister said the state was spending 30 million euros on temporary classrooms for 900 pupils.\n"
                + "She conceded that the new classrooms would not be enough on their own.\n";
        String right = Pairs.CONTEXT + "The minister pointed to 30 million euros for temporary classrooms for 900 pupils and insisted that they "
                + "would be enough on their own to end the shortage.\n";
        Comparison c = Pairs.pairedAs(left, right, Pairs.pair(2, 2, 0.58, false), Pairs.pair(3, 2, 0.24, true));
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString().startsWith("NEGATION HIGH 3 2").contains("would not be enough");
    }

    @Test
    void reportsOppositeVerbsWhenTheSidesOtherVerbTakesOtherArguments() {
        Comparison c = Pairs.ofLines("The tribunal rejected the province's argument that the line should follow the ferry route, and instead "
                        + "adopted an adjusted equidistance line.",
                "It accepted the province's argument that the boundary should track the ferry route, adjusting an equidistance line to fit.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString().contains("'rejected").contains("'accepted");
        Pairs.assertQuiet(detector, "The three councillors who voted against the plan said they supported the buyouts in principle.",
                "The dissenting councillors backed buyouts in principle but voted against the plan.");
    }

    @Test
    void reportsOppositeWordsThatTheSameWordsFollowInAReworkedSentence() {
        Comparison c = Pairs.pairedAs("Moran said the bridge would remain open to lorries while the cracks were checked, but a lane had been coned off.\n",
                "Orla Moran, an engineer who inspected it overnight, said a lane had been coned off and the bridge shut to lorries while "
                        + "the cracks are checked.\n",
                Pairs.pair(0, 0, 0.55, false));
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString().contains("'remain open'").contains("'shut'");
    }

    @Test
    void readsNoOppositeInAVerbThatAParticleCompletes() {
        Comparison c = Pairs.pairedAs("Shoppers could return the jackets to any branch for a full refund, the chain said.\n",
                "Shoppers can take the jackets back to any branch for a full refund.\n", Pairs.pair(0, 0, 0.55, false));
        assertThat(detector.detect(c)).isEmpty();
    }
}
