package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Span;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.crosscheck.text.Token;
import org.crosscheck.text.Tokenizer;

/**
 * QUOTE_WORDING: words inside quotation marks changed or dropped.
 *
 * <p>A quote cut to a verbatim fragment, or shortened with an ellipsis, is not a change; nor
 * are punctuation, case, spelling, hyphenation and the way a figure is written. A right-hand
 * quote that some quote of the left source holds word for word is not reported against a looser
 * one, and each right-hand quote is compared only with the left quote it shares the longest run
 * of words with. A change is reported on the sentences where the differing words stand, once
 * for each such pair of sentences, so a quote of several sentences is not reported as a whole.
 */
public final class QuoteWordingDetector implements Detector {

    /** How alike two statements must be for their short quotes, one word apart, to be one quote. */
    private static final double SHORT_QUOTE_SIMILARITY = 0.5;

    @Override
    public List<Discrepancy> detect(Comparison c) {
        List<QuotePairs.Pair> pairs = QuotePairs.of(c.left(), c.right());
        Set<Quote> heldRight = new HashSet<>();
        Map<Quote, Integer> bestRun = new HashMap<>();
        for (QuotePairs.Pair p : pairs) {
            if (p.rightInLeft()) {
                heldRight.add(p.right());
            }
            bestRun.merge(p.right(), p.sharedRun(), Math::max);
        }
        List<Discrepancy> out = new ArrayList<>();
        Set<Quote> reported = new HashSet<>();
        Quoted quoted = new Quoted(c);
        Set<Quote> faithfulLeft = new HashSet<>();
        Set<Quote> faithfulRight = new HashSet<>();
        for (QuotePairs.Pair p : pairs) {
            if (p.relation() != QuotePairs.Relation.CHANGED) {
                if (!inHeadline(c.right(), p.right())) {
                    faithfulLeft.add(p.left());
                }
                if (!inHeadline(c.left(), p.left())) {
                    faithfulRight.add(p.right());
                }
            }
        }
        for (QuotePairs.Pair p : pairs) {
            // a headline cuts a quote to its own grammar ("'Days we can never get back'"); where
            // that side's body renders the same quote faithfully, the body is what is compared
            if (inHeadline(c.right(), p.right()) && faithfulLeft.contains(p.left())
                    || inHeadline(c.left(), p.left()) && faithfulRight.contains(p.right())) {
                continue;
            }
            // a rendering that some quote of the left source holds word for word is not a change;
            // the left quote itself may be rendered faithfully in part elsewhere and changed here
            if (p.relation() != QuotePairs.Relation.CHANGED || heldRight.contains(p.right())
                    || p.sharedRun() < bestRun.get(p.right()) && !rendersMostOf(c, p) || !closeRendering(c, p) || regrouped(c, p, quoted)
                    || !reported.add(p.right())) {
                continue;
            }
            for (List<WordDiff.Change> group : bySentence(c, atFragmentEdges(p.changes())).values()) {
                out.add(finding(c, p, group));
            }
        }
        for (QuotePairs.Pair p : QuotePairs.shortRenderings(c, SHORT_QUOTE_SIMILARITY)) {
            if (reported.add(p.right())) {
                for (List<WordDiff.Change> group : bySentence(c, atFragmentEdges(p.changes())).values()) {
                    out.add(finding(c, p, group));
                }
            }
        }
        return out;
    }

    private static boolean inHeadline(AnalyzedArticle article, Quote q) {
        return article.sentence(q.sentence()).kind() == org.crosscheck.model.SentenceKind.HEADLINE;
    }

    /**
     * Whether the two quotes are the same words split between quotes another way ("The price is
     * not the problem. The problem is ..." / "The price is not the problem," she said. "The
     * problem is ... Without new fields ..."): each quote is made, word for word, of runs of three
     * or more words that the other source quotes somewhere. A word changed inside a run breaks it.
     */
    private static boolean regrouped(Comparison c, QuotePairs.Pair p, Quoted quoted) {
        return madeOf(QuotePairs.words(c.left().article().text(), p.left()), quoted.right())
                && madeOf(QuotePairs.words(c.right().article().text(), p.right()), quoted.left());
    }

    /** Every quote of each side as {@link #quoted(AnalyzedArticle)} gives them, read once per comparison when first asked. */
    private static final class Quoted {
        private final Comparison c;
        private String left;
        private String right;

        Quoted(Comparison c) {
            this.c = c;
        }

