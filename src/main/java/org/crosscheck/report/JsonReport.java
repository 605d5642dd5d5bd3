package org.crosscheck.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.crosscheck.model.Alignment;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Evidence;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Report;
import org.crosscheck.model.SentenceRef;

/**
 * Renders a report as the JSON document of the report contract ({@code shared/report-contract.md}):
 * {@code sources}, {@code alignments} and {@code discrepancies}, with extra fields (explanation,
 * confidence, consensus, highlight offsets, counts) that the contract welcomes. Field names are
 * stable: add, never rename or drop.
 */
public final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Sets Jackson up in the calling thread (its mapper, and the serialisers of the value types a
     * report holds) by rendering a small document of those types, so that a first report renders
     * without that cost (tens of milliseconds in a fresh JVM). The output of later renders is the
     * same with or without it.
     */
    public static void prepare() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", "ready");
        m.put("count", 1);
        m.put("total", 1L);
        m.put("confidence", 0.5);
        m.put("by_meaning", true);
        m.put("none", null);
        m.put("list", List.of(1, 2));
        m.put("map", Map.of("k", 1L));
        try {
            MAPPER.writeValueAsString(List.of(m));
        } catch (JsonProcessingException e) {
            // a real render meets the same trouble and reports it
        }
    }

    /** The JSON text of {@code report}. */
    public String render(Report report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("sources", report.articles().stream().map(JsonReport::source).toList());
        root.put("alignments", report.alignments().stream().map(JsonReport::alignment).toList());
        root.put("discrepancies", report.discrepancies().stream().map(JsonReport::discrepancy).toList());
        root.put("summary", summary(report));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report could not be serialised", e);
        }
    }

    private static Map<String, Object> source(AnalyzedArticle a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("path", a.article().path());
        m.put("title", a.article().title());
        m.put("sentences", a.sentences().size());
        m.put("compared", a.sentences().stream().filter(s -> s.kind().isCompared()).count());
        m.put("quotes", a.quotes().size());
        return m;
    }

    private static Map<String, Object> alignment(Alignment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("left", ref(a.left()));
        m.put("right", ref(a.right()));
        m.put("similarity", a.similarity());
        m.put("by_meaning", a.byMeaning());
        return m;
    }

    /** Keys in the contract's order, the same on every run. */
    private static Map<String, Object> ref(SentenceRef r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", r.source());
        m.put("sentence", r.sentence());
        return m;
    }

    private static Map<String, Object> discrepancy(Discrepancy d) {
        Finding f = d.finding();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", d.type());
        m.put("severity", f.severity().name());
        m.put("summary", f.summary());
        m.put("left", evidence(f.left()));
        m.put("right", evidence(f.right()));
        m.put("explanation", f.explanation());
        m.put("confidence", f.confidence());
        m.put("raw_confidence", f.rawConfidence());
        if (!f.consensus().isEmpty()) {
            m.put("consensus", f.consensus());
        }
        return m;
    }

    private static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", e.source());
        m.put("sentence", e.sentence() < 0 ? null : e.sentence());
        m.put("start", e.span().start());
        m.put("end", e.span().end());
        m.put("text", e.text());
        m.put("value", e.value());
        if (e.highlight() != null) {
            m.put("highlight", List.of(e.highlight().start(), e.highlight().end()));
        }
        if (!e.chain().isEmpty()) {
            m.put("chain", e.chain());
        }
        return m;
    }

    private static Map<String, Object> summary(Report report) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Long> byType = new LinkedHashMap<>();
        for (Discrepancy d : report.discrepancies()) {
            byType.merge(d.type(), 1L, Long::sum);
        }
        m.put("contradictions", report.contradictions().size());
        m.put("byType", byType);
        return m;
    }
}
