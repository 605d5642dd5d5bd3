package org.crosscheck.diff;

import java.util.List;

import org.crosscheck.model.Alignment;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Quantity;

/** NUMBER for vague amounts: "billions" put where "millions" stood. */
final class Magnitudes {

    private static final double MAGNITUDE_SIMILARITY = 0.5;

    private Magnitudes() {
    }

    /**
     * "Billions" against "millions": vague plurals are not held to a figure, but a closely aligned
     * statement that puts the one order of magnitude in place of another has changed the amount.
     * Only a lone vague plural on each side, counting the same thing, is compared, and only its
     * magnitude word.
     */
    static Discrepancy change(Comparison c, Alignment a) {
        if (a.similarity() < MAGNITUDE_SIMILARITY) {
            return null;
        }
        List<Quantity> l = vague(c.left(), a.left().sentence());
        List<Quantity> r = vague(c.right(), a.right().sentence());
        if (l.size() != 1 || r.size() != 1 || magnitudeWord(l.get(0)).equals(magnitudeWord(r.get(0)))
                || !l.get(0).counted().isEmpty() && !r.get(0).counted().isEmpty() && !Figures.sameThing(l.get(0).counted(), r.get(0).counted())) {
            return null;
        }
        return NumberDetector.finding(c, a.left().sentence(), l.get(0), a.right().sentence(), r.get(0), Figures.Outcome.DIFFERENT_VALUE);
    }

    /** "Thousands" of "tens of thousands": loose multiples of one magnitude are not told apart. */
    private static String magnitudeWord(Quantity q) {
        String[] words = q.written().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }

    private static List<Quantity> vague(AnalyzedArticle article, int sentence) {
        return article.quantitiesIn(sentence).stream()
                .filter(q -> q.kind() == Quantity.Kind.COUNT && NumberDetector.VAGUE.matcher(q.written()).find())
                .filter(q -> !NumberDetector.quoted(article, sentence, q))
                .toList();
    }
}
