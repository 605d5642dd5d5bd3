package org.crosscheck.text.number;

import java.util.List;
import java.util.Map;

import org.crosscheck.model.Quantity.Qualifier;
import org.crosscheck.text.Token;

/**
 * Reads the bound or approximation written directly before a figure: "more than", "at least",
 * "fewer than", "up to", "about", "an estimated", "nearly", "just under" and their kin. The longest
 * phrase wins, so "just under" is NEARLY even though "under" alone is LESS_THAN.
 */
final class Qualifiers {

    /** A qualifier starting at token {@code first}. */
    record Found(int first, Qualifier qualifier) {
    }

    private static final Map<String, Qualifier> PHRASES = Map.ofEntries(
            Map.entry("more than", Qualifier.MORE_THAN), Map.entry("over", Qualifier.MORE_THAN),
            Map.entry("above", Qualifier.MORE_THAN), Map.entry("in excess of", Qualifier.MORE_THAN),
            Map.entry("upwards of", Qualifier.MORE_THAN), Map.entry("just over", Qualifier.MORE_THAN),
            Map.entry("well over", Qualifier.MORE_THAN), Map.entry("exceeding", Qualifier.MORE_THAN),
            Map.entry("at least", Qualifier.AT_LEAST), Map.entry("no fewer than", Qualifier.AT_LEAST),
            Map.entry("no less than", Qualifier.AT_LEAST), Map.entry("a minimum of", Qualifier.AT_LEAST),
            Map.entry("less than", Qualifier.LESS_THAN), Map.entry("under", Qualifier.LESS_THAN),
            Map.entry("fewer than", Qualifier.LESS_THAN), Map.entry("below", Qualifier.LESS_THAN),
            Map.entry("up to", Qualifier.AT_MOST), Map.entry("at most", Qualifier.AT_MOST),
            Map.entry("no more than", Qualifier.AT_MOST), Map.entry("a maximum of", Qualifier.AT_MOST),
            Map.entry("as much as", Qualifier.AT_MOST), Map.entry("as many as", Qualifier.AT_MOST),
            Map.entry("about", Qualifier.ABOUT), Map.entry("around", Qualifier.ABOUT),
            Map.entry("some", Qualifier.ABOUT), Map.entry("approximately", Qualifier.ABOUT),
            Map.entry("roughly", Qualifier.ABOUT), Map.entry("an estimated", Qualifier.ABOUT),
            Map.entry("estimated", Qualifier.ABOUT), Map.entry("circa", Qualifier.ABOUT),
            Map.entry("approx", Qualifier.ABOUT), Map.entry("nearly", Qualifier.NEARLY),
            Map.entry("almost", Qualifier.NEARLY), Map.entry("close to", Qualifier.NEARLY),
            Map.entry("just under", Qualifier.NEARLY), Map.entry("just below", Qualifier.NEARLY),
            Map.entry("just shy of", Qualifier.NEARLY), Map.entry("getting on for", Qualifier.NEARLY));

    private Qualifiers() {
    }

    /** How many words before a bound a negation may stand and still turn it ("were not falling below"). */
    private static final int NEGATION_REACH = 2;

    /** Whether a negation stands just before the bound starting at {@code first}: "not below 30C" is "at least 30C". */
    private static boolean negated(List<Token> t, int first) {
        for (int k = first - 1; k >= 0 && k >= first - NEGATION_REACH; k--) {
            String w = t.get(k).lower().replace('\u2019', '\'');
            if (t.get(k).kind() != Token.Kind.WORD) {
                return false;
            }
            if (w.equals("not") || w.equals("never") || w.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /** The bound a negation turns a bound into: "not below" is "at least", "not more than" is "at most". */
    private static Qualifier inverse(Qualifier q) {
        return switch (q) {
            case MORE_THAN -> Qualifier.AT_MOST;
            case LESS_THAN -> Qualifier.AT_LEAST;
            case AT_LEAST -> Qualifier.LESS_THAN;
            case AT_MOST -> Qualifier.MORE_THAN;
            default -> q;
        };
    }

    /** The qualifier ending just before token {@code figure}, or null if none is written there. */
    static Found before(List<Token> t, int figure) {
        for (int words = 3; words >= 1; words--) {
            int first = figure - words;
            if (first < 0) {
                continue;
            }
            StringBuilder phrase = new StringBuilder();
            boolean allWords = true;
            for (int k = first; k < figure; k++) {
                allWords &= t.get(k).kind() == Token.Kind.WORD;
                phrase.append(k == first ? "" : " ").append(t.get(k).lower());
            }
            Qualifier q = allWords ? PHRASES.get(phrase.toString()) : null;
            if (q != null) {
                return new Found(first, negated(t, first) ? inverse(q) : q);
            }
        }
        return null;
    }
}
