package org.crosscheck.eval;

import java.util.List;

import org.crosscheck.model.Discrepancy;

/**
 * One reported discrepancy of a gold case, scored.
 *
 * @param discrepancy what was reported
 * @param similarity the alignment similarity of its two sentences, negative when not an aligned pair
 * @param closeness the median alignment similarity of its two sources, negative when none
 * @param matched for each required finding of the case, in order, whether this one matches it
 * @param real whether it matches a required finding or an allowed entry
 */
public record Scored(Discrepancy discrepancy, double similarity, double closeness, List<Boolean> matched, boolean real) {

    /** Copies the list. */
    public Scored {
        matched = List.copyOf(matched);
    }

    /** The calibrated confidence. */
    public double confidence() {
        return discrepancy.finding().confidence();
    }

    /** The detector's own confidence. */
    public double raw() {
        return discrepancy.finding().rawConfidence();
    }

    /** Whether the report shows it at threshold {@code min}: informational kinds always, contradictions at or above it. */
    public boolean shownAt(double min) {
        return !discrepancy.isContradiction() || confidence() >= min;
    }
}
