package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.List;

import org.crosscheck.text.Token;
import org.crosscheck.text.sense.Antonyms;
import org.crosscheck.text.sense.WordSenses;

/** The part of {@link ScopedNegation} that reads verbs each side puts in its own word. */
final class RewordedPredicates {

    private RewordedPredicates() {
    }

    /**
     * Predicates each side puts in its own word: a synonym negated on one side only ("had not
     * contested the charge" / "disputed the charge", "cut the costs" / "refused to trim the
     * costs"), or an opposite verb ("rose 11 percent" / "dropped by 11 percent"). Only verbs said
     * in no form on the other side are paired, each with the one partner of the same arguments.
     */
    static List<ScopedNegation.Flip> between(List<Token> l, ScopedNegation.Heads lh, List<Token> r, ScopedNegation.Heads rh) {
        List<Integer> left = lh.unsaid(rh, l, r);
        List<Integer> right = rh.unsaid(lh, r, l);
        List<int[]> pairs = new ArrayList<>();
        for (int i : left) {
            int ln = ScopedNegation.negation(l, i);
            List<int[]> found = new ArrayList<>();
            int le = verbPhraseEnd(l, i);
            for (int j : right) {
                int rn = ScopedNegation.negation(r, j);
                int re = verbPhraseEnd(r, j);
                boolean negated = (ln < 0) != (rn < 0);
                // a synonym takes the same object right after it ("contested the charge" /
                // "disputed the charge"); two verbs of opposite sense stand in many a sentence, so
                // their arguments must share more than one word ("rose 11 percent last year" /
                // "dropped by 11 percent last year"), or the figure of the change ("fell 6.4%" /
                // "climbed 6.4 percent")
                boolean sameObject = !PredicateArguments.sharedComplement(l, le, r, re).isEmpty();
                if (negated ? !(sameObject || PredicateArguments.sameObjectHead(l, le, r, re)) || ScopedNegation.asks(ln >= 0 ? l : r, ln >= 0 ? le : re)
                        : !sameObject && PredicateArguments.sharedArguments(l, le, r, re) < minShared(words(l, i, le), words(r, j, re))
                                && !PredicateArguments.sharedFigure(l, le, r, re)) {
                    continue;
                }
                String a = words(l, i, le);
                String b = words(r, j, re);
                if (negated ? !Polarity.antonyms(a, b) && WordSenses.shared().relation(a, b) == WordSenses.Relation.RELATED
                        : Polarity.directAntonyms(a, b) && !restated(r, right, j, a, b, l, le) && !restated(l, left, i, b, a, r, re)) {
                    found.add(new int[] {i, j, negated ? 0 : 1, le, re});
                }
            }
            if (found.size() == 1) {
                pairs.add(found.get(0));
            }
        }
        List<ScopedNegation.Flip> out = new ArrayList<>();
        for (int[] p : pairs) {
            if (pairs.stream().filter(q -> q[1] == p[1]).count() == 1) {
                out.add(new ScopedNegation.Flip(ScopedNegation.phrase(l, p[0], p[3], ScopedNegation.negation(l, p[0])), ScopedNegation.phrase(r, p[1], p[4], ScopedNegation.negation(r, p[1])), List.of(), p[2] == 1));
            }
        }
        return out;
    }

    /**
     * How many argument words two opposite verbs must share: one for a pair the project's list
     * holds as opposites in any wording ("ruled out sabotage" / "left open the possibility of
     * sabotage"), two for a pair only the dictionary does, whose senses are many.
     */
    private static int minShared(String a, String b) {
        return Polarity.listedAntonyms(a, b) ? 1 : 2;
    }