        String left() {
            if (left == null) {
                left = quoted(c.left());
            }
            return left;
        }

        String right() {
            if (right == null) {
                right = quoted(c.right());
            }
            return right;
        }
    }

    private static boolean madeOf(List<Token> words, String otherQuotes) {
        List<String> w = words.stream().map(QuotePairs::norm).toList();
        int i = 0;
        while (i < w.size()) {
            int longest = 0;
            for (int k = w.size() - i; k >= 3; k--) {
                if (otherQuotes.contains(" " + String.join(" ", w.subList(i, i + k)) + " ")) {
                    longest = k;
                    break;
                }
            }
            if (longest == 0) {
                return false;
            }
            i += longest;
        }
        return !w.isEmpty();
    }

    /** The words of every quote of {@code article}, normalised, each quote between bars. */
    private static String quoted(AnalyzedArticle article) {
        StringBuilder out = new StringBuilder(" ");
        for (Quote q : article.quotes()) {
            QuotePairs.words(article.article().text(), q).forEach(t -> out.append(QuotePairs.norm(t)).append(' '));
            out.append("| ");
        }
        return out.toString();
    }

    /**
     * Whether most of the left quote (three words in five) stands in one run in the right one: a
     * right quote that joins two left quotes renders each, not only the one it shares most with.
     */
    private static boolean rendersMostOf(Comparison c, QuotePairs.Pair p) {
        int leftWords = QuotePairs.words(c.left().article().text(), p.left()).size();
        return p.sharedRun() * 5 >= leftWords * 3;
    }

    /**
     * Whether the two quotes say the same thing with some words changed, rather than two sayings
     * that share a phrase: at most a third of the shorter quote's words differ, or a short quote
     * differs only in one run of a word or two ({@link QuotePairs#replacedAtOnePlace}).
     */
    private static boolean closeRendering(Comparison c, QuotePairs.Pair p) {
        List<Token> lw = QuotePairs.words(c.left().article().text(), p.left());
        List<Token> rw = QuotePairs.words(c.right().article().text(), p.right());
        int leftWords = lw.size();
        int rightWords = rw.size();
        boolean leftShorter = leftWords <= rightWords;
        int changed = 0;
        for (WordDiff.Change ch : p.changes()) {
            changed += leftShorter ? ch.removedWords().size() : ch.addedWords().size();
        }
        // a short quote with one run of a word or two put for another, the rest alike, is one quote changed
        return changed * 3 < Math.min(leftWords, rightWords) || QuotePairs.replacedAtOnePlace(lw, rw)
                || sentenceReplaced(leftShorter ? c.right() : c.left(), leftShorter ? rw : lw, leftShorter ? lw : rw);
    }

    /**
     * Whether one sentence of a longer quote and the shorter quote differ in one run of a word or
     * two: '"We switched to paper immediately. No patient ... was put at risk."' rendered as '"We
     * switched to paper within hours"' renders its first sentence with its last word changed.
     */
    private static boolean sentenceReplaced(AnalyzedArticle longer, List<Token> longWords, List<Token> shortWords) {
        if (longWords.isEmpty()) {
            return false;
        }
        Span whole = new Span(longWords.get(0).start(), longWords.get(longWords.size() - 1).end());
        for (org.crosscheck.model.Sentence s : longer.sentences()) {
            if (!s.span().overlaps(whole) || s.span().contains(whole)) {
                continue;
            }
            List<Token> piece = longWords.stream().filter(t -> s.span().contains(t.span())).toList();
            if (piece.size() >= 3 && piece.size() < longWords.size() && QuotePairs.replacedAtOnePlace(piece, shortWords)) {
                return true;
            }
        }
        return false;
    }

    /** How many words more than the rendering puts in their place an edge change keeps on the longer side. */
    private static final int EDGE_SLACK = 2;

