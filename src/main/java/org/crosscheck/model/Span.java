package org.crosscheck.model;

/**
 * A half-open range {@code [start, end)} of character offsets into an article's text.
 *
 * <p>Every extracted thing (sentence, quote, figure, name) carries a span so that a report can
 * show exactly what it quotes.
 *
 * @param start offset of the first character, at least 0
 * @param end offset after the last character, at least {@code start}
 */
public record Span(int start, int end) {

    /** Rejects negative or inverted offsets, naming both values. */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start <= end, got start=" + start + " end=" + end);
        }
    }

    /** Number of characters covered. */
    public int length() {
        return end - start;
    }

    /** Whether {@code other} lies entirely inside this span. */
    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }

    /** Whether the two spans share at least one character. */
    public boolean overlaps(Span other) {
        return other.start < end && start < other.end;
    }

    /** The covered characters of {@code text}; fails if the span runs past its end. */
    public String of(CharSequence text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span " + this + " runs past text of length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    /** This span moved right by {@code delta} characters. */
    public Span shift(int delta) {
        return new Span(start + delta, end + delta);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
