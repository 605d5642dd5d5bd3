package org.crosscheck.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.crosscheck.model.Alignment;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Evidence;
import org.crosscheck.model.Finding;
import org.crosscheck.model.SentenceRef;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Span;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    private static List<Observation> repeat(int n, Observation o) {
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(o);
        }
        return out;
    }

    /** 40 NUMBER findings at 0.85 on well-aligned pairs, all real; 20 ATTRIBUTION ones on unaligned pairs, all false. */
    private static Calibration fitted() {
        List<Observation> all = new ArrayList<>(repeat(40, new Observation("NUMBER", 0.85, 0.95, 1.0, true)));
        all.addAll(repeat(20, new Observation("ATTRIBUTION", 0.95, -1, 1.0, false)));
        all.addAll(repeat(10, new Observation("ATTRIBUTION", 0.95, 0.92, 1.0, true)));
        return Calibration.fit(all, 4, 5, 0.5, "test");
    }

    @Test
    void givesACellTheRateItWasObservedAtShrunkTowardsItsType() {
        Calibration c = fitted();

        assertThat(c.probability("NUMBER", 0.85, 0.97, 1.0)).isGreaterThan(0.95).isLessThan(1);
        assertThat(c.probability("ATTRIBUTION", 0.95, -1, 1.0)).isLessThan(0.2);
        assertThat(c.probability("ATTRIBUTION", 0.95, 0.91, 1.0)).isGreaterThan(0.6);
    }

    @Test
    void fallsBackOnFindingsOfTheSameRawConfidenceForAnUnseenTypeAndOnAllFindingsForAnUnseenRawConfidence() {
        Calibration c = fitted();

        double copies = (50 + 4 * (51.0 / 72)) / (70 + 4);
        assertThat(c.probability("DATE", 0.85, 0.9, 1.0)).isCloseTo((40 + 4 * copies) / (40 + 4), within(1e-9));
        assertThat(c.probability("ATTRIBUTION", 0.4, 0.9, 1.0)).isCloseTo(copies, within(1e-9));
        assertThat(c.probability("DATE", 0.8, 0.9, 1.0)).isCloseTo(copies, within(1e-9));
    }

    @Test
    void statesWhatFindingsWereWorthInTheirOwnKindOfCopyARewriteApartFromANearVerbatimCopy() {
        List<Observation> all = new ArrayList<>(repeat(60, new Observation("NUMBER", 0.85, 0.95, 1.0, true)));
        all.addAll(repeat(14, new Observation("NUMBER", 0.85, 0.5, 0.6, true)));
        all.addAll(repeat(6, new Observation("NUMBER", 0.85, 0.5, 0.6, false)));
        Calibration c = Calibration.fit(all, 4, 5, 0, "test");

        assertThat(c.probability("NUMBER", 0.85, 0.5, 0.95)).isGreaterThan(0.9);
        assertThat(c.probability("NUMBER", 0.85, 0.5, 0.6)).isBetween(0.65, 0.8);
    }

    @Test
    void skipsACellWithTooFewFindingsInFavourOfItsParent() {
        List<Observation> all = new ArrayList<>(repeat(20, new Observation("QUOTE_WORDING", 0.8, 0.95, 1.0, true)));
        all.addAll(repeat(2, new Observation("QUOTE_WORDING", 0.8, -1, 1.0, false)));
        Calibration c = Calibration.fit(all, 4, 5, 0, "test");

        assertThat(c.probability("QUOTE_WORDING", 0.8, -1, 1.0)).isEqualTo(c.probability("QUOTE_WORDING", 0.8, 0.5, 1.0)).isGreaterThan(0.7);
    }

    @Test
    void keepsRawConfidencesWithoutATable() {
        Calibration c = Calibration.identity();

        assertThat(c.isIdentity()).isTrue();
        assertThat(c.probability("NUMBER", 0.85, 0.9, 1.0)).isEqualTo(0.85);
        assertThat(c.minConfidence()).isZero();
    }

    @Test
    void readsBackTheTableItWrites() throws IOException {
        Calibration c = fitted();

        Calibration back = Calibration.read(new ByteArrayInputStream(c.toJson().getBytes(StandardCharsets.UTF_8)));

        assertThat(back.toJson()).isEqualTo(c.toJson());
        assertThat(back.minConfidence()).isEqualTo(0.5);
        assertThat(back.probability("ATTRIBUTION", 0.95, -1, 1.0)).isEqualTo(c.probability("ATTRIBUTION", 0.95, -1, 1.0));
    }

    @Test
    void rejectsAThresholdOutsideZeroToOneNamingIt() {
        assertThatThrownBy(() -> Calibration.fit(List.of(), 4, 5, 1.2, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("minConfidence must be in [0,1], got 1.2");
    }

    @Test
    void readsTheSimilarityOfTheAlignmentJoiningBothSentencesAndNoneInsideOneSource() {
        Evidence l = new Evidence("a", 2, new Span(0, 5), "Hello", "x", null);
        Evidence r = new Evidence("b", 3, new Span(0, 5), "Hello", "y", null);
        Discrepancy across = new Discrepancy.NumberChange(new Finding(Severity.HIGH, "s", "", 0.85, l, r));
        Discrepancy inside = new Discrepancy.EntityChange(new Finding(Severity.MEDIUM, "s", "", 0.6, l, l));
        List<Alignment> alignments = List.of(new Alignment(new SentenceRef("a", 2), new SentenceRef("b", 3), 0.87),
                new Alignment(new SentenceRef("a", 1), new SentenceRef("b", 3), 0.99));

        assertThat(Features.similarity(across, alignments)).isEqualTo(0.87);
        assertThat(Features.similarity(across, List.of())).isEqualTo(-1);
        assertThat(Features.similarity(inside, alignments)).isEqualTo(-1);
        assertThat(Features.closeness(across, alignments)).isEqualTo(0.99);
        assertThat(Features.closeness(inside, alignments)).isEqualTo(-1);
    }

    @Test
    void shipsATableFittedOnTheTunedDevCasesWithAThresholdInRange() {
        Calibration shipped = Calibration.standard();

        assertThat(shipped.isIdentity()).isFalse();
        assertThat(shipped.minConfidence()).isBetween(0.0, 1.0);
        assertThat(shipped.toJson()).contains("tuned dev cases");
    }
}
