package org.crosscheck.archive;

import java.util.Objects;

/**
 * An archived sentence that a store found for a query sentence.
 *
 * @param articleId the archived article it belongs to
 * @param sentence its index among that article's sentences
 * @param text the sentence as the article has it
 * @param score the store's relevance score (BM25 for Lucene); only its order within one query counts
 */
public record SentenceHit(String articleId, int sentence, String text, float score) {

    /** Validates the fields. */
    public SentenceHit {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
        if (sentence < 0) {
            throw new IllegalArgumentException("sentence index must be >= 0, got " + sentence);
        }
    }
}
