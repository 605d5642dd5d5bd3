package org.crosscheck.model;

import java.util.Objects;

/**
 * Words inside quotation marks, with whoever they are credited to.
 *
 * @param span the quoted words, without the quotation marks
 * @param text the quoted words exactly as written
 * @param sentence index of the sentence the quote starts in
 * @param speaker who said it, possibly {@link Speaker#unknown()}
 */
public record Quote(Span span, String text, int sentence, Speaker speaker) {

    /** Validates that the text has the span's length. */
    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(speaker, "speaker");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("quote text length " + text.length() + " does not match span " + span);
        }
    }

    /** This quote credited to another speaker. */
    public Quote withSpeaker(Speaker other) {
        return new Quote(span, text, sentence, other);
    }
}
