package org.crosscheck.model;

import java.util.Objects;

/**
 * One side of a discrepancy: the sentence that says it and the item that differs.
 *
 * @param source the source id
 * @param sentence the sentence index
 * @param span the sentence's offsets in the source text
 * @param text the sentence exactly as written
 * @param value the differing item as this side has it (a speaker's fullest name, a figure as
 *     written, the quoted words), or "" when the side has none
 * @param highlight the offsets of the differing item in the source text, or {@code null}
 */
public record Evidence(String source, int sentence, Span span, String text, String value, Span highlight) {

    /** Validates the required parts. */
    public Evidence {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        value = value == null ? "" : value;
    }

    /** Evidence for a whole sentence of an analysed article. */
    public static Evidence of(AnalyzedArticle article, int sentence, String value, Span highlight) {
        Sentence s = article.sentence(sentence);
        return new Evidence(article.id(), sentence, s.span(), s.text(), value, highlight);
    }
}
