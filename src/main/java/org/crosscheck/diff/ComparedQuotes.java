package org.crosscheck.diff;

import java.util.List;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Sentence;

/**
 * The quotes of an article as the quote checks compare them: the quote reader's, which already
 * mends copy that lost a paragraph's opening mark and never opens a quote at an inch mark
 * ({@code 6'3"}).
 */
final class ComparedQuotes {

    private ComparedQuotes() {
    }

    /** The quotes of {@code article}. */
    static List<Quote> of(AnalyzedArticle article) {
        return article.quotes();
    }

    /** Index of the compared sentence that holds {@code offset}, or -1. */
    static int sentenceAt(AnalyzedArticle article, int offset) {
        for (Sentence s : article.sentences()) {
            if (s.span().start() <= offset && offset < s.span().end()) {
                return s.kind().isCompared() ? s.index() : -1;
            }
        }
        return -1;
    }
}
