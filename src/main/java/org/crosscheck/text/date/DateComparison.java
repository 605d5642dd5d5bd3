package org.crosscheck.text.date;

import java.util.Objects;
import java.util.Set;

import org.crosscheck.model.Mention;

/**
 * Says whether two date mentions made by {@link DateExtractor} could denote the same date.
 *
 * <p>Rules, by the kinds of key on the two sides:
 * <ul>
 *   <li>day vs day ({@code date:}): SAME when month and day agree and, where both give a year, the
 *       years agree ("9 March" and "9 March 2022" are SAME); otherwise DIFFERENT;</li>
 *   <li>day vs month, month vs month ({@code month:}): SAME when the months agree (and the years,
 *       where both give one); otherwise DIFFERENT;</li>
 *   <li>weekday vs weekday, time vs time: SAME when equal, otherwise DIFFERENT; a time with a zone
 *       and one without are compared on the clock alone, two different zones are NOT_COMPARABLE;</li>
 *   <li>relative expressions ("yesterday", "last week") are compared with each other as
 *       {@link RelativeDates} says, at the precision both give ("last week" / "next week" is
 *       DIFFERENT, "yesterday" / "last week" NOT_COMPARABLE); against any other date they are
 *       NOT_COMPARABLE, since the day of writing is unknown ("yesterday" / "on Tuesday");</li>
 *   <li>a key this class does not know (made elsewhere) is NOT_COMPARABLE with anything;</li>
 *   <li>every other pairing (a weekday and a day, a time and a day, ...) is NOT_COMPARABLE.</li>
 * </ul>
 */
public final class DateComparison {

    /** The answer to "could these two mentions denote the same date?". */
    public enum Relation { SAME, DIFFERENT, NOT_COMPARABLE }

    private static final Set<String> KNOWN = Set.of("date", "month", "weekday", "time", "relative");

    private DateComparison() {
    }

    /**
     * Compares two date mentions by their keys as described on this class.
     *
     * @param a a mention of kind DATE, not null
     * @param b a mention of kind DATE, not null
     * @return SAME, DIFFERENT, or NOT_COMPARABLE
     * @throws IllegalArgumentException if either mention is not of kind DATE
     */
    public static Relation compare(Mention a, Mention b) {
        requireDate(a, "a");
        requireDate(b, "b");
        Key x = Key.parse(a.key());
        Key y = Key.parse(b.key());
        if (!KNOWN.contains(x.type()) || !KNOWN.contains(y.type())) {
            return Relation.NOT_COMPARABLE;
        }
        if (x.type().equals("relative") || y.type().equals("relative")) {
            return x.type().equals(y.type()) ? RelativeDates.compare(x.value(), y.value()) : Relation.NOT_COMPARABLE;
        }
        if (isCalendar(x) && isCalendar(y)) {
            return compareCalendar(x.value(), y.value(), x.type().equals("date") && y.type().equals("date"));
        }
        if (!x.type().equals(y.type())) {
            return Relation.NOT_COMPARABLE;
        }
        if (x.type().equals("time")) {
            return compareTimes(x.value(), y.value());
        }
        return x.value().equals(y.value()) ? Relation.SAME : Relation.DIFFERENT;
    }

    /** Whether {@link #compare} says SAME. */
    public static boolean sameDate(Mention a, Mention b) {
        return compare(a, b) == Relation.SAME;
    }

    private static boolean isCalendar(Key k) {
        return k.type().equals("date") || k.type().equals("month");
    }

    // values look like "2022-03-09", "--03-09", "2022-03", "03"
    private static Relation compareCalendar(String x, String y, boolean bothDays) {
        String yearX = year(x);
        String yearY = year(y);
        if (yearX != null && yearY != null && !yearX.equals(yearY)) {
            return Relation.DIFFERENT;
        }
        String restX = withoutYear(x);
        String restY = withoutYear(y);
        if (!restX.substring(0, 2).equals(restY.substring(0, 2))) {
            return Relation.DIFFERENT;
        }
        if (bothDays && !restX.equals(restY)) {
            return Relation.DIFFERENT;
        }
        return Relation.SAME;
    }

    private static String year(String v) {
        return v.length() >= 7 && Character.isDigit(v.charAt(0)) ? v.substring(0, 4) : null;
    }

    private static String withoutYear(String v) {
        if (v.startsWith("--")) {
            return v.substring(2);
        }
        return year(v) != null ? v.substring(5) : v;
    }

    private static Relation compareTimes(String x, String y) {
        String[] px = x.split("@", 2);
        String[] py = y.split("@", 2);
        if (px.length == 2 && py.length == 2 && !px[1].equals(py[1])) {
            return Relation.NOT_COMPARABLE;
        }
        return px[0].equals(py[0]) ? Relation.SAME : Relation.DIFFERENT;
    }

    private static void requireDate(Mention m, String name) {
        Objects.requireNonNull(m, name);
        if (m.kind() != Mention.Kind.DATE) {
            throw new IllegalArgumentException(name + " must be a DATE mention, got " + m.kind() + " '" + m.text() + "'");
        }
    }

    private record Key(String type, String value) {
        static Key parse(String key) {
            int colon = key.indexOf(':');
            return colon < 0 ? new Key(key, "") : new Key(key.substring(0, colon), key.substring(colon + 1));
        }
    }
}