    /**
     * The changes with those that open or close both quotes cut to the words next to the run both
     * share: a fragment whose first words differ ("possibly a broken sewer line") stands for the
     * words before the shared run ("almost certainly"), not for all the longer quote says before it,
     * which the fragment merely leaves out.
     */
    private static List<WordDiff.Change> atFragmentEdges(List<WordDiff.Change> changes) {
        List<WordDiff.Change> out = new ArrayList<>(changes.size());
        for (WordDiff.Change ch : changes) {
            int keep = ch.addedWords().size() + EDGE_SLACK;
            List<Token> removed = ch.removed();
            if (ch.addedWords().isEmpty() || ch.removedWords().size() <= keep) {
                out.add(ch);
            } else if (ch.before() == null && ch.addedBefore() == null) {
                int from = indexOfWord(removed, ch.removedWords().get(ch.removedWords().size() - keep));
                out.add(new WordDiff.Change(removed.subList(from, removed.size()), ch.added(), wordNear(removed, from - 1, -1),
                        ch.after(), ch.addedBefore(), ch.addedAfter()));
            } else if (ch.after() == null && ch.addedAfter() == null) {
                int to = indexOfWord(removed, ch.removedWords().get(keep - 1)) + 1;
                out.add(new WordDiff.Change(removed.subList(0, to), ch.added(), ch.before(), wordNear(removed, to, 1), ch.addedBefore(),
                        ch.addedAfter()));
            } else {
                out.add(ch);
            }
        }
        return out;
    }

    /** The first word token from {@code i} on in direction {@code step}. */
    private static Token wordNear(List<Token> tokens, int i, int step) {
        for (int k = i; k >= 0 && k < tokens.size(); k += step) {
            if (tokens.get(k).isWord()) {
                return tokens.get(k);
            }
        }
        throw new IllegalStateException("no word beside the kept words of the change");
    }

