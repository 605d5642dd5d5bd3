package org.crosscheck.calibration;

import java.util.List;
import java.util.Locale;

import org.crosscheck.model.Alignment;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Evidence;

/**
 * The general features a calibrated confidence depends on, binned: how closely the copy follows
 * its source, the type, the detector's raw confidence and the similarity of the two aligned
 * sentences. Fitting and applying both go through
 * here, so they always read a finding the same way.
 */
public final class Features {

    /** Upper bounds of the similarity bins, ascending; the last bin runs to 1. */
    static final double[] SIMILARITY_EDGES = {0.6, 0.8, 0.9};

    private Features() {
    }

    /**
     * The similarity of the alignment joining the discrepancy's two sentences, or -1 when there is
     * none (a finding inside one source, or sentences joined only through a neighbour).
     */
    public static double similarity(Discrepancy d, List<Alignment> alignments) {
        Evidence l = d.finding().left();
        Evidence r = d.finding().right();
        if (l.source().equals(r.source())) {
            return -1;
        }
        double best = -1;
        for (Alignment a : alignments) {
            if (a.left().sentence() == l.sentence() && a.right().sentence() == r.sentence()
                    && a.left().source().equals(l.source()) && a.right().source().equals(r.source())) {
                best = Math.max(best, a.similarity());
            }
        }
        return best;
    }

    /**
     * From this median alignment similarity on, a copy follows its source nearly word for word
     * (the dev cases' copies sit at 1.0; hand-written rewrites at 0.51-0.67).
     */
    static final double CLOSE_COPY = 0.8;

    /**
     * How closely the copy joining the discrepancy's two sources follows the other: the median
     * similarity of the alignments between them, or -1 when there are none (a finding inside one
     * source).
     */
    public static double closeness(Discrepancy d, List<Alignment> alignments) {
        Evidence l = d.finding().left();
        Evidence r = d.finding().right();
        double[] s = alignments.stream().filter(a -> a.left().source().equals(l.source()) && a.right().source().equals(r.source()))
                .mapToDouble(Alignment::similarity).sorted().toArray();
        return l.source().equals(r.source()) || s.length == 0 ? -1 : s[s.length / 2];
    }

    /** The closeness bin: "copy" (near-verbatim), "rewrite" (in other words) or "none". */
    static String closenessBin(double closeness) {
        return closeness < 0 ? "none" : closeness >= CLOSE_COPY ? "copy" : "rewrite";
    }

    /** The raw-confidence bin: the confidence rounded down to a twentieth ("0.85"). */
    static String rawBin(double raw) {
        double bin = Math.floor(raw * 20 + 1e-9) / 20;
        return String.format(Locale.ROOT, "%.2f", Math.min(bin, 1.0));
    }

    /** The similarity bin ("none", "<0.6", "0.6-0.8", "0.8-0.9", ">=0.9"). */
    static String similarityBin(double similarity) {
        if (similarity < 0) {
            return "none";
        }
        if (similarity < SIMILARITY_EDGES[0]) {
            return "<" + SIMILARITY_EDGES[0];
        }
        for (int i = 1; i < SIMILARITY_EDGES.length; i++) {
            if (similarity < SIMILARITY_EDGES[i]) {
                return SIMILARITY_EDGES[i - 1] + "-" + SIMILARITY_EDGES[i];
            }
        }
        return ">=" + SIMILARITY_EDGES[SIMILARITY_EDGES.length - 1];
    }
}
