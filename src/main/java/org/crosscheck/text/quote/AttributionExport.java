package org.crosscheck.text.quote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.crosscheck.model.Quote;
import org.crosscheck.model.Span;

/**
 * The library side of the {@code attributions} command: quotes as records whose offsets count
 * Unicode code points of the text exactly as read, written as JSON lines (one object per line
 * with the keys doc, begin, end, quote_text, speaker, confidence, speaker_begin, speaker_end; the
 * last two are null when the quote is linked to no mention).
 */
public final class AttributionExport {

    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /**
     * One record per quote, in the order given.
     *
     * @param doc the source id, not blank
     * @param text the text the quotes' spans refer to
     * @param quotes quotes found in {@code text}; each span must lie inside it
     */
    public List<AttributionRecord> export(String doc, String text, List<Quote> quotes) {
        if (doc == null || doc.isBlank()) {
            throw new IllegalArgumentException("doc must not be blank, got " + (doc == null ? "null" : "'" + doc + "'"));
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(quotes, "quotes");
        List<AttributionRecord> out = new ArrayList<>();
        for (Quote q : quotes) {
            if (q.span().end() > text.length()) {
                throw new IllegalArgumentException("quote span " + q.span() + " runs past text of length " + text.length());
            }
            int begin = text.codePointCount(0, q.span().start());
            int end = begin + text.codePointCount(q.span().start(), q.span().end());
            Span m = q.speaker().mention();
            if (m != null && m.end() <= text.length()) {
                int mb = text.codePointCount(0, m.start());
                int me = mb + text.codePointCount(m.start(), m.end());
                out.add(new AttributionRecord(doc, begin, end, q.text(), q.speaker().name(), q.speaker().confidence(), mb, me));
            } else {
                out.add(new AttributionRecord(doc, begin, end, q.text(), q.speaker().name(), q.speaker().confidence()));
            }
        }
        return out;
    }

    /**
     * Writes the records as JSON lines; {@code out} is flushed, not closed.
     *
     * @throws UncheckedIOException when writing fails
     */
    public void writeJsonLines(List<AttributionRecord> records, Writer out) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(out, "out");
        try {
            for (AttributionRecord r : records) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("doc", r.doc());
                line.put("begin", r.begin());
                line.put("end", r.end());
                line.put("quote_text", r.quoteText());
                line.put("speaker", r.speaker());
                line.put("confidence", Math.round(r.confidence() * 1000) / 1000.0);
                line.put("speaker_begin", r.speakerBegin() < 0 ? null : r.speakerBegin());
                line.put("speaker_end", r.speakerEnd() < 0 ? null : r.speakerEnd());
                out.write(JSON.writeValueAsString(line));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write attributions", e);
        }
    }
}
