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
 * @param chain how the value was reached when the sentence does not state it ({@code "she" → Judge
 *     Ann Lee}), or ""
 */
public record Evidence(String source, int sentence, Span span, String text, String value, Span highlight, String chain) {

    /** Validates the required parts. */
    public Evidence {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        value = value == null ? "" : value;
        chain = chain == null ? "" : chain;
    }

    /** Evidence whose value the sentence states. */
    public Evidence(String source, int sentence, Span span, String text, String value, Span highlight) {
        this(source, sentence, span, text, value, highlight, "");
    }

    /** This evidence with the chain that leads to its value. */
    public Evidence withChain(String other) {
        return new Evidence(source, sentence, span, text, value, highlight, other);
    }

    /** Evidence for a whole sentence of an analysed article. */
    public static Evidence of(AnalyzedArticle article, int sentence, String value, Span highlight) {
        Sentence s = article.sentence(sentence);
        return new Evidence(article.id(), sentence, s.span(), s.text(), value, highlight);
    }
}
