package org.crosscheck.text.quote;

import java.util.ArrayList;
import java.util.List;

import org.crosscheck.model.Span;
import org.crosscheck.text.Tokenizer;

/**
 * Finds quoted stretches of text from their marks.
 *
 * <p>Double quotes (straight or curly) and single quotes used as quotation marks are recognised;
 * marks of the other kind inside a quote are nested and belong to it. An apostrophe (don't,
 * Britain's, the '90s, Peskov') never opens or closes a quote: a single mark opens only at the
 * start of a word and only when a closing single mark follows in the same paragraph. A paragraph
 * that ends inside a quote continues it when the next paragraph opens with a quotation mark
 * (the news convention for multi-paragraph quotes). Unbalanced marks never fail: an unclosed
 * quote runs to the end of its paragraph, and a paragraph whose first mark can only close a quote
 * (copy that lost the opening mark) is quoted from its start.
 */
final class QuoteMarks {

    private static final java.util.Set<String> ELISIONS = java.util.Set.of("em", "til", "tis", "twas", "n", "cause", "bout");

    private QuoteMarks() {
    }

    /** The quote pieces of {@code text} in reading order. */
    static List<QuotePiece> find(String text) {
        List<QuotePiece> out = new ArrayList<>();
        boolean continuing = false;
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                boolean open = scanLine(text, lineStart, lineEnd, continuing, out);
                continuing = open && nextParagraphOpensQuote(text, lineEnd);
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** Scans one paragraph; returns whether it ends inside a double quote. */
    private static boolean scanLine(String text, int from, int to, boolean continuing, List<QuotePiece> out) {
        int openAt = -1; // offset of the open double mark
        boolean continuation = false;
        int start = from;
        int lostOpening = continuing ? -1 : lostOpening(text, from, to);
        if (lostOpening >= 0) {
            // 'We found some real truths," says Mr Parker.': copy that lost a paragraph's opening mark
            add(text, from, from, lostOpening, lostOpening + 1, false, out);
            start = lostOpening + 1;
        }
        for (int i = start; i < to; i++) {
            char c = text.charAt(i);
            if (isDouble(c) && openAt < 0 && c == '"' && i > from && !opensAfter(text.charAt(i - 1))) {
                continue; // an inch mark ("6'3\"") or a stray mark after a word opens nothing
            }
            if (isDouble(c)) {
                // "...problems for her here,“ said Jim Clyburn": an opening mark where a closing one stands closes
                if (openAt >= 0 && (c != '\u201C' || standsAsCloser(text, i, to))) {
                    add(text, openAt, openAt + 1, i, i + 1, continuation, out);
                    openAt = -1;
                    continuation = false;
                } else if (c != '\u201D' || opensHere(text, i, from, to)) {
                    if (openAt >= 0) {
                        add(text, openAt, openAt + 1, i, i, continuation, out);
                    }
                    openAt = i;
                    continuation = continuing && isFirstMark(text, from, i);
                }
            } else if (openAt < 0 && isSingle(c) && opensHere(text, i, from, to) && !isElision(text, i, to)) {
                int close = singleCloser(text, i + 1, to);
                if (close > 0) {
                    add(text, i, i + 1, close, close + 1, false, out);
                    i = close;
                }
            }
        }
        if (openAt >= 0) {
            add(text, openAt, openAt + 1, to, to, continuation, out);
            return true;
        }
        return false;
    }

    /**
     * The offset of a paragraph's first double mark when it can only close a quote whose opening
     * mark was lost: the paragraph does not open with a mark, and its first double mark stands
     * straight after a word or a sentence's closing punctuation and before a space, punctuation or
     * the paragraph's end. Else -1.
     */
    private static int lostOpening(String text, int from, int to) {
        int first = from;
        while (first < to && Tokenizer.isSpace(text.charAt(first))) {
            first++;
        }
        if (first >= to || isDouble(text.charAt(first)) || isSingle(text.charAt(first))) {
            return -1;
        }
        for (int i = first; i < to; i++) {
            if (isDouble(text.charAt(i))) {
                return closesAfterWords(text, i, to) ? i : -1;
            }
        }
        return -1;
    }

    /** Characters an opening mark may follow: a space, a bracket, a dash, a colon, a slash or another mark. */
    private static boolean opensAfter(char c) {
        return Tokenizer.isSpace(c) || "([\u2014\u2013-:/'\u2018\u201C\"".indexOf(c) >= 0;
    }

    private static boolean closesAfterWords(String text, int mark, int to) {
        return text.charAt(mark) != '\u201C' && standsAsCloser(text, mark, to);
    }

    /** Whether the mark at {@code mark} stands where a closing mark stands: after words or their punctuation, before a space or punctuation. */
    private static boolean standsAsCloser(String text, int mark, int to) {
        if (mark == 0) {
            return false;
        }
        char before = text.charAt(mark - 1);
        boolean afterWords = before == ',' || before == '.' || before == '?' || before == '!' || before == '\u2026'
                || Character.isLetter(before);
        char after = mark + 1 < to ? text.charAt(mark + 1) : '\n';
        return afterWords && (Character.isWhitespace(after) || after == ',' || after == '.' || after == ';' || after == ':');
    }

    private static void add(String text, int outerStart, int contentStart, int contentEnd, int outerEnd,
                            boolean continuation, List<QuotePiece> out) {
        int s = contentStart;
        int e = contentEnd;
        while (s < e && Tokenizer.isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && Tokenizer.isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new QuotePiece(new Span(s, e), new Span(outerStart, outerEnd), continuation));
        }
    }

    private static boolean isFirstMark(String text, int from, int at) {
        for (int k = from; k < at; k++) {
            if (!Tokenizer.isSpace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean nextParagraphOpensQuote(String text, int lineEnd) {
        int k = lineEnd;
        while (k < text.length() && Tokenizer.isSpace(text.charAt(k))) {
            k++;
        }
        return k < text.length() && (text.charAt(k) == '"' || text.charAt(k) == '\u201C');
    }

    /** The first single mark after {@code from} that can close a quote, or -1. */
    private static int singleCloser(String text, int from, int to) {
        boolean inDouble = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (isDouble(c)) {
                inDouble = !inDouble;
            } else if (!inDouble && isSingle(c) && closesHere(text, k, from, to)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean opensHere(String text, int i, int from, int to) {
        boolean before = i == from || isBoundaryBefore(text.charAt(i - 1));
        return before && i + 1 < to && !Tokenizer.isSpace(text.charAt(i + 1));
    }

    private static boolean closesHere(String text, int i, int from, int to) {
        boolean before = i > from && !Tokenizer.isSpace(text.charAt(i - 1));
        boolean after = i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1));
        return before && after;
    }

    /** "'90s", "'em", "'til": an apostrophe at the start of a word. */
    private static boolean isElision(String text, int i, int to) {
        int k = i + 1;
        int digits = 0;
        while (k < to && Character.isDigit(text.charAt(k))) {
            k++;
            digits++;
        }
        if (digits == 2) {
            return true;
        }
        int end = i + 1;
        while (end < to && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return ELISIONS.contains(text.substring(i + 1, end).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isBoundaryBefore(char c) {
        return Tokenizer.isSpace(c) || c == '(' || c == '[' || c == '\u2014' || c == '\u2013' || c == '-'
                || c == ':' || c == '"' || c == '\u201C' || c == '/';
    }

    static boolean isDouble(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D';
    }

    static boolean isSingle(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019';
    }
}
