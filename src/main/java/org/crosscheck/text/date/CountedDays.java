package org.crosscheck.text.date;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time counted from the day of writing ("in 10 days' time", "two weeks from now", "three days
 * ago") as the value of its key: "in-10-days", "in-2-weeks", "3-days-ago". The one place that
 * writes and reads that value.
 *
 * @param count how many days or weeks
 * @param weeks whether weeks are counted
 * @param ahead whether the time is to come ("in", "from now") rather than past ("ago")
 */
record CountedDays(int count, boolean weeks, boolean ahead) {

    private static final Pattern VALUE = Pattern.compile("in-(\\d+)-(days|weeks)|(\\d+)-(days|weeks)-ago");

    /** The value after "relative:" in a mention's key. */
    String value() {
        String counted = count + (weeks ? "-weeks" : "-days");
        return ahead ? "in-" + counted : counted + "-ago";
    }

    /** How many days from the day of writing, negative for a past time. */
    int signedDays() {
        int days = weeks ? 7 * count : count;
        return ahead ? days : -days;
    }

    /** The counted time a key's value stands for, or empty when it is no such value. */
    static Optional<CountedDays> parse(String value) {
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean ahead = m.group(1) != null;
        return Optional.of(new CountedDays(Integer.parseInt(ahead ? m.group(1) : m.group(3)),
                "weeks".equals(ahead ? m.group(2) : m.group(4)), ahead));
    }
}
