package org.crosscheck.text.number;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.crosscheck.model.Quantity;
import org.crosscheck.model.Quantity.Kind;
import org.crosscheck.model.Quantity.Qualifier;

/**
 * Compares two figures read by {@link QuantityExtractor}.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>NOT_COMPARABLE when the kinds differ (a year and a count, a score and a range) or the
 *       units measure different things (a percentage and money); of one dimension, a conversion
 *       that keeps the amount ("5 miles" / "8 km") is SAME and the same number in another unit
 *       ("5 miles" / "5 km", "£5m" / "$5m") is DIFFERENT_VALUE. Counted nouns are
 *       not compared: rewrites swap synonyms ("85 staff", "58 workers"; "23 dead", "23 people"), so
 *       choosing which two figures speak of the same thing is the caller's job;</li>
 *   <li>scores and ranges: SAME when both numbers are equal in written order, else
 *       DIFFERENT_VALUE ("3-1" and "1-3" differ);</li>
 *   <li>a vague plural ("hundreds", "thousands", "tens of thousands") stands for the values from its
 *       base up to ten times its base: against an exact figure it is SAME when the figure lies in
 *       that range; two vague plurals are SAME only with the same base;</li>
 *   <li>otherwise values must be equal; when either side is ABOUT or NEARLY they may differ by up
 *       to 10% of the larger magnitude, or 2% when the approximate figure is written to three or
 *       more significant digits ("some 43.7%" is no rounding of 47.3%), and by no more than a step of
 *       the approximate figure's last digit ("some 440" is no rounding of 412);</li>
 *   <li>equal values with different qualifiers are DIFFERENT_QUALIFIER ("more than 5,000" and
 *       "5,000"), except that ABOUT agrees with EXACT and NEARLY, because rounding is what it says.</li>
 * </ol>
 * Bounds are not reasoned about: "more than 5,000" and "6,000" are DIFFERENT_VALUE.
 */
public final class QuantityComparison {

    /** How two figures relate. */
    public enum Result { SAME, DIFFERENT_VALUE, DIFFERENT_QUALIFIER, NOT_COMPARABLE }

    private static final double APPROXIMATE_TOLERANCE = 0.10;
    private static final double PRECISE_APPROXIMATE_TOLERANCE = 0.02;
    /** A converted figure is rounded: "5 miles (8 km)" is 8.05 km. */
    private static final double CONVERSION_TOLERANCE = 0.10;
    private static final Map<String, Double> VAGUE_WORDS = Map.of(
            "dozens", 12.0, "hundreds", 100.0, "thousands", 1_000.0, "millions", 1e6, "billions", 1e9);

    private QuantityComparison() {
    }

    /** What a normalised unit measures ("length" for "km" and "mi", "mass" for "kg" and "lb"), or "" when unknown. */
    public static String dimension(String unit) {
        UnitScale.Scale scale = UnitScale.of(unit);
        return scale == null ? "" : scale.dimension();
    }

