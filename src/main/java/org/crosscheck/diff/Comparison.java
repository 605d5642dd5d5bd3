package org.crosscheck.diff;

import java.util.List;
import java.util.Objects;

import org.crosscheck.model.Alignment;
import org.crosscheck.model.AnalyzedArticle;

/**
 * Two sources and the alignment of their statements: what every detector reads.
 *
 * @param left the earlier source on the command line
 * @param right the later source
 * @param alignments sentence pairs making the same statement, left to right
 */
public record Comparison(AnalyzedArticle left, AnalyzedArticle right, List<Alignment> alignments) {

    /** Copies the alignments. */
    public Comparison {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        alignments = List.copyOf(alignments);
    }

    /** Whether the sentence encoder paired left sentence {@code left} with right sentence {@code right}. */
    public boolean pairedByMeaning(int left, int right) {
        return alignments.stream().anyMatch(a -> a.byMeaning() && a.left().sentence() == left && a.right().sentence() == right);
    }
}
