package org.crosscheck.text.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crosscheck.model.Mention;

/**
 * Puts the date mentions of one article on the calendar, counting from the day it was written, so
 * that a relative date, a weekday and a calendar date can be compared ("yesterday" in a story
 * dated Thursday 10 October is 9 October; "on Sunday" is 6 or 13 October).
 *
 * <p>Each mention is read as the days it may stand for, one or more runs of days:
 * <ul>
 *   <li>a calendar date or month with a year is itself; without a year it takes the year that puts
 *       it nearest the day of writing ("last November" and "next March" take the one before or
 *       after, and a month half a year away may be either);</li>
 *   <li>a weekday is the last such day up to the day of writing or the next one after it: only the
 *       next where its clause speaks of the future ("will", "is due to", "expected"), only the last
 *       where it speaks of the past ("was", "said", a verb in -ed);</li>
 *   <li>"yesterday", "today", "tomorrow", "last night" are the days they count to; "last week",
 *       "this month", "earlier this year" the runs of days they cover, read loosely ("last week"
 *       is any day of the two weeks before); "last Tuesday" is the Tuesday before, or either of
 *       the two Tuesdays before where the nearer one falls in the week of writing ("next" alike);</li>
 *   <li>a time of day, or anything else, is not placed (no days).</li>
 * </ul>
 * Two mentions can denote the same date when some run of one meets some run of the other.
 */
public final class ResolvedDates {

    /** A run of days, first to last inclusive. */
    public record Days(LocalDate first, LocalDate last) {

        /** Checks the order. */
        public Days {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("days end " + last + " before they start " + first);
            }
        }

        static Days of(LocalDate day) {
            return new Days(day, day);
        }

