package org.crosscheck.eval;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Finding;

/**
 * The matching rules of {@code shared/score.py}, ported exactly: a reported discrepancy matches a
 * gold entry when its type is one the entry names, every anchor occurs in the left or right
 * sentence text, and every value occurs in the left value, the right value or the summary. Both
 * sides are normalised first: curly quotes made straight, en and em dashes made hyphens, no-break
 * spaces made spaces, runs of white space made one space, ends trimmed, lower case.
 */
public final class GoldMatch {

    /** What score.py puts between the haystacks it joins, so an anchor never spans two of them. */
    private static final String JOIN = " \u241e ";
    /** Python's {@code \s} on str: Unicode white space, plus the information separators 0x1c-0x1f. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\x1c-\\x1f]+", Pattern.UNICODE_CHARACTER_CLASS);

    private GoldMatch() {
    }

    /** Whether {@code reported} matches {@code gold}. */
    public static boolean matches(Discrepancy reported, GoldEntry gold) {
        if (!gold.types().contains(reported.type())) {
            return false;
        }
        Finding f = reported.finding();
        String texts = norm(f.left().text()) + JOIN + norm(f.right().text());
        for (String anchor : gold.anchors()) {
            if (!texts.contains(norm(anchor))) {
                return false;
            }
        }
        String values = String.join(JOIN, List.of(norm(f.left().value()), norm(f.right().value()), norm(f.summary())));
        for (String value : gold.values()) {
            if (!values.contains(norm(value))) {
                return false;
            }
        }
        return true;
    }

    /** score.py's {@code norm}: quote style, dashes, no-break spaces, white space runs and case. */
    public static String norm(String text) {
        if (text == null) {
            return "";
        }
        String t = text.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u00a0', ' ');
        t = SPACES.matcher(t).replaceAll(" ");
        int start = t.startsWith(" ") ? 1 : 0;
        int end = t.endsWith(" ") && t.length() > start ? t.length() - 1 : t.length();
        return t.substring(start, Math.max(start, end)).toLowerCase(Locale.ROOT);
    }
}
