package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.crosscheck.model.Alignment;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.SentenceRef;

/**
 * Statements the aligner left apart that one precise figure ties together: a figure written to
 * three or more significant digits ("76,774 tonnes", "£1.34bn") that each article gives in one
 * sentence only makes those two sentences one statement, whatever else was reworded ("the quota
 * rises 12 percent to 76,774 tonnes" / "Haddock fared better: ... lifted by 21 percent to 76,774
 * tonnes"), when they share two content words besides it.
 */
final class AnchorPairs {

    /** The similarity given to a pair made here: the figure ties the two, the words need not. */
    static final double SIMILARITY = 0.45;
    private static final Set<Quantity.Kind> ANCHORS = Set.of(Quantity.Kind.COUNT, Quantity.Kind.MONEY, Quantity.Kind.MEASURE,
            Quantity.Kind.PERCENT);
    private static final int PRECISE = 3;

    private AnchorPairs() {
    }

    /** The sentence pairs tied by a precise figure that {@code c}'s alignments do not already pair. */
    static List<Alignment> between(Comparison c, List<LoneCounts.Placed> left, List<LoneCounts.Placed> right) {
        List<Alignment> out = new ArrayList<>();
        for (LoneCounts.Placed l : left) {
            if (!ANCHORS.contains(l.q().kind()) || l.q().qualifier() != Quantity.Qualifier.EXACT || significantDigits(l.q().value()) < PRECISE
                    || sentencesWith(left, l.q()) != 1 || sentencesWith(right, l.q()) != 1) {
                continue;
            }
            int rs = right.stream().filter(r -> NumberDetector.literal(l.q(), r.q())).findFirst().orElseThrow().sentence();
            int ls = l.sentence();
            boolean paired = c.alignments().stream().anyMatch(a -> a.left().sentence() == ls && a.right().sentence() == rs);
            boolean made = out.stream().anyMatch(a -> a.left().sentence() == ls && a.right().sentence() == rs);
            if (paired || made || !c.left().sentence(ls).kind().isCompared() || !c.right().sentence(rs).kind().isCompared()
                    || Figures.sharedContentWords(c.left().sentence(ls).text(), c.right().sentence(rs).text()) < 2) {
                continue;
            }
            out.add(new Alignment(new SentenceRef(c.left().id(), ls), new SentenceRef(c.right().id(), rs), SIMILARITY, false));
        }
        return out;
    }

    private static long sentencesWith(List<LoneCounts.Placed> all, Quantity q) {
        return all.stream().filter(p -> NumberDetector.literal(q, p.q())).mapToInt(LoneCounts.Placed::sentence).distinct().count();
    }

    /** Significant digits of a value as written: 76,774 has 5, 1.34 billion 3, 2,300 has 2. */
    private static int significantDigits(double value) {
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return 1;
        }
        return new java.math.BigDecimal(Math.abs(value)).round(new java.math.MathContext(12)).stripTrailingZeros().unscaledValue()
                .toString().length();
    }
}
