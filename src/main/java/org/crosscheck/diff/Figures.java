package org.crosscheck.diff;

import java.util.Set;

import org.crosscheck.model.Quantity;
import org.crosscheck.model.Quantity.Qualifier;

/** Compares two figures as values. */
final class Figures {

    /** How two figures relate. */
    enum Outcome { SAME, DIFFERENT_VALUE, OPPOSITE_BOUND, NOT_COMPARABLE }

    private static final Set<String> TOLL_WORDS = Set.of("people", "dead", "deaths", "killed", "civilians", "victims",
            "died", "injured", "casualties", "soldiers", "troops", "children", "residents", "patients", "cases", "jobs",
            "workers", "employees", "votes", "homes", "passengers");

    private Figures() {
    }

    /** Whether the two figures state the same value, differ, bound it oppositely, or measure different things. */
    static Outcome compare(Quantity a, Quantity b) {
        if (!comparableKinds(a.kind(), b.kind()) || !a.unit().equals(b.unit())) {
            return Outcome.NOT_COMPARABLE;
        }
        boolean sameValue = close(a.value(), b.value(), a, b) && sameUpper(a, b);
        if (!sameValue) {
            return Outcome.DIFFERENT_VALUE;
        }
        if (direction(a.qualifier()) * direction(b.qualifier()) < 0) {
            return Outcome.OPPOSITE_BOUND;
        }
        return Outcome.SAME;
    }

    private static boolean comparableKinds(Quantity.Kind a, Quantity.Kind b) {
        if (a == b) {
            return true;
        }
        return (a == Quantity.Kind.SCORE || a == Quantity.Kind.RANGE) && (b == Quantity.Kind.SCORE || b == Quantity.Kind.RANGE);
    }

    private static boolean sameUpper(Quantity a, Quantity b) {
        if (Double.isNaN(a.upper()) && Double.isNaN(b.upper())) {
            return true;
        }
        return !Double.isNaN(a.upper()) && !Double.isNaN(b.upper()) && a.upper() == b.upper();
    }

    private static boolean close(double x, double y, Quantity a, Quantity b) {
        if (x == y) {
            return true;
        }
        boolean approximate = a.qualifier() == Qualifier.ABOUT || b.qualifier() == Qualifier.ABOUT
                || a.qualifier() == Qualifier.NEARLY || b.qualifier() == Qualifier.NEARLY;
        double scale = Math.max(Math.abs(x), Math.abs(y));
        return approximate && Math.abs(x - y) <= 0.1 * scale;
    }

    private static int direction(Qualifier q) {
        return switch (q) {
            case MORE_THAN, AT_LEAST -> 1;
            case LESS_THAN, AT_MOST, NEARLY -> -1;
            default -> 0;
        };
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
}
