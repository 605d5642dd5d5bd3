package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.List;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Severity;

/** DATE across statements: the one date of a sort each article gives that the other does not. */
final class LoneDates {

    private static final long MAX_DATE_PAIRS = 40_000;

    private LoneDates() {
    }

    /**
     * A statement split or merged in the rewrite may leave a date in a sentence paired with
     * another ("until a full hearing on June 3" / "She froze all construction on the site until
     * the matter is fully heard on July 3"). Where each article has exactly one date of a sort that
     * the other gives nowhere, the two are compared when the same word stands before each and
     * their sentences share two content words; a story's one weekday, when each gives only one, or
     * the one weekday or time of day of each that the other lacks, after the same word, is compared
     * wherever it stands.
     */
    static List<Discrepancy> between(Comparison c, List<Discrepancy> found, org.crosscheck.text.date.ResolvedDates leftCalendar,
            org.crosscheck.text.date.ResolvedDates rightCalendar) {
        List<Located> left = located(c.left(), leftCalendar);
        List<Located> right = located(c.right(), rightCalendar);
        if (left.size() * (long) right.size() > MAX_DATE_PAIRS) {
            return List.of(); // one lone date of a sort is no longer telling among so many
        }
        List<Located> leftOnly = onlyIn(left, right);
        List<Located> rightOnly = onlyIn(right, left);
        List<Discrepancy> out = new ArrayList<>();
        for (Located l : leftOnly) {
            List<Located> mine = leftOnly.stream().filter(o -> o.date.sort().equals(l.date.sort())).toList();
            List<Located> theirs = rightOnly.stream().filter(o -> o.date.sort().equals(l.date.sort())).toList();
            if (mine.size() != 1 || theirs.size() != 1 || "relative".equals(l.date.sort())) {
                continue; // a relative date is compared only within one statement
            }
            Located r = theirs.get(0);
            String lw = DateDetector.wordBefore(c.left().article().text(), l.date.span().start());
            boolean reported = found.stream().anyMatch(d -> d.finding().left().sentence() == l.sentence
                    || d.finding().right().sentence() == r.sentence);
            // the one weekday each story gives is the day its event happened, wherever it is written
            // so is the one weekday each gives that the other does not, when both write it after the same word ("on Wednesday")
            // and the one time of day each gives that the other does not ("at the 5:15 a.m. headcount" / "at the 7.15am roll call")
            boolean onlyWeekdays = ("weekday".equals(l.date.sort()) || "time".equals(l.date.sort())) && (count(left, "weekday") == 1
                    && count(right, "weekday") == 1 && "weekday".equals(l.date.sort())
                    || !lw.isEmpty() && lw.equals(DateDetector.wordBefore(c.right().article().text(), r.date.span().start())));
            if (reported || !l.date.differs(r.date) || DateDetector.datesSaying(c.left(), l.date) != DateDetector.datesSaying(c.right(), r.date)
                    || !onlyWeekdays && (lw.isEmpty()
                    || !lw.equals(DateDetector.wordBefore(c.right().article().text(), r.date.span().start()))
                    || Figures.sharedContentWords(c.left().sentence(l.sentence).text(), c.right().sentence(r.sentence).text()) < 2
                    && !c.pairedByMeaning(l.sentence, r.sentence))) {
                continue;
            }
            out.add(finding(c, l, r, "The one date of its sort each source gives that the other does not, in statements the rewrite split or merged."));
        }
        return out;
    }

    /**
     * A date restated in a clause of another statement ("Mass production is due to begin in March
     * 2027" / "..., with full-scale production set to start in May 2027"): dates of one sort that
     * the other article gives alike nowhere, paired by the meaning of their clauses
     * ({@link ClausePartners}), are compared wherever they stand.
     */
    static List<Discrepancy> byClause(Comparison c, ClausePartners clauses, List<Discrepancy> found,
            org.crosscheck.text.date.ResolvedDates leftCalendar, org.crosscheck.text.date.ResolvedDates rightCalendar) {
        List<Located> left = located(c.left(), leftCalendar);
        List<Located> right = located(c.right(), rightCalendar);
        if (left.size() * (long) right.size() > MAX_DATE_PAIRS) {
            return List.of();
        }
        List<Located> leftOnly = onlyIn(left, right);
        List<Located> rightOnly = onlyIn(right, left);
        List<ClausePartners.Placed> lp = leftOnly.stream().map(l -> new ClausePartners.Placed(l.sentence, l.date.span())).toList();
        List<ClausePartners.Placed> rp = rightOnly.stream().map(r -> new ClausePartners.Placed(r.sentence, r.date.span())).toList();
        List<Discrepancy> out = new ArrayList<>();
        for (int[] pair : clauses.pairs(c.left(), lp, c.right(), rp,
                (i, j) -> leftOnly.get(i).date.sort().equals(rightOnly.get(j).date.sort()))) {
            Located l = leftOnly.get(pair[0]);
            Located r = rightOnly.get(pair[1]);
            boolean reported = java.util.stream.Stream.concat(found.stream(), out.stream())
                    .anyMatch(d -> d.finding().left().sentence() == l.sentence || d.finding().right().sentence() == r.sentence);
            if (reported || !l.date.differs(r.date, true) || DateDetector.datesSaying(c.left(), l.date) != DateDetector.datesSaying(c.right(), r.date)) {
                continue;
            }
            out.add(finding(c, l, r, "The date each source gives in a clause that says the same thing, in statements the rewrite split, merged or moved."));
        }
        return out;
    }

    private record Located(int sentence, DateDetector.Dated date) {
    }

    /** The dates of {@code mine} that {@code theirs} gives alike nowhere, nor as a date of another sort meeting it. */
    private static List<Located> onlyIn(List<Located> mine, List<Located> theirs) {
        return mine.stream().filter(m -> theirs.stream().noneMatch(t -> m.date.sort().equals(t.date.sort())
                && m.date.same(t.date) || m.date.meetsAcross(t.date))).toList();
    }

    /** The left date against the right one, at the raw confidence of a date compared across statements. */
    private static Discrepancy finding(Comparison c, Located l, Located r, String why) {
        String summary = "Date differs: " + DateDetector.governed(c.left().article().text(), l.date) + " in " + c.left().id()
                + " but " + DateDetector.governed(c.right().article().text(), r.date) + " in " + c.right().id();
        return new Discrepancy.DateChange(new Finding(Severity.MEDIUM, summary, why, 0.6,
                Findings.side(c.left(), l.sentence, l.date.written(), l.date.span()),
                Findings.side(c.right(), r.sentence, r.date.written(), r.date.span())));
    }

    private static long count(List<Located> dates, String sort) {
        return dates.stream().filter(d -> d.date.sort().equals(sort)).count();
    }

    private static List<Located> located(AnalyzedArticle article, org.crosscheck.text.date.ResolvedDates calendar) {
        List<Located> out = new ArrayList<>();
        for (org.crosscheck.model.Sentence s : article.sentences()) {
            if (s.kind().isCompared()) {
                DateDetector.dates(article, s.index(), calendar).forEach(d -> out.add(new Located(s.index(), d)));
            }
        }
        return out;
    }
}
