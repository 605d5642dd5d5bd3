package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.crosscheck.model.Span;
import org.crosscheck.text.Token;
import org.crosscheck.text.Tokenizer;

/**
 * What two predicates of aligned sentences take: the words both sides give alike right after
 * them ("by finances" after "was not driven" / "was driven"), the content words around them up to
 * the end of their clause, and the figure a change is by ("fell 6.4%" / "climbed 6.4 percent").
 * {@link ScopedNegation} reads a flip only where the arguments are the same.
 */
final class PredicateArguments {

    /** The forms of "be". */
    static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "am");
    private static final int WINDOW = 6;

    private PredicateArguments() {
    }

    /**
     * The words both sides give alike right after two phrases that end in the tokens {@code leftEnd}
     * and {@code rightEnd} ("by finances" after "was not driven" / "was driven"), or none.
     */
    static List<Token> sharedAfter(String ltext, Span lspan, Token leftEnd, String rtext, Span rspan, Token rightEnd) {
        List<Token> l = Tokenizer.words(ltext, lspan.start(), lspan.end());
        List<Token> r = Tokenizer.words(rtext, rspan.start(), rspan.end());
        int i = indexOf(l, leftEnd);
        int j = indexOf(r, rightEnd);
        return i < 0 || j < 0 ? List.of() : sharedComplement(l, i, r, j);
    }

    /**
     * Up to two words both sides give alike right before two phrases that start with the tokens
     * {@code leftStart} and {@code rightStart} ("attendances have" before "risen" / "fallen"), or none.
     */
    static List<Token> sharedBefore(String ltext, Span lspan, Token leftStart, String rtext, Span rspan, Token rightStart) {
        List<Token> l = Tokenizer.words(ltext, lspan.start(), lspan.end());
        List<Token> r = Tokenizer.words(rtext, rspan.start(), rspan.end());
        int i = indexOf(l, leftStart);
        int j = indexOf(r, rightStart);
        List<Token> out = new ArrayList<>();
        for (int k = 1; k <= 2 && i - k >= 0 && j - k >= 0; k++) {
            Token a = l.get(i - k);
            Token b = r.get(j - k);
            if (!a.isWord() || !b.isWord() || !a.normal().equals(b.normal())) {
                break;
            }
            out.add(0, a);
        }
        return i < 0 || j < 0 ? List.of() : out;
    }

    /** Where the token written at {@code token}'s place stands among {@code t}, or -1. */
    static int indexOf(List<Token> t, Token token) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).span().equals(token.span())) {
                return i;
            }
        }
        return -1;
    }

    /** The words right after the predicate that both sides give alike ("by finances", "since 2015"). */
    static List<Token> sharedComplement(List<Token> l, int i, List<Token> r, int j) {
        List<Token> out = new ArrayList<>();
        int li = ScopedNegation.particle(l, i) ? i + 1 : i;
        int rj = ScopedNegation.particle(r, j) ? j + 1 : j;
        for (int k = 1; k <= 4 && li + k < l.size() && rj + k < r.size(); k++) {
            Token a = l.get(li + k);
            Token b = r.get(rj + k);
            if (!a.isWord() || !b.isWord() || !a.normal().equals(b.normal())) {
                break;
            }
            out.add(a);
        }
        // a shared run of function words alone ("in the") does not show the same argument, nor ends one
        while (!out.isEmpty() && !content(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /**
     * Whether the two predicates take the same arguments: a content word after one (up to the end of
     * its clause) stands after the other; for a passive on either side ("has been granted by the
     * council" / "the council has not granted"), a content word around one stands around the other.
     */
    static boolean sameArguments(List<Token> l, int i, List<Token> r, int j) {
        return sharedArguments(l, i, r, j) > 0;
    }

    /** Whether a figure stands right after both predicates, before any other figure ("6.4" of "fell 6.4% in"). */
    static boolean sharedFigure(List<Token> l, int i, List<Token> r, int j) {
        String a = firstFigure(l, i);
        return a != null && a.equals(firstFigure(r, j));
    }

    private static String firstFigure(List<Token> t, int i) {
        for (int k = i + 1; k < t.size() && k <= i + 3; k++) {
            String s = t.get(k).normal();
            if (t.get(k).isWord() && Character.isDigit(s.charAt(0))) {
                return s;
            }
        }
        return null;
    }

    /** How many content words around the predicate at {@code i} stand around the one at {@code j}: see {@link #sameArguments}. */
    static long sharedArguments(List<Token> l, int i, List<Token> r, int j) {
        List<String> la = window(l, i, 1);
        List<String> ra = window(r, j, 1);
        if (passive(l, i) || passive(r, j)) {
            la.addAll(window(l, i, -1));
            ra.addAll(window(r, j, -1));
        }
        return shared(la, ra, l.get(i).text());
    }

    /**
     * Whether the first common noun each predicate takes after it, past determiners, possessives
     * and names, is one word on both sides: "would not cancel Tuesday's departure" and "had called
     * off today's departure" both act on a departure.
     */
    static boolean sameObjectHead(List<Token> l, int i, List<Token> r, int j) {
        String a = objectHead(l, i);
        return a != null && a.equals(objectHead(r, j));
    }


    /** The stem of the first common noun within four words after the predicate at {@code i} in its clause, or null. */
    static String objectHead(List<Token> t, int i) {
        for (int k = i + 1; k < t.size() && k <= i + 4; k++) {
            Token w = t.get(k);
            if (!w.isWord() && !w.isSymbol("'") && !w.isSymbol("\u2019")) {
                return null;
            }
            String s = w.normal();
            if (!w.isWord() || Determiners.is(s) || s.equals("any") || s.equals("all") || w.possessive() || s.endsWith("'s") || s.endsWith("\u2019s")
                    || Character.isUpperCase(w.text().charAt(0)) || Character.isDigit(s.charAt(0))) {
                continue;
            }
            if (ScopedNegation.CLAUSE.contains(s) || !content(w)) {
                return null;
            }
            return org.crosscheck.index.Stemmer.stem(s);
        }
        return null;
    }

    /** How many distinct words of {@code la} other than the predicate {@code head} stand in {@code ra} in some form. */
    private static long shared(List<String> la, List<String> ra, String head) {
        return la.stream().distinct().filter(a -> !Polarity.sameLemma(a, head) && ra.stream().anyMatch(b -> Polarity.sameLemma(a, b)))
                .count();
    }

    /**
     * How many content words of the predicate's subject and arguments (its clause's words before
     * {@code i} and after it) stand around the other side's predicate: "supplies of amoxicillin
     * improved in early January" and "supplies of children's amoxicillin have worsened since the
     * start of January" share "supplies" and "amoxicillin".
     */
    static long sharedAround(List<Token> l, int i, List<Token> r, int j) {
        List<String> la = window(l, i, 1);
        la.addAll(window(l, i, -1));
        List<String> ra = window(r, j, 1);
        ra.addAll(window(r, j, -1));
        return shared(la, ra, l.get(i).text());
    }

    private static boolean passive(List<Token> t, int i) {
        boolean byFollows = i + 1 < t.size() && t.get(i + 1).normal().equals("by");
        boolean beBefore = false;
        for (int k = i - 1; k >= 0 && t.get(k).isWord() && (ScopedNegation.chain(t.get(k).normal()) || Polarity.isNegator(t.get(k).normal())); k--) {
            beBefore |= BE.contains(t.get(k).normal());
        }
        return byFollows || beBefore && t.get(i).normal().endsWith("ed");
    }

    /** Content words from the predicate at {@code i} in direction {@code step} up to the end of its clause. */
    private static List<String> window(List<Token> t, int i, int step) {
        List<String> out = new ArrayList<>();
        int k = i + step;
        if (step < 0) {
            while (k >= 0 && t.get(k).isWord() && (ScopedNegation.chain(t.get(k).normal()) || Polarity.isNegator(t.get(k).normal()))) {
                k--;
            }
        }
        // "The fourth, businessman Peter Sloboda, was acquitted": the apposition names the subject too
        int first = k;
        int apposition = step < 0 && first > 0 && t.get(first).isSymbol(",") ? appositionOpening(t, first) : -1;
        for (int n = 0; n < WINDOW && k >= 0 && k < t.size(); n++, k += step) {
            Token w = t.get(k);
            int opening = step < 0 && w.isSymbol(",") ? relativeClauseOpening(t, k) : -1;
            if (opening > 0) {
                k = opening; // the loop steps to the word before it
                continue;
            }
            if (apposition > 0 && (k == first || k == apposition)) {
                continue; // the commas around the apposition; its words are read
            }
            if (!w.isWord() && !w.isSymbol("'") && !w.isSymbol("\u2019") && !w.isSymbol("-")) {
                break;
            }
            if (ScopedNegation.CLAUSE.contains(w.normal())) {
                break;
            }
            if (content(w)) {
                out.add(w.text().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static final Set<String> RELATIVES = Set.of("which", "who", "whose", "whom");

    /**
     * Where an apposition set off by commas opens when {@code close}, the comma right before the
     * predicate's auxiliaries, closes it ("The fourth, businessman Peter Sloboda, was acquitted"),
     * or -1: up to five words with no verb, auxiliary or word that opens a clause between two commas.
     */
    private static int appositionOpening(List<Token> t, int close) {
        for (int m = close - 1; m > 0 && close - m <= 6; m--) {
            Token w = t.get(m);
            if (!w.isWord()) {
                return w.isSymbol(",") && m + 1 < close ? m : -1;
            }
            String s = w.normal();
            if (ScopedNegation.chain(s) || ScopedNegation.CLAUSE.contains(s) || RELATIVES.contains(s) || s.endsWith("ed")
                    || Polarity.isNegator(s)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where a relative clause set off by commas opens when {@code close} is its closing comma
     * ("the component, which makes up a third of the cost, has been secured"), or -1: the words
     * before it are the predicate's subject.
     */
    private static int relativeClauseOpening(List<Token> t, int close) {
        for (int m = close - 1; m > 0; m--) {
            Token w = t.get(m);
            if (!w.isWord()) {
                return w.isSymbol(",") && m + 1 < close && RELATIVES.contains(t.get(m + 1).normal()) ? m : -1;
            }
        }
        return -1;
    }

    static boolean content(Token w) {
        String s = w.normal();
        return w.isWord() && (Character.isDigit(s.charAt(0)) || s.length() >= 3 && !ScopedNegation.CHAIN.contains(s) && !ScopedNegation.PRONOUNS.contains(s)
                && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(s) && !Polarity.isNegator(s));
    }
}
