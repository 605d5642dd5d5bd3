package org.crosscheck.text.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crosscheck.model.Mention;
import org.crosscheck.model.Span;

/**
 * Finds dates, weekdays, months, times and relative day expressions in English news copy and
 * gives each a normalised key, so that one date written two ways shares a key and two different
 * dates do not.
 *
 * <p>Keys:
 * <ul>
 *   <li>{@code date:2022-03-09} for a day with a year ("9 March 2022", "March 9, 2022",
 *       "2022-03-09", "09/03/2022" read in UK day/month/year order), {@code date:--03-09} without
 *       one ("9 March", "March 9th", "Monday, March 9"); a weekday written with the date is kept in
 *       the span but not in the key;</li>
 *   <li>{@code month:2022-03} ("March 2022") and {@code month:03} ("in March"; a month standing
 *       alone counts only after a word such as in, since, until, by, for, early, late);</li>
 *   <li>{@code weekday:tuesday} ("on Tuesday");</li>
 *   <li>{@code time:10:00} ("10am", "10 a.m."), {@code time:14:30} ("14:30", "2.30pm", "2:30 in the
 *       afternoon"),
 *       {@code time:00:00} ("midnight"), {@code time:12:00} ("noon", "midday"); a time zone is
 *       appended as {@code @gmt} ("10:30 GMT" is {@code time:10:30@gmt});</li>
 *   <li>{@code relative:yesterday}, {@code relative:last-week}, {@code relative:this-morning},
 *       {@code relative:earlier-this-week}, {@code relative:a-week-ago}, {@code relative:a-week-today}.</li>
 * </ul>
 * A year standing alone ("in 2014") is not a date mention here; it is a figure of kind YEAR for the
 * quantity extractor. Impossible dates ("31 February", "45/13/2022") are not mentions. Mentions
 * never overlap; where two readings compete the longer one wins.
 */
