package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.List;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Span;
import org.crosscheck.model.Speaker;

/**
 * The quotes of an article as the quote checks compare them.
 *
 * <p>Copy often loses a paragraph's opening quotation mark ({@code Within seconds, the flames
 * were everywhere," Mrs Smith said.}), and an inch mark ({@code 6'3"}) looks like one. A mark
 * that stands straight after a word or a sentence's closing punctuation closes a quote; it never
 * opens one. So a stretch that "opens" there is not a quote, and a paragraph whose first mark
 * closes one is quoted from its start to that mark, credited to whoever the stretch after the
 * mark names.
 */
final class ComparedQuotes {

    private ComparedQuotes() {
    }

    /** The quotes of {@code article} read from their marks, misread marks mended. */
    static List<Quote> of(AnalyzedArticle article) {
        String text = article.article().text();
        List<Quote> out = new ArrayList<>();
        for (Quote q : article.quotes()) {
            if (!opensAfterWord(text, q.span().start())) {
                out.add(q);
            }
        }
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            Quote headless = headless(article, lineStart, lineEnd);
            if (headless != null) {
                out.add(headless);
            }
            lineStart = lineEnd + 1;
        }
        out.sort(java.util.Comparator.comparingInt(q -> q.span().start()));
        return out;
    }

    /** Whether the quote whose words start at {@code contentStart} was opened by a mark in closing position. */
    private static boolean opensAfterWord(String text, int contentStart) {
        int mark = contentStart - 1;
        while (mark >= 0 && Character.isWhitespace(text.charAt(mark)) && text.charAt(mark) != '\n') {
            mark--;
        }
        return mark > 0 && isDouble(text.charAt(mark)) && text.charAt(mark) != '\u201C' && !opensAfter(text.charAt(mark - 1));
    }

    /** Characters an opening mark may follow: a space, a bracket, a dash, a colon, a slash or another mark. */
    private static boolean opensAfter(char c) {
        return Character.isWhitespace(c) || "([\u2014\u2013-:/'\u2018\u201C\"".indexOf(c) >= 0;
    }

    private static Quote headless(AnalyzedArticle article, int from, int to) {
        String text = article.article().text();
        int first = from;
        while (first < to && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (first >= to || isDouble(text.charAt(first)) || text.charAt(first) == '\'' || text.charAt(first) == '\u2018') {
            return null;
        }
        for (int i = first; i < to; i++) {
            if (isDouble(text.charAt(i))) {
                if (!closesHere(text, i)) {
                    return null;
                }
                int end = i;
                while (end > first && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                Span span = new Span(first, end);
                int sentence = sentenceAt(article, first);
                if (sentence < 0) {
                    return null;
                }
                return new Quote(span, span.of(text), sentence, speakerAfter(article, i));
            }
        }
        return null;
    }

    /** A closing mark follows sentence punctuation or a letter, and precedes a space, punctuation or the line's end. */
    private static boolean closesHere(String text, int mark) {
        if (mark == 0 || text.charAt(mark) == '\u201C') {
            return false;
        }
        char before = text.charAt(mark - 1);
        boolean afterWords = before == ',' || before == '.' || before == '?' || before == '!' || before == '\u2026'
                || Character.isLetter(before);
        char after = mark + 1 < text.length() ? text.charAt(mark + 1) : '\n';
        return afterWords && (Character.isWhitespace(after) || after == ',' || after == '.' || after == ';' || after == ':');
    }

    /** The speaker the misread stretch after a closing mark was credited with. */
    private static Speaker speakerAfter(AnalyzedArticle article, int mark) {
        for (Quote q : article.quotes()) {
            if (q.span().start() > mark && q.span().start() <= mark + 3) {
                return q.speaker();
            }
        }
        return Speaker.unknown();
    }

    /** Index of the compared sentence that holds {@code offset}, or -1. */
    static int sentenceAt(AnalyzedArticle article, int offset) {
        for (Sentence s : article.sentences()) {
            if (s.span().start() <= offset && offset < s.span().end()) {
                return s.kind().isCompared() ? s.index() : -1;
            }
        }
        return -1;
    }

    private static boolean isDouble(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D';
    }
}
