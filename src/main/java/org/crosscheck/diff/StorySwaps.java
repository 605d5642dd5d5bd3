package org.crosscheck.diff;

import java.util.List;
import java.util.Locale;

import org.crosscheck.model.Alignment;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Mention;
import org.crosscheck.text.entity.Abbreviations;
import org.crosscheck.text.entity.Equivalence;
import org.crosscheck.text.entity.Names;

/**
 * One organisation put for another in one statement, whether or not the other article names it
 * elsewhere: "The court ordered the Public Ministry to return the equipment" / "The National
 * Civil Police must now return it". Rewrites most often swap a body for another body of the same
 * story, which the lone-name rules, holding only names the other article never writes, do not see.
 *
 * <p>Each sentence of the pair has exactly one organisation the other sentence names in no form
 * (no short form, no initials, no name the articles define for it); and neither is named in any
 * sentence the statement is aligned with on the other side, so the rewrite did not merely move it
 * into a sentence it split off or merged in.
 */
final class StorySwaps {

    private StorySwaps() {
    }

    /** The organisation put for another in the left sentence {@code ls} and right sentence {@code rs}, if any. */
    static List<EntityDetector.Swap> between(Comparison c, int ls, List<Mention> lm, int rs, List<Mention> rm, Abbreviations defined) {
        List<Mention> l = unmatched(c.left(), ls, lm, rm, c.right().sentence(rs).text(), defined);
        if (l.size() != 1) {
            return List.of();
        }
        List<Mention> r = unmatched(c.right(), rs, rm, lm, c.left().sentence(ls).text(), defined);
        if (r.size() != 1) {
            return List.of();
        }
        Mention a = l.get(0);
        Mention b = r.get(0);
        if (sameBody(a.text(), b.text(), defined) || !absentFromPartners(a, c, ls, true) || !absentFromPartners(b, c, rs, false)) {
            return List.of();
        }
        return List.of(new EntityDetector.Swap(a.span(), a.text(), b.span(), b.text(), Mention.Kind.ORGANISATION));
    }

    /** Words after which a body is who was told, not who acted: "told C7 News". */
    private static final java.util.Set<String> TELLING = java.util.Set.of("told", "tells", "telling", "tell");

    /**
     * The organisations of {@code mine} that the other sentence names in no form; a currency code
     * by a figure is none, nor is the outlet a statement was told to.
     */
    private static List<Mention> unmatched(AnalyzedArticle article, int sentence, List<Mention> mine, List<Mention> theirs,
                                           String theirText, Abbreviations defined) {
        List<org.crosscheck.model.Quantity> figures = article.quantitiesIn(sentence);
        return mine.stream().filter(m -> m.kind() == Mention.Kind.ORGANISATION && EntityDetector.readsAsName(m.text()))
                .filter(m -> !theirText.contains(m.text()))
                .filter(m -> figures.stream()
                        .noneMatch(q -> Math.abs(q.span().start() - m.span().end()) <= 1 || Math.abs(m.span().start() - q.span().end()) <= 1))
                .filter(m -> !told(article.article().text(), m))
                .filter(m -> theirs.stream().noneMatch(o -> o.kind() != Mention.Kind.TITLE && o.kind() != Mention.Kind.DATE
                        && sameBody(o.text(), m.text(), defined)))
                .toList();
    }

    /** The word before a name, past a "the". */
    private static final java.util.regex.Pattern WORD_BEFORE = java.util.regex.Pattern.compile("(\\p{L}+)\\s+(?:the\\s+)?$");

    private static boolean told(String text, Mention m) {
        java.util.regex.Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, m.span().start() - 20), m.span().start()));
        return before.find() && TELLING.contains(before.group(1).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether two written names may be one body: compatible forms, one referent, a short form the
     * articles define, or initials, read past an owner ("the UN's WFP") and a leading word the
     * initials may drop or keep ("ODPP" for "Director of Public Prosecutions").
     */
    static boolean sameBody(String a, String b, Abbreviations defined) {
        if (Names.compatible(a, b) || Equivalence.sameReferent(a, b) || defined.sameBody(a, b)) {
            return true;
        }
        String x = owned(a);
        String y = owned(b);
        if (Names.isAcronym(x, y) || Names.initialsAtEdge(x, y) || Names.initialsAtEdge(y, x)) {
            return true;
        }
        // "the EU's Cohesion Fund" / "the European Union's Cohesion Fund": one body of one owner
        return !x.equals(a) && !y.equals(b) && Names.compatible(x, y) && sameBody(owner(a), owner(b), defined);
    }

    /** The owner's name an owned name starts with: "UN" of "UN's WFP"; "" when no owner is written. */
    static String owner(String name) {
        return name.substring(0, Math.max(0, Math.max(name.lastIndexOf("'s "), name.lastIndexOf("\u2019s "))));
    }

    /** The name an owner's name stands before: "WFP" of "UN's WFP". */
    private static String owned(String name) {
        int at = Math.max(name.lastIndexOf("'s "), name.lastIndexOf("\u2019s "));
        return at < 0 ? name : name.substring(at + 3);
    }

    /**
     * Whether no sentence of the other article aligned with the statement's sentence {@code at}
     * (on {@code m}'s side) names {@code m}.
     */
    private static boolean absentFromPartners(Mention m, Comparison c, int at, boolean mineIsLeft) {
        AnalyzedArticle other = mineIsLeft ? c.right() : c.left();
        for (Alignment al : c.alignments()) {
            if ((mineIsLeft ? al.left() : al.right()).sentence() != at) {
                continue;
            }
            int partner = (mineIsLeft ? al.right() : al.left()).sentence();
            if (other.mentionsIn(partner).stream().anyMatch(o -> o.kind() != Mention.Kind.DATE && o.kind() != Mention.Kind.TITLE
                    && (Names.compatible(o.text(), m.text()) || Equivalence.sameReferent(o.text(), m.text())))) {
                return false;
            }
        }
        return true;
    }
}
