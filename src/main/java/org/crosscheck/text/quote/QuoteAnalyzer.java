package org.crosscheck.text.quote;

import java.util.List;

import org.crosscheck.model.Sentence;

/**
 * Finds direct quotes and credits quotes and statements to speakers.
 *
 * <p>Placeholder: finds nothing yet (the quotes-and-speakers issue implements it).
 */
public final class QuoteAnalyzer {

    /** Quotes and credited statements of {@code text}, whose sentences are {@code sentences}. */
    public Speech analyze(String text, List<Sentence> sentences) {
        return new Speech(List.of(), List.of());
    }
}
