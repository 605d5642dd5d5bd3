package org.crosscheck.report.html;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Span;

/**
 * Finds the words that differ between two sentences, as offsets into each sentence.
 *
 * <p>Sentences are split into word tokens (letters and digits, keeping "5,000", "2.4" and
 * "don't" whole) and single punctuation marks; the token lists are diffed with java-diff-utils.
 * Case and the style of quotation marks and apostrophes do not count as differences.
 */
final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.,:\\-][\\p{L}\\p{N}]+)*|\\S");

    private WordDiff() {
    }

    /**
     * The differing words of two sentences.
     *
     * @param left spans into the left sentence of words changed or deleted, in order, not overlapping
     * @param right spans into the right sentence of words changed or inserted, in order, not overlapping
     */
    record Changes(List<Span> left, List<Span> right) {

        Changes {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }

        /** Whether the sentences have the same words. */
        boolean isIdentical() {
            return left.isEmpty() && right.isEmpty();
        }
    }

    private record Token(String key, int start, int end) {
    }

    /** The words that differ between {@code left} and {@code right}; both must be non-null. */
    static Changes between(String left, String right) {
        if (left == null || right == null) {
            throw new IllegalArgumentException("sentences to diff must not be null, got left=" + left + " right=" + right);
        }
        List<Token> a = tokens(left);
        List<Token> b = tokens(right);
        List<Span> leftSpans = new ArrayList<>();
        List<Span> rightSpans = new ArrayList<>();
        for (AbstractDelta<Token> delta : DiffUtils.diff(a, b, (x, y) -> x.key().equals(y.key())).getDeltas()) {
            addSpan(delta.getSource(), a, leftSpans);
            addSpan(delta.getTarget(), b, rightSpans);
        }
        leftSpans.sort((x, y) -> Integer.compare(x.start(), y.start()));
        rightSpans.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return new Changes(leftSpans, rightSpans);
    }

    private static void addSpan(Chunk<Token> chunk, List<Token> tokens, List<Span> into) {
        if (chunk.size() == 0) {
            return;
        }
        Token first = tokens.get(chunk.getPosition());
        Token last = tokens.get(chunk.getPosition() + chunk.size() - 1);
        into.add(new Span(first.start(), last.end()));
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(new Token(normalise(m.group()), m.start(), m.end()));
        }
        return out;
    }

    private static String normalise(String token) {
        return token.toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'')
                .replace('“', '"').replace('”', '"');
    }
}
