package org.crosscheck.diff;

import java.util.Locale;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.text.quote.PersonIndex;

/**
 * The people each source of a comparison names, read once when first needed: a short form
 * ("Mr Baillie", "Baillie") is shown with the full name its own source gives ("Mr Baillie
 * (Kerr Baillie)"), so an editor sees who is meant without searching the article.
 */
final class FullNames {

    private final AnalyzedArticle left;
    private final AnalyzedArticle right;
    private PersonIndex leftIndex;
    private PersonIndex rightIndex;

    FullNames(AnalyzedArticle left, AnalyzedArticle right) {
        this.left = left;
        this.right = right;
    }

    PersonIndex left() {
        if (leftIndex == null) {
            leftIndex = PersonIndex.of(left.article().text());
        }
        return leftIndex;
    }

    PersonIndex right() {
        if (rightIndex == null) {
            rightIndex = PersonIndex.of(right.article().text());
        }
        return rightIndex;
    }

    /** {@code written}, followed by its source's fuller name for the same person when there is one. */
    String shown(String written, boolean onLeft) {
        String full = (onLeft ? left() : right()).canonical(written);
        boolean fuller = full.split("\\s+").length > written.replaceAll("^(?i)(mr|mrs|ms|miss|dr|mx)\\.?\\s+", "").split("\\s+").length;
        return fuller && !written.toLowerCase(Locale.ROOT).contains(full.toLowerCase(Locale.ROOT)) ? written + " (" + full + ")" : written;
    }
}
