package org.crosscheck.diff;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Span;
import org.crosscheck.text.FurnitureClassifier;

/**
 * Keeps a dateline ("PARIS, May 3 (Reuters) - ") out of the comparison of its sentence: it says
 * where and when the copy was filed, not what happened. The sentence and its offsets stay as the
 * article has them; only the figures, dates and names inside the dateline are passed over.
 */
final class Datelines {

    private Datelines() {
    }

    /** Whether {@code span} stands inside the dateline that opens sentence {@code sentence}. */
    static boolean inDateline(AnalyzedArticle article, int sentence, Span span) {
        Sentence s = article.sentence(sentence);
        int length = FurnitureClassifier.datelineLength(s.text());
        return length > 0 && span.start() < s.span().start() + length;
    }
}
