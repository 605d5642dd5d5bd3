package org.crosscheck.diff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every contradiction detector must do beyond its own examples: stay quiet on the shared
 * traps, find nothing without alignments, and only cite sentences it names.
 */
abstract class DetectorContract {

    /** The detector under test. */
    abstract Detector detector();

    /** The seed of this detector's random-text check (one per detector, so each sees other text). */
    abstract long seed();

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("org.crosscheck.diff.Pairs#traps")
    void staysQuietOnWordingsThatKeepTheFacts(String left, String right) {
        Pairs.assertQuiet(detector(), left, right);
    }

    @Test
    void findsNothingWhenNothingIsAligned() {
        Pairs.assertQuietWithoutAlignments(detector());
    }

    @Test
    void reportsOnlyEvidenceThatIsTheSentenceItNamesOnSeededRandomText() {
        Pairs.assertEvidenceHoldsOnSeededRandomText(detector(), seed());
    }
}
