package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Quote;
import org.crosscheck.text.Token;
import org.crosscheck.text.Tokenizer;
import org.crosscheck.text.sense.WordSenses;

/**
 * Pairs the quotes of two sources that render the same words, and says how their wording
 * relates: the same, a verbatim fragment (cut, or with an ellipsis), or changed.
 */
final class QuotePairs {

    /** How the words of two paired quotes relate. */
    enum Relation { SAME, FRAGMENT, CHANGED }

    /**
     * Two quotes of one saying.
     *
     * @param left the quote in the left source
     * @param right the quote in the right source
     * @param relation how their words relate
     * @param changes the word changes inside the quotes (empty unless CHANGED)
     * @param sharedRun the longest run of words the two have in common
     * @param rightInLeft whether every word of the right quote stands, in one run, in the left one
     */
    record Pair(Quote left, Quote right, Relation relation, List<WordDiff.Change> changes, int sharedRun,
                boolean rightInLeft) {
    }

    private static final int MIN_WORDS = 3;

    /**
     * Whether the quote check reads {@code quote}: a term in quotation marks ("controlled burn")
     * is too short to be a quotation, so the other detectors read it as ordinary wording.
     */
    static boolean compared(AnalyzedArticle article, Quote quote) {
        return words(article.article().text(), quote).size() >= MIN_WORDS;
    }

    /** The quotes the quote check reads that start in or run through sentence {@code sentence}. */
    static List<Quote> comparedIn(AnalyzedArticle article, int sentence) {
        org.crosscheck.model.Span s = article.sentence(sentence).span();
        return ComparedQuotes.of(article).stream().filter(q -> q.span().overlaps(s) && compared(article, q)).toList();
    }

    private QuotePairs() {
    }

    /**
     * Every left quote of three or more words with each right quote that renders the same words
     * (see {@link ComparedQuotes} for the quotes read).
     */
    static List<Pair> of(AnalyzedArticle left, AnalyzedArticle right) {
        List<Pair> out = new ArrayList<>();
        List<Quote> rightQuotes = ComparedQuotes.of(right);
        for (Quote l : ComparedQuotes.of(left)) {
            List<Token> lw = words(left.article().text(), l);
            if (lw.size() < MIN_WORDS) {
                continue;
            }
            for (Quote r : rightQuotes) {
                List<Token> rw = words(right.article().text(), r);
                if (rw.size() < MIN_WORDS) {
                    continue;
                }
                int run = longestRun(lw, rw);
                int shorter = Math.min(lw.size(), rw.size());
                int shared = sharedWords(lw, rw);
                if (run >= MIN_WORDS && (run * 2 >= shorter || shared * 4 >= shorter * 3)) {
                    out.add(relate(left, right, l, r, lw, rw, run));
                }
            }
        }
        return out;
    }

    /** The longest quote the one-word rule below reads: past it, a shared run of three words pairs a quote. */
    private static final int SHORT_WORDS = 5;