    /**
     * Whether a side that holds {@code opposite} also says {@code verb} itself in another word,
     * not negated, of arguments {@code verb} shares on the other side ({@code opposed} at {@code
     * at}), and a word that says the one and not the other: "voted against the plan, but supported
     * the buyouts" / "dissenting councillors backed buyouts" states both; the opposites are two
     * predicates. "rejected the argument ... and instead adopted a line of its own" / "accepted the
     * argument" adopts something else, and the opposites stand.
     */
    private static boolean restated(List<Token> t, List<Integer> unsaid, int besides, String verb, String opposite,
                                    List<Token> opposed, int at) {
        for (int k : unsaid) {
            if (k == besides || ScopedNegation.negation(t, k) >= 0
                    || PredicateArguments.sharedArguments(t, verbPhraseEnd(t, k), opposed, at) == 0) {
                continue;
            }
            String other = words(t, k, verbPhraseEnd(t, k));
            // a general verb ("said") is a way to say either opposite ("admitted", "denied")
            if (WordSenses.shared().relation(verb, other) == WordSenses.Relation.RELATED
                    && WordSenses.shared().relation(opposite, other) != WordSenses.Relation.RELATED) {
                return true;
            }
        }
        return false;
    }

    /** Where the verb at {@code i} ends: on the next word when WordNet holds the two as one verb ("took part", "turned down"), else at {@code i}. */
    private static int verbPhraseEnd(List<Token> t, int i) {
        int open = leftOpen(t, i);
        if (open > i) {
            return open;
        }
        if (i + 1 < t.size() && t.get(i + 1).isWord()
                && WordSenses.shared().isVerbPhrase(t.get(i).normal(), t.get(i + 1).normal())) {
            return i + 1;
        }
        return i;
    }

    /** Verbs that leave a thing as it is: "left open", "kept its options open". */
    private static final java.util.Set<String> LEAVING = java.util.Set.of("leave", "leaves", "left", "leaving", "keep", "keeps",
            "kept", "keeping");
    /** What may stand between such a verb and "open": "left the door open", "kept its options open", "left it open". */
    private static final java.util.Set<String> LEFT_OPEN_FILLERS = java.util.Set.of("the", "door", "it", "its", "their", "his", "her",
            "our", "my", "your", "all", "both", "options");

    /**
     * The index of "open" when the verb at {@code i} leaves a matter open ("left open the
     * possibility", "left the door open to", "kept its options open", "left it open"), else -1:
     * the idiom says what "did not rule out" says, so it is read as one predicate.
     */
    static int leftOpen(List<Token> t, int i) {
        if (!LEAVING.contains(t.get(i).normal())) {
            return -1;
        }
        for (int k = i + 1; k <= Math.min(i + 3, t.size() - 1); k++) {
            if (t.get(k).normal().equals("open")) {
                return k;
            }
            if (!t.get(k).isWord() || !LEFT_OPEN_FILLERS.contains(t.get(k).normal())) {
                return -1;
            }
        }
        return -1;
    }

    private static String words(List<Token> t, int from, int to) {
        if (leftOpen(t, from) == to) {
            return "leave open";
        }
        return String.join(" ", t.subList(from, to + 1).stream().map(Token::text).toList());
    }

    /**
     * Whether the word at {@code i} stands as a verb: after an auxiliary, "to" or a negation
     * ("had not contested", "refused to trim"), or in an inflected form of a verb ("rose",
     * "disputed"). "People" or "closure" can be verbs, but seldom are.
     */
    static boolean verbal(List<Token> t, int i) {
        String w = t.get(i).normal();
        if (i > 0 && t.get(i - 1).isWord() && (ScopedNegation.chain(t.get(i - 1).normal()) || ScopedNegation.negation(t, i) >= 0)) {
            return WordSenses.shared().canBeVerb(w);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && i > 0 && t.get(i - 1).isWord()
                && (t.get(i - 1).normal().endsWith("ed") || NOUN_MARKERS.contains(t.get(i - 1).normal()))) {
            return false; // "downed tools", "its tools": a plural noun, not "tools" as a verb
        }
        return Antonyms.shared().dictionaryForms(w).stream()
                .anyMatch(f -> !f.equals(w) && WordSenses.shared().canBeVerb(f));
    }

    /** Words after which a word in -s is a plural noun. */
    private static final java.util.Set<String> NOUN_MARKERS = java.util.Set.of("the", "its", "their", "his", "her", "our",
            "these", "those", "many", "several", "all", "some", "more", "fewer");
}
