package org.crosscheck.text.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.crosscheck.model.Mention;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.Quantity.Kind;
import org.crosscheck.model.Quantity.Qualifier;
import org.crosscheck.model.Span;
import org.crosscheck.text.Token;
import org.crosscheck.text.Tokenizer;
import org.crosscheck.text.date.DateExtractor;
import org.crosscheck.text.sense.WordSenses;

/**
 * Finds figures in English news copy and reads them as values, so that "5,000" and "five
 * thousand", "1.2 million" and "1.2m", "£2bn" and "£2 billion", "40%" and "forty per cent" give
 * equal quantities, and a changed value does not.
 *
 * <p>What it reads:
 * <ul>
 *   <li>digits with thousands separators, decimals and scales ("5,000", "1.2 million", "2bn", "3.5
 *       bn", "10k"); an "m" written against digits is a million, never metres;</li>
 *   <li>number words ("twenty-one", "five thousand", "three hundred and six", "a dozen", "a
 *       thousand", "half a million"); "one" and "a" alone are not figures;</li>
 *   <li>vague plurals "dozens", "hundreds", "thousands", "millions", "tens of thousands",
 *       "hundreds of thousands": kind COUNT, qualifier ABOUT, the base value (12, 100, 1000, ...,
 *       10000, 100000); {@link QuantityComparison} knows them by their writing;</li>
 *   <li>units: currencies before or after (MONEY: GBP, USD, EUR, JPY), percentages (PERCENT: "%",
 *       or "pp" for percentage points), measures (MEASURE: km, mi, mph, km/h, kg, t, m, ft, °C, °F,
 *       h, min, day, week, month, year, and "age" for "years old" and "21-year-old");</li>
 *   <li>qualifiers written directly before (see {@link Qualifiers}); the span includes them;</li>
 *   <li>ranges and scores "3-1", "3–1", "10-12", "between 10 and 12": value is the first number and
 *       upper the second, in written order; SCORE when a sport word (won, beat, draw, victory,
 *       goal, ...) is in the same sentence, otherwise RANGE; a unit after a range ("10-12%") is kept;
 *   <li>ordinals ("1st", "21st", "second") as ORDINAL; a four-digit number from 1900 to 2099,
 *       written without separators or unit, as YEAR unless it counts a noun that follows ("2000
 *       people") and is not led by a word such as "in", "since" or "the".</li>
 * </ul>
 * Not figures: anything inside a date or time found by {@link DateExtractor} ("9 March", "10am",
 * "14:30"), identifiers ("G20", "COVID-19", "F-16", "MH17", postcodes), numbers with a leading
 * zero, and runs of spaced digit groups (phone numbers).
 *
 * <p>{@code counted} is the noun found by {@link CountedNoun} for counts, money, percentages,
 * measures and ranges, and "" for years, ordinals and scores.
 */
public final class QuantityExtractor {

    private static final Set<String> YEAR_LEADERS = Set.of(
            "in", "since", "by", "until", "till", "from", "of", "before", "after", "during", "the", "to", "and",
            "between", "early", "late", "mid", "summer", "spring", "autumn", "winter", "year", "around", "circa", "fiscal");
    private static final Set<String> YEAR_PARTS = Set.of("early", "mid", "late", "pre", "post");
    private static final Pattern SPORT = Pattern.compile(
            "\\b(won|win|wins|winning|winner|beat|beats|beaten|draw|drew|drawn|score|scored|scoreline|victory"
                    + "|defeat|defeated|lost|lose|loss|thrashed|thrashing|match|game|goal|goals|half-time"
                    + "|full-time|league|cup|final|penalties|trail|trailed|led|lead|leading)\\b");

    private final DateExtractor dates = new DateExtractor();

    /**
     * Figures in {@code text}, in order, each with a span into {@code text} whose characters equal
     * its {@code written} form. Never fails on content; spans do not overlap.
     *
     * @param text the text to read, not null
     * @return the figures found, possibly empty
     */
    public List<Quantity> extract(String text) {
        Objects.requireNonNull(text, "text");
        return extract(text, dates.extract(text));
    }