    /**
     * Short quotes of statements paired at {@code minSimilarity} or more that render the same
     * words but one, in the same place ("ashamed and angry" / "surprised and angry"): too short
     * to share a run of three words, so {@link #of} does not pair them, but in one statement and
     * otherwise word for word they are one quote.
     */
    static List<Pair> shortRenderings(Comparison c, double minSimilarity) {
        List<Pair> out = new ArrayList<>();
        String lt = c.left().article().text();
        String rt = c.right().article().text();
        for (org.crosscheck.model.Alignment a : c.alignments()) {
            if (a.similarity() < minSimilarity) {
                continue;
            }
            for (Quote l : comparedIn(c.left(), a.left().sentence())) {
                List<Token> lw = words(lt, l);
                for (Quote r : comparedIn(c.right(), a.right().sentence())) {
                    List<Token> rw = words(rt, r);
                    int run = Math.max(lw.size(), rw.size()) <= SHORT_WORDS + 1 && replacedAtOnePlace(lw, rw) ? longestRun(lw, rw) : MIN_WORDS;
                    if (run < MIN_WORDS) {
                        Pair p = relate(c.left(), c.right(), l, r, lw, rw, run);
                        if (p.relation() == Relation.CHANGED) {
                            out.add(p);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** How many words a short quote's one changed run may hold on either side ("shut down" / "ground"). */
    private static final int REPLACED_WORDS = 2;

    /**
     * Whether two short quotes differ in one run of words put for another, with the words before
     * and after it alike on both sides, two of them at least: "we will shut down the country" /
     * "we will ground the country", "finally reaching the supermarket shelf" / "finally reaching
     * the kitchen table". Of one length, {@link #differAtOnePlace} says so too.
     */
    static boolean replacedAtOnePlace(List<Token> a, List<Token> b) {
        if (a.size() == b.size()) {
            return differAtOnePlace(a, b);
        }
        int p = 0;
        while (p < a.size() && p < b.size() && norm(a.get(p)).equals(norm(b.get(p)))) {
            p++;
        }
        int q = 0;
        while (q < a.size() - p && q < b.size() - p && norm(a.get(a.size() - 1 - q)).equals(norm(b.get(b.size() - 1 - q)))) {
            q++;
        }
        int da = a.size() - p - q;
        int db = b.size() - p - q;
        return p + q >= 2 && da >= 1 && db >= 1 && da <= REPLACED_WORDS && db <= REPLACED_WORDS;
    }

    /**
     * Whether two quotes of one length differ in one run of words, with a word alike beside it:
     * "serious but contained" / "serious and spreading", "a real improvement" / "a modest improvement".
     */
    private static boolean differAtOnePlace(List<Token> a, List<Token> b) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < a.size(); i++) {
            if (!norm(a.get(i)).equals(norm(b.get(i)))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0 || last - first + 1 == a.size()) {
            return false;
        }
        for (int i = first; i <= last; i++) {
            if (norm(a.get(i)).equals(norm(b.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static Pair relate(AnalyzedArticle left, AnalyzedArticle right, Quote l, Quote r, List<Token> lw, List<Token> rw,
                              int run) {
        boolean rightInLeft = run == rw.size();
        if (lw.size() == rw.size() && run == lw.size()) {
            return new Pair(l, r, Relation.SAME, List.of(), run, true);
        }
        boolean leftShorter = lw.size() <= rw.size();
        List<Token> shortWords = leftShorter ? lw : rw;
        List<Token> longWords = leftShorter ? rw : lw;
        if (run == shortWords.size()) {
            WordDiff.Change qualifier = qualifierBefore(leftShorter ? right : left, shortWords, longWords, leftShorter);
            return qualifier == null ? new Pair(l, r, Relation.FRAGMENT, List.of(), run, rightInLeft)
                    : new Pair(l, r, Relation.CHANGED, List.of(qualifier), run, false);
        }
        boolean elided = hasEllipsis(leftShorter ? l.text() : r.text());
        // a fragment whose opening (or closing) words stand further into the longer quote is cut
        // there: what the longer quote says before them is left out, not changed
        List<Token> longCut = anchored(shortWords, longWords);
        List<WordDiff.Change> changes = new ArrayList<>(leftShorter ? WordDiff.between(lw, longCut) : WordDiff.between(longCut, rw));
        changes.removeIf(ch -> QuoteVariants.sameWords(ch) || QuoteVariants.sameFigure(left, right, ch)
                || QuoteVariants.splitAtConjunction(left, right, ch));
        // a quote cut at either end is a fragment, not a change
        if (!changes.isEmpty() && isOneSided(changes.get(0)) && changes.get(0).before() == null) {
            changes.remove(0);
        }
        if (!changes.isEmpty() && isOneSided(changes.get(changes.size() - 1))
                && changes.get(changes.size() - 1).after() == null) {
            changes.remove(changes.size() - 1);
        }
        if (elided) {
            changes.removeIf(c -> isOneSided(c) && (leftShorter ? c.removed().isEmpty() : c.added().isEmpty()));
        }
        if (changes.isEmpty()) {
            return new Pair(l, r, Relation.FRAGMENT, List.of(), run, rightInLeft);
        }
        return new Pair(l, r, Relation.CHANGED, List.copyOf(changes), run, rightInLeft);
    }

    /** The most words a qualifier put before a quoted sentence's opening has ("Almost", "Not quite"). */
    private static final int QUALIFIER_WORDS = 3;

    /** Words that join a sentence to the one before it and qualify nothing: a quote may drop them. */
    private static final Set<String> JOINING = Set.of("and", "but", "or", "nor", "so", "yet", "for", "then", "now", "well", "also");

    /**
     * The words the longer quote puts before the word the shorter one, held whole inside it, opens
     * its sentence with ("Every operation is free" / "Almost every operation is free"), as a
     * change; null when there are none. The shorter quote capitalises that word and the longer
     * writes it in lower case after at most {@value #QUALIFIER_WORDS} words that open its own
     * sentence, so they qualify the sentence the shorter quote gives whole rather than stand in a
     * part of it that the shorter quote leaves out. Joining words alone ("But we cannot ...") are
     * no qualifier.
     */
    private static WordDiff.Change qualifierBefore(AnalyzedArticle longer, List<Token> shortWords, List<Token> longWords, boolean leftShorter) {
        int[] at = longestRunAt(shortWords, longWords);
        int start = at[2] - at[0];
        if (start < 1 || !shortWords.get(0).isCapitalised() || longWords.get(start).isCapitalised()) {
            return null;
        }
        String text = longer.article().text();
        int first = start;
        while (first > 0 && !endsSentence(text.substring(longWords.get(first - 1).end(), longWords.get(first).start()))) {
            first--;
        }
        List<Token> extra = longWords.subList(first, start);
        if (extra.size() > QUALIFIER_WORDS || extra.stream().allMatch(t -> JOINING.contains(norm(t))) || extra.stream().anyMatch(QuotePairs::isVerbOnly)
                || text.substring(extra.get(extra.size() - 1).end(), longWords.get(start).start()).contains(",")) {
            return null; // "This is a dark day" / "A dark day", "Until then, every naira": a clause cut off, not a qualifier
        }
        // the opening word is part of the change on both sides, so each side's value reads as the
        // phrase it opens: "Half of every extra dollar" / "Every extra dollar"
        List<Token> shortSide = List.of(shortWords.get(0));
        List<Token> longSide = longWords.subList(first, start + 1);
        Token shortAfter = wordAt(shortWords, 1);
        Token longAfter = wordAt(longWords, start + 1);
        return leftShorter ? new WordDiff.Change(shortSide, List.copyOf(longSide), null, shortAfter, null, longAfter)
                : new WordDiff.Change(List.copyOf(longSide), shortSide, null, longAfter, null, shortAfter);
    }

    private static Token wordAt(List<Token> words, int i) {
        return i < words.size() ? words.get(i) : null;
    }

    /** A word that can only be a verb ("is", "was", "will"): words before the opening that hold one are a clause of their own. */
    private static boolean isVerbOnly(Token t) {
        WordSenses senses = WordSenses.shared();
        String w = norm(t);
        return senses.canBeVerb(w) && !senses.canBeAdverb(w) && !senses.canBeAdjective(w);
    }

    private static boolean endsSentence(String between) {
        return between.chars().anyMatch(c -> c == '.' || c == '?' || c == '!' || c == ':' || c == ';');
    }

    /** How many words at a fragment's edge place it inside the longer quote. */
    private static final int EDGE_WORDS = 3;

    /**
     * The part of {@code longer} that {@code shorter} renders: cut before the one place its first
     * {@value #EDGE_WORDS} words stand together and after the one place its last ones do, when
     * the two quotes do not already open (or close) alike.
     */
    private static List<Token> anchored(List<Token> shorter, List<Token> longer) {
        if (shorter.size() <= 2 * EDGE_WORDS) {
            return longer;
        }
        int from = 0;
        int to = longer.size();
        List<Token> head = shorter.subList(0, EDGE_WORDS);
        if (!sameWords(head, longer.subList(0, EDGE_WORDS))) {
            int at = soleOccurrence(head, longer);
            from = Math.max(at, 0);
        }
        List<Token> tail = shorter.subList(shorter.size() - EDGE_WORDS, shorter.size());
        if (!sameWords(tail, longer.subList(longer.size() - EDGE_WORDS, longer.size()))) {
            int at = soleOccurrence(tail, longer);
            to = at > from ? at + EDGE_WORDS : to;
        }
        return longer.subList(from, to);
    }

    private static boolean sameWords(List<Token> a, List<Token> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!norm(a.get(i)).equals(norm(b.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code run} stands in {@code words} if it stands there once, else -1. */
    private static int soleOccurrence(List<Token> run, List<Token> words) {
        int found = -1;
        for (int i = 0; i + run.size() <= words.size(); i++) {
            if (sameWords(run, words.subList(i, i + run.size()))) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    private static boolean isOneSided(WordDiff.Change c) {
        return c.removed().isEmpty() || c.added().isEmpty();
    }

    private static boolean hasEllipsis(String text) {
        return text.contains("\u2026") || text.contains("...") || text.contains("[") || text.contains(". . .");
    }

    /** Word tokens of a quote, punctuation left out. */
    static List<Token> words(String text, Quote q) {
        return Tokenizer.words(text, q.span().start(), q.span().end()).stream().filter(Token::isWord).toList();
    }

    private static int sharedWords(List<Token> a, List<Token> b) {
        java.util.Set<String> bs = new java.util.HashSet<>();
        b.forEach(t -> bs.add(norm(t)));
        int n = 0;
        for (Token t : a) {
            if (bs.contains(norm(t))) {
                n++;
            }
        }
        return n;
    }

    private static int longestRun(List<Token> a, List<Token> b) {
        return longestRunAt(a, b)[0];
    }

    /**
     * The longest run of words {@code a} and {@code b} share, the first one found: its length and
     * where it ends in each ({@code {length, endInA, endInB}}, ends exclusive).
     */
    static int[] longestRunAt(List<Token> a, List<Token> b) {
        // normalised once per word, not once per pair of words
        String[] na = a.stream().map(QuotePairs::norm).toArray(String[]::new);
        String[] nb = b.stream().map(QuotePairs::norm).toArray(String[]::new);
        int best = 0;
        int endA = 0;
        int endB = 0;
        int[] prev = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            int[] cur = new int[b.size() + 1];
            for (int j = 1; j <= b.size(); j++) {
                if (na[i - 1].equals(nb[j - 1])) {
                    cur[j] = prev[j - 1] + 1;
                    if (cur[j] > best) {
                        best = cur[j];
                        endA = i;
                        endB = j;
                    }
                }
            }
            prev = cur;
        }
        return new int[] {best, endA, endB};
    }

    static String norm(Token t) {
        return t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
