package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EntityDetectorTest {

    private final EntityDetector detector = new EntityDetector();

    @Test
    void reportsAPlaceSwappedForAnother() {
        Comparison c = Pairs.ofLines("The fire broke out at a warehouse in Bradford late on Tuesday night.",
                "The fire broke out at a warehouse in Huddersfield late on Tuesday night.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("ENTITY MEDIUM 2 2 'Bradford' 'Huddersfield'");
    }

    @Test
    void reportsAnOrganisationSwappedForAnother() {
        Comparison c = Pairs.ofLines("The contract was awarded to Network Rail after a two-year review.",
                "The contract was awarded to National Highways after a two-year review.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("ENTITY MEDIUM 2 2 'Network Rail' 'National Highways'");
    }


    @Test
    void staysQuietWhenACountryIsWrittenAsItsAdjective() {
        Pairs.assertQuiet(detector, "The Bank of England said the UK economy shrank in the final quarter.",
                "The Bank of England said the British economy shrank in the final quarter.");
    }

    @Test
    void staysQuietWhenATitleIsWrittenAsItsContraction() {
        Pairs.assertQuiet(detector, "Councillor Rhys Moorland, who chairs the health committee, said the clinic would open.",
                "Cllr Rhys Moorland, who chairs the health committee, said the clinic would open.");
    }

    @Test
    void reportsFullNamesThatFillTheSameSlotBeforeTheSameWord() {
        Comparison c = Pairs.ofLines("Captain Olly Marchbank, already booked for a foul, was shown a second yellow card.",
                "Reece Tannery, already on a yellow for a foul, was shown a second yellow card.");
        assertThat(Pairs.describe(detector.detect(c))).hasSize(1);
    }

    @Test
    void staysQuietWhenOneTeamIsCalledByTwoSingleNamesBeforeTheSameVerb() {
        Pairs.assertQuiet(detector, "Okafor opened the scoring after Kelmarsh failed to clear a long throw.",
                "Okafor opened the scoring when Town failed to deal with a long throw.");
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("org.crosscheck.diff.Pairs#traps")
    void staysQuietOnWordingsThatKeepTheFacts(String left, String right) {
        Pairs.assertQuiet(detector, left, right);
    }

    @Test
    void findsNothingWhenNothingIsAligned() {
        Pairs.assertQuietWithoutAlignments(detector);
    }

    @Test
    void reportsOnlyEvidenceThatIsTheSentenceItNamesOnSeededRandomText() {
        Pairs.assertEvidenceHoldsOnSeededRandomText(detector, 104L);
    }
}
