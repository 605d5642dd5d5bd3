package org.crosscheck.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The model the build ships, loaded for real. */
class SharedSentenceEncoderTest {

    private static final SentenceEncoder MODEL = SentenceEncoder.shared();
    /** The aligner's threshold for "the same statement" (MeaningMatcher.SAME_MEANING). */
    private static final double SAME = 0.9;

    private static double cosine(String a, String b) {
        List<float[]> v = MODEL.encode(List.of(a, b));
        return SentenceEncoder.cosine(v.get(0), v.get(1));
    }

    @Test
    void givesUnitVectorsOfOneDimensionForAnyText() {
        List<float[]> v = MODEL.encode(List.of("A lorry overturned on the M62.", "", "\u00e9\u00e8 \u4e2d\u6587 \"quoted\" 5,000"));
        assertThat(v).hasSize(3).allSatisfy(x -> {
            assertThat(x).hasSize(384);
            assertThat(SentenceEncoder.cosine(x, x)).isCloseTo(1.0, within(1e-4));
        });
        assertThat(MODEL.encode(List.of())).isEmpty();
    }

    @Test
    void encodesASentenceTheSameAloneOrAmongOthers() {
        String s = "Marenia's foreign minister pledged to respect the ceasefire along the whole front line.";
        float[] alone = MODEL.encode(List.of(s)).get(0);
        float[] among = MODEL.encode(List.of("Shares rose sharply after the results.", s, "A new stadium is planned.")).get(1);
        assertThat(among).containsExactly(alone);
    }

    @Test
    void placesAParaphraseAboveTheThresholdAndAnotherStatementOnTheTopicBelow() {
        String said = "Marenian Foreign Minister Ilona Serescu said her government would honour the truce along the entire "
                + "1,200-kilometre line of contact.";
        assertThat(cosine(said, "Marenia's foreign minister, Ilona Serescu, pledged that her country would respect the "
                + "ceasefire along the whole 1200km front line.")).isGreaterThan(SAME);
        assertThat(cosine(said, "Marenian Foreign Minister Ilona Serescu said talks with the rebels would resume in "
                + "Geneva next month.")).isLessThan(SAME);
    }
}
