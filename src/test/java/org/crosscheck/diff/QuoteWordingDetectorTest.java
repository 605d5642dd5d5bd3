package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteWordingDetectorTest extends DetectorContract {

    private final QuoteWordingDetector detector = new QuoteWordingDetector();

    @Override
    Detector detector() {
        return detector;
    }

    @Override
    long seed() {
        return 102L;
    }

    @Test
    void reportsAWordChangedInsideAQuote() {
        Comparison c = Pairs.ofLines("\"We are devastated by this decision and we will appeal,\" said Helen Ward.",
                "\"We are shocked by this decision and we will appeal,\" said Helen Ward.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("QUOTE_WORDING MEDIUM 2 2 'We are devastated by this decision and we will appeal' 'We are shocked by this decision and we will appeal'");
    }

    @Test
    void reportsAQualifierPutBeforeTheWordAQuotedSentenceOpensWith() {
        Comparison c = Pairs.ofLines("\"Every operation on board is free, and that includes the follow-up care,\" Mira Osei said.",
                "\"Almost every operation on board is free, and that includes the follow-up care,\" said Mira Osei.");
        assertThat(Pairs.describe(detector.detect(c)))
                .containsExactly("QUOTE_WORDING MEDIUM 2 2 'Every operation on board' 'Almost every operation on board'");
    }

    @Test
    void leavesAQuoteThatRendersTheLaterOfTwoQuotedSentences() {
        Comparison c = Pairs.ofLines("\"We did our best. Every operation on board is free,\" Mira Osei said.",
                "\"Every operation on board is free,\" said Mira Osei.");
        assertThat(detector.detect(c)).isEmpty();
        Comparison lowerCase = Pairs.ofLines("Mira Osei said \"almost every operation on board is free\".",
                "Mira Osei said \"every operation on board is free\".");
        assertThat(detector.detect(lowerCase)).isEmpty();
        Comparison clauseCut = Pairs.ofLines("\"This is a dark day for the valley,\" Mira Osei said.", "\"A dark day for the valley,\" said Mira Osei.");
        assertThat(detector.detect(clauseCut)).isEmpty();
    }

    @Test
    void staysQuietWhenTheSameWordsAreSplitBetweenQuotesAnotherWay() {
        String left = "\"The price is not the problem. The problem is whether there will be enough gas in the pipe by 2028,\" Mushi said. "
                + "\"Without new fields coming online, this line could run half empty for years.\"\n";
        String right = "\"The price is not the problem,\" said Mushi. \"The problem is whether there will be enough gas in the pipe by 2028. "
                + "Without new fields coming online, this line could run half empty for years.\"\n";
        assertThat(detector.detect(Pairs.ofLines(left.strip(), right.strip()))).isEmpty();
    }

    @Test
    void readsAQuestionWordAfterAChangeAsPartOfThePhraseNotAsItsContent() {
        Comparison c = Pairs.ofLines("\"We owe the families a full account, and we will find out precisely how the fire started,\" the mayor said.",
                "\"We owe the families a full account, and we will find out quickly how the fire started,\" the mayor said.");
        assertThat(Pairs.describe(detector.detect(c)))
                .containsExactly("QUOTE_WORDING MEDIUM 2 2 'find out precisely how the fire started' 'find out quickly how the fire started'");
    }

    @Test
    void reportsAShortPartialQuoteWithTwoWordsPutForTwoOthers() {
        Comparison c = Pairs.ofLines("Minister Lena Vogt said the savings were \"finally reaching the hospital ward\".",
                "Minister Lena Vogt said the savings were \"finally reaching the school gate\".");
        assertThat(Pairs.describe(detector.detect(c)))
                .containsExactly("QUOTE_WORDING MEDIUM 2 2 'finally reaching the hospital ward' 'finally reaching the school gate'");
    }

    @Test
    void leavesTwoShortSayingsThatShareOnlyTheirOpeningWords() {
        Comparison c = Pairs.ofLines("Minister Lena Vogt said the savings were \"finally reaching the hospital ward\".",
                "Minister Lena Vogt said the savings were \"finally reaching people who need help most\".");
        assertThat(detector.detect(c)).isEmpty();
    }

    @Test
    void reportsAShortQuoteWithOneWordPutForAnother() {
        Comparison c = Pairs.ofLines("The club's chairman said the board was \"saddened and frustrated\" by the ruling and would study it.",
                "The club's chairman said the board was \"relieved and frustrated\" by the ruling and would study it.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString()
                .startsWith("QUOTE_WORDING MEDIUM 2 2").contains("saddened").contains("relieved");
    }

    @Test
    void reportsAShortQuoteWithTwoNeighbouringWordsPutForOthers() {
        Comparison c = Pairs.ofLines("The ministry said the flooding was \"severe but manageable\" and urged towns to clear their drains.",
                "The ministry described the flooding as \"severe and worsening\" and urged towns to clear their drains.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString()
                .startsWith("QUOTE_WORDING MEDIUM 2 2").contains("manageable").contains("worsening");
    }

    @Test
    void leavesShortQuotesThatShareOnlyAWordOrAreWrittenAlike() {
        Comparison c = Pairs.ofLines("The club's chairman said the board was \"saddened and frustrated\" by the ruling and would study it.",
                "The club's chairman said the board was \"angry and hurt\" by the ruling and would study it.");
        assertThat(detector.detect(c)).isEmpty();
        Comparison spelt = Pairs.ofLines("The club's chairman said the board would \"keep on organising\" against the ruling.",
                "The club's chairman said the board would \"keep on organizing\" against the ruling.");
        assertThat(detector.detect(spelt)).isEmpty();
    }

    @Test
    void reportsAChangeInTheSecondOfTwoQuotesTheRewriteJoinedIntoOne() {
        String left = "\"The ferry is not a luxury for us, it is the only road to the mainland,\" Dunne said. "
                + "\"We will hold the operator to its promise on the timetable.\"\n";
        String right = "\"The ferry is not a luxury for us, it is the only road to the mainland. "
                + "We will hold the operator to its promise on prices,\" Dunne said.\n";
        assertThat(Pairs.describe(detector.detect(Pairs.of(left, right)))).singleElement().asString()
                .startsWith("QUOTE_WORDING").contains("timetable").contains("prices");
    }

    @Test
    void reportsAQuoteThatDropsANegation() {
        Comparison c = Pairs.ofLines("\"The school will not close this year,\" the head teacher said.",
                "\"The school will close this year,\" the head teacher said.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("QUOTE_WORDING HIGH 2 2 'The school will not close this year' 'The school will close this year'");
    }

    @Test
    void reportsAChangeInsideAQuoteOfSeveralSentencesOnceOnTheSentenceWhereTheWordsDiffer() {
        Comparison c = Pairs.ofLines(
                "\"We knew the season would be hard. The players gave everything in every game. We will come back stronger,\" said the coach.",
                "\"We knew the season would be hard. The players gave everything in every match. We will come back stronger,\" said the coach.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("QUOTE_WORDING MEDIUM 3 3 'everything in every game' 'everything in every match'");
    }

    @Test
    void staysQuietOnAVerbatimFragmentOfALongerQuote() {
        Pairs.assertQuiet(detector, "\"We will not rest until the last family has a safe home to go back to,\" the mayor said.",
                "The mayor said they would \"not rest until the last family has a safe home\".");
    }

    @Test
    void cutsAFragmentWhereItsOpeningWordsStandAndReportsOnlyTheWordChangedInsideIt() {
        Comparison c = Pairs.ofLines(
                "\"We are not asking to destroy the reserve. We are asking to use a part of it that is dry for half the year,\" said Teresa Vasconcelos.",
                "\"We are asking to use a part of it that is dry for most of the year,\" said Teresa Vasconcelos.");
        assertThat(Pairs.describe(detector.detect(c))).hasSize(1).allMatch(d -> d.contains("half") && !d.contains("destroy"));
    }

    @Test
    void staysQuietOnSpellingHyphenationAndFigureFormatsInsideAQuote() {
        Pairs.assertQuiet(detector, "\"The well-known centre will organise 5,000 meals,\" the charity's director said.",
                "\"The well known center will organize 5000 meals,\" the charity's director said.");
    }

    @Test
    void staysQuietWhenAQuoteIsSplitIntoTwoSentencesAtAConjunction() {
        Comparison c = Pairs.ofLines("\"It was a very good season for the club, and I think the fans saw that,\" the chairman said.",
                "\"It was a very good season for the club. I think the fans saw that,\" the chairman said.");
        assertThat(Pairs.describe(detector.detect(c))).isEmpty();
    }

    @Test
    void comparesAParagraphWhoseOpeningQuotationMarkWasLost() {
        Comparison c = Pairs.ofLines("Within seconds of him getting us up, the flames were everywhere,\" Mrs Smith told the broadcaster.",
                "Within seconds of him getting us up, the flames were nearly everywhere,\" Mrs Smith told the broadcaster.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("QUOTE_WORDING MEDIUM 2 2 'flames were everywhere' 'flames were nearly everywhere'");
    }

    @Test
    void reportsAQuoteChangedAlthoughAShortPartOfItIsQuotedFaithfullyElsewhere() {
        Comparison c = Pairs.of(Pairs.CONTEXT + "The senator said she was \"glad to finish it\".\n"
                        + "\"Donald Trump started the fight with us; we're glad to finish it,\" she said.\n",
                Pairs.CONTEXT + "The senator said she was \"glad to finish it\".\n"
                        + "\"Donald Trump started the battle with us; we're glad to finish it,\" she said.\n");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("QUOTE_WORDING MEDIUM 3 3 'Donald Trump started the fight' 'Donald Trump started the battle'");
    }

    @Test
    void showsAChangedQuotedWordWithinItsPhraseButNotAcrossAComma() {
        Comparison c = Pairs.ofLines("\"We were tired after the season, but the room was warm,\" the cook said.",
                "\"We were tired after the season, but the room was cold,\" the cook said.");
        assertThat(Pairs.describe(detector.detect(c)))
                .containsExactly("QUOTE_WORDING MEDIUM 2 2 'room was warm' 'room was cold'");
    }

    @Test
    void showsAChangedVerbWithItsAuxiliaries() {
        Comparison c = Pairs.ofLines("\"The timetable slipped, and it will be revised,\" the mayor said.",
                "\"The timetable slipped, and it will be scrapped,\" the mayor said.");
        assertThat(Pairs.describe(detector.detect(c)))
                .containsExactly("QUOTE_WORDING MEDIUM 2 2 'will be revised' 'will be scrapped'");
    }
    @Test
    void aFragmentWhoseFirstWordsDifferStandsForTheWordsBeforeTheSharedRunOnly() {
        Comparison c = Pairs.ofLines("\"We sampled every well in the district last week. The cause is almost certainly a leaking fuel tank under the depot,\" "
                        + "Dr Ines Moreau said.",
                "Dr Ines Moreau said the cause was \"possibly a leaking fuel tank under the depot\".");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString()
                .contains("almost certainly a leaking fuel'").doesNotContain("sampled");
    }

    @Test
    void comparesAShortQuoteWithTheSentenceOfALongerQuoteItRenders() {
        Comparison c = Pairs.ofLines("\"We moved to paper immediately. No patient in intensive care was put at risk,\" Novak said.",
                "\"We moved to paper within hours,\" Novak said, adding that patients in intensive care were never in danger.");
        assertThat(Pairs.describe(detector.detect(c))).singleElement().asString().startsWith("QUOTE_WORDING").contains("immediately")
                .contains("within hours");
    }

    @Test
    void leavesAHeadlineThatCutsAQuoteItsOwnBodyRendersWordForWord() {
        String quote = "It is 37 years of continuous observations, and every day it is offline is a day we can never get back";
        Comparison c = Pairs.of("Weather station wrecked in the basin\n\n\"" + quote + ",\" said Hana Whitcombe.\n",
                "'Days we can never get back': weather station trashed in the basin\n\n\"" + quote + ",\" Hana Whitcombe said.\n");
        assertThat(detector.detect(c)).isEmpty();
        Comparison misquoted = Pairs.of("Weather station wrecked in the basin\n\n\"" + quote + ",\" said Hana Whitcombe.\n",
                "'Days we can never get back': weather station trashed in the basin\n\n\"" + quote.replace("37", "47") + ",\" Hana Whitcombe said.\n");
        assertThat(Pairs.describe(detector.detect(misquoted))).anySatisfy(d -> assertThat(d).contains("37").contains("47"));
    }

    @Test
    void leavesAUnitWrittenAsAWordOnOneSideAndAsASignOnTheOther() {
        assertThat(detector.detect(Pairs.ofLines("Mary Pennock said: \"They moved onto the water because a flat costs 900 pounds a month.\"",
                "Mary Pennock said: \"They moved onto the water because a flat costs \u00a3900 a month.\""))).isEmpty();
        assertThat(detector.detect(Pairs.ofLines("Mary Pennock said: \"They moved onto the water because a flat costs 900 pounds a month.\"",
                "Mary Pennock said: \"They moved onto the water because a flat costs \u00a3950 a month.\""))).isNotEmpty();
    }
}
