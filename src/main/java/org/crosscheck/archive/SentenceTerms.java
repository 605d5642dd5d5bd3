package org.crosscheck.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words a sentence is matched on: English analysis (lower case, stop words removed, Porter
 * stems), the same for the archive's index and for the sentences of a copy, so "said"/"says" and
 * "5,000"/"5,000" meet. Part of {@link ArchiveFormat}: changing it means re-indexing.
 */
final class SentenceTerms {

    /** Shared: an analyzer is thread-safe (each thread reuses its own token stream). */
    static final Analyzer ANALYZER = new EnglishAnalyzer();

    private SentenceTerms() {
    }

    /** The distinct terms of {@code text}, in order of first appearance. */
    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (TokenStream ts = ANALYZER.tokenStream(LuceneSchema.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (seen.add(t)) {
                    out.add(t);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a sentence failed", e);
        }
        return out;
    }
}
