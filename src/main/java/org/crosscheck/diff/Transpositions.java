package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.crosscheck.model.Alignment;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Quantity;

/**
 * NUMBER: a figure whose digits the other source gives in another order ("68 houses" / "86
 * homes", "340,000" / "430,000"), the commonest slip of a figure copied by hand. The form decides
 * where the wording cannot: two figures of two digits or more, of one kind and unit, each given
 * nowhere else in the other article, whose digits are the same in another order, in sentences the
 * aligner paired, that say what they count alike or share two content words, or anywhere when
 * three different digits or more are permuted.
 */
final class Transpositions {

    /**
     * From this many different digits other than zero, a figure given in another order is taken
     * for a slip wherever the two stand: "£412,000" and "£214,000" do not meet in one story by chance.
     */
    private static final int TELLING_DIGITS = 3;

    private Transpositions() {
    }

    private static long distinct(String digits) {
        return digits.replace("0", "").chars().distinct().count();
    }

    /** The transposed figures of the two articles that {@code found} does not report yet. */
    static List<Discrepancy> between(Comparison c, List<Alignment> pairs, List<LoneCounts.Placed> allLeft, List<LoneCounts.Placed> allRight,
                                     List<Discrepancy> found) {
        List<Discrepancy> out = new ArrayList<>();
        // the right side's figures by their digits in order, so that each left figure meets only its permutations
        java.util.Map<String, List<LoneCounts.Placed>> byDigits = new java.util.HashMap<>();
        for (LoneCounts.Placed rp : allRight) {
            String rd = digits(rp.q());
            if (rd != null) {
                byDigits.computeIfAbsent(sorted(rd), k -> new ArrayList<>()).add(rp);
            }
        }
        java.util.Set<String> leftValues = values(allLeft);
        java.util.Set<String> rightValues = values(allRight);
        for (LoneCounts.Placed lp : allLeft) {
            Quantity l = lp.q();
            String ld = digits(l);
            if (ld == null || !byDigits.containsKey(sorted(ld)) || rightValues.contains(valueKey(l))) {
                continue;
            }
            for (LoneCounts.Placed rp : byDigits.get(sorted(ld))) {
                Quantity r = rp.q();
                boolean notSwapped = ld.equals(digits(r)) || l.kind() != r.kind() || !baseUnit(l).equals(baseUnit(r))
                        || leftValues.contains(valueKey(r));
                boolean apart = !related(c, lp, rp) && distinct(ld) < TELLING_DIGITS || counterpartElsewhere(pairs, lp, rp);
                if (notSwapped || apart || LoneCounts.reported(found, lp, rp) || LoneCounts.reported(out, lp, rp)
                        || NumberDetector.quoted(c.left(), lp.sentence(), l) && NumberDetector.quoted(c.right(), rp.sentence(), r)
                        || Datelines.inDateline(c.left(), lp.sentence(), l.span()) || Datelines.inDateline(c.right(), rp.sentence(), r.span())) {
                    continue;
                }
                Figures.Outcome outcome = Figures.compare(l, r);
                if (outcome == Figures.Outcome.NOT_COMPARABLE && !l.unit().equals(r.unit()) && l.value() != r.value()) {
                    outcome = Figures.Outcome.DIFFERENT_VALUE; // "£412,000 a year" / "£214,000 annually": one side left the period unsaid
                }
                if (outcome != Figures.Outcome.DIFFERENT_VALUE) {
                    continue;
                }
                Finding f = NumberDetector.finding(c, lp.sentence(), l, rp.sentence(), r, outcome).finding();
                out.add(new Discrepancy.NumberChange(new Finding(f.severity(), f.summary(),
                        "The other source gives the same digits in another order, and neither figure stands in the other source.", 0.75,
                        f.left(), f.right())));
            }
        }
        return out;
    }

    /**
     * The digits a figure is written with ("340,000" reads "340000", "1.2 million" reads "12"), or
     * null for a year, an ordinal, a score, a range, fewer than two digits, or digits all alike
     * but for zeros.
     */
    static String digits(Quantity q) {
        if (q.kind() == Quantity.Kind.YEAR || q.kind() == Quantity.Kind.ORDINAL || q.kind() == Quantity.Kind.SCORE
                || q.kind() == Quantity.Kind.RANGE || !Double.isNaN(q.upper())) {
            return null;
        }
        String d = q.written().replaceAll("[^0-9]", "");
        if (d.length() < 2 || distinct(d) < 2) {
            return null;
        }
        return d;
    }

    /** The unit without the period it is given for: "£412,000 a year" and "£214,000" are both pounds. */
    private static String baseUnit(Quantity q) {
        int slash = q.unit().indexOf('/');
        return slash < 0 ? q.unit() : q.unit().substring(0, slash);
    }

    private static String sorted(String digits) {
        char[] c = digits.toCharArray();
        Arrays.sort(c);
        return new String(c);
    }

    /** The figures' values with their kinds: an article gives a figure when it gives its key. */
    private static java.util.Set<String> values(List<LoneCounts.Placed> all) {
        java.util.Set<String> out = new java.util.HashSet<>();
        all.forEach(p -> out.add(valueKey(p.q())));
        return out;
    }

    private static String valueKey(Quantity q) {
        return q.kind() + ":" + q.value();
    }

    /**
     * Whether the two sentences were paired, or the two figures say alike what they count, or the
     * two sentences share two content words (a statement split or merged in the copy).
     */
    private static boolean related(Comparison c, LoneCounts.Placed lp, LoneCounts.Placed rp) {
        boolean paired = c.alignments().stream().anyMatch(a -> a.left().sentence() == lp.sentence() && a.right().sentence() == rp.sentence());
        String lc = lp.q().counted();
        String rc = rp.q().counted();
        return paired && (lc.isEmpty() || rc.isEmpty() || FigurePartners.countsAlike(lc, rc))
                || !lc.isEmpty() && !rc.isEmpty() && FigurePartners.countsAlike(lc, rc)
                || Figures.sharedContentWords(c.left().sentence(lp.sentence()).text(), c.right().sentence(rp.sentence()).text()) >= 2;
    }

    /**
     * Whether the left figure's statement has its counterpart in another sentence than the right
     * figure's (paired by the aligner or by a precise figure both give): the right figure then
     * belongs to another statement ("the haddock quota, at 61,305 tonnes, is lifted" is the
     * counterpart; "hope for a 41 percent rise in catches" is not).
     */
    private static boolean counterpartElsewhere(List<Alignment> pairs, LoneCounts.Placed lp, LoneCounts.Placed rp) {
        boolean elsewhere = pairs.stream().anyMatch(a -> a.left().sentence() == lp.sentence() && a.right().sentence() != rp.sentence());
        boolean here = pairs.stream().anyMatch(a -> a.left().sentence() == lp.sentence() && a.right().sentence() == rp.sentence());
        return elsewhere && !here;
    }

}
