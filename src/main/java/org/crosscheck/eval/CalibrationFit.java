package org.crosscheck.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.crosscheck.calibration.Calibration;
import org.crosscheck.calibration.Observation;

/**
 * Fits the confidence calibration on the tuned cases only, and picks the threshold below which
 * the report hides contradictions: F1 on the tuned cases is highest (the lowest such cut) when the
 * findings below the cut are hidden, and the threshold is put halfway between the confidences on
 * either side of the cut, so that a small shift after refitting does not move a finding across it.
 */
final class CalibrationFit {

    private CalibrationFit() {
    }

    /** The table fitted on the tuned results, with its threshold; prints the sweep it chose from. */
    static Calibration fit(List<CaseResult> tuned, PrintStream out) {
        List<Observation> observations = new ArrayList<>();
        for (CaseResult r : tuned) {
            if (r.aside()) {
                throw new IllegalArgumentException("calibration is fitted on tuned cases only, got " + r.gold().name());
            }
            for (Scored s : r.scored()) {
                if (s.discrepancy().isContradiction()) {
                    observations.add(new Observation(s.discrepancy().type(), s.raw(), s.similarity(), s.closeness(), s.real()));
                }
            }
        }
        String about = String.format(Locale.ROOT, "fitted by org.crosscheck.eval.Evaluate calibrate on %d contradictions "
                + "reported on %d cases (the tuned dev cases and the other case folders named)", observations.size(), tuned.size());
        Calibration table = Calibration.fit(observations, Calibration.DEFAULT_PRIOR_STRENGTH, Calibration.DEFAULT_MIN_FINDINGS, 0, about);
        List<CaseResult> recalibrated = tuned.stream().map(r -> recalibrate(r, table)).toList();
        TreeSet<Double> candidates = new TreeSet<>();
        candidates.add(0.0);
        recalibrated.forEach(r -> r.scored().forEach(s -> candidates.add(s.confidence())));
        double best = 0;
        double bestF1 = -1;
        out.println("threshold sweep on the tuned cases (calibrated confidence):");
        out.printf(Locale.ROOT, "  %-9s %7s %9s %6s %6s%n", "min", "recall", "precision", "F1", "false");
        for (double t : candidates) {
            CaseFigures f = new CaseFigures(recalibrated, t);
            out.printf(Locale.ROOT, "  %-9.4f %7.3f %9.3f %6.3f %6d%n", t, f.recall(), f.precision(), f.f1(), f.falseAlarms);
            if (f.f1() > bestF1 + 1e-12) {
                bestF1 = f.f1();
                best = t;
            }
        }
        Double below = candidates.lower(best);
        double threshold = below == null ? 0 : Math.round((below + best) / 2 * 100) / 100.0;
        out.printf(Locale.ROOT, "chosen --min-confidence default: %.3f (F1 %.3f on the tuned cases)%n", threshold, bestF1);
        return table.withMinConfidence(threshold);
    }

    /** {@code r} with every contradiction's confidence as {@code table} gives it. */
    static CaseResult recalibrate(CaseResult r, Calibration table) {
        List<Scored> out = new ArrayList<>();
        for (Scored s : r.scored()) {
            if (!s.discrepancy().isContradiction()) {
                out.add(s);
                continue;
            }
            double p = table.probability(s.discrepancy().type(), s.raw(), s.similarity(), s.closeness());
            out.add(new Scored(s.discrepancy().withFinding(f -> f.withConfidence(p)), s.similarity(), s.closeness(), s.matched(),
                    s.real()));
        }
        return new CaseResult(r.gold(), r.aside(), out, r.error());
    }
}