    /**
     * Compares {@code a} with {@code b} by the rules on this class; the answer does not depend on
     * the order of the arguments.
     *
     * @param a a figure, not null
     * @param b a figure, not null
     * @return SAME, DIFFERENT_VALUE, DIFFERENT_QUALIFIER or NOT_COMPARABLE
     */
    public static Result compare(Quantity a, Quantity b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.kind() != b.kind()) {
            return Result.NOT_COMPARABLE;
        }
        if (!a.unit().equals(b.unit())) {
            return compareUnits(a, b);
        }
        if (a.kind() == Kind.SCORE || a.kind() == Kind.RANGE) {
            return a.value() == b.value() && a.upper() == b.upper() ? Result.SAME : Result.DIFFERENT_VALUE;
        }
        boolean vagueA = isVague(a);
        boolean vagueB = isVague(b);
        if (vagueA || vagueB) {
            if (vagueA && vagueB) {
                return a.value() == b.value() ? Result.SAME : Result.DIFFERENT_VALUE;
            }
            Quantity vague = vagueA ? a : b;
            Quantity exact = vagueA ? b : a;
            boolean inRange = exact.value() >= vague.value() && exact.value() < vague.value() * 10;
            return inRange ? Result.SAME : Result.DIFFERENT_VALUE;
        }
        if (!valuesAgree(a, b)) {
            return Result.DIFFERENT_VALUE;
        }
        return qualifiersAgree(a.qualifier(), b.qualifier()) || roundInWords(a, b) || roundInWords(b, a)
                ? Result.SAME : Result.DIFFERENT_QUALIFIER;
    }

    /**
     * Whether {@code round} is a round figure written in words ("a decade", "two decades") and
     * {@code bounded} the same value as a bound ("more than ten years", "over twenty years"): the
     * words name no precision for the bound to contradict.
     */
    private static boolean roundInWords(Quantity round, Quantity bounded) {
        return round.qualifier() == Qualifier.ABOUT && round.written().chars().noneMatch(Character::isDigit)
                && bounded.qualifier() != Qualifier.EXACT && !isApproximate(bounded.qualifier());
    }

    /**
     * Two figures in different units. Of one dimension, a conversion that keeps the amount (within
     * rounding) is SAME and the same number put in another unit ("5 miles" / "5 km", "$5m" /
     * "€5m") is DIFFERENT_VALUE; anything else (an unknown unit, a unit against none, another
     * dimension, another amount in another currency) is NOT_COMPARABLE.
     */
    private static Result compareUnits(Quantity a, Quantity b) {
        if (a.kind() == Kind.SCORE || a.kind() == Kind.RANGE || !Double.isNaN(a.upper()) || !Double.isNaN(b.upper())) {
            return Result.NOT_COMPARABLE;
        }
        boolean temperature = a.unit().matches("°[CF]") && b.unit().matches("°[CF]");
        if (temperature) {
            double x = UnitScale.toCelsius(a.value(), a.unit());
            double y = UnitScale.toCelsius(b.value(), b.unit());
            return Math.abs(x - y) <= 1 ? Result.SAME : a.value() == b.value() ? Result.DIFFERENT_VALUE : Result.NOT_COMPARABLE;
        }
        UnitScale.Scale x = UnitScale.of(a.unit());
        UnitScale.Scale y = UnitScale.of(b.unit());
        if (x == null || y == null || !x.dimension().equals(y.dimension())) {
            return Result.NOT_COMPARABLE;
        }
        if (!Double.isNaN(x.factor()) && !Double.isNaN(y.factor())) {
            double ax = a.value() * x.factor();
            double by = b.value() * y.factor();
            if (Math.abs(ax - by) <= CONVERSION_TOLERANCE * Math.max(Math.abs(ax), Math.abs(by))) {
                return Result.SAME;
            }
        }
        return a.value() == b.value() ? Result.DIFFERENT_VALUE : Result.NOT_COMPARABLE;
    }

    /**
     * Whether two figures in different units of one measure, both scales known, state different
     * amounts once converted: "about 195 km/h" against "150 mph" (241 km/h). {@link #compare}
     * calls such a pair NOT_COMPARABLE, because in a sentence of several measures another amount
     * in another unit is as often another quantity; a caller that knows the two are the one
     * measure each side gives asks here. Spans of time are left out: "a 12-month period" and "45
     * days" are more often two periods; but a span written before the same noun on both sides
     * measures one thing ("an 18-month renovation" / "a two-year renovation").
     */
    public static boolean convertedApart(Quantity a, Quantity b) {
        if (a.kind() != b.kind() || a.unit().equals(b.unit()) || !Double.isNaN(a.upper()) || !Double.isNaN(b.upper())
                || a.unit().matches("°[CF]") || b.unit().matches("°[CF]")) {
            return false;
        }
        UnitScale.Scale x = UnitScale.of(a.unit());
        UnitScale.Scale y = UnitScale.of(b.unit());
        if (x == null || y == null || !x.dimension().equals(y.dimension()) || x.dimension().equals("time") && !oneSpan(a, b)
                || Double.isNaN(x.factor()) || Double.isNaN(y.factor())) {
            return false;
        }
        double ax = a.value() * x.factor();
        double by = b.value() * y.factor();
        return Math.abs(ax - by) > CONVERSION_TOLERANCE * Math.max(Math.abs(ax), Math.abs(by));
    }

    /** Whether two spans of time measure the same named thing: "an 18-month renovation" / "a two-year renovation". */
    private static boolean oneSpan(Quantity a, Quantity b) {
        return !a.counted().isBlank() && a.counted().equalsIgnoreCase(b.counted());
    }

    /** Whether {@code q} is a vague plural such as "hundreds" or "tens of thousands". */
    static boolean isVague(Quantity q) {
        if (q.kind() != Kind.COUNT) {
            return false;
        }
        String[] words = q.written().toLowerCase(Locale.ROOT).split("\\s+");
        return VAGUE_WORDS.containsKey(words[words.length - 1]);
    }

    private static boolean valuesAgree(Quantity a, Quantity b) {
        if (a.value() == b.value()) {
            return true;
        }
        if (!isApproximate(a.qualifier()) && !isApproximate(b.qualifier())) {
            return roundedDecimals(a, b) || roundedDecimals(b, a);
        }
        double scale = Math.max(Math.abs(a.value()), Math.abs(b.value()));
        return Math.abs(a.value() - b.value()) <= Math.max(allowance(a, scale), allowance(b, scale));
    }

    /**
     * How far from the other figure an approximation may stand: its tolerance, and no more than one
     * step of its last written digit ("some 440" rounds to the ten, so it is no rounding of 412;
     * "about 45%" rounds to the five, "nearly 1,500" to the five hundred).
     */
    private static double allowance(Quantity q, double scale) {
        double byShare = tolerance(q) * scale;
        boolean inWords = q.written().chars().noneMatch(Character::isDigit);
        if (byShare == 0 || inWords || significantDigits(q.value()) != 2) {
            return byShare;
        }
        java.math.BigDecimal v = new java.math.BigDecimal(Math.abs(q.value())).round(new java.math.MathContext(12)).stripTrailingZeros();
        double step = Math.pow(10, -v.scale());
        if (v.unscaledValue().mod(java.math.BigInteger.TEN).intValue() == 5) {
            step *= 5;
        }
        return Math.min(byShare, step);
    }

    private static final java.util.regex.Pattern MANTISSA = java.util.regex.Pattern.compile("\\d[\\d,]*(?:\\.(\\d+))?");

    /**
     * Whether {@code coarse} is {@code fine} with decimals rounded off: "€96m" of "96.2 million
     * euros", "$4.3bn" of "$4.26 billion". Only a figure written with decimals is read as rounded;
     * a whole number is held as written ("43 dead" is not "40 dead" rounded).
     */
    private static boolean roundedDecimals(Quantity fine, Quantity coarse) {
        int fineDecimals = decimals(fine.written());
        int coarseDecimals = decimals(coarse.written());
        if (fineDecimals <= 0 || coarseDecimals < 0 || coarseDecimals >= fineDecimals) {
            return false;
        }
        double mantissa = mantissa(coarse.written());
        if (!(mantissa > 0)) {
            return false;
        }
        double step = coarse.value() / mantissa * Math.pow(10, -coarseDecimals);
        double off = Math.abs(fine.value() - coarse.value());
        double slack = 1e-9 * Math.abs(fine.value());
        // a figure half a step off rounds up, as copy rounds it: "$1.5m" is "$2m", never "$1 million"
        return off < step / 2 - slack || off <= step / 2 + slack && Math.abs(coarse.value()) > Math.abs(fine.value());
    }

    /** Decimals of the first number written in {@code written}, or -1 when none is written in digits. */
    private static int decimals(String written) {
        java.util.regex.Matcher m = MANTISSA.matcher(written);
        return !m.find() ? -1 : m.group(1) == null ? 0 : m.group(1).length();
    }

    private static double mantissa(String written) {
        java.util.regex.Matcher m = MANTISSA.matcher(written);
        return m.find() ? Double.parseDouble(m.group().replace(",", "")) : Double.NaN;
    }

    /**
     * How far an approximation may stray: a round figure ("about 4,500", "some 40%") rounds by up
     * to a tenth; a figure written to three or more significant digits ("some 43.7%", "about
     * 4,312") was not rounded, and its "about" covers only a little.
     */
    private static double tolerance(Quantity q) {
        if (!isApproximate(q.qualifier())) {
            return 0;
        }
        // a share in words ("roughly one in six") is read as 16.7 but says nothing to three digits
        boolean inWords = q.written().chars().noneMatch(Character::isDigit);
        return !inWords && significantDigits(q.value()) >= 3 ? PRECISE_APPROXIMATE_TOLERANCE : APPROXIMATE_TOLERANCE;
    }

    /** Significant digits of a value as written in decimal: 4,500 has 2, 43.7 has 3, 1.8 million has 2. */
    public static int significantDigits(double value) {
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return 1;
        }
        String digits = new java.math.BigDecimal(Math.abs(value)).round(new java.math.MathContext(12)).stripTrailingZeros()
                .unscaledValue().toString();
        return digits.length();
    }

    private static boolean isApproximate(Qualifier q) {
        return q == Qualifier.ABOUT || q == Qualifier.NEARLY;
    }

    private static boolean qualifiersAgree(Qualifier x, Qualifier y) {
        if (x == y) {
            return true;
        }
        boolean aboutOnOneSide = x == Qualifier.ABOUT || y == Qualifier.ABOUT;
        Qualifier other = x == Qualifier.ABOUT ? y : x;
        return aboutOnOneSide && (other == Qualifier.EXACT || other == Qualifier.NEARLY);
    }
}
