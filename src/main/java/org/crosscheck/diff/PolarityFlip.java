package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crosscheck.text.Token;
import org.crosscheck.text.sense.Absences;
import org.crosscheck.text.sense.WordSenses;

/**
 * Reads one changed run of words as a change of polarity, or not.
 *
 * <p>A negation counts only when it attaches to the same predicate on both sides: once the
 * negation is taken out ("not", "never", "no longer", "didn't", and the implied negations "has
 * yet to", "failed to", "refused to", "declined to"), together with the "do" that carries it,
 * the words left on the two sides must be the same words, any inflection ("did not go" /
 * "went"), or words WordNet links as one meaning ("is grappling with" / "is not dealing with"). A negation that arrives with other new words ("The family had nothing" / "But") is
 * not a flip of the other side's statement. An antonym likewise counts only when it is the one
 * word that differs.
 */
final class PolarityFlip {

    /** What a run of changed words says. */
    enum Kind { NONE, NEGATION, ANTONYM }

    /** Verbs that deny the predicate they introduce with "to": "failed to reach", "refused to comment". */
    private static final Set<String> DENYING_VERBS = Set.of("fail", "failed", "fails", "failing", "refuse", "refused",
            "refuses", "refusing", "decline", "declined", "declines", "declining", "unable");
    private static final Set<String> DO = Set.of("do", "does", "did");
    /** "Not only X but also Y" affirms X. */
    private static final Set<String> LIMITING = Set.of("only", "just", "merely", "simply");
    /**
     * Words that do not change which predicate a negation attaches to: adverbs of time and degree
     * ("still works", "was very happy" / "wasn't happy"), articles and quantifiers ("found the
     * evidence" / "found no evidence", "several discounts" / "no discounts"), the conjunction
     * that carries a contrast ("time and money" / "time but not money"), "with" (which "without"
     * negates) and modals of necessity
     * or possibility ("must reflect" / "need not reflect", "is important" / "might not be
     * important").
     */
    private static final Set<String> NEUTRAL = Set.of("still", "already", "ever", "also", "even", "just", "very", "too",
            "quite", "so", "really", "the", "a", "an", "any", "some", "several", "many", "all", "both", "each", "every",
            "much", "and", "but", "or", "with", "must", "need", "will", "would", "can", "should", "shall", "may", "might", "could",
            "necessarily");

    private PolarityFlip() {
    }

    /**
     * How the change of {@code removed} into {@code added} (word tokens) stands, given the token
     * after the run on each side.
     */
    static Kind of(List<Token> removed, Token removedAfter, List<Token> added, Token addedAfter) {
        List<String> r = words(removed, removedAfter);
        List<String> a = words(added, addedAfter);
        boolean rn = negates(r, removed.size());
        boolean an = negates(a, added.size());
        if (rn != an) {
            return sameWords(residue(r), residue(a)) ? Kind.NEGATION : Kind.NONE;
        }
        for (int i = 0; i < removed.size(); i++) {
            for (int j = 0; j < added.size(); j++) {
                if (Polarity.antonyms(removed.get(i).text(), added.get(j).text()) && !approximates(r, i) && !approximates(a, j)) {
                    List<String> rr = new ArrayList<>(r.subList(0, removed.size()));
                    List<String> aa = new ArrayList<>(a.subList(0, added.size()));
                    rr.remove(i);
                    aa.remove(j);
                    if (sameWords(plain(rr), plain(aa))) {
                        return Kind.ANTONYM;
                    }
                }
            }
        }
        if (removed.size() > 1 || added.size() > 1) {
            String rt = String.join(" ", r.subList(0, removed.size()));
            String at = String.join(" ", a.subList(0, added.size()));
            if (!rt.isEmpty() && !at.isEmpty() && Polarity.antonyms(rt, at)) {
                return Kind.ANTONYM;
            }
        }
        return Kind.NONE;
    }

    /**
     * "Some 1,600 students": "some" before a figure rounds it and is no quantifier opposite to "all";
     * a bound before a figure ("over 40" / "under 40") keeps its opposite.
     */
    private static boolean approximates(List<String> words, int k) {
        return words.get(k).equals("some") && k + 1 < words.size() && AMOUNT.matcher(words.get(k + 1)).matches();
    }

    /** The run's words lower-cased, with the token after it (when a word) appended for "failed to" and "yet to". */
    private static List<String> words(List<Token> run, Token after) {
        List<String> out = new ArrayList<>();
        run.forEach(t -> out.add(t.normal()));
        if (after != null && after.isWord()) {
            out.add(after.normal());
        }
        return out;
    }

