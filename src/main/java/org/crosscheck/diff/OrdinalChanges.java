package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.List;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Quantity;

/** The ordinals of a statement put one in place of another, for {@link NumberDetector}. */
final class OrdinalChanges {

    private OrdinalChanges() {
    }

    /**
     * "Finished second" against "finished third", "the 2nd place" against "the 3rd place": an
     * ordinal put in place of another in the same role, the role told by the word before or after
     * it being the same on both sides. Ordinals that both sides give alike are set aside first, and
     * a role word must pick out one ordinal on each side.
     */
    static List<Discrepancy> between(Comparison c, int ls, int rs) {
        List<Quantity> left = ordinals(c.left(), ls);
        List<Quantity> right = ordinals(c.right(), rs);
        List<Quantity> leftOnly = left.stream().filter(l -> right.stream().noneMatch(r -> r.value() == l.value())).toList();
        List<Quantity> rightOnly = right.stream().filter(r -> left.stream().noneMatch(l -> l.value() == r.value())).toList();
        List<Discrepancy> out = new ArrayList<>();
        String lt = c.left().article().text();
        String rt = c.right().article().text();
        for (Quantity l : leftOnly) {
            List<Quantity> sameRole = rightOnly.stream().filter(r -> sameRole(lt, l, rt, r)).toList();
            boolean onlyOnLeft = leftOnly.stream().filter(o -> sameRole.size() == 1 && sameRole(lt, o, rt, sameRole.get(0))).count() == 1;
            if (sameRole.size() == 1 && onlyOnLeft && !(countsTime(lt, l) && datedApart(c, ls, rs))) {
                out.add(NumberDetector.finding(c, ls, l, rs, sameRole.get(0), Figures.Outcome.DIFFERENT_VALUE));
            }
        }
        return out;
    }

    /** Units of time an ordinal counts in a story that goes on: "the third day of a protest". */
    private static final java.util.Set<String> TIME_UNITS = java.util.Set.of("day", "week", "month", "year", "night");

    private static boolean countsTime(String text, Quantity q) {
        return TIME_UNITS.contains(wordAfter(text, q.span().end()));
    }

    /**
     * Whether the two statements are dated differently as written ("on Monday, the third day" /
     * "this morning, now in its fourth day"): a count of days runs on with the day it is told, so
     * the date check, not this one, judges the pair.
     */
    private static boolean datedApart(Comparison c, int ls, int rs) {
        java.util.Set<String> left = dates(c.left(), ls);
        java.util.Set<String> right = dates(c.right(), rs);
        return !left.isEmpty() && !right.isEmpty() && !left.equals(right);
    }

    private static java.util.Set<String> dates(AnalyzedArticle article, int sentence) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        article.mentionsIn(sentence).stream().filter(m -> m.kind() == org.crosscheck.model.Mention.Kind.DATE)
                .forEach(m -> out.add(m.key()));
        return out;
    }

    /**
     * Whether the two ordinals stand in one role: the word after (or before) each is the same, or
     * the word after one is the second word after the other ("the eighth month in a row" / "the
     * sixth consecutive month").
     */
    private static boolean sameRole(String lt, Quantity l, String rt, Quantity r) {
        String lb = wordBefore(lt, l.span().start());
        String la = wordAfter(lt, l.span().end());
        String ra = wordAfter(rt, r.span().end());
        return !la.isEmpty() && (la.equals(ra) || la.equals(secondWordAfter(rt, r.span().end())) || !ra.isEmpty() && ra.equals(secondWordAfter(lt, l.span().end())))
                || !lb.isEmpty() && lb.equals(wordBefore(rt, r.span().start()));
    }

    private static final java.util.regex.Pattern WORD_AFTER = java.util.regex.Pattern.compile("^[\\s-]*([\\p{L}]+)");
    private static final java.util.regex.Pattern SECOND_WORD_AFTER = java.util.regex.Pattern.compile("^[\\s-]*[\\p{L}]+\\s+([\\p{L}]+)");

    private static String secondWordAfter(String text, int at) {
        java.util.regex.Matcher m = SECOND_WORD_AFTER.matcher(text.substring(at, Math.min(text.length(), at + 40)));
        String w = m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : "";
        return NO_ROLE.contains(w) ? "" : w;
    }
    private static final java.util.Set<String> NO_ROLE = java.util.Set.of("the", "a", "an", "and", "or", "of", "in", "for", "to", "its",
            "his", "her", "their", "was", "is", "be");

    private static String wordBefore(String text, int at) {
        String w = FigureSurroundings.rawWordBefore(text, at);
        return NO_ROLE.contains(w) ? "" : w;
    }

    private static String wordAfter(String text, int at) {
        java.util.regex.Matcher m = WORD_AFTER.matcher(text.substring(at, Math.min(text.length(), at + 30)));
        String w = m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : "";
        return NO_ROLE.contains(w) ? "" : w;
    }

    private static List<Quantity> ordinals(AnalyzedArticle article, int sentence) {
        String text = article.article().text();
        return article.quantitiesIn(sentence).stream()
                .filter(q -> q.kind() == Quantity.Kind.ORDINAL && !NumberDetector.quoted(article, sentence, q))
                .filter(q -> !NumberDetector.ORDINAL_FIGURE.matcher(text.substring(q.span().end(), Math.min(text.length(), q.span().end() + 20))).find())
                .toList();
    }

}
