package org.crosscheck.diff;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.crosscheck.index.Stemmer;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Span;
import org.crosscheck.model.Speaker;
import org.crosscheck.text.Token;
import org.crosscheck.text.Tokenizer;

/**
 * What a reported statement says, without who says it: the words of its sentence outside the
 * credit ("Energy Transition Minister Samira El Idrissi told reporters in Rabat that ..."). Two
 * statements credited to different people share little of their sentences when the credits are
 * long, so whether they are one statement is judged on what is reported, not on the whole sentence.
 */
final class ReportedContent {

    /** Words that carry no content of their own. */
    private static final Set<String> FUNCTION = Set.of("the", "a", "an", "and", "or", "but", "of", "for", "in", "on", "at",
            "to", "with", "from", "by", "that", "which", "who", "as", "it", "its", "this", "these", "those", "than", "is",
            "are", "was", "were", "be", "been", "has", "have", "had", "would", "will", "could", "can", "said", "says",
            "told", "added", "about", "around", "some", "there", "their", "his", "her", "they", "he", "she", "we", "not");

    private ReportedContent() {
    }

    /**
     * The share of the shorter side's content words (stemmed) that the other side's content also
     * has: 1 when one statement reports all the other does, whoever each credits.
     */
    static double shared(AnalyzedArticle left, int ls, Speaker lsp, AnalyzedArticle right, int rs, Speaker rsp) {
        Set<String> l = content(left, ls, lsp);
        Set<String> r = content(right, rs, rsp);
        if (l.isEmpty() || r.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(l);
        both.retainAll(r);
        return both.size() / (double) Math.min(l.size(), r.size());
    }

    /** The stemmed content words of sentence {@code s}, leaving out the credit and the words of the speaker's name and titles. */
    static Set<String> content(AnalyzedArticle article, int s, Speaker sp) {
        String text = article.article().text();
        Span sentence = article.sentence(s).span();
        Span credit = creditOf(article, s, sp);
        Set<String> out = new HashSet<>();
        for (Token t : Tokenizer.words(text, sentence.start(), sentence.end())) {
            String w = t.text().toLowerCase(Locale.ROOT);
            boolean inCredit = credit != null && credit.start() <= t.start() && t.end() <= credit.end();
            if (t.isWord() && !inCredit && !t.isCapitalised() && !FUNCTION.contains(w) || t.isWord() && !inCredit && w.chars().anyMatch(Character::isDigit)) {
                out.add(Stemmer.stem(w));
            }
        }
        return out;
    }

    /** The credit of the statement: from the sentence's start (or the cue's) through the cue, when the cue stands in it. */
    private static Span creditOf(AnalyzedArticle article, int s, Speaker sp) {
        Span sentence = article.sentence(s).span();
        if (sp.cue() == null || !sentence.contains(sp.cue())) {
            return null;
        }
        // the credit opens the sentence ("Minister X told reporters that ...") or closes it (", X said.")
        int before = sp.cue().start() - sentence.start();
        int after = sentence.end() - sp.cue().end();
        return before <= after ? new Span(sentence.start(), sp.cue().end()) : new Span(sp.cue().start(), sentence.end());
    }
}
