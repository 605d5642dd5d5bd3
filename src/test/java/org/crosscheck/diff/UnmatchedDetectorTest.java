package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnmatchedDetectorTest {

    private final UnmatchedDetector detector = new UnmatchedDetector();

    @Test
    void reportsASentenceOnlyTheLeftSourceHasAsAnOmission() {
        Comparison c = Pairs.of(Pairs.CONTEXT + "Two men aged 24 and 31 have been arrested on suspicion of arson.\n",
                Pairs.CONTEXT);
        assertThat(Pairs.describe(detector.detect(c))).containsExactly(
                "OMISSION LOW 2 -1 'Two men aged 24 and 31 have been arrested on suspicion of arson.' ''");
    }

    @Test
    void reportsASentenceOnlyTheRightSourceHasAsAnAddition() {
        Comparison c = Pairs.of(Pairs.CONTEXT,
                "Image: Smoke over the industrial estate\n" + Pairs.CONTEXT + "The cause of the fire is not yet known.\n");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly(
                "ADDITION LOW -1 3 '' 'The cause of the fire is not yet known.'");
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("org.crosscheck.diff.Pairs#traps")
    void staysQuietOnWordingsThatKeepTheFacts(String left, String right) {
        Pairs.assertQuiet(detector, left, right);
    }

    @Test
    void findsNothingInEmptyArticles() {
        Comparison empty = Pairs.of("", "");
        assertThat(empty.alignments()).isEmpty();
        assertThat(detector.detect(empty)).isEmpty();
        assertThat(detector.detect(Pairs.of("Image: A flooded street\n", "otley-flood.jpg\n"))).isEmpty();
    }

    @Test
    void reportsOnlyEvidenceThatIsTheSentenceItNamesOnSeededRandomText() {
        Pairs.assertEvidenceHoldsOnSeededRandomText(detector, 108L);
    }
}
