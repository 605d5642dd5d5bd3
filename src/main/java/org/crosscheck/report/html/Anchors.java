package org.crosscheck.report.html;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.AnalyzedArticle;

/**
 * The element ids of the page: one per sentence, finding and consensus entry, stable for a
 * given report so that links into a saved page keep working.
 *
 * <p>Source ids may hold any characters; they are reduced to letters, digits, '_' and '-' and
 * made unique by their position when two reduce to the same form.
 */
final class Anchors {

    private final Map<String, String> slugs = new HashMap<>();

    /** Ids for the sources of {@code articles}, in command-line order. */
    Anchors(List<AnalyzedArticle> articles) {
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < articles.size(); i++) {
            String id = articles.get(i).id();
            String slug = slug(id);
            if (!taken.add(slug)) {
                slug = slug + "-" + i;
                taken.add(slug);
            }
            slugs.putIfAbsent(id, slug);
        }
    }

    /** The id of sentence {@code index} of source {@code source}: {@code s-<source>-<index>}. */
    String sentence(String source, int index) {
        return "s-" + slugs.getOrDefault(source, slug(source)) + "-" + index;
    }

    /** The id of the finding at position {@code index} of the report's discrepancies. */
    static String finding(int index) {
        return "f-" + index;
    }

    /** The id of the consensus entry of the discrepancy at position {@code index}. */
    static String consensus(int index) {
        return "c-" + index;
    }

    private static String slug(String id) {
        String s = id.replaceAll("[^A-Za-z0-9_-]", "_");
        return s.isEmpty() ? "_" : s;
    }
}