    /**
     * Whether a whole phrase (word tokens) carries a negation, plain or implied ("had yet to be
     * served", "failed to reach").
     */
    static boolean negated(List<Token> phrase) {
        List<String> w = words(phrase, null);
        return negates(w, w.size());
    }

    /**
     * How many negations, plain or implied, a run of word tokens holds, counting only those
     * {@code counted} accepts, given the index of the first word after the marker.
     */
    static int negations(List<Token> words, java.util.function.IntPredicate counted) {
        List<String> w = words(words, null);
        int n = 0;
        for (int i = 0; i < w.size(); i++) {
            // "ruled out" denies what it rules out; "did not rule out" is two denials, not one moved
            int m = i + 1 < w.size() && RULE.contains(w.get(i)) && w.get(i + 1).equals("out") ? 2 : marker(w, i);
            if (m > 0) {
                n += counted.test(i + m) ? 1 : 0;
                i += m - 1;
            }
        }
        return n;
    }

    /** Whether {@code word} followed by {@code next} opens an implied negation: "failed to", "has yet to". */
    static boolean impliesNegation(String word, String next) {
        return (word.equals("yet") || DENYING_VERBS.contains(word)) && next.equals("to");
    }

    /** The forms of "rule" that, with "out" and a verb in -ing, deny that verb. */
    private static final Set<String> RULE = Set.of("rule", "rules", "ruled", "ruling");

    /** Verbs that deny with "short of": "stopped short of", "fell short of". */
    private static final Set<String> SHORT_OF = Set.of("stop", "stops", "stopped", "stopping", "fall", "falls", "fell",
            "falling", "fallen");
    private static final Set<String> REFRAIN = Set.of("refrain", "refrains", "refrained", "refraining");

    /**
     * How many words from {@code i} make a frame that denies the verb in -ing right after it, or 0:
     * "ruled out closing", "stopped short of recommending", "fell short of winning", "refrained
     * from commenting" (negative implicatives: the act did not happen).
     */
    static int denyingFrame(List<String> w, int i) {
        String s = w.get(i);
        int n = RULE.contains(s) && at(w, i + 1).equals("out") ? 2
                : SHORT_OF.contains(s) && at(w, i + 1).equals("short") && at(w, i + 2).equals("of") ? 3
                : REFRAIN.contains(s) && at(w, i + 1).equals("from") ? 2 : 0;
        return n > 0 && gerund(at(w, i + n)) ? n : 0;
    }

    private static String at(List<String> w, int i) {
        return i < w.size() ? w.get(i) : "";
    }

    private static boolean gerund(String verb) {
        return verb.length() > 5 && verb.endsWith("ing");
    }

    /** Whether one of the two words before {@code i} negates it: "did not rule out running" leaves running open. */
    static boolean negatedBefore(List<String> w, int i) {
        return i >= 1 && Polarity.isNegator(w.get(i - 1)) || i >= 2 && Polarity.isNegator(w.get(i - 2));
    }

    /** "Risk-free", "tax-free": a thing said to be absent, as "no risk" says it. */
    private static boolean freeOf(String word) {
        return word.length() > 6 && word.endsWith("-free");
    }

