package org.crosscheck.diff;

import java.util.List;
import java.util.Set;

import org.crosscheck.model.Quantity;
import org.crosscheck.model.Quantity.Qualifier;
import org.crosscheck.text.number.QuantityComparison;

/** Compares two figures as values. */
final class Figures {

    /** How two figures relate. */
    enum Outcome { SAME, DIFFERENT_VALUE, OPPOSITE_BOUND, CHANGED_QUALIFIER, NOT_COMPARABLE }

    private static final Set<String> TOLL_WORDS = Set.of("people", "dead", "deaths", "killed", "civilians", "victims",
            "died", "injured", "casualties", "soldiers", "troops", "children", "residents", "patients", "cases", "jobs",
            "workers", "employees", "votes", "homes", "passengers");

    private Figures() {
    }

    /**
     * Whether the two figures state the same value, differ, bound it in opposite directions, or
     * measure different things. A bound that the other side's exact figure satisfies ("more than
     * 5,000" and "6,000") is not a difference.
     */
    static Outcome compare(Quantity a, Quantity b) {
        if (isScoreLike(a) && isScoreLike(b) && a.kind() != b.kind()) {
            // "2-0" read as a range on one side and "2-1" as a score on the other are one result
            b = new Quantity(b.span(), b.written(), b.value(), b.upper(), b.unit(), a.kind(), b.qualifier(), b.counted());
        }
        return switch (QuantityComparison.compare(a, b)) {
            case SAME -> Outcome.SAME;
            case NOT_COMPARABLE -> Outcome.NOT_COMPARABLE;
            case DIFFERENT_QUALIFIER -> a.value() == b.value() ? qualifierOutcome(a.qualifier(), b.qualifier())
                    : intervalsMeet(a, b) || direction(a.qualifier()) * direction(b.qualifier()) >= 0 ? Outcome.SAME
                    : Outcome.OPPOSITE_BOUND;
            // one number in two units ("up to 90 km/h" / "90 mph"): a bound read on the bare numbers says nothing
            case DIFFERENT_VALUE -> a.unit().equals(b.unit()) && (satisfies(a, b) || satisfies(b, a) || intervalsMeet(a, b) || roundedBound(a, b))
                    ? Outcome.SAME : Outcome.DIFFERENT_VALUE;
        };
    }

    /**
     * Two qualifiers of one value: opposite bounds contradict; one approximation or bound changed
     * for another ("around 870" and "less than 870") is a change; a qualifier dropped or added is
     * only a nuance of wording and counts as the same.
     */
    private static Outcome qualifierOutcome(Qualifier a, Qualifier b) {
        if (direction(a) * direction(b) < 0) {
            return Outcome.OPPOSITE_BOUND;
        }
        if (a == Qualifier.EXACT || b == Qualifier.EXACT || direction(a) == direction(b)) {
            return Outcome.SAME;
        }
        return Outcome.CHANGED_QUALIFIER;
    }

    /**
     * Whether the ranges the two qualified figures allow meet: "about £1.1m" ([0.99m, 1.21m]) and
     * "more than £1m" ([1m, 1.05m]) can both be true; "more than 5,000" and "about 500" cannot, nor
     * "up to 420" and "about 240".
     */
    private static boolean intervalsMeet(Quantity a, Quantity b) {
        // only an approximation against a bound: two bounds, or two approximations, are compared as written
        boolean approximateAgainstBound = isApproximate(a.qualifier()) && isBound(b.qualifier())
                || isApproximate(b.qualifier()) && isBound(a.qualifier());
        if (!Double.isNaN(a.upper()) || !Double.isNaN(b.upper()) || !approximateAgainstBound) {
            return false;
        }
        double[] x = interval(a);
        double[] y = interval(b);
        return x[0] <= y[1] && y[0] <= x[1];
    }

    /** How far past its figure a bound reaches when set against an approximation. */
    private static final double BOUND_REACH = 0.05;

    /** How far a bound may be rounded toward what it bounds: "more than 1,200" is "more than a thousand". */
    private static final double BOUND_ROUNDING = 1.25;

    /**
     * Two bounds the same way where the weaker is the stronger rounded to fewer digits: "more than
     * 210,000" implies "more than 200,000", as "fewer than 48" implies "fewer than 50". A weaker
     * bound written as precisely as the stronger ("at least 23" / "at least 32") or far from it
     * ("more than 5,000" / "more than 500") is a different figure.
     */
    private static boolean roundedBound(Quantity a, Quantity b) {
        int da = direction(a.qualifier());
        if (!isBound(a.qualifier()) || !isBound(b.qualifier()) || da != direction(b.qualifier())
                || !Double.isNaN(a.upper()) || !Double.isNaN(b.upper()) || a.value() <= 0 || b.value() <= 0
                || ratio(a, b) > BOUND_ROUNDING) {
            return false;
        }
        Quantity weaker = da > 0 ? (a.value() < b.value() ? a : b) : (a.value() > b.value() ? a : b);
        Quantity stronger = weaker == a ? b : a;
        return QuantityComparison.significantDigits(weaker.value()) < QuantityComparison.significantDigits(stronger.value());
    }

    private static boolean isApproximate(Qualifier q) {
        return q == Qualifier.ABOUT || q == Qualifier.NEARLY;
    }

    private static boolean isBound(Qualifier q) {
        return q == Qualifier.MORE_THAN || q == Qualifier.AT_LEAST || q == Qualifier.LESS_THAN || q == Qualifier.AT_MOST;
    }