    private static int indexOfWord(List<Token> tokens, Token word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) == word) {
                return i;
            }
        }
        throw new IllegalStateException("word not among the change's tokens");
    }

    /** The changes grouped by the pair of sentences their words stand in, in reading order. */
    private static Map<String, List<WordDiff.Change>> bySentence(Comparison c, List<WordDiff.Change> changes) {
        Map<String, List<WordDiff.Change>> out = new LinkedHashMap<>();
        for (WordDiff.Change ch : changes) {
            int ls = ComparedQuotes.sentenceAt(c.left(), anchor(ch.removed(), ch.before(), ch.after()).start());
            int rs = ComparedQuotes.sentenceAt(c.right(), anchor(ch.added(), ch.addedBefore(), ch.addedAfter()).start());
            if (ls >= 0 && rs >= 0) {
                out.computeIfAbsent(ls + ":" + rs, k -> new ArrayList<>()).add(ch);
            }
        }
        return out;
    }

    /** Where a change stands on one side: its words, or the word it was put in after (or before). */
    private static Span anchor(List<Token> words, Token before, Token after) {
        if (!words.isEmpty()) {
            return words.get(0).span();
        }
        return before != null ? before.span() : after.span();
    }

    private static Discrepancy finding(Comparison c, QuotePairs.Pair p, List<WordDiff.Change> group) {
        WordDiff.Change first = group.get(0);
        int ls = ComparedQuotes.sentenceAt(c.left(), anchor(first.removed(), first.before(), first.after()).start());
        int rs = ComparedQuotes.sentenceAt(c.right(), anchor(first.added(), first.addedBefore(), first.addedAfter()).start());
        List<Token> removed = new ArrayList<>();
        List<Token> added = new ArrayList<>();
        List<Span> lcore = new ArrayList<>();
        List<Span> rcore = new ArrayList<>();
        for (WordDiff.Change ch : group) {
            lcore.add(core(ch.removedWords(), ch.before(), ch.after()));
            rcore.add(core(ch.addedWords(), ch.addedBefore(), ch.addedAfter()));
            removed.addAll(ch.removedWords());
            added.addAll(ch.addedWords());
        }
        String left = inContext(c.left(), ls, p.left(), lcore);
        String right = inContext(c.right(), rs, p.right(), rcore);
        boolean negation = Polarity.isNegator(removed) != Polarity.isNegator(added);
        boolean figure = removed.stream().anyMatch(t -> Character.isDigit(t.text().charAt(0)))
                || added.stream().anyMatch(t -> Character.isDigit(t.text().charAt(0)));
        Severity severity = negation || figure ? Severity.HIGH : Severity.MEDIUM;
        String summary = "Quoted words differ: \"" + left + "\" in " + c.left().id() + " but \"" + right + "\" in "
                + c.right().id();
        Finding f = new Finding(severity, summary,
                "The same quote is rendered with different words inside the quotation marks.", 0.8,
                Findings.side(c.left(), ls, left, cover(c.left(), ls, removed)),
                Findings.side(c.right(), rs, right, cover(c.right(), rs, added)));
        return new Discrepancy.QuoteWording(f);
    }

    /** The differing words' extent, or the word a dropped word stood beside. */
    private static Span core(List<Token> words, Token before, Token after) {
        if (!words.isEmpty()) {
            return new Span(words.get(0).span().start(), words.get(words.size() - 1).span().end());
        }
        Token t = before != null ? before : after;
        return t.span();
    }

    /**
     * The quoted words as they stand around each change: a changed word reads only in its phrase
     * ("a bed and a desk", not "desk"; "has been too slow", not "too"), so each change is widened
     * by up to {@value #CONTEXT_WORDS} content words on either side without leaving its clause
     * (punctuation ends it), its quote or its sentence. Changes whose phrases meet are one value.
     */
    private static String inContext(AnalyzedArticle article, int sentence, Quote q, List<Span> cores) {
        String text = article.article().text();
        Span s = article.sentence(sentence).span();
        int from = Math.max(s.start(), q.span().start());
        int to = Math.min(s.end(), q.span().end());
        List<Token> tokens = from < to ? Tokenizer.words(text, from, to) : List.of();
        List<Span> widened = new ArrayList<>();
        for (Span core : cores) {
            Span w = widen(tokens, core);
            if (!widened.isEmpty() && widened.get(widened.size() - 1).end() >= w.start()) {
                Span last = widened.remove(widened.size() - 1);
                w = new Span(Math.min(last.start(), w.start()), Math.max(last.end(), w.end()));
            }
            widened.add(w);
        }
        List<String> parts = new ArrayList<>();
        widened.forEach(w -> parts.add(text.substring(w.start(), w.end())));
        return String.join(" \u2026 ", parts);
    }

    private static final int CONTEXT_WORDS = 2;

    private static Span widen(List<Token> tokens, Span core) {
        int i = -1;
        int j = -1;
        for (int k = 0; k < tokens.size(); k++) {
            Span t = tokens.get(k).span();
            if (i < 0 && t.start() >= core.start()) {
                i = k;
            }
            if (t.end() <= core.end()) {
                j = k;
            }
        }
        if (i < 0 || j < i) {
            return core;
        }
        int start = i;
        int content = 0;
        for (int k = i - 1; k >= 0 && content < CONTEXT_WORDS && tokens.get(k).isWord(); k--) {
            start = k;
            content += isContentWord(tokens.get(k)) ? 1 : 0;
        }
        int end = j;
        content = 0;
        for (int k = j + 1; k < tokens.size() && content < CONTEXT_WORDS && tokens.get(k).isWord(); k++) {
            end = k;
            content += isContentWord(tokens.get(k)) ? 1 : 0;
        }
        // context ends on a content word: "by this decision", not "by this decision and we"; a phrase
        // at or one word short of the quote's opening reads from the opening ("We have lost our way")
        if (start <= 1 && tokens.get(0).isWord()) {
            start = 0;
        } else {
            int first = start;
            while (start < i && !isContentWord(tokens.get(start))) {
                start++;
            }
            // a verb's auxiliaries stay with it: "will be corrected", not "corrected"
            while (start > first && AUXILIARIES.contains(tokens.get(start - 1).normal())) {
                start--;
            }
        }
        while (end > j && !isContentWord(tokens.get(end))) {
            end--;
        }
        return new Span(Math.min(core.start(), tokens.get(start).span().start()),
                Math.max(core.end(), tokens.get(end).span().end()));
    }

    private static final Set<String> AUXILIARIES = Set.of("will", "would", "shall", "should", "can", "could",
            "may", "might", "must", "be", "been", "being", "is", "are", "was", "were", "has", "have", "had",
            "not", "never");

    /** Pronouns, and the question words that open a clause ("exactly what went wrong"): no content of their own. */
    private static final Set<String> PRONOUNS = Set.of("i", "we", "you", "he", "she", "they", "me", "us", "him", "her",
            "them", "my", "our", "your", "his", "its", "their", "what", "which", "who", "whom", "whose", "how", "why",
            "when", "where", "whether");

    private static boolean isContentWord(Token t) {
        return !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(t.normal()) && !PRONOUNS.contains(t.normal());
    }

    /** The differing words' extent within the sentence, or null when none stand in it. */
    private static Span cover(AnalyzedArticle article, int sentence, List<Token> tokens) {
        Span s = article.sentence(sentence).span();
        List<Token> inside = tokens.stream().filter(t -> s.contains(t.span())).toList();
        if (inside.isEmpty()) {
            return null;
        }
        return new Span(inside.get(0).span().start(), inside.get(inside.size() - 1).span().end());
    }
}
