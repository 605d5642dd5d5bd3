package org.crosscheck.diff;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Evidence;
import org.crosscheck.model.Span;

/** Builds the evidence of either side of a finding. */
final class Findings {

    private Findings() {
    }

    /** Evidence for sentence {@code sentence} of {@code article}, with the differing value and its offsets. */
    static Evidence side(AnalyzedArticle article, int sentence, String value, Span highlight) {
        return Evidence.of(article, sentence, value, highlight);
    }

    /** A short form of a sentence for summaries. */
    static String clip(String text, int max) {
        String t = text.strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "\u2026";
    }
}
