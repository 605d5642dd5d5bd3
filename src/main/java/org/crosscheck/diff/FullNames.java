package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.text.entity.Names;
import org.crosscheck.text.quote.PersonIndex;

/**
 * The people each source of a comparison names ({@link PersonIndex#of}, kept per article): a short form
 * ("Mr Baillie", "Baillie") is shown with the full name its own source gives ("Mr Baillie
 * (Kerr Baillie)"), so an editor sees who is meant without searching the article.
 */
final class FullNames {

    private final AnalyzedArticle left;
    private final AnalyzedArticle right;

    FullNames(AnalyzedArticle left, AnalyzedArticle right) {
        this.left = left;
        this.right = right;
    }

    PersonIndex left() {
        return PersonIndex.of(left.article().text());
    }

    PersonIndex right() {
        return PersonIndex.of(right.article().text());
    }

    /** {@code written}, followed by its source's fuller name for the same person when there is one. */
    String shown(String written, boolean onLeft) {
        String full = (onLeft ? left() : right()).canonical(written);
        List<String> words = new ArrayList<>(List.of(written.strip().split("\\s+")));
        while (words.size() > 1 && Names.HONORIFICS.contains(words.get(0).toLowerCase(Locale.ROOT).replace(".", ""))) {
            words.remove(0);
        }
        boolean fuller = full.split("\\s+").length > words.size();
        return fuller && !written.toLowerCase(Locale.ROOT).contains(full.toLowerCase(Locale.ROOT)) ? written + " (" + full + ")" : written;
    }
}
