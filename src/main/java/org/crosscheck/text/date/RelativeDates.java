package org.crosscheck.text.date;

import java.util.Locale;
import java.util.Set;

/**
 * Compares two relative date expressions ("yesterday", "last week", "later this month") that two
 * sources, written at about the same time, give for one event.
 *
 * <p>Each expression is read as a step of a calendar unit from the day of writing: "yesterday" is
 * one day back, "next week" one week on, "this year" the current year; "earlier this week" is the
 * current week, before now; "last night" is one night back, and a night touches two days (the
 * evening of one, the small hours of the next). Two expressions are compared only at the precision both give:
 * <ul>
 *   <li>of one unit (a day and a day, a week and a week, a month, a year), different steps are
 *       DIFFERENT ("last week" / "next week", "tonight" / "yesterday"), and so are "earlier" and
 *       "later" this unit; steps that may meet ("last night" / "this morning") are not;</li>
 *   <li>of different units, only an event put in the past on one side and in the future on the
 *       other is DIFFERENT ("yesterday" / "next week"); "yesterday" and "last week" can both be
 *       right, as can "today" and "this week";</li>
 *   <li>a weekday or weekend read relatively ("last Tuesday", "next weekend") gives only its
 *       direction; "this Tuesday" and "this weekend" give none;</li>
 *   <li>anything unread is NOT_COMPARABLE.</li>
 * </ul>
 * A relative expression against a calendar date ("yesterday" / "on Tuesday") is never compared:
 * both can be right.
 */
final class RelativeDates {

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");
    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");

    /**
     * A relative expression read: the unit it counts in ("day", "week", "month", "year", or ""
     * when it gives only a direction), the steps from the current unit it may stand for (lowest
     * and highest), and its direction from now (-1 past, 1 future, 0 unknown).
     */
    private record Reading(String unit, int low, int high, int direction) {

        Reading(String unit, int step, int direction) {
            this(unit, step, step, direction);
        }

        /** A night as the days it touches: "last night" is yesterday evening or the small hours of today. */
        Reading asDays() {
            return unit.equals("night") ? new Reading("day", low, high + 1, direction) : this;
        }
    }

    private RelativeDates() {
    }

    /**
     * Compares the values of two {@code relative:} keys ("yesterday", "last-week",
     * "earlier-this-month") by the rules on this class.
     */
    static DateComparison.Relation compare(String x, String y) {
        if (x.equals(y)) {
            return DateComparison.Relation.SAME;
        }
        Reading a = read(x);
        Reading b = read(y);
        if (a == null || b == null) {
            return DateComparison.Relation.NOT_COMPARABLE;
        }
        if (a.direction() * b.direction() < 0) {
            return DateComparison.Relation.DIFFERENT;
        }
        if (a.unit().equals("night") != b.unit().equals("night")) {
            // a night runs into the small hours of the next day
            a = a.asDays();
            b = b.asDays();
        }
        if (!a.unit().isEmpty() && a.unit().equals(b.unit())) {
            if (a.high() < b.low() || b.high() < a.low()) {
                return DateComparison.Relation.DIFFERENT;
            }
            return a.low() == b.low() && a.high() == b.high() ? DateComparison.Relation.SAME : DateComparison.Relation.NOT_COMPARABLE;
        }
        return DateComparison.Relation.NOT_COMPARABLE;
    }

    /** The reading of one key value, or null when it is not one this class reads. */
    private static Reading read(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        switch (v) {
            case "yesterday":
                return new Reading("day", -1, -1);
            case "today":
                return new Reading("day", 0, 0);
            case "tonight":
                return new Reading("night", 0, 0);
            case "tomorrow":
                return new Reading("day", 1, 1);
            case "a-week-today":
                return new Reading("day", 7, 7); // "a week today": the same weekday next week
            case "a-week-tomorrow":
                return new Reading("day", 8, 8);
            default:
                break;
        }
        java.util.Optional<CountedDays> counted = CountedDays.parse(v).filter(c -> !c.weeks());
        if (counted.isPresent()) {
            int n = counted.get().signedDays();
            return new Reading("day", n, n); // "in 10 days' time", "three days ago"
        }
        String[] words = v.split("-");
        if (words.length == 3 && words[0].equals("a") && words[2].equals("ago")) {
            // "a week ago" is last week, "a day ago" yesterday
            return read(words[1].equals("day") ? "yesterday" : "last-" + words[1]);
        }
        if (words.length == 3 && words[1].equals("this")) {
            // "earlier this week": the current unit, on one side of now
            int direction = words[0].equals("earlier") ? -1 : words[0].equals("later") ? 1 : 0;
            Reading current = read("this-" + words[2]);
            return direction == 0 || current == null ? null : new Reading(current.unit(), current.low(), current.high(), direction);
        }
        if (words.length != 2) {
            return null;
        }
        int step = switch (words[0]) {
            case "last" -> -1;
            case "next" -> 1;
            case "this" -> 0;
            default -> Integer.MIN_VALUE;
        };
        if (step == Integer.MIN_VALUE) {
            return null;
        }
        String unit = words[1];
        if (PARTS_OF_DAY.contains(unit)) {
            // "this morning" is today's, "this evening" tonight's; "next morning" tells a story's own
            // time, not the day of writing
            boolean night = unit.equals("night") || unit.equals("evening");
            return step > 0 ? null : new Reading(night ? "night" : "day", step, step);
        }
        if (WEEKDAYS.contains(unit) || unit.equals("weekend")) {
            return new Reading("", 0, step);
        }
        if (unit.equals("week") || unit.equals("month") || unit.equals("year")) {
            return new Reading(unit, step, step);
        }
        return null;
    }
}
