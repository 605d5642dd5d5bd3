package org.crosscheck.text.quote.examples;

import java.io.StringWriter;
import java.util.List;

import org.crosscheck.model.Quote;
import org.crosscheck.text.quote.AttributionExport;
import org.crosscheck.text.quote.PersonIndex;
import org.crosscheck.text.quote.QuoteAnalyzer;
import org.crosscheck.text.quote.Speech;

/** Finds the quotes of a short story, who said them, and writes them as JSON lines. */
public final class QuoteAnalyzerExample {

    public static void main(String[] args) {
        String text = "Dmitry Peskov, spokesman for President Vladimir Putin, spoke to Sky News.\n\n"
                + "\"We deny it,\" Mr Peskov said, \"and always will.\"";
        Speech speech = new QuoteAnalyzer().analyze(text, List.of()); // empty list: split the text itself
        for (Quote q : speech.quotes()) {
            System.out.println(q.text() + " <- " + q.speaker().name() + " (" + q.speaker().confidence() + ")");
        }
        System.out.println(PersonIndex.of(text).canonical("Mr Peskov")); // Dmitry Peskov
        StringWriter json = new StringWriter();
        AttributionExport export = new AttributionExport();
        export.writeJsonLines(export.export("example", text, speech.quotes()), json);
        System.out.print(json);
    }
}