        /** Whether the two runs share a day. */
        public boolean meets(Days o) {
            return !last.isBefore(o.first) && !o.last.isBefore(first);
        }
    }

    private static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(will|would|'ll|\u2019ll|shall|due|set\\s+to|expected|scheduled|planned|plans?|intends?|upcoming|going\\s+to|is\\s+to|are\\s+to)\\b");
    private static final Pattern PAST = Pattern.compile("(?i)\\b(was|were|had|did|said|told|\\p{L}{3,}ed)\\b");
    private static final Pattern CLAUSE_BEFORE = Pattern.compile("[^;:.!?\n,]*$");
    private static final Pattern CLAUSE_AFTER = Pattern.compile("^[^;:.!?\n,]*");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s+$");
    private static final Pattern NIGHT_AFTER = Pattern.compile("^\\s+night\\b", Pattern.CASE_INSENSITIVE);

    private final String text;
    private final LocalDate written;

    /**
     * @param text the article's text, which the mentions' spans index
     * @param written the day the article was written
     */
    public ResolvedDates(String text, LocalDate written) {
        this.text = Objects.requireNonNull(text, "text");
        this.written = Objects.requireNonNull(written, "written");
    }

    /**
     * The runs of days {@code m} may stand for, as described on this class.
     *
     * @param m a date mention of this article
     * @return the runs, empty when the mention is not placed on the calendar
     */
    public List<Days> days(Mention m) {
        String key = m.key();
        int colon = key.indexOf(':');
        if (colon < 0) {
            return List.of();
        }
        String type = key.substring(0, colon);
        String value = key.substring(colon + 1);
        return switch (type) {
            case "date" -> day(value);
            case "month" -> month(m, value);
            case "weekday" -> weekday(m, value);
            case "relative" -> relative(value);
            case "nth" -> nthWeekday(value);
            default -> List.of();
        };
    }

    /**
     * Where the runs stand from the day of writing: -1 all before it, 1 all after it, 0 otherwise
     * (the day itself, or runs on both sides).
     */
    public int direction(List<Days> days) {
        if (!days.isEmpty() && days.stream().allMatch(d -> d.last().isBefore(written))) {
            return -1;
        }
        return !days.isEmpty() && days.stream().allMatch(d -> d.first().isAfter(written)) ? 1 : 0;
    }

    /** Whether two lists of runs share a day; false when either is empty. */
    public static boolean meet(List<Days> a, List<Days> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(x::meets));
    }

    private List<Days> day(String value) {
        if (!value.startsWith("--")) {
            return List.of(Days.of(LocalDate.parse(value)));
        }
        int month = Integer.parseInt(value.substring(2, 4));
        int day = Integer.parseInt(value.substring(5, 7));
        LocalDate best = null;
        for (int y = written.getYear() - 1; y <= written.getYear() + 1; y++) {
            LocalDate d = YearMonth.of(y, month).atDay(Math.min(day, YearMonth.of(y, month).lengthOfMonth()));
            if (best == null || distance(d) < distance(best)) {
                best = d;
            }
        }
        return List.of(Days.of(best));
    }

    private long distance(LocalDate d) {
        return Math.abs(d.toEpochDay() - written.toEpochDay());
    }

    private List<Days> month(Mention m, String value) {
        if (value.length() == 7) {
            return List.of(whole(YearMonth.parse(value)));
        }
        int month = Integer.parseInt(value);
        String before = wordBefore(m.span().start());
        YearMonth now = YearMonth.from(written);
        List<Days> out = new ArrayList<>();
        for (int y = written.getYear() - 1; y <= written.getYear() + 1; y++) {
            YearMonth ym = YearMonth.of(y, month);
            long apart = ym.getYear() * 12L + ym.getMonthValue() - (now.getYear() * 12L + now.getMonthValue());
            boolean fits = switch (before) {
                case "last" -> apart < 0 && apart >= -13; // "last January" in February may be either
                case "next" -> apart > 0 && apart <= 12;
                case "this" -> y == written.getYear();
                default -> Math.abs(apart) <= 6;
            };
            if (fits) {
                out.add(whole(ym));
            }
        }
        return out;
    }

    private static Days whole(YearMonth ym) {
        return new Days(ym.atDay(1), ym.atEndOfMonth());
    }

    /** "2-saturday-06": the second Saturday of the June nearest the day of writing, within half a year. */
    private List<Days> nthWeekday(String value) {
        boolean last = value.startsWith("-1-");
        int n = last ? -1 : value.charAt(0) - '0';
        String[] rest = value.substring(last ? 3 : 2).split("-");
        DayOfWeek dow = DayOfWeek.valueOf(rest[0].toUpperCase(Locale.ROOT));
        int month = Integer.parseInt(rest[1]);
        List<Days> out = new ArrayList<>();
        for (int y = written.getYear() - 1; y <= written.getYear() + 1; y++) {
            YearMonth ym = YearMonth.of(y, month);
            LocalDate d = n < 0 ? ym.atEndOfMonth().with(TemporalAdjusters.lastInMonth(dow))
                    : ym.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
            if (Math.abs(java.time.temporal.ChronoUnit.DAYS.between(written, d)) <= 183) {
                out.add(Days.of(d));
            }
        }
        return out;
    }

    private List<Days> weekday(Mention m, String value) {
        DayOfWeek dow = DayOfWeek.valueOf(value.toUpperCase(Locale.ROOT));
        LocalDate last = written.with(TemporalAdjusters.previousOrSame(dow));
        LocalDate next = written.with(TemporalAdjusters.nextOrSame(dow));
        int extra = NIGHT_AFTER.matcher(text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 8))).find() ? 1 : 0;
        String tense = tense(m);
        List<Days> out = new ArrayList<>();
        if (!tense.equals("future") || last.equals(written)) {
            out.add(new Days(last, last.plusDays(extra)));
        }
        if (!tense.equals("past") && !next.equals(last)) {
            out.add(new Days(next, next.plusDays(extra)));
        }
        return out;
    }

    /** "future", "past" or "" by the words of the clause the mention stands in. */
    private String tense(Mention m) {
        Matcher before = CLAUSE_BEFORE.matcher(text.substring(Math.max(0, m.span().start() - 120), m.span().start()));
        Matcher after = CLAUSE_AFTER.matcher(text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 80)));
        String clause = (before.find() ? before.group() : "") + " " + (after.find() ? after.group() : "");
        if (FUTURE.matcher(clause).find()) {
            return "future";
        }
        return PAST.matcher(clause).find() ? "past" : "";
    }

    private List<Days> relative(String value) {
        LocalDate d = written;
        LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        YearMonth month = YearMonth.from(d);
        java.util.Optional<CountedDays> counted = CountedDays.parse(value);
        if (counted.isPresent()) {
            LocalDate at = d.plusDays(counted.get().signedDays());
            // weeks are counted roughly: "seven weeks ago" in two stories written a day apart is one day
            return List.of(counted.get().weeks() ? new Days(at.minusDays(3), at.plusDays(3)) : Days.of(at));
        }
        switch (value) {
            case "yesterday": case "a-day-ago":
                return List.of(Days.of(d.minusDays(1)));
            case "today": case "tonight": case "this-morning": case "this-afternoon": case "this-evening":
                return List.of(Days.of(d));
            case "tomorrow":
                return List.of(Days.of(d.plusDays(1)));
            case "a-week-today":
                return List.of(Days.of(d.plusDays(7)));
            case "a-week-tomorrow":
                return List.of(Days.of(d.plusDays(8)));
            case "last-night":
                return List.of(new Days(d.minusDays(1), d));
            case "this-week":
                return List.of(new Days(monday, monday.plusDays(6)));
            case "earlier-this-week":
                return List.of(new Days(monday, d));
            case "later-this-week":
                return List.of(new Days(d, monday.plusDays(6)));
            case "last-week": case "a-week-ago":
                return List.of(new Days(d.minusDays(13), d.minusDays(1)));
            case "next-week":
                return List.of(new Days(d.plusDays(1), d.plusDays(13)));
            case "this-month":
                return List.of(whole(month));
            case "earlier-this-month":
                return List.of(new Days(month.atDay(1), d));
            case "later-this-month":
                return List.of(new Days(d, month.atEndOfMonth()));
            case "last-month": case "a-month-ago":
                return List.of(whole(month.minusMonths(1)));
            case "next-month":
                return List.of(whole(month.plusMonths(1)));
            case "this-year":
                return List.of(new Days(d.withDayOfYear(1), d.withDayOfYear(d.lengthOfYear())));
            case "earlier-this-year":
                return List.of(new Days(d.withDayOfYear(1), d));
            case "later-this-year":
                return List.of(new Days(d, d.withDayOfYear(d.lengthOfYear())));
            case "last-year": case "a-year-ago":
                LocalDate l = d.minusYears(1);
                return List.of(new Days(l.withDayOfYear(1), l.withDayOfYear(l.lengthOfYear())));
            case "next-year":
                LocalDate n = d.plusYears(1);
                return List.of(new Days(n.withDayOfYear(1), n.withDayOfYear(n.lengthOfYear())));
            default:
                return relativeWeekday(value);
        }
    }

    /** "last-tuesday", "next-friday", "this-sunday": the such day before, after, or either (see the class comment). */
    private List<Days> relativeWeekday(String value) {
        int dash = value.indexOf('-');
        if (dash < 0) {
            return List.of();
        }
        DayOfWeek dow;
        try {
            dow = DayOfWeek.valueOf(value.substring(dash + 1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notAWeekday) {
            return List.of(); // "this-weekend", "last-weekend" are not placed
        }
        LocalDate before = written.with(TemporalAdjusters.previous(dow));
        LocalDate after = written.with(TemporalAdjusters.next(dow));
        // "last Friday" said on a Tuesday is four days back: a week earlier would be said another way.
        // Only a day of the writing's own week ("last Monday" said on a Friday) may mean either.
        LocalDate monday = written.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        boolean beforeThisWeek = before.isBefore(monday);
        boolean afterThisWeek = after.isAfter(monday.plusDays(6));
        return switch (value.substring(0, dash)) {
            case "last" -> beforeThisWeek ? List.of(Days.of(before)) : List.of(Days.of(before), Days.of(before.minusWeeks(1)));
            case "next" -> afterThisWeek ? List.of(Days.of(after)) : List.of(Days.of(after), Days.of(after.plusWeeks(1)));
            default -> List.of(Days.of(written.with(TemporalAdjusters.previousOrSame(dow))), Days.of(after));
        };
    }

    private String wordBefore(int at) {
        Matcher m = WORD_BEFORE.matcher(text.substring(Math.max(0, at - 20), at));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }
}
