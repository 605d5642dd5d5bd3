package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TranspositionsTest {

    private final NumberDetector detector = new NumberDetector();

    @Test
    void reportsAFigureWhoseDigitsTheCopyGivesInAnotherOrderInAStatementItSplit() {
        Comparison c = Pairs.of(Pairs.CONTEXT + "The audit found that the agency could not confirm repairs at 1,340 of the homes that received grants, "
                        + "and it recommended that the scheme be suspended.\n",
                Pairs.CONTEXT + "The auditors recommended suspending the scheme.\n"
                        + "They said there was no proof of repairs at 1,430 homes given grants.\n");
        assertThat(detector.detect(c)).extracting(d -> d.finding().left().value() + " | " + d.finding().right().value())
                .containsExactly("1,340 | 1,430");
    }

    @Test
    void reportsThreeDifferentDigitsGivenInAnotherOrderWhereverTheTwoStandAndWhicheverSideGivesThePeriod() {
        Comparison c = Pairs.of(Pairs.CONTEXT + "Closing the three branches is expected to save £412,000 a year.\n",
                Pairs.CONTEXT + "A mobile library will call at each village every fortnight.\nThe closures will cut costs by £214,000 annually, the council said.\n");
        assertThat(detector.detect(c)).extracting(d -> d.finding().left().value() + " | " + d.finding().right().value())
                .containsExactly("£412,000 a year | £214,000");
    }

    @Test
    void staysQuietWhenTheOtherSourceAlsoGivesTheFigureItself() {
        Comparison c = Pairs.of(Pairs.CONTEXT + "Regional coordinator Paul Arek said 47 houses had been destroyed in the landslide and 74 damaged.\n",
                Pairs.CONTEXT + "According to Mr Arek, the landslide destroyed 47 homes and damaged 74 more.\n");
        assertThat(detector.detect(c)).isEmpty();
    }

    @Test
    void staysQuietOnPermutedFiguresInStatementsThatShareNothing() {
        Comparison c = Pairs.of(Pairs.CONTEXT + "The ferry carried 36 cars across the strait on its first crossing.\n",
                Pairs.CONTEXT + "Officials counted 63 complaints about noise from the new terminal.\n");
        assertThat(detector.detect(c)).isEmpty();
    }

    @Test
    void readsNoDigitsToPermuteInAYearOrASingleDigitOrDigitsAllAlike() {
        org.crosscheck.text.number.QuantityExtractor ex = new org.crosscheck.text.number.QuantityExtractor();
        assertThat(Transpositions.digits(ex.extract("It opened in 2019.").get(0))).isNull();
        assertThat(Transpositions.digits(ex.extract("It took 7 days.").get(0))).isNull();
        assertThat(Transpositions.digits(ex.extract("It cost 3,300 dollars.").get(0))).isNull();
        assertThat(Transpositions.digits(ex.extract("About 340,000 people left.").get(0))).isEqualTo("340000");
    }
}
