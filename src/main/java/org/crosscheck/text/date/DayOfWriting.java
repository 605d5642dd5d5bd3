package org.crosscheck.text.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.SentenceKind;
import org.crosscheck.text.FurnitureClassifier;

/**
 * The day an article says it was written: the date of its timestamp line ("Updated 14:05 GMT,
 * Thursday 10 October 2024") or of its dateline ("LIMA, Oct 9 (Reuters) -"). A relative date in
 * the copy ("yesterday", "on Sunday") counts from this day.
 *
 * @param monthDay the month and day given
 * @param year the year, when the article gives it there
 */
public record DayOfWriting(MonthDay monthDay, OptionalInt year) {

    /** How many sentences from the top a timestamp or dateline may stand. */
    private static final int HEADER_SENTENCES = 8;

    /** Checks the parts. */
    public DayOfWriting {
        Objects.requireNonNull(monthDay, "monthDay");
        Objects.requireNonNull(year, "year");
    }

    /**
     * Reads the day of writing from the top of an article: a dated line of page furniture above the
     * body (a timestamp, a byline with a date), else the dateline that opens the body. A dated line
     * that gives the year is preferred to one that does not. Nothing is read from headlines or body
     * copy: a date there is the date of an event.
     *
     * @param article the analysed article, whose date mentions are read
     * @return the day, or empty when the top of the article gives none
     */
    public static Optional<DayOfWriting> read(AnalyzedArticle article) {
        Objects.requireNonNull(article, "article");
        List<Sentence> sentences = article.sentences();
        DayOfWriting found = null;
        for (Sentence s : sentences.subList(0, Math.min(HEADER_SENTENCES, sentences.size()))) {
            if (s.kind() == SentenceKind.HEADLINE) {
                continue;
            }
            boolean body = s.kind() != SentenceKind.FURNITURE;
            // in the body only the dateline says when the copy was filed
            int end = s.span().start() + (body ? FurnitureClassifier.datelineLength(s.text()) : s.text().length());
            DayOfWriting day = first(article.mentionsIn(s.index()).stream().filter(m -> m.span().end() <= end).toList());
            if (day != null && (found == null || found.year().isEmpty() && day.year().isPresent())) {
                found = day;
            }
            if (body) {
                break;
            }
        }
        return Optional.ofNullable(found);
    }

    private static DayOfWriting first(List<Mention> mentions) {
        for (Mention m : mentions) {
            String key = m.key();
            if (m.kind() != Mention.Kind.DATE) {
                continue;
            }
            if (key.startsWith("date:--")) {
                return new DayOfWriting(MonthDay.parse(key.substring("date:".length())), OptionalInt.empty());
            }
            if (key.startsWith("date:")) {
                LocalDate d = LocalDate.parse(key.substring("date:".length()));
                return new DayOfWriting(MonthDay.from(d), OptionalInt.of(d.getYear()));
            }
        }
        return null;
    }

    /**
     * The day as a calendar date. Without a year of its own, the year is taken from the other
     * source's day of writing, as the year that puts the two days closest: two takes on one event
     * are written days apart, not years.
     *
     * @param other the other source's day of writing, possibly empty
     * @return the date, or empty when neither gives a year
     */
    public Optional<LocalDate> date(Optional<DayOfWriting> other) {
        try {
            if (year.isPresent()) {
                return Optional.of(monthDay.atYear(year.getAsInt()));
            }
            if (other.isEmpty() || other.get().year().isEmpty()) {
                return Optional.empty();
            }
            LocalDate theirs = other.get().monthDay().atYear(other.get().year().getAsInt());
            LocalDate best = null;
            for (int y = theirs.getYear() - 1; y <= theirs.getYear() + 1; y++) {
                LocalDate mine = monthDay.atYear(y);
                if (best == null || Math.abs(mine.toEpochDay() - theirs.toEpochDay()) < Math.abs(best.toEpochDay() - theirs.toEpochDay())) {
                    best = mine;
                }
            }
            return Optional.of(best);
        } catch (DateTimeException leapDay) {
            return Optional.empty();
        }
    }
}
