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
import org.crosscheck.text.Tokens.Token;

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
        for (QuotePairs.Pair p : pairs) {
            // a rendering that some quote of the left source holds word for word is not a change;
            // the left quote itself may be rendered faithfully in part elsewhere and changed here
            if (p.relation() != QuotePairs.Relation.CHANGED || heldRight.contains(p.right())
                    || p.sharedRun() < bestRun.get(p.right()) || !closeRendering(c, p) || !reported.add(p.right())) {
                continue;
            }
            for (List<WordDiff.Change> group : bySentence(c, p.changes()).values()) {
                out.add(finding(c, p, group));
            }
        }
        return out;
    }

    /**
     * Whether the two quotes say the same thing with some words changed, rather than two sayings
     * that share a phrase: at most a third of the shorter quote's words differ.
     */
    private static boolean closeRendering(Comparison c, QuotePairs.Pair p) {
        int leftWords = QuotePairs.words(c.left().article().text(), p.left()).size();
        int rightWords = QuotePairs.words(c.right().article().text(), p.right()).size();
        boolean leftShorter = leftWords <= rightWords;
        int changed = 0;
        for (WordDiff.Change ch : p.changes()) {
            changed += leftShorter ? ch.removedWords().size() : ch.addedWords().size();
        }
        return changed * 3 < Math.min(leftWords, rightWords);
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
        List<String> lv = new ArrayList<>();
        List<String> rv = new ArrayList<>();
        List<Token> removed = new ArrayList<>();
        List<Token> added = new ArrayList<>();
        for (WordDiff.Change ch : group) {
            boolean oneSided = ch.removedWords().isEmpty() || ch.addedWords().isEmpty();
            // a word dropped reads only in its context: "she's probably got" / "she's got"
            lv.add(value(ch.removedWords(), oneSided ? ch.before() : null, oneSided ? ch.after() : null));
            rv.add(value(ch.addedWords(), oneSided ? ch.addedBefore() : null, oneSided ? ch.addedAfter() : null));
            removed.addAll(ch.removedWords());
            added.addAll(ch.addedWords());
        }
        String left = String.join(" \u2026 ", lv);
        String right = String.join(" \u2026 ", rv);
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

    private static String value(List<Token> words, Token before, Token after) {
        List<String> parts = new ArrayList<>();
        if (before != null) {
            parts.add(before.text());
        }
        words.forEach(t -> parts.add(t.text()));
        if (after != null) {
            parts.add(after.text());
        }
        return String.join(" ", parts);
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