    private static double[] interval(Quantity q) {
        double v = q.value();
        return switch (q.qualifier()) {
            case EXACT -> new double[] {v, v};
            case ABOUT -> new double[] {0.9 * v, 1.1 * v};
            case NEARLY -> new double[] {0.9 * v, v};
            // a bound in news copy is set just past the figure: "more than 13,600" is not "nearly 16,000"
            case MORE_THAN, AT_LEAST -> new double[] {v, (1 + BOUND_REACH) * v};
            case LESS_THAN, AT_MOST -> new double[] {(1 - BOUND_REACH) * v, v};
        };
    }

    private static boolean isScoreLike(Quantity q) {
        return q.kind() == Quantity.Kind.SCORE || q.kind() == Quantity.Kind.RANGE;
    }

    private static boolean satisfies(Quantity bound, Quantity exact) {
        if (exact.qualifier() != Qualifier.EXACT || !Double.isNaN(bound.upper()) || !Double.isNaN(exact.upper())) {
            return false;
        }
        boolean holds = switch (bound.qualifier()) {
            case MORE_THAN -> exact.value() > bound.value();
            case AT_LEAST -> exact.value() >= bound.value();
            case LESS_THAN -> exact.value() < bound.value();
            case AT_MOST -> exact.value() <= bound.value();
            default -> false;
        };
        return holds && roundsTo(bound.value(), exact.value());
    }

    /** How far an exact figure may lie past a bound said to restate it, whatever the bound's digits. */
    private static final double BOUND_SLACK = 1.15;

    /**
     * Whether a bound could be the exact figure rounded: within one step of the bound's last
     * digit ("more than 4,000" for 4,300; "more than 5,000" for 6,000), or close anyway. A bound
     * written as precisely as the figure and far from it ("more than 3,400" for 4,300) restates
     * nothing, however true it is.
     */
    private static boolean roundsTo(double bound, double exact) {
        double b = Math.abs(bound);
        double e = Math.abs(exact);
        if (b == 0 || e == 0 || Math.max(b, e) / Math.min(b, e) <= BOUND_SLACK) {
            return true;
        }
        return Math.abs(e - b) <= lastDigitStep(b) + 1e-9 * b;
    }

    /** The place value of a figure's last non-zero digit: 100 for 3,400, 1,000 for 5,000, 0.1 for 2.5. */
    static double lastDigitStep(double value) {
        double step = Math.pow(10, Math.floor(Math.log10(value)));
        while (step > 1e-6) {
            double units = value / step;
            if (Math.abs(units - Math.rint(units)) <= 1e-9 * Math.max(1, units)) {
                return step;
            }
            step /= 10;
        }
        return step;
    }

    private static int direction(Qualifier q) {
        return switch (q) {
            case MORE_THAN, AT_LEAST -> 1;
            case LESS_THAN, AT_MOST, NEARLY -> -1;
            default -> 0;
        };
    }

    /** Nouns that count one thing: a rewrite says "58 workers" where the original said "85 staff". */
    private static final List<Set<String>> SAME_THINGS = List.of(
            Set.of("staff", "workers", "employees", "jobs", "roles", "posts", "positions", "personnel", "people"),
            Set.of("dead", "deaths", "killed", "fatalities", "lives", "bodies", "people"),
            Set.of("people", "persons", "individuals"),
            Set.of("homes", "houses", "households", "properties", "dwellings"),
            Set.of("children", "kids", "youngsters"),
            Set.of("soldiers", "troops", "servicemen"),
            Set.of("cars", "vehicles"));

    /** Whether two counted nouns count the same thing (equal, or in one group of news synonyms). */
    static boolean sameThing(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b) || org.crosscheck.index.Stemmer.stem(a).equals(org.crosscheck.index.Stemmer.stem(b))) {
            return true; // "a 65-unit village" / "56 units"
        }
        return SAME_THINGS.stream().anyMatch(g -> g.contains(a) && g.contains(b));
    }

    /** Whether the figure counts people or money, where a change matters most. */
    static boolean isTollOrMoney(Quantity q) {
        return q.kind() == Quantity.Kind.MONEY || TOLL_WORDS.contains(q.counted());
    }

    /** The larger value over the smaller (1 when equal or zero). */
    static double ratio(Quantity a, Quantity b) {
        double x = Math.abs(a.value());
        double y = Math.abs(b.value());
        if (x == 0 || y == 0) {
            return 1;
        }
        return Math.max(x, y) / Math.min(x, y);
    }

    /** Whether {@code v} reads as a year of the modern era (1900 to 2099). */
    static boolean yearLike(double v) {
        return v == Math.rint(v) && v >= 1900 && v <= 2099;
    }

    /** How many content words (by stem) two sentences share besides {@code noun} (a counted noun, or "unit:" and a unit). */
    static int sharedContentWords(String a, String b, String noun) {
        java.util.Set<String> x = contentStems(a);
        x.retainAll(contentStems(b));
        if (!noun.isEmpty()) {
            if (!noun.startsWith("unit:")) {
                x.remove(org.crosscheck.index.Stemmer.stem(noun));
            }
        }
        return x.size();
    }

    /** The stems of the words of {@code s} longer than two letters that are not stop words. */
    static java.util.Set<String> contentStems(String s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() > 2 && !org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w)) {
                out.add(org.crosscheck.index.Stemmer.stem(w));
            }
        }
        return out;
    }

    /** How many content words (by stem) two sentences share. */
    static int sharedContentWords(String a, String b) {
        return sharedContentWords(a, b, "");
    }
}