public final class DateExtractor {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";
    private static final String WEEKDAY_PREFIX = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\.?,?\\s+(?:the\\s+)?)?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])";
    /** The last day of a run of days, read with the first as one date: "Nov. 5-6", "5-6 November". */
    private static final String DAY_RANGE = "(?:[-\u2013]\\d{1,2}(?![\\d:]))?";
    private static final String YEAR = "(?:,?\\s+((?:19|20)\\d{2})(?!\\d))?";
    private static final String ZONE = "(?:\\s+(GMT|BST|UTC|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|PST|PDT|ET|PT|local time))?";

    // Each "(?=[...])" names the letters a match can start with, so the engine skips other word
    // starts at once instead of trying every alternative of the weekday or month group there.
    private static final String STARTS_WEEKDAY_OR_DAY = "(?=[MTWFS\\d])";
    private static final String STARTS_WEEKDAY_OR_MONTH = "(?=[MTWFSJAOND])";
    private static final String STARTS_MONTH = "(?=[JFMASOND])";

    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b" + STARTS_WEEKDAY_OR_DAY + WEEKDAY_PREFIX + DAY + DAY_RANGE + "\\s+(?:of\\s+)?" + MONTH + "(?![\\p{L}])" + YEAR);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + STARTS_WEEKDAY_OR_MONTH + WEEKDAY_PREFIX + MONTH + "\\s+(?:the\\s+)?" + DAY + DAY_RANGE + "(?![\\p{L}])" + YEAR);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + STARTS_MONTH + MONTH + ",?\\s+((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])");
    /** "12.09.2024": day, month and year joined by dots, as a European timestamp writes them; the year in full, so no decimal reads as one. */
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?!\\d|\\.\\d)");
    private static final Pattern CLOCK_12 = Pattern.compile(
            "(?<![\\d.:,])(\\d{1,2})(?:[:.](\\d{2}))?\\s?(am|pm|a\\.m\\.|p\\.m\\.|"
                    + "(?<=\\d:\\d\\d\\s)(?:in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night))(?![\\p{L}])" + ZONE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK_24 = Pattern.compile("(?<![\\d.:,])(\\d{1,2}):(\\d{2})(?![\\d:]|\\.\\d)" + ZONE);
    /**
     * A clock time in words after a word that leads a time ("at ten to eight", "around half past
     * six"), read only when the half of the day follows within the clause ("... on Saturday
     * evening", "in the morning", "p.m."): "voted ten to eight" is a count.
     */
    private static final Pattern WORD_CLOCK = Pattern.compile(
            "(?<=\\b(?:at|around|about|by|until|till|from|after|before|since|approximately|roughly)\\s{1,3})"
                    + "(five|ten|twenty|twenty-five|a\\s+quarter|quarter|half)\\s+(past|to)\\s+"
                    + "(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b"
                    + "(?=[^.,;:!?]{0,30}?\\b(morning|afternoon|evening|night|tonight|a\\.m\\.|p\\.m\\.|am|pm)(?![\\p{L}]))",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> ONE_TO_TWELVE = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve");
    private static final Pattern NAMED_TIME = Pattern.compile("\\b(midnight|midday|noon)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(?=[ytenla])(yesterday|today|tonight|tomorrow|a\\s+week\\s+(?:today|tomorrow)|a\\s+(?:day|week|month|year)\\s+ago"
                    + "|(?:earlier|later)\\s+this\\s+(?:morning|afternoon|evening|week|month|year)"
                    + "|(?:this|last|next)\\s+(?:morning|afternoon|evening|night|week|weekend|month|year"
                    + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b"
                    // "in today's money", "at today's prices": the present as a measure of value, no day
                    + "(?!['\u2019]s\\s+(?:money|prices|terms|dollars|values|standards)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** A count of days or weeks, in figures or in words, for {@link #COUNTED}. */
    private static final String COUNT = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)";
    /**
     * A day counted from the day of writing: "in 10 days' time", "10 days from now", "three days
     * ago", "in two weeks' time". A bare "in 10 days" is left out: it may be how long a thing took.
     */
    private static final Pattern COUNTED = Pattern.compile(
            "\\b(?:in\\s+" + COUNT + "\\s+(days?|weeks?)['\u2019]?\\s+time|" + COUNT + "\\s+(days?|weeks?)\\s+(?:from\\s+now|ago))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?=[MTWFS])(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\\p{L}])"
                    // "Tuesday's debate" is a day; another apostrophe is not
                    + "(?!['’](?!s\\b))"
                    // a weekday naming a paper or a kind of paper is not a date: "Sunday newspapers"
                    + "(?!\\s+(?:newspapers?|papers?|editions?|Times|Telegraph|Mirror|Express|Post|Mail|People"
                    + "|Herald|Independent|Sport|Star)\\b)");
    /** "the second Saturday in June", "the last Monday of May": a weekday counted within a month. */
    private static final Pattern NTH_WEEKDAY = Pattern.compile(
            "\\b(first|second|third|fourth|last)\\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+(?:in|of)\\s+"
                    + "(January|February|March|April|May|June|July|August|September|October|November|December)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LONE_MONTH = Pattern.compile(
            "\\b" + STARTS_MONTH + "(January|February|March|April|May|June|July|August|September|October|November|December)(?![\\p{L}'’])");

    private static final Set<String> MONTH_LEADERS = Set.of(
            "in", "since", "until", "till", "by", "from", "during", "of", "early", "late", "mid", "before", "after",
            "through", "throughout", "last", "next", "this", "to", "and", "or", "between", "end", "start", "for");

    private static final List<Rule> RULES = List.of(
            new Rule(DAY_MONTH, m -> dayKey(m.group(1), month(m.group(2)), m.group(3))),
            new Rule(MONTH_DAY, m -> dayKey(m.group(2), month(m.group(1)), m.group(3))),
            new Rule(MONTH_YEAR, m -> "month:" + m.group(2) + "-" + twoDigits(month(m.group(1)))),
            new Rule(ISO, m -> dayKey(m.group(3), Integer.parseInt(m.group(2)), m.group(1))),
            new Rule(NUMERIC, m -> dayKey(m.group(1), Integer.parseInt(m.group(2)), fullYear(m.group(3)))),
            new Rule(DOTTED, m -> dayKey(m.group(1), Integer.parseInt(m.group(2)), m.group(3))),
            new Rule(CLOCK_12, DateExtractor::twelveHourKey),
            new Rule(CLOCK_24, m -> timeKey(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3))),
            new Rule(NAMED_TIME, m -> m.group(1).equalsIgnoreCase("midnight") ? "time:00:00" : "time:12:00"),
            new Rule(WORD_CLOCK, DateExtractor::wordClockKey),
            new Rule(RELATIVE, m -> "relative:" + m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", "-")),
            new Rule(COUNTED, DateExtractor::countedKey),
            new Rule(NTH_WEEKDAY, DateExtractor::nthWeekdayKey),
            new Rule(WEEKDAY, m -> "weekday:" + m.group(1).toLowerCase(Locale.ROOT)),
            new Rule(LONE_MONTH, m -> "month:" + twoDigits(month(m.group(1)))));

    /**
     * Date mentions in {@code text}, in order of position, each of kind DATE with a key as described
     * on this class and a span whose characters equal the mention's text. Never fails on content.
     *
     * @param text the text to search, not null
     * @return non-overlapping mentions, possibly empty
     */
    public List<Mention> extract(String text) {
        Objects.requireNonNull(text, "text");
        List<Candidate> candidates = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (rule.pattern() == LONE_MONTH && !ledByDateWord(text, m.start())) {
                    continue;
                }
                String key = rule.key().apply(m.toMatchResult());
                if (key != null) {
                    candidates.add(new Candidate(m.start(), m.end(), key));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::start).thenComparing(c -> -(c.end() - c.start())));
        List<Mention> mentions = new ArrayList<>();
        int taken = 0;
        for (Candidate c : candidates) {
            if (c.start() >= taken) {
                Span span = new Span(c.start(), c.end());
                mentions.add(new Mention(span, span.of(text), Mention.Kind.DATE, c.key()));
                taken = c.end();
            }
        }
        return mentions;
    }

    private static boolean ledByDateWord(String text, int at) {
        int end = at;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '-')) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end && MONTH_LEADERS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /** "nth:2-saturday-06" for "the second Saturday in June", "nth:-1-monday-05" for "the last Monday of May". */
    private static String nthWeekdayKey(MatchResult m) {
        String which = m.group(1).toLowerCase(Locale.ROOT);
        int n = switch (which) {
            case "first" -> 1;
            case "second" -> 2;
            case "third" -> 3;
            case "fourth" -> 4;
            default -> -1;
        };
        String monthName = Character.toUpperCase(m.group(3).charAt(0)) + m.group(3).substring(1).toLowerCase(Locale.ROOT);
        return "nth:" + n + "-" + m.group(2).toLowerCase(Locale.ROOT) + "-" + twoDigits(month(monthName));
    }

    private static String dayKey(String day, int month, String year) {
        int d = Integer.parseInt(day);
        try {
            if (year == null) {
                MonthDay.of(month, d);
                return "date:--" + twoDigits(month) + "-" + twoDigits(d);
            }
            return "date:" + LocalDate.of(Integer.parseInt(year), month, d);
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    private static String twelveHourKey(MatchResult m) {
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (hour < 1 || hour > 12) {
            return null;
        }
        String half = m.group(3).toLowerCase(java.util.Locale.ROOT);
        // "4:15 in the afternoon" is 4:15pm; "11:30 at night" is 11:30pm
        boolean pm = half.charAt(0) == 'p' || half.endsWith("afternoon") || half.endsWith("evening")
                || half.endsWith("night");
        return timeKey(hour % 12 + (pm ? 12 : 0), minute, m.group(4));
    }

    /** "ten to eight ... evening" is 19:50, "a quarter past six in the morning" 06:15. */
    private static String wordClockKey(MatchResult m) {
        String amount = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int minutes = switch (amount) {
            case "five" -> 5;
            case "ten" -> 10;
            case "quarter", "a quarter" -> 15;
            case "twenty" -> 20;
            case "twenty-five" -> 25;
            default -> 30;
        };
        int hour = ONE_TO_TWELVE.indexOf(m.group(3).toLowerCase(Locale.ROOT)) + 1;
        boolean to = m.group(2).equalsIgnoreCase("to");
        if (to && amount.equals("half")) {
            return null; // "half to eight" is no English clock time
        }
        int minuteOfDay = (hour % 12) * 60 + (to ? -minutes : minutes);
        String half = m.group(4).toLowerCase(Locale.ROOT);
        boolean pm = !half.equals("morning") && !half.startsWith("a");
        minuteOfDay = Math.floorMod(minuteOfDay, 720) + (pm ? 720 : 0);
        return timeKey(minuteOfDay / 60, minuteOfDay % 60, null);
    }

    private static String timeKey(int hour, int minute, String zone) {
        if (hour > 23 || minute > 59) {
            return null;
        }
        String key = "time:" + twoDigits(hour) + ":" + twoDigits(minute);
        return zone == null ? key : key + "@" + zone.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private static String fullYear(String year) {
        return year.length() == 2 ? "20" + year : year;
    }

    private static int month(String name) {
        return switch (name.substring(0, 3)) {
            case "Jan" -> 1;
            case "Feb" -> 2;
            case "Mar" -> 3;
            case "Apr" -> 4;
            case "May" -> 5;
            case "Jun" -> 6;
            case "Jul" -> 7;
            case "Aug" -> 8;
            case "Sep" -> 9;
            case "Oct" -> 10;
            case "Nov" -> 11;
            case "Dec" -> 12;
            default -> throw new IllegalStateException("not a month: " + name);
        };
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** "relative:in-10-days", "relative:in-2-weeks" or "relative:3-days-ago": a time counted from the day of writing. */
    private static String countedKey(MatchResult m) {
        boolean ahead = m.group(1) != null;
        String count = (ahead ? m.group(1) : m.group(3)).toLowerCase(Locale.ROOT);
        String unit = (ahead ? m.group(2) : m.group(4)).toLowerCase(Locale.ROOT);
        int n = Character.isDigit(count.charAt(0)) ? Integer.parseInt(count)
                : count.equals("twenty") ? 20 : count.equals("thirty") ? 30 : ONE_TO_TWELVE.indexOf(count) + 1;
        boolean ago = !ahead && m.group().toLowerCase(Locale.ROOT).endsWith("ago");
        return "relative:" + new CountedDays(n, unit.startsWith("week"), !ago).value();
    }

    private record Rule(Pattern pattern, Function<MatchResult, String> key) {
    }

    private record Candidate(int start, int end, String key) {
    }
}
