package org.crosscheck.text.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The content words of a quote, lower-cased, for comparing a cross-head with the quote it repeats. */
final class QuoteWords {

    private static final Set<String> STOP = Set.of("the", "and", "but", "for", "that", "this", "with", "was", "are",
            "were", "our", "its", "it's", "we're", "has", "have", "had", "not", "from", "will", "they", "their", "them",
            "there", "very", "into", "about", "what", "which", "who", "been", "being", "than", "then", "all", "any");

    private QuoteWords() {
    }

    static List<String> of(String quote) {
        List<String> out = new ArrayList<>();
        for (String w : quote.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'\u2019]+")) {
            String t = w.replaceAll("^['\u2019]+|['\u2019]+$", "");
            if (t.length() >= 3 && !STOP.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