    /** Whether a negation starts within the first {@code runSize} words (the word after them is context). */
    private static boolean negates(List<String> w, int runSize) {
        for (int i = 0; i < runSize; i++) {
            if (marker(w, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** How many words from {@code i} on make a negation marker, or 0. */
    private static int marker(List<String> w, int i) {
        String s = w.get(i);
        if (s.equals("no") && i + 1 < w.size() && w.get(i + 1).equals("longer")) {
            return 2;
        }
        if (Polarity.isNegator(s) && !(s.equals("not") && i + 1 < w.size() && LIMITING.contains(w.get(i + 1))) && !ballotNo(w, i)) {
            return 1;
        }
        if (impliesNegation(s, i + 1 < w.size() ? w.get(i + 1) : "")) {
            return 2;
        }
        // a "ruled out" in a changed run is read by the scoped reading with the verb it rules out
        int frame = RULE.contains(s) ? 0 : denyingFrame(w, i);
        if (frame > 0) {
            return frame;
        }
        if (freeOf(s)) {
            return 1;
        }
        return absenceOf(s, i + 1 < w.size() ? w.get(i + 1) : "") && !measured(w, i + 2) ? 2 : 0;
    }

    /** Words before a "no" that make it the answer on a ballot: "voted no", "five no votes", "the no camp". */
    private static final Set<String> BALLOT = Set.of("voted", "vote", "votes", "voting", "the", "a");

    /** Whether the "no" at {@code i} is a vote or a side of one, not a negation. */
    private static boolean ballotNo(List<String> w, int i) {
        if (!w.get(i).equals("no") || i == 0) {
            return false;
        }
        String before = w.get(i - 1);
        return BALLOT.contains(before) || AMOUNT.matcher(before).matches();
    }

    private static final Set<String> APPROXIMATE = Set.of("about", "around", "some", "nearly", "almost", "roughly",
            "more", "less", "than", "over", "up", "to", "an", "estimated");
    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile(
            "\\p{Sc}?\\d.*|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?");

    /** "A shortfall of about 40 billion pesos": an absence measured, which "a gap of" the amount restates, not a denial. */
    static boolean measured(List<String> w, int from) {
        int k = from;
        while (k < w.size() && APPROXIMATE.contains(w.get(k))) {
            k++;
        }
        return k < w.size() && AMOUNT.matcher(w.get(k)).matches();
    }

    /** Whether {@code word} followed by {@code next} denies what follows as "without" does: "the lack of", "an absence of". */
    static boolean absenceOf(String word, String next) {
        return next.equals("of") && Absences.shared().namesAbsence(word);
    }

    /**
     * The words of a run left once its negation is taken out: the negators, "to" after an implied
     * negation, a contraction's negative ("hasn't" leaves "has"), and the "do" that only carries
     * a negation. The trailing context word stays, so "failed to reach" leaves "reach".
     */
    private static List<String> residue(List<String> w) {
        List<String> out = new ArrayList<>();
        boolean negated = false;
        for (int i = 0; i < w.size(); i++) {
            int m = marker(w, i);
            if (m > 0) {
                negated = true;
                String s = w.get(i);
                if (s.endsWith("n't") || s.equals("cannot") || s.equals("without") || s.equals("none")) {
                    out.add(positive(s));
                } else if (freeOf(s)) {
                    out.add(s.substring(0, s.length() - 5)); // "risk-free" leaves "risk"
                }
                i += m - 1;
                continue;
            }
            out.add(w.get(i));
        }
        if (negated) {
            out.removeIf(DO::contains);
        }
        out.removeIf(PolarityFlip::neutral);
        return out;
    }

    /** Whether a word leaves the predicate as it is: see {@link #NEUTRAL}; a figure is a quantifier too ("a 15% discount" / "no discount"). */
    private static boolean neutral(String word) {
        return NEUTRAL.contains(word) || Character.isDigit(word.charAt(0));
    }

    private static List<String> plain(List<String> w) {
        List<String> out = new ArrayList<>(w);
        out.removeIf(PolarityFlip::neutral);
        return out;
    }

    private static String positive(String contraction) {
        String s = contraction.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        return switch (s) {
            case "can't", "cannot" -> "can";
            case "won't" -> "will";
            case "shan't" -> "shall";
            case "ain't" -> "is";
            case "without" -> "with";
            case "none" -> "one";
            default -> s.substring(0, s.length() - 3);
        };
    }

    /** Whether two lists hold the same words in order, any inflection. */
    private static boolean sameWords(List<String> a, List<String> b) {
        // "to" and the context word close both lists when both runs were followed by the same word
        List<String> x = new ArrayList<>(a);
        List<String> y = new ArrayList<>(b);
        while (!x.isEmpty() && !y.isEmpty() && x.get(x.size() - 1).equals(y.get(y.size() - 1))) {
            x.remove(x.size() - 1);
            y.remove(y.size() - 1);
        }
        if (x.size() == 1 && y.size() == 2 || x.size() == 2 && y.size() == 1) {
            // "would not rise" / "would go up": a verb said as the dictionary's verb of two words
            List<String> two = x.size() == 2 ? x : y;
            String one = x.size() == 1 ? x.get(0) : y.get(0);
            return org.crosscheck.text.sense.Antonyms.shared().phrasalSynonym(two.get(0), two.get(1), one);
        }
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!Polarity.sameLemma(x.get(i), y.get(i))
                    && WordSenses.shared().relation(x.get(i), y.get(i)) != WordSenses.Relation.RELATED) {
                return false;
            }
        }
        return true;
    }
}
