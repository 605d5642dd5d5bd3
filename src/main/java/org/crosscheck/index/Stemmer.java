package org.crosscheck.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Reduces one word to its Porter stem the way the index sees it, without removing stop words
 * ("admitted" and "admits" both "admit"; "not" stays "not").
 */
public final class Stemmer {

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream filter = new PorterStemFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source, filter);
        }
    };
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Stemmer() {
    }

    /** The stem of {@code word}, or the lower-cased word when it is not one token. */
    public static String stem(String word) {
        return CACHE.computeIfAbsent(word.toLowerCase(Locale.ROOT), Stemmer::compute);
    }

    private static String compute(String word) {
        try (TokenStream ts = ANALYZER.tokenStream("w", word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            StringBuilder out = new StringBuilder();
            while (ts.incrementToken()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(term);
            }
            ts.end();
            return out.length() == 0 ? word : out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
