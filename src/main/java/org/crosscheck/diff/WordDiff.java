package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.crosscheck.model.Span;
import org.crosscheck.text.Token;
import org.crosscheck.text.Tokenizer;

/**
 * Word-level differences between two stretches of text, as runs of tokens removed on the left
 * and put in on the right. Case and quotation-mark style do not count as differences.
 */
public final class WordDiff {

    /**
     * One run of difference.
     *
     * @param removed tokens of the left side not in the right (may be empty for an insertion)
     * @param added tokens of the right side not in the left (may be empty for a deletion)
     * @param before the left token before the run, or null
     * @param after the left token after the run, or null
     * @param addedBefore the right token before the run, or null
     * @param addedAfter the right token after the run, or null
     */
    public record Change(List<Token> removed, List<Token> added, Token before, Token after, Token addedBefore,
                         Token addedAfter) {

        /** The removed words joined by spaces. */
        public String removedText() {
            return join(removed);
        }

        /** The added words joined by spaces. */
        public String addedText() {
            return join(added);
        }

        /** The removed and added word tokens, punctuation left out. */
        public List<Token> removedWords() {
            return removed.stream().filter(Token::isWord).toList();
        }

        /** The added word tokens, punctuation left out. */
        public List<Token> addedWords() {
            return added.stream().filter(Token::isWord).toList();
        }

        private static String join(List<Token> tokens) {
            StringBuilder b = new StringBuilder();
            for (Token t : tokens) {
                if (b.length() > 0 && t.isWord()) {
                    b.append(' ');
                }
                b.append(t.text());
            }
            return b.toString();
        }
    }

    private WordDiff() {
    }

    /** Differences between {@code left} within {@code leftSpan} and {@code right} within {@code rightSpan}. */
    public static List<Change> between(String left, Span leftSpan, String right, Span rightSpan) {
        List<Token> a = Tokenizer.words(left, leftSpan.start(), leftSpan.end());
        List<Token> b = Tokenizer.words(right, rightSpan.start(), rightSpan.end());
        return between(a, b);
    }

    /** Differences between two token lists. */
    public static List<Change> between(List<Token> a, List<Token> b) {
        List<String> ka = a.stream().map(WordDiff::comparable).toList();
        List<String> kb = b.stream().map(WordDiff::comparable).toList();
        List<Change> out = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(ka, kb).getDeltas()) {
            int sp = d.getSource().getPosition();
            int sl = d.getSource().size();
            int tp = d.getTarget().getPosition();
            int tl = d.getTarget().size();
            out.add(new Change(List.copyOf(a.subList(sp, sp + sl)), List.copyOf(b.subList(tp, tp + tl)),
                    sp > 0 ? a.get(sp - 1) : null, sp + sl < a.size() ? a.get(sp + sl) : null,
                    tp > 0 ? b.get(tp - 1) : null, tp + tl < b.size() ? b.get(tp + tl) : null));
        }
        return out;
    }

    private static String comparable(Token t) {
        String s = t.text().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb" -> "\"";
            case "\u2018", "\u2019" -> "'";
            case "\u2013", "\u2014" -> "-";
            default -> s.replace('\u2019', '\'');
        };
    }
}
