package org.crosscheck.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * A reliability table: the reported contradictions in bins of confidence, with how many fall in
 * each, their mean confidence and the share of them that is real. A calibrated confidence has a
 * mean close to the observed precision in every bin.
 */
final class Reliability {

    private static final int BINS = 10;

    private Reliability() {
    }

    /**
     * Prints the table for the tuned and the set-aside contradictions side by side, with the
     * Brier score (mean squared gap between confidence and outcome) below.
     */
    static void print(PrintStream out, String title, List<Scored> tuned, List<Scored> aside, ToDoubleFunction<Scored> confidence) {
        out.println(title);
        out.printf(Locale.ROOT, "  %-9s | %5s %6s %9s | %5s %6s %9s%n", "bin", "tuned", "mean", "precision", "aside", "mean",
                "precision");
        for (int b = 0; b < BINS; b++) {
            double lo = (double) b / BINS;
            double hi = (double) (b + 1) / BINS;
            out.printf(Locale.ROOT, "  %.1f-%.1f   | %s | %s%n", lo, hi, cell(tuned, confidence, b), cell(aside, confidence, b));
        }
        out.printf(Locale.ROOT, "  Brier     | %22.4f | %22.4f%n", brier(tuned, confidence), brier(aside, confidence));
    }

    private static String cell(List<Scored> all, ToDoubleFunction<Scored> confidence, int bin) {
        List<Scored> in = all.stream().filter(s -> binOf(confidence.applyAsDouble(s)) == bin).toList();
        if (in.isEmpty()) {
            return String.format(Locale.ROOT, "%5d %6s %9s", 0, "-", "-");
        }
        double mean = in.stream().mapToDouble(confidence).average().orElse(0);
        double precision = in.stream().filter(Scored::real).count() / (double) in.size();
        return String.format(Locale.ROOT, "%5d %6.3f %9.3f", in.size(), mean, precision);
    }

    private static int binOf(double confidence) {
        return Math.min(BINS - 1, (int) Math.floor(confidence * BINS));
    }

    private static double brier(List<Scored> all, ToDoubleFunction<Scored> confidence) {
        return all.stream().mapToDouble(s -> {
            double gap = confidence.applyAsDouble(s) - (s.real() ? 1 : 0);
            return gap * gap;
        }).average().orElse(Double.NaN);
    }
}
