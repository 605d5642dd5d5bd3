package org.crosscheck.model;

import java.util.Objects;

/**
 * One sentence of an article.
 *
 * @param index position among the article's sentences, from 0
 * @param span where it stands in {@link Article#text()}
 * @param text the sentence exactly as the article has it
 * @param kind whether it is body copy, a headline, a bullet or page furniture
 */
public record Sentence(int index, Span span, String text, SentenceKind kind) {

    /** Validates that the text has the span's length. */
    public Sentence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (index < 0) {
            throw new IllegalArgumentException("sentence index must be >= 0, got " + index);
        }
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("sentence text length " + text.length() + " does not match span " + span);
        }
    }
}
