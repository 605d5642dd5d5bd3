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

    // compiled once, not on each call as String.split and replaceAll would
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}'\u2019]+");
    private static final java.util.regex.Pattern EDGE_APOSTROPHES = java.util.regex.Pattern.compile("^['\u2019]+|['\u2019]+$");

    private QuoteWords() {
    }

    static List<String> of(String quote) {
        List<String> out = new ArrayList<>();
        for (String w : NON_WORD.split(quote.toLowerCase(Locale.ROOT))) {
            String t = EDGE_APOSTROPHES.matcher(w).replaceAll("");
            if (t.length() >= 3 && !STOP.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
