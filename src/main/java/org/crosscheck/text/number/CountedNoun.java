package org.crosscheck.text.number;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crosscheck.text.Token;

/**
 * Finds the noun a figure counts: the first lower-case content word after it ("5,000 civilians",
 * "21 people who"), skipping up to two modifiers in front of it (capitalised words such as
 * "Ukrainian", and common adjectives such as "more", "dead", "new"), and an "of" after vague or
 * scaled figures ("thousands of people"). Gives "" when the next word is a function word
 * ("£2.4bn in profit").
 */
final class CountedNoun {

    private static final Set<String> STOP = Set.of(
            "of", "the", "a", "an", "and", "or", "but", "nor", "in", "on", "at", "to", "for", "from", "by", "with",
            "who", "whom", "whose", "which", "that", "were", "was", "is", "are", "be", "been", "being", "have", "has",
            "had", "will", "would", "could", "should", "can", "may", "might", "must", "shall", "said", "says", "say",
            "when", "while", "where", "as", "than", "per", "this", "these", "those", "it", "its", "their", "his",
            "her", "they", "them", "we", "he", "she", "you", "i", "so", "if", "not", "no", "into", "over", "under",
            "after", "before", "since", "during", "about", "around", "across", "between", "more", "less", "fewer",
            "most", "also", "all", "both", "out", "up", "down", "off", "ago", "earlier", "later",
            "there", "then", "now", "yet", "still", "just", "only", "even", "against", "including", "did", "do",
            "does", "percent", "long", "wide", "high", "tall", "deep", "away", "ahead", "behind", "apart", "late",
            "early", "too", "or so", "each", "apiece");
    private static final Set<String> MODIFIERS = Set.of(
            "more", "other", "new", "dead", "injured", "wounded", "additional", "further", "extra", "young", "old",
            "elderly", "innocent", "armed", "unarmed", "missing", "displaced", "local", "foreign", "senior", "junior",
            "former", "serving", "active", "civilian", "military", "confirmed", "reported", "suspected", "separate",
            "different", "individual", "small", "large", "major", "key", "british", "american", "russian");

    private CountedNoun() {
    }

    /** The counted noun in the words from token {@code i}, lower-cased, or "". */
    static String after(List<Token> t, int i, boolean allowOf) {
        int j = i;
        if (allowOf && j < t.size() && t.get(j).isWord("of")) {
            j++;
        } else if (j > 0 && j + 1 < t.size() && t.get(j).isSymbol('-') && t.get(j).start() == t.get(j - 1).end()
                && t.get(j).end() == t.get(j + 1).start()) {
            j++; // "a 14-million-member programme"
        }
        if (NumberReader.measureModifier(t, j)) {
            // "512,340 60-kilogram bags", "40 60kg bags": the bags are counted, the kilograms measure each
            j += t.get(j + 1).isSymbol('-') ? 3 : 2;
        }
        int skipped = 0;
        while (skipped < 2 && isModifier(t, j) && isContentWord(t, j + 1)) {
            j++;
            skipped++;
        }
        if (!isContentWord(t, j)) {
            return "";
        }
        String w = t.get(j).lower();
        // the head of "48 secondary schools" is "schools", of "2,400 community health workers" "workers"
        for (int k = j, step = 0; step < 2 && !plural(w); step++) {
            if (!isContentWord(t, k + 1) || t.get(k + 1).text().indexOf('-') >= 0) {
                break;
            }
            k++;
            if (plural(t.get(k).lower())) {
                w = t.get(k).lower();
            }
        }
        if (w.endsWith("'s") || w.endsWith("’s")) {
            w = w.substring(0, w.length() - 2);
        }
        // "a record crowd of 11,842 watched", "600 million ringgit more annually": a word that is
        // never a noun counts nothing
        return org.crosscheck.text.sense.WordSenses.shared().neverNoun(w) ? "" : w;
    }

    /**
     * The group before "of" that a figure counts when nothing after it says ("a crowd of 11,482",
     * "a herd of 40"), or "": a noun WordNet files under groups, so "a total of" and "an average
     * of", which only frame a figure, say nothing.
     */
    static String beforeOf(List<Token> t, int first) {
        if (first < 2 || !t.get(first - 1).isWord("of") || !isContentWord(t, first - 2)) {
            return "";
        }
        String w = t.get(first - 2).lower();
        return org.crosscheck.text.sense.WordSenses.shared().isGroupNoun(w) ? w : "";
    }

    private static boolean plural(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("'s") && !w.endsWith("’s");
    }

    private static boolean isModifier(List<Token> t, int j) {
        if (j >= t.size() || t.get(j).kind() != Token.Kind.WORD) {
            return false;
        }
        String text = t.get(j).text();
        boolean capitalised = Character.isUpperCase(text.charAt(0)) && !text.equals(text.toUpperCase(Locale.ROOT));
        return capitalised || MODIFIERS.contains(text.toLowerCase(Locale.ROOT));
    }

    private static boolean isContentWord(List<Token> t, int j) {
        if (j >= t.size() || t.get(j).kind() != Token.Kind.WORD) {
            return false;
        }
        String text = t.get(j).text();
        return Character.isLowerCase(text.charAt(0)) && !STOP.contains(text.toLowerCase(Locale.ROOT));
    }
}
