package org.crosscheck.report.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Evidence;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Report;
import org.crosscheck.model.Span;

/**
 * The quotes and contradicted items of every sentence of a report, as marks relative to the
 * sentence, and which findings touch which sentence.
 */
final class SentenceMarks {

    private final Map<String, List<Mark>> contradicted = new HashMap<>();
    private final Map<String, List<Integer>> findings = new HashMap<>();

    /** Indexes the discrepancies of {@code report}. */
    SentenceMarks(Report report) {
        List<Discrepancy> all = report.discrepancies();
        for (int i = 0; i < all.size(); i++) {
            Discrepancy d = all.get(i);
            for (Evidence e : List.of(d.finding().left(), d.finding().right())) {
                String key = key(e.source(), e.sentence());
                List<Integer> touching = findings.computeIfAbsent(key, k -> new ArrayList<>());
                if (!touching.contains(i)) {
                    touching.add(i);
                }
                if (d.isContradiction()) {
                    Mark m = highlight(d, i, e);
                    if (m != null) {
                        contradicted.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
                    }
                }
            }
        }
    }

    /** Marks for sentence {@code index} of {@code article}: its quotes and contradicted items. */
    List<Mark> of(AnalyzedArticle article, int index) {
        List<Mark> out = new ArrayList<>(contradictions(article.id(), index));
        Span sentence = article.sentence(index).span();
        for (Quote q : article.quotesIn(index)) {
            out.add(new Mark(clip(q.span(), sentence), Mark.Kind.QUOTE, quoteTitle(q), Map.of()));
        }
        return out;
    }

    /** Marks for the contradicted items of sentence {@code index} of source {@code source}. */
    List<Mark> contradictions(String source, int index) {
        return contradicted.getOrDefault(key(source, index), List.of());
    }

    /** Whether a contradiction points into sentence {@code index} of source {@code source}. */
    boolean isContradicted(String source, int index) {
        return contradicted.containsKey(key(source, index));
    }

    /** Positions in the report of the discrepancies whose evidence is this sentence. */
    List<Integer> findingsOf(String source, int index) {
        return findings.getOrDefault(key(source, index), List.of());
    }

    private static Mark highlight(Discrepancy d, int position, Evidence e) {
        Span value = ValueSpan.of(e);
        if (value == null || !value.overlaps(e.span())) {
            return null;
        }
        return new Mark(clip(value, e.span()), Mark.Kind.CONTRADICTS,
                d.type() + " · " + d.finding().severity() + ": " + d.finding().summary(),
                Map.of("finding", Anchors.finding(position), "type", d.type(),
                        "severity", d.finding().severity().name(), "confidence", FindingList.confidence(d.finding())));
    }

    /** {@code inner} cut to {@code outer}, relative to the start of {@code outer}. */
    private static Span clip(Span inner, Span outer) {
        int start = Math.max(inner.start(), outer.start()) - outer.start();
        int end = Math.min(inner.end(), outer.end()) - outer.start();
        return new Span(start, Math.max(start, end));
    }

    private static String quoteTitle(Quote q) {
        if (!q.speaker().isKnown()) {
            return "Quote, speaker unknown";
        }
        return "Quote credited to " + q.speaker().name() + (q.speaker().isConfident() ? "" : " (uncertain)");
    }

    private static String key(String source, int index) {
        return source + '\u0000' + index;
    }
}
