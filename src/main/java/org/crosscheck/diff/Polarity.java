package org.crosscheck.diff;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crosscheck.index.Stemmer;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Token;
import org.crosscheck.text.sense.Antonyms;

/**
 * Negation words and antonym pairs. Antonyms are WordNet's ({@link Antonyms}), a word and its
 * form with a negating prefix ("named" / "unnamed"), and a short list of opposites WordNet does
 * not record ("approve" / "reject", "rise" / "drop"), compared by stem.
 */
final class Polarity {

    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "none", "nobody", "nothing", "neither", "nor",
            "cannot", "without", "nowhere", "non");
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("rose", "rise"), Map.entry("risen", "rise"), Map.entry("fell", "fall"), Map.entry("fallen", "fall"),
            Map.entry("won", "win"), Map.entry("lost", "lose"), Map.entry("grew", "grow"), Map.entry("grown", "grow"),
            Map.entry("shrank", "shrink"), Map.entry("shrunk", "shrink"), Map.entry("sold", "sell"),
            Map.entry("bought", "buy"), Map.entry("began", "begin"), Map.entry("begun", "begin"), Map.entry("left", "leave"),
            Map.entry("freed", "free"), Map.entry("died", "die"), Map.entry("beaten", "beat"), Map.entry("passed", "pass"),
            Map.entry("worse", "bad"), Map.entry("better", "good"), Map.entry("laid", "lay"));
    private static final Map<String, Set<String>> ANTONYMS = antonyms();

    private Polarity() {
    }

    private static Map<String, Set<String>> antonyms() {
        Map<String, Set<String>> map = new HashMap<>();
        for (List<String> row : Lexicon.rows(Polarity.class, "/org/crosscheck/diff/antonyms.txt")) {
            if (row.size() < 2) {
                continue;
            }
            String a = lemma(row.get(0));
            String b = lemma(row.get(1));
            map.computeIfAbsent(a, k -> new HashSet<>()).add(b);
            map.computeIfAbsent(b, k -> new HashSet<>()).add(a);
        }
        return map;
    }

    /** The stem of a word, irregular verb forms folded to their base first. */
    static String lemma(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
        StringBuilder out = new StringBuilder();
        for (String part : w.split("\\s+")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(Stemmer.stem(IRREGULAR.getOrDefault(part, part)));
        }
        return out.toString();
    }

    private static boolean prefixNegated(String word, String negated) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        String n = negated.toLowerCase(java.util.Locale.ROOT);
        if (w.length() < 4 || w.contains(" ") || n.contains(" ")) {
            return false;
        }
        for (String prefix : List.of("un", "in", "im", "il", "ir", "non", "non-", "dis")) {
            if (n.equals(prefix + w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} negates ("not", "never", "didn't"). */
    static boolean isNegator(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
        return NEGATORS.contains(w) || w.endsWith("n't");
    }

    /** Whether any of {@code tokens} negates. */
    static boolean isNegator(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> isNegator(t.text()));
    }

    /**
     * Whether the two words (or short phrases) are antonyms: listed as such, or one is the other
     * with a negating prefix ("named" and "unnamed", "legal" and "illegal").
     */
    static boolean antonyms(String a, String b) {
        if (prefixNegated(a, b) || prefixNegated(b, a)) {
            return true;
        }
        if (listed(a, b)) {
            return true;
        }
        if (lemma(a).equals(lemma(b))) {
            return false;
        }
        if (a.contains(" ") || b.contains(" ")) {
            // a verb of two words WordNet holds as one ("turned down") is read as strictly as a pair of single words
            return oneWordOrVerb(a) && oneWordOrVerb(b) && Antonyms.shared().directlyOpposite(a, b);
        }
        // a verb of manner states what the verb it is a manner of states: "defeated" (a motion) is a way to "veto" it;
        // a listed verb's synonym in its commonest sense states what it states: "backed" is "supported"
        return Antonyms.shared().opposite(a, b) || Antonyms.shared().broader(a).stream().anyMatch(x -> listed(x, b))
                || Antonyms.shared().broader(b).stream().anyMatch(x -> listed(a, x))
                || Antonyms.shared().verbSynonyms(a).stream().anyMatch(x -> listed(x, b))
                || Antonyms.shared().verbSynonyms(b).stream().anyMatch(x -> listed(a, x));
    }

    /**
     * Whether two single words are opposites by a stricter reading than {@link #antonyms}: listed,
     * or WordNet's own antonym of the word or of the verb it is a manner of ("rose" / "fell",
     * "rose" / "plunged"), never an antonym's synonym ("travel" is opposite to "stay in place",
     * not to every "stay"). For pairs that the sentence around them does not confirm.
     */
    static boolean directAntonyms(String a, String b) {
        if (listed(a, b) || prefixNegated(a, b) || prefixNegated(b, a)) {
            return true;
        }
        return !lemma(a).equals(lemma(b)) && (Antonyms.shared().directlyOpposite(a, b)
                || Antonyms.shared().broader(a).stream().anyMatch(x -> listed(x, b))
                || Antonyms.shared().broader(b).stream().anyMatch(x -> listed(a, x)));
    }

    /** Whether {@code phrase} is one word, or two that WordNet holds as one verb ("turned down", not "sits on the"). */
    private static boolean oneWordOrVerb(String phrase) {
        String[] w = phrase.trim().split("\\s+");
        return w.length == 1 || w.length == 2 && org.crosscheck.text.sense.WordSenses.shared().isVerbPhrase(w[0], w[1]);
    }

    /** Whether the project's own list of opposites pairs the two ("rule out" / "leave open"), not only the dictionary. */
    static boolean listedAntonyms(String a, String b) {
        return listed(a, b) || listed(b, a);
    }

    private static boolean listed(String a, String b) {
        Set<String> opposites = ANTONYMS.get(lemma(a));
        return opposites != null && opposites.contains(lemma(b));
    }

    /** Whether two words are forms of one word: by stem, or as WordNet reads inflections ("went" / "go"). */
    static boolean sameLemma(String a, String b) {
        return lemma(a).equals(lemma(b)) || Antonyms.shared().sameLemma(a, b);
    }
}
