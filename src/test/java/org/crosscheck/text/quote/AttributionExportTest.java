package org.crosscheck.text.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;

import org.crosscheck.model.Quote;
import org.crosscheck.model.Span;
import org.crosscheck.model.Speaker;
import org.junit.jupiter.api.Test;

class AttributionExportTest {

    @Test
    void countsOffsetsInCodePoints() {
        String text = "\uD83D\uDE00 \"We deny it,\" Dmitry Peskov said.";
        List<Quote> quotes = QuoteAnalyzerTest.analyze(text).quotes();
        List<AttributionRecord> records = new AttributionExport().export("sky", text, quotes);
        // the emoji is two UTF-16 units but one code point, so the quote starts at code point 3
        assertThat(records).containsExactly(new AttributionRecord("sky", 3, 14, "We deny it,", "Dmitry Peskov", 0.95, 16, 29));
    }

    @Test
    void writesOneJsonObjectPerLine() {
        List<AttributionRecord> records = List.of(
                new AttributionRecord("a", 0, 4, "fake", "Dmitry Peskov", 0.95, 6, 8),
                new AttributionRecord("a", 10, 12, "no", null, 0));
        StringWriter out = new StringWriter();
        new AttributionExport().writeJsonLines(records, out);
        assertThat(out.toString()).isEqualTo(
                "{\"doc\":\"a\",\"begin\":0,\"end\":4,\"quote_text\":\"fake\",\"speaker\":\"Dmitry Peskov\",\"confidence\":0.95,"
                        + "\"speaker_begin\":6,\"speaker_end\":8}\n"
                        + "{\"doc\":\"a\",\"begin\":10,\"end\":12,\"quote_text\":\"no\",\"speaker\":null,\"confidence\":0.0,"
                        + "\"speaker_begin\":null,\"speaker_end\":null}\n");
    }

    @Test
    void givesTheSpanOfThePronounAQuoteIsLinkedTo() {
        String text = "Judge Ann Lee opened the hearing. \"The court will rise,\" she said.";
        List<AttributionRecord> records = new AttributionExport().export("a", text, QuoteAnalyzerTest.analyze(text).quotes());
        int she = text.indexOf("she said");
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.speaker()).isEqualTo("Ann Lee");
            assertThat(r.speakerBegin()).isEqualTo(she);
            assertThat(r.speakerEnd()).isEqualTo(she + 3);
        });
    }

    @Test
    void exportsNothingForNoQuotes() {
        assertThat(new AttributionExport().export("a", "", List.of())).isEmpty();
    }

    @Test
    void rejectsABlankDocAndSpansPastTheText() {
        assertThatThrownBy(() -> new AttributionExport().export(" ", "x", List.of())).hasMessageContaining("doc");
        Quote outside = new Quote(new Span(0, 5), "hello", 0, Speaker.unknown());
        assertThatThrownBy(() -> new AttributionExport().export("a", "hi", List.of(outside))).hasMessageContaining("[0,5)");
    }
}