    /**
     * Figures in {@code text} outside {@code dateMentions}, the dates {@link DateExtractor} found
     * in the same text: for a caller that has them already, so they are not looked for twice.
     */
    public List<Quantity> extract(String text, List<Mention> dateMentions) {
        Objects.requireNonNull(text, "text");
        List<Span> dateSpans = dateMentions.stream().map(Mention::span).toList();
        List<Token> t = Tokenizer.figures(text, FigureHyphens::cutAt);
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Reading r = inside(dateSpans, new Span(t.get(i).start(), t.get(i).end())) ? null : read(t, i);
            if (r == null) {
                i++;
                continue;
            }
            Span span = new Span(t.get(r.first).start(), t.get(r.end - 1).end());
            if (inside(dateSpans, span)) {
                i++;
                continue;
            }
            Kind kind = r.kind;
            if (kind == Kind.RANGE && SPORT.matcher(sentenceAround(text, span)).find()) {
                kind = Kind.SCORE;
            }
            out.add(new Quantity(span, span.of(text), r.value, r.upper, r.unit, kind, r.qualifier,
                    kind == Kind.SCORE ? "" : r.counted));
            i = r.end;
        }
        return joined(text, out);
    }

    /** "All but" right before a figure: the whole less it. */
    private static final java.util.regex.Pattern ALL_BUT = java.util.regex.Pattern.compile("(?i)\\ball\\s+but\\s+$");
    /** Between the part and the whole it is taken from: "of its", "of the ward's". */
    private static final java.util.regex.Pattern PART_OF = java.util.regex.Pattern.compile("\\s+of\\s+(?:[\\p{L}'\u2019]+\\s+){0,2}");
    /** Words between two figures that make the second an alternative to the first, in its unit. */
    private static final java.util.regex.Pattern ELLIPSIS = java.util.regex.Pattern.compile(
            "\\s+(?:to|instead of|rather than|or|from|down from|up from|compared with)\\s+");
    /** Between a figure (and the word it counts) and its conversion in brackets: "7.6 lei ($1.60)". */
    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("\\s*(?:\\p{L}+\\s*)?\\(\\s*");
    private static final java.util.regex.Pattern BY = java.util.regex.Pattern.compile("\\s+(?:by|x|\u00d7)\\s+");
    private static final java.util.regex.Pattern THEN = java.util.regex.Pattern.compile("(?:\\s+|,\\s*|\\s+and\\s+)");
    /** Units of a duration written in two parts ("3 hours and 20 minutes"). */
    private static final Set<String> CLOCK_UNITS = Set.of("h", "min", "s");

    /**
     * Figures read together with the one beside them: "all but two of its 28 beds" is 26 beds; a
     * bare figure set against a measure ("three days a week instead of five", "from five to three
     * days a week") counts in its unit; "30 by 23 cm" gives the first its unit (and an
     * approximation covers both: "roughly 12 by 9 inches"); "2 minutes 12 seconds" is one duration,
     * 132 seconds; a conversion in brackets is as rough as the figure before it ("about 7.6 lei ($1.60)").
     */
    private static List<Quantity> joined(String text, List<Quantity> found) {
        List<Quantity> out = new ArrayList<>(found);
        for (int k = 0; k + 1 < out.size(); k++) {
            Quantity a = out.get(k);
            Quantity b = out.get(k + 1);
            if (a.span().end() <= b.span().start() && BRACKETED.matcher(text.substring(a.span().end(), b.span().start())).matches()
                    && (a.qualifier() == Qualifier.ABOUT || a.qualifier() == Qualifier.NEARLY) && b.qualifier() == Qualifier.EXACT) {
                // "about 7.6 lei ($1.60)": a conversion in brackets is as rough as the figure it converts
                b = new Quantity(b.span(), b.written(), b.value(), b.upper(), b.unit(), b.kind(), a.qualifier(), b.counted());
                out.set(k + 1, b);
            }
            java.util.regex.Matcher allBut = ALL_BUT.matcher(text.substring(Math.max(0, a.span().start() - 12), a.span().start()));
            if (bare(a) && b.kind() == Kind.COUNT && Double.isNaN(b.upper()) && b.value() > a.value() && allBut.find()
                    && a.span().end() <= b.span().start() && PART_OF.matcher(text.substring(a.span().end(), b.span().start())).matches()) {
                // "all but two of its 28 beds": the rest of the whole, 26 beds
                Span whole = new Span(a.span().start() - (allBut.end() - allBut.start()), a.span().end());
                out.set(k, new Quantity(whole, whole.of(text), b.value() - a.value(), Double.NaN, "", Kind.COUNT, a.qualifier(), b.counted()));
                continue;
            }
            if (a.span().end() <= b.span().start() && ELLIPSIS.matcher(text.substring(a.span().end(), b.span().start())).matches()) {
                // "from five days a week to three", "three days a week instead of five": the bare
                // figure counts in the unit the other one writes
                if (bare(b) && a.kind() == Kind.MEASURE) {
                    out.set(k + 1, new Quantity(b.span(), b.written(), b.value(), b.upper(), a.unit(), a.kind(), b.qualifier(), a.counted()));
                    continue;
                }
                if (bare(a) && b.kind() == Kind.MEASURE) {
                    out.set(k, new Quantity(a.span(), a.written(), a.value(), a.upper(), b.unit(), b.kind(), a.qualifier(), b.counted()));
                    continue;
                }
            }
            if (a.span().end() > b.span().start() || b.kind() != Kind.MEASURE || b.unit().isEmpty()) {
                continue;
            }
            String between = text.substring(a.span().end(), b.span().start());
            if (a.kind() == Kind.COUNT && a.unit().isEmpty() && Double.isNaN(a.upper()) && BY.matcher(between).matches()) {
                Qualifier q = a.qualifier() != Qualifier.EXACT && b.qualifier() == Qualifier.EXACT ? a.qualifier() : b.qualifier();
                out.set(k, new Quantity(a.span(), a.written(), a.value(), a.upper(), b.unit(), Kind.MEASURE, a.qualifier(), ""));
                out.set(k + 1, new Quantity(b.span(), b.written(), b.value(), b.upper(), b.unit(), b.kind(), q, b.counted()));
            } else if (a.kind() == Kind.MEASURE && CLOCK_UNITS.contains(a.unit()) && CLOCK_UNITS.contains(b.unit())
                    && UnitScale.of(a.unit()).factor() > UnitScale.of(b.unit()).factor() && Double.isNaN(a.upper())
                    && Double.isNaN(b.upper()) && THEN.matcher(between).matches()) {
                Span whole = new Span(a.span().start(), b.span().end());
                double value = a.value() * UnitScale.of(a.unit()).factor() / UnitScale.of(b.unit()).factor() + b.value();
                out.set(k, new Quantity(whole, whole.of(text), value, Double.NaN, b.unit(), Kind.MEASURE, a.qualifier(), b.counted()));
                out.remove(k + 1);
            }
        }
        return out;
    }

    /** How many words may stand between "annual" and the "of" before a sum: "an annual conservation fee of". */
    private static final int ANNUAL_REACH = 3;

    /**
     * Whether the sum at token {@code first} is what a noun qualified as yearly comes to: "an
     * annual fee of", "a yearly budget of"; the words between are lower-case words of the phrase.
     */
    private static boolean annualBefore(List<Token> t, int first) {
        if (first < 2 || !t.get(first - 1).isWord("of")) {
            return false;
        }
        for (int k = first - 2; k >= Math.max(0, first - 2 - ANNUAL_REACH); k--) {
            Token w = t.get(k);
            if (w.kind() != Token.Kind.WORD || w.isCapitalised()) {
                return false;
            }
            if (w.isWord("annual") || w.isWord("yearly")) {
                return k < first - 2;
            }
        }
        return false;
    }

    private static boolean bare(Quantity q) {
        return q.kind() == Kind.COUNT && q.unit().isEmpty() && q.counted().isEmpty() && Double.isNaN(q.upper());
    }

    /**
     * "The alleged ringleader, 47, was caught", "a Thai man of 29 -", "a woman aged 49": a whole
     * number under 120 set off by commas right after a word, after "aged", or after "of" and a noun
     * that names a person with no word but "and" or "or" after it, is the age of the person named
     * before it.
     */
    private static boolean age(List<Token> t, int i, int end, NumberReader.Number num) {
        if (!num.plainDigits() || num.value().compareTo(BigDecimal.valueOf(120)) >= 0 || num.value().signum() <= 0
                || num.value().stripTrailingZeros().scale() > 0 || i < 2) {
            return false;
        }
        if (t.get(i - 1).isWord("aged") || i >= 3 && (t.get(i - 1).isWord("and") || t.get(i - 1).isWord("or"))
                && t.get(i - 2).kind() == Token.Kind.NUMBER && t.get(i - 3).isWord("aged")) {
            return true; // "aged 34 and 41"
        }
        boolean closed = end >= t.size() || t.get(end).kind() == Token.Kind.SYMBOL || t.get(end).isWord("and") || t.get(end).isWord("or");
        if (t.get(i - 1).isWord("of") && t.get(i - 2).kind() == Token.Kind.WORD && closed) {
            return WordSenses.shared().isRoleNoun(t.get(i - 2).lower());
        }
        return t.get(i - 1).isSymbol(',') && t.get(i - 2).kind() == Token.Kind.WORD && end < t.size() && t.get(end).isSymbol(',');
    }

    private static Reading read(List<Token> t, int i) {
        Units.Unit currency = Units.currencyBefore(t, i);
        int at = currency == null ? i : currency.end();
        if (at >= t.size()) {
            return null;
        }
        Reading share = currency == null ? share(t, i) : null;
        if (share != null) {
            return share;
        }
        Reading duration = currency == null ? raceTime(t, i) : null;
        if (duration != null) {
            return duration;
        }
        Reading fraction = currency == null ? fraction(t, i) : null;
        if (fraction != null) {
            return fraction;
        }
        Reading span = currency == null ? timeInWords(t, i) : null;
        if (span != null) {
            return span;
        }
        NumberReader.Number num = NumberReader.read(t, at);
        if (num == null || (currency != null && num.ordinal())) {
            return null;
        }
        Reading r = new Reading(i, num.end(), num.value().doubleValue());
        if (num.ordinal()) {
            r.kind = Kind.ORDINAL;
            return r;
        }
        boolean between = i > 0 && t.get(i - 1).isWord("between");
        NumberReader.Number second = between ? secondOfBetween(t, num) : secondOfDash(t, num);
        if (second != null) {
            BigDecimal first = num.scaled() ? num.value() : num.value().multiply(second.scale());
            r.value = first.doubleValue();
            r.upper = second.value().doubleValue();
            r.end = second.end();
            r.kind = Kind.RANGE;
            r.first = between ? i - 1 : i;
        }
        Units.Unit after = null;
        if (currency != null) {
            r.unit = currency.name();
            r.kind = r.kind == null ? Kind.MONEY : r.kind;
        } else if ((after = Units.percentAfter(t, r.end)) != null) {
            r.kind = r.kind == null ? Kind.PERCENT : r.kind;
        } else if ((after = Units.currencyAfter(t, r.end, num.scaled())) != null) {
            r.kind = r.kind == null ? Kind.MONEY : r.kind;
        } else if ((after = Units.measureAt(t, r.end)) != null) {
            r.kind = r.kind == null ? Kind.MEASURE : r.kind;
        }
        if (after != null) {
            r.unit = after.name();
            r.end = after.end();
        }
        Units.Unit per = r.unit.isEmpty() || r.unit.equals("age") ? null : Units.rateAfter(t, r.end);
        if (per != null) {
            r.unit = Units.rate(r.unit, per.name());
            r.end = per.end();
        } else if (r.kind == Kind.MONEY && annualBefore(t, r.first)) {
            r.unit = Units.rate(r.unit, "year"); // "an annual fee of US$1 million" is "US$1m a year"
        }
        r.counted = CountedNoun.after(t, r.end, num.vague() || num.scaled());
        if (r.counted.isEmpty() && r.kind == null) {
            r.counted = CountedNoun.beforeOf(t, r.first);
        }
        if (r.kind == null && r.counted.isEmpty() && age(t, i, r.end, num)) {
            r.kind = Kind.MEASURE;
            r.unit = "age";
        }
        if (r.kind == null) {
            boolean yearLike = num.plainDigits() && num.value().compareTo(BigDecimal.valueOf(1900)) >= 0
                    && num.value().compareTo(BigDecimal.valueOf(2099)) <= 0;
            // a period written as a code before it leads a year too: "Q3 2020", "H1 2024"
            boolean led = i > 0 && YEAR_LEADERS.contains(t.get(i - 1).lower())
                    || i > 1 && t.get(i - 1).kind() == Token.Kind.NUMBER && t.get(i - 2).kind() == Token.Kind.WORD
                    && t.get(i - 2).end() == t.get(i - 1).start()
                    // "the late-2021 peak", "pre-2008 rules": a part of a year joined to it
                    || i > 1 && t.get(i - 1).isSymbol('-') && t.get(i - 2).end() == t.get(i - 1).start()
                    && t.get(i - 1).end() == t.get(i).start() && YEAR_PARTS.contains(t.get(i - 2).lower());
            r.kind = yearLike && (led || r.counted.isEmpty()) ? Kind.YEAR : Kind.COUNT;
        }
        if (r.kind == Kind.YEAR) {
            r.counted = "";
            return r;
        }
        if (num.vague()) {
            r.qualifier = Qualifier.ABOUT;
        }
        if (r.kind != Kind.RANGE || !between) {
            qualified(r, t);
        }
        return r;
    }

    /**
     * "One in 20", "three out of four": a share, read as the percentage it is, so that "fewer than
     * one in 20 cases" and "less than 5 per cent of cases" agree. The whole must be a plain count
     * (no unit, no year) larger than the part.
     */
    private static Reading share(List<Token> t, int i) {
        boolean one = t.get(i).isWord("one");
        NumberReader.Number part = one ? null : NumberReader.read(t, i);
        if (!one && (part == null || part.ordinal() || part.vague())) {
            return null;
        }
        int at = one ? i + 1 : part.end();
        if (at + 1 < t.size() && t.get(at).isWord("out") && t.get(at + 1).isWord("of")) {
            at++;
        } else if (at >= t.size() || !t.get(at).isWord("in")) {
            return null;
        }
        if (at + 1 >= t.size()) {
            return null;
        }
        NumberReader.Number whole = NumberReader.read(t, at + 1);
        double p = one ? 1 : part.value().doubleValue();
        if (whole == null || whole.ordinal() || whole.vague() || whole.scaled()) {
            return null;
        }
        double w = whole.value().doubleValue();
        boolean yearLike = whole.plainDigits() && w >= 1900 && w <= 2099;
        if (w <= p || w > 1000 || yearLike || Units.measureAt(t, whole.end()) != null
                || Units.percentAfter(t, whole.end()) != null) {
            return null;
        }
        Reading r = new Reading(i, whole.end(), Math.round(p / w * 1000) / 10.0);
        r.kind = Kind.PERCENT;
        r.unit = "%";
        // "six in ten voters" rounds a share as a fraction does: "61%" is six in ten
        r.qualifier = w <= 10 ? Qualifier.ABOUT : Qualifier.EXACT;
        r.counted = CountedNoun.after(t, r.end, false);
        return qualified(r, t);
    }

    /**
     * "2:05:41", "3:29.47": a time taken written with colons (hours, minutes and seconds, or
     * minutes and seconds with a fraction), read as seconds. A clock time has one colon and no
     * fraction ("14:30"), and stays the date check's.
     */
    private static Reading raceTime(List<Token> t, int i) {
        List<String> parts = new ArrayList<>();
        int k = i;
        while (k < t.size() && t.get(k).kind() == Token.Kind.NUMBER && (k == i || NumberReader.attached(t, k))) {
            parts.add(t.get(k).text());
            if (k + 2 < t.size() && t.get(k + 1).isSymbol(':') && NumberReader.attached(t, k + 1)) {
                k += 2;
            } else {
                break;
            }
        }
        if (parts.size() < 2 || parts.size() > 3) {
            return null;
        }
        boolean fraction = parts.get(parts.size() - 1).contains(".");
        if (parts.size() == 2 && !fraction || parts.subList(0, parts.size() - 1).stream().anyMatch(p -> p.contains(".") || p.contains(","))) {
            return null;
        }
        double seconds = 0;
        for (int p = 0; p < parts.size(); p++) {
            double v = Double.parseDouble(parts.get(p));
            if (p > 0 && (v >= 60 || parts.get(p).indexOf('.') < 0 && parts.get(p).length() != 2
                    || parts.get(p).indexOf('.') >= 0 && parts.get(p).indexOf('.') != 2)) {
                return null;
            }
            seconds = seconds * 60 + v;
        }
        Reading r = new Reading(i, k + 1, Math.round(seconds * 1000) / 1000.0);
        r.kind = Kind.MEASURE;
        r.unit = "s";
        return qualified(r, t);
    }

    /** {@code r} with the qualifier written before it ("about", "up to"), when there is one, taken in. */
    private static Reading qualified(Reading r, List<Token> t) {
        Qualifiers.Found q = Qualifiers.before(t, r.first);
        if (q != null) {
            r.first = q.first();
            r.qualifier = q.qualifier();
        }
        return r;
    }

    private static final java.util.Map<String, Integer> DENOMINATORS = java.util.Map.ofEntries(
            java.util.Map.entry("half", 2), java.util.Map.entry("halves", 2), java.util.Map.entry("third", 3),
            java.util.Map.entry("thirds", 3), java.util.Map.entry("quarter", 4), java.util.Map.entry("quarters", 4),
            java.util.Map.entry("fifth", 5), java.util.Map.entry("fifths", 5), java.util.Map.entry("tenth", 10),
            java.util.Map.entry("tenths", 10));
    private static final java.util.Map<String, Integer> NUMERATORS = java.util.Map.of(
            "one", 1, "two", 2, "three", 3, "four", 4, "seven", 7, "nine", 9);

    /**
     * "A quarter of", "two-thirds of", "half of": a fraction of a whole, read as the percentage it
     * is, so that "a quarter of farmers" and "25% of farmers" agree and "a third of" differs. A
     * fraction is a rounded way of writing a share, so it reads as "about" unless a qualifier is
     * written. Only before "of": "the third quarter", "half-time" and "a quarter-final" are no shares.
     */
    private static Reading fraction(List<Token> t, int i) {
        String w = t.get(i).lower();
        if (w.equals("half") && i + 2 < t.size() && (t.get(i + 1).isWord("a") || t.get(i + 1).isWord("an"))) {
            // "half a dozen consortia", "half a million visitors": half the number, no share
            String of = t.get(i + 2).lower();
            long scale = of.equals("dozen") ? 12 : NumberReader.scale(of);
            if (scale > 0) {
                Reading n = new Reading(i, i + 3, scale / 2.0);
                n.kind = Kind.COUNT;
                n.qualifier = Qualifier.EXACT;
                n.counted = CountedNoun.after(t, i + 3, false);
                return qualified(n, t);
            }
        }
        int numerator;
        int denominator;
        int of;
        String[] hyphened = w.split("-");
        if (hyphened.length == 2 && NUMERATORS.containsKey(hyphened[0]) && DENOMINATORS.containsKey(hyphened[1])) {
            numerator = NUMERATORS.get(hyphened[0]);
            denominator = DENOMINATORS.get(hyphened[1]);
            of = i + 1;
        } else if ((w.equals("a") || w.equals("one") || NUMERATORS.containsKey(w)) && i + 1 < t.size()
                && DENOMINATORS.containsKey(t.get(i + 1).lower())) {
            numerator = w.equals("a") ? 1 : NUMERATORS.get(w);
            denominator = DENOMINATORS.get(t.get(i + 1).lower());
            of = i + 2;
        } else if (w.equals("half") && (i == 0 || !t.get(i - 1).isWord("the") && NumberReader.read(t, i - 1) == null)) {
            numerator = 1;
            denominator = 2;
            of = i + 1; // but not "the first half of the year"
        } else {
            return null;
        }
        // a share is "of" a whole ("a fifth of the harvest"), taken "off" it ("wiped a fifth off its
        // value"), a change "by" it ("cut by a third") or before a comparative ("a fifth higher");
        // "the third quarter" and "a quarter-final" are none
        boolean share = of < t.size() && (t.get(of).isWord("of") || t.get(of).isWord("off") && of > i + 1
                || of > i + 1 && COMPARED.contains(t.get(of).lower()))
                || of > i + 1 && changedBy(t, i);
        if (numerator >= denominator || !share) {
            return null;
        }
        boolean ofWhole = of < t.size() && t.get(of).isWord("of");
        long scale = ofWhole && of + 2 < t.size() && (t.get(of + 1).isWord("a") || t.get(of + 1).isWord("an"))
                ? NumberReader.scale(t.get(of + 2).lower()) : 0;
        if (scale > 0) {
            // "a quarter of a million visitors": that share of the number, not a share of the visitors
            Reading n = new Reading(i, of + 3, (double) scale * numerator / denominator);
            n.kind = Kind.COUNT;
            n.qualifier = Qualifier.ABOUT;
            n.counted = CountedNoun.after(t, of + 3, false);
            return qualified(n, t);
        }
        Reading r = new Reading(i, of, Math.round(1000.0 * numerator / denominator) / 10.0);
        r.kind = Kind.PERCENT;
        r.unit = "%";
        r.qualifier = Qualifier.ABOUT;
        if (ofWhole) {
            r.counted = CountedNoun.after(t, of, true);
        }
        return qualified(r, t);
    }

    /** Comparatives a fraction before them changes by: "a fifth higher" is 20% higher. */
    private static final java.util.Set<String> COMPARED = java.util.Set.of("higher", "lower", "more", "less", "bigger", "smaller",
            "larger", "greater", "fewer", "cheaper", "dearer");

    /** Spans of time named by one word, in the unit their figure is written in elsewhere. */
    private static final java.util.Map<String, Double> TIME_WORDS = java.util.Map.of("decade", 10.0, "decades", 10.0,
            "century", 100.0, "centuries", 100.0, "millennium", 1000.0, "millennia", 1000.0, "fortnight", 14.0, "fortnights", 14.0);

    /**
     * A span of time written in words: "a decade", "four decades", "three millennia" (years), "a
     * fortnight" (days), "half an hour" (minutes). Such a span is a round figure, read as "about"
     * unless a qualifier is written, so "a decade" and "10 years" agree and "12 years" differs.
     */
    private static Reading timeInWords(List<Token> t, int i) {
        String w = t.get(i).lower();
        if (w.equals("half") && i + 2 < t.size() && t.get(i + 1).isWord("an") && t.get(i + 2).isWord("hour")) {
            return roundSpan(t, i, i + 3, 30, "min");
        }
        if (w.equals("half") && i + 2 < t.size() && (t.get(i + 1).isWord("a") || t.get(i + 1).isWord("an"))
                && TIME_WORDS.containsKey(t.get(i + 2).lower())) {
            String word = t.get(i + 2).lower(); // "half a century"
            return roundSpan(t, i, i + 3, TIME_WORDS.get(word) / 2, unitOf(word));
        }
        if ((w.equals("a") || w.equals("an")) && i > 0 && t.get(i - 1).isWord("half")) {
            return null; // read with its "half"
        }
        double count;
        int at;
        if ((w.equals("a") || w.equals("an") || w.equals("one")) && i + 1 < t.size()) {
            count = 1;
            at = i + 1;
        } else {
            NumberReader.Number n = NumberReader.read(t, i);
            if (n == null || n.ordinal()) {
                return null;
            }
            count = n.value().doubleValue();
            at = n.end();
        }
        if (at >= t.size() || !TIME_WORDS.containsKey(t.get(at).lower()) || count != 1 && !t.get(at).lower().endsWith("s")
                && !t.get(at).lower().equals("millennia")) {
            return null;
        }
        String word = t.get(at).lower();
        return roundSpan(t, i, at + 1, count * TIME_WORDS.get(word), unitOf(word));
    }

    private static String unitOf(String timeWord) {
        return timeWord.startsWith("fortnight") ? "day" : "year";
    }

    /** A span of time in words over tokens {@code [first, end)}: a measure, "about" unless a qualifier is written. */
    private static Reading roundSpan(List<Token> t, int first, int end, double value, String unit) {
        Reading r = new Reading(first, end, value);
        r.kind = Kind.MEASURE;
        r.unit = unit;
        r.qualifier = Qualifier.ABOUT;
        return qualified(r, t);
    }

    /** Whether "by" stands before the fraction at {@code i}, past a qualifier: "cut by a third", "rose by almost a quarter". */
    private static boolean changedBy(List<Token> t, int i) {
        Qualifiers.Found q = Qualifiers.before(t, i);
        int k = (q != null ? q.first() : i) - 1;
        return k >= 0 && t.get(k).isWord("by");
    }

    private static NumberReader.Number secondOfDash(List<Token> t, NumberReader.Number num) {
        int dash = num.end();
        if (!num.digits() || dash + 1 >= t.size()) {
            return null;
        }
        Token d = t.get(dash);
        boolean hyphen = d.isSymbol('-') && NumberReader.attached(t, dash) && NumberReader.attached(t, dash + 1);
        boolean enDash = d.isSymbol('–');
        if (!hyphen && !enDash) {
            return null;
        }
        NumberReader.Number second = NumberReader.read(t, dash + 1);
        return second != null && second.digits() && !second.ordinal() ? second : null;
    }

    private static NumberReader.Number secondOfBetween(List<Token> t, NumberReader.Number num) {
        int and = num.end();
        if (and + 1 >= t.size() || !t.get(and).isWord("and") || num.ordinal()) {
            return null;
        }
        NumberReader.Number second = NumberReader.read(t, and + 1);
        return second != null && !second.ordinal() && !second.vague() ? second : null;
    }

    /** Whether {@code s} overlaps one of {@code spans}, which are disjoint and in text order. */
    private static boolean inside(List<Span> spans, Span s) {
        int low = 0;
        int high = spans.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (spans.get(mid).end() <= s.start()) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low < spans.size() && spans.get(low).overlaps(s);
    }

    private static String sentenceAround(String text, Span span) {
        int start = span.start();
        while (start > 0 && ".!?\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = span.end();
        while (end < text.length() && ".!?\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** A figure being read, in token indices; the kind stays null until something decides it. */
    private static final class Reading {
        int first;
        int end;
        double value;
        double upper = Double.NaN;
        String unit = "";
        Kind kind;
        Qualifier qualifier = Qualifier.EXACT;
        String counted = "";

        Reading(int first, int end, double value) {
            this.first = first;
            this.end = end;
            this.value = value;
        }
    }
}
