package org.crosscheck.model;

import java.util.List;

/**
 * The outcome of comparing two or more sources.
 *
 * @param articles the analysed sources in command-line order
 * @param alignments sentence pairs that make the same statement, pairwise across sources
 * @param discrepancies everything found, most severe first
 */
public record Report(List<AnalyzedArticle> articles, List<Alignment> alignments, List<Discrepancy> discrepancies) {

    /** Copies every list so the value cannot change. */
    public Report {
        articles = List.copyOf(articles);
        alignments = List.copyOf(alignments);
        discrepancies = List.copyOf(discrepancies);
    }

    /** Whether at least one discrepancy is a contradiction. */
    public boolean hasContradictions() {
        return discrepancies.stream().anyMatch(Discrepancy::isContradiction);
    }

    /**
     * Whether a contradiction decides exit status 1: any contradiction between sources, or one
     * within a source that is more than LOW (a LOW one within a source only hedges: it may be a
     * claim the article reports).
     */
    public boolean decidesDifference() {
        return discrepancies.stream().anyMatch(d -> d.isContradiction() && !isHedge(d));
    }

    /** A LOW contradiction whose two sides are in the same source. */
    static boolean isHedge(Discrepancy d) {
        return d.finding().severity() == Severity.LOW && d.finding().left().source().equals(d.finding().right().source());
    }

    /** Only the contradictions. */
    public List<Discrepancy> contradictions() {
        return discrepancies.stream().filter(Discrepancy::isContradiction).toList();
    }

    /**
     * This report without the contradictions whose confidence is below {@code min}; omissions and
     * additions stay.
     *
     * @throws IllegalArgumentException when {@code min} is not in [0,1]
     */
    public Report withMinConfidence(double min) {
        if (!(min >= 0 && min <= 1)) {
            throw new IllegalArgumentException("min confidence must be in [0,1], got " + min);
        }
        return new Report(articles, alignments, discrepancies.stream()
                .filter(d -> !d.isContradiction() || d.finding().confidence() >= min).toList());
    }

    /** The analysed source with this id; fails naming the id when there is none. */
    public AnalyzedArticle article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no source with id '" + id + "'"));
    }
}
