package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.List;

import org.crosscheck.calibration.Features;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Report;

/**
 * A gold case and everything crosscheck reported on it, scored as {@code shared/score.py} does.
 *
 * @param gold the case
 * @param aside whether it belongs to the set-aside part
 * @param scored every reported discrepancy, in report order
 * @param error why the run failed ("" when it did not); a failed run counts as an empty report
 */
public record CaseResult(GoldCase gold, boolean aside, List<Scored> scored, String error) {

    /** Copies the list. */
    public CaseResult {
        scored = List.copyOf(scored);
    }

    /** Scores {@code report} against {@code gold}. */
    static CaseResult of(GoldCase gold, boolean aside, Report report) {
        List<Scored> out = new ArrayList<>();
        for (Discrepancy d : report.discrepancies()) {
            List<Boolean> matched = gold.findings().stream().map(g -> GoldMatch.matches(d, g)).toList();
            boolean real = matched.contains(true) || gold.allowed().stream().anyMatch(g -> GoldMatch.matches(d, g));
            out.add(new Scored(d, Features.similarity(d, report.alignments()), Features.closeness(d, report.alignments()), matched, real));
        }
        return new CaseResult(gold, aside, out, "");
    }

    /** Whether required finding {@code i} is matched by something shown at threshold {@code min}. */
    boolean found(int i, double min) {
        return scored.stream().anyMatch(s -> s.shownAt(min) && s.matched().get(i));
    }

    /** The contradictions shown at threshold {@code min}. */
    List<Scored> contradictions(double min) {
        return scored.stream().filter(s -> s.discrepancy().isContradiction() && s.shownAt(min)).toList();
    }
}
