package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.List;

import org.crosscheck.model.Alignment;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Span;
import org.crosscheck.text.date.DateComparison;
import org.crosscheck.text.date.DayOfWriting;
import org.crosscheck.text.date.ResolvedDates;

/**
 * DATE: the same statement puts an event on a different date, day, year or time.
 *
 * <p>Dates are compared by their normalised keys, so "9 March" and "March 9" agree. Only dates
 * of the same sort are compared (a weekday with a weekday, a calendar date with a calendar date,
 * a year with a year), and only dates left unmatched on both sides.
 */
public final class DateDetector implements Detector {

    private static final double LONE_DATE_SIMILARITY = 0.1;
    private static final java.util.regex.Pattern WORD_BEFORE = java.util.regex.Pattern.compile("([\\p{L}]+)[\\s,]*$");
    private static final java.util.regex.Pattern PART_OF_DAY = java.util.regex.Pattern.compile("\\s+(night|morning|afternoon|evening)\\b");
    private static final java.util.regex.Pattern WEEKDAY_FIRST = java.util.regex.Pattern.compile(
            "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\\p{L}])");

    /**
     * A date as this detector compares it: a date mention, or a year standing alone; {@code days}
     * are the days it stands for counted from the day its article was written, empty when unknown;
     * {@code bound} is the side of a time the moment is on: 1 after ("just after midday"), -1
     * before, 0 neither.
     */
    record Dated(Span span, String written, String sort, Mention mention, Mention parent, List<ResolvedDates.Days> days, int bound) {

        Dated(Span span, String written, String sort, Mention mention) {
            this(span, written, sort, mention, null, List.of(), 0);
        }

        Dated(Span span, String written, String sort, Mention mention, Mention parent) {
            this(span, written, sort, mention, parent, List.of(), 0);
        }

        Dated(Span span, String written, String sort, Mention mention, Mention parent, List<ResolvedDates.Days> days) {
            this(span, written, sort, mention, parent, days, 0);
        }

        boolean same(Dated o) {
            if (mention == null || o.mention == null) {
                return written.equals(o.written);
            }
            if ("relative".equals(sort) && "relative".equals(o.sort) && !days.isEmpty() && !o.days.isEmpty() && grain() != o.grain()) {
                return false; // "next week" holds "tomorrow" but does not restate it: a day is not accounted for by a week
            }
            DateComparison.Relation r = DateComparison.compare(mention, o.mention);
            return byDays(o, r) ? ResolvedDates.meet(days, o.days) : r != DateComparison.Relation.DIFFERENT;
        }

        /**
         * Whether the two are compared by the days they stand for rather than as written: where the
         * writing cannot be compared ("yesterday" / "Oct 12"), and between two relative dates, which
         * count from days of writing that may differ ("today" on the 9th is "yesterday" on the 10th).
         */
        private boolean byDays(Dated o, DateComparison.Relation r) {
            return !days.isEmpty() && !o.days.isEmpty()
                    && (r == DateComparison.Relation.NOT_COMPARABLE || "relative".equals(sort) && "relative".equals(o.sort));
        }

        /**
         * Whether the two, of different sorts but read to the same precision, stand for days that
         * meet ("yesterday" / "on Wednesday"; not "31 March" / "next year").
         */
        boolean meetsAcross(Dated o) {
            return !sort.equals(o.sort) && !days.isEmpty() && !o.days.isEmpty() && grain() == o.grain()
                    && ResolvedDates.meet(days, o.days);
        }

        /**
         * How precisely the date is placed: 0 a day, 1 a week, 2 a month, 3 longer; -1 unplaced. A
         * statement reworded keeps its date's precision ("Oct 12" / "on Sunday", "October 2023" /
         * "last November"), so dates of different precision are not taken as one date rewritten.
         */
        int grain() {
            long longest = days.stream().mapToLong(d -> d.last().toEpochDay() - d.first().toEpochDay() + 1).max().orElse(-1);
            return longest < 0 ? -1 : longest <= 2 ? 0 : longest <= 14 ? 1 : longest <= 31 ? 2 : 3;
        }

        /** The date as written around this one: the whole date a weekday was read from, else this. */
        Dated whole() {
            return parent == null ? this : new Dated(parent.span(), parent.text(), sort, parent);
        }

        boolean differs(Dated o) {
            return differs(o, false);
        }

        /**
         * Whether the two dates differ; {@code lone}: each is the one time its statement gives, so
         * two times written to different precision are still one moment compared.
         */
        boolean differs(Dated o, boolean lone) {
            if ("time".equals(sort) && precision(written) != precision(o.written)) {
                // "4.12am" and "just after 4am" round the same moment differently; "2:40 pm" and
                // "shortly after 4 pm", the only times of their statements, are further apart than rounding goes
                return lone && mention != null && o.mention != null && !rounds(this, o) && !rounds(o, this)
                        && DateComparison.compare(mention, o.mention) == DateComparison.Relation.DIFFERENT;
            }
            if (mention == null || o.mention == null) {
                return mention == null && o.mention == null && !written.equals(o.written);
            }
            DateComparison.Relation r = DateComparison.compare(mention, o.mention);
            return byDays(o, r) ? !ResolvedDates.meet(days, o.days) : r == DateComparison.Relation.DIFFERENT;
        }
    }

    private final ClausePartners clauses;

    /** A detector that pairs dates across restated statements with the sentence encoder the build ships. */
    public DateDetector() {
        this(org.crosscheck.embed.SentenceEncoder.shared());
    }

    /** A detector that pairs dates across restated statements with {@code encoder}. */
    public DateDetector(org.crosscheck.embed.SentenceEncoder encoder) {
        this.clauses = new ClausePartners(encoder);
    }

    @Override
    public List<Discrepancy> detect(Comparison c) {
        List<Discrepancy> out = new ArrayList<>();
        java.util.Optional<DayOfWriting> leftDay = DayOfWriting.read(c.left());
        java.util.Optional<DayOfWriting> rightDay = DayOfWriting.read(c.right());
        ResolvedDates lr = calendar(c.left(), leftDay, rightDay);
        ResolvedDates rr = calendar(c.right(), rightDay, leftDay);
        for (Alignment a : c.alignments()) {
            if (a.similarity() < LONE_DATE_SIMILARITY && !a.byMeaning()) {
                continue;
            }
            int ls = a.left().sentence();
            int rs = a.right().sentence();
            List<Dated> left = dates(c.left(), ls, lr);
            List<Dated> right = dates(c.right(), rs, rr);
            // a sentence merged from two (or split in two) is paired more than once: a date its
            // other partner gives is accounted for there
            List<Dated> rightAll = partnerDates(c, ls, true, rr);
            List<Dated> leftAll = partnerDates(c, rs, false, lr);
            List<Dated> leftOnly = unmatched(left, rightAll);
            List<Dated> rightOnly = unmatched(right, leftAll);
            for (Dated l : leftOnly) {
                // a date of the telling ("the authorities said on Thursday") is no rival to the event's
                boolean telling = datesSaying(c.left(), l);
                List<Dated> sameSortLeft = leftOnly.stream().filter(d -> d.sort.equals(l.sort) && datesSaying(c.left(), d) == telling).toList();
                List<Dated> sameSortRight = rightOnly.stream().filter(d -> d.sort.equals(l.sort) && datesSaying(c.right(), d) == telling).toList();
                boolean lone = sameSortLeft.size() == 1 && sameSortRight.size() == 1;
                Dated r = lone ? sameSortRight.get(0) : placedAlike(c, l, sameSortLeft, sameSortRight);
                Dated standsAlike = lone ? placedAlike(c, l, leftOnly, rightOnly) : null;
                if (standsAlike != null && standsAlike != r) {
                    // "not due to start until 2026" / "approved in 2023, ... not to begin until next year":
                    // the date of another sort that stands where this one stands is its partner (below)
                    continue;
                }
                if (r != null && datesSaying(c.left(), l) != datesSaying(c.right(), r)) {
                    continue; // "officials said on Thursday" dates the telling, "escaped late on Wednesday" the event
                }
                if (r != null && "relative".equals(l.sort) && "relative".equals(r.sort) && l.grain() >= 0 && r.grain() >= 0
                        && !comparableGrain(l, r)) {
                    continue; // "the same period last year" / "from next Monday": a year and a day are two dates, not one rewritten
                }
                if (r != null && l.differs(r, lone)) {
                    // a weekday read from a whole date is shown in it ("Saturday, 18 January" / "last Thursday"),
                    // unless the rest of the two dates agrees ("Tuesday, May 3" / "Monday, May 3")
                    boolean restAgrees = l.parent != null && r.parent != null && l.parent.key().equals(r.parent.key());
                    Dated lw = restAgrees ? l : l.whole();
                    Dated rw = restAgrees ? r : r.whole();
                    String summary = "Date differs: " + governed(c.left().article().text(), lw) + " in " + c.left().id()
                            + " but " + governed(c.right().article().text(), rw) + " in " + c.right().id();
                    Finding f = new Finding(Severity.MEDIUM, summary,
                            "The same statement is dated differently (the same date written another way is not reported).",
                            0.8, side(c.left(), ls, lw), side(c.right(), rs, rw));
                    out.add(new Discrepancy.DateChange(f));
                }
            }
            placedApart(c, ls, rs, leftOnly, rightOnly, lr, rr).ifPresent(out::add);
        }
        out.addAll(LoneDates.between(c, out, lr, rr));
        out.addAll(LoneDates.byClause(c, clauses, out, lr, rr));
        return out;
    }

    /**
     * The calendar of an article's dates, counted from the day it was written (the year, where it
     * gives none, from the other article's), or null when it does not say when it was written.
     */
    private static ResolvedDates calendar(AnalyzedArticle article, java.util.Optional<DayOfWriting> mine,
            java.util.Optional<DayOfWriting> theirs) {
        return mine.flatMap(day -> day.date(theirs)).map(d -> new ResolvedDates(article.article().text(), d)).orElse(null);
    }

    /**
     * The one date each statement leaves unmatched, of different sorts but the same precision,
     * that fall on different days once each is counted from its article's day of writing ("on Oct
     * 12" / "on Sunday" in a rewrite dated Thursday 10 October), or with several left the one pair
     * that stands alike ({@link #alikeApart}), unless one is to come and the other past.
     */
    private static java.util.Optional<Discrepancy> placedApart(Comparison c, int ls, int rs, List<Dated> leftOnly,
            List<Dated> rightOnly, ResolvedDates lr, ResolvedDates rr) {
        if (lr == null && rr == null) {
            return java.util.Optional.empty(); // neither source says when it was written
        }
        // a source that does not say when it was written is read as written when the other was:
        // only its dates written in full (a year) have days, and a day or two apart no year turns
        ResolvedDates leftCalendar = lr != null ? lr : rr;
        ResolvedDates rightCalendar = rr != null ? rr : lr;
        List<Dated> lp = leftOnly.stream().filter(d -> !d.days().isEmpty()).toList();
        List<Dated> rp = rightOnly.stream().filter(d -> !d.days().isEmpty()).toList();
        // a date of a precision the other side gives nowhere ("this year" beside "on Tuesday" /
        // "yesterday") has no counterpart here and leaves the one pair read to one precision
        List<Dated> lg = lp.stream().filter(d -> rp.stream().anyMatch(o -> o.grain() == d.grain())).toList();
        List<Dated> rg = rp.stream().filter(d -> lp.stream().anyMatch(o -> o.grain() == d.grain())).toList();
        Dated[] pair = lp.size() == 1 && rp.size() == 1 ? new Dated[] {lp.get(0), rp.get(0)}
                : lg.size() == 1 && rg.size() == 1 ? new Dated[] {lg.get(0), rg.get(0)} : alikeApart(c, lp, rp);
        if (pair == null) {
            return java.util.Optional.empty();
        }
        Dated l = pair[0];
        Dated r = pair[1];
        boolean comparable = comparableGrain(l, r);
        // an event to come on one side and one past on the other are two events of the statement
        // ("will begin on Monday, January 20" / "announced yesterday"), not one date changed
        comparable &= leftCalendar.direction(l.days()) * rightCalendar.direction(r.days()) >= 0;
        if (l.sort().equals(r.sort()) || !comparable || ResolvedDates.meet(l.days(), r.days())) {
            return java.util.Optional.empty();
        }
        String summary = "Date differs: " + governed(c.left().article().text(), l) + " in " + c.left().id()
                + " but " + governed(c.right().article().text(), r) + " in " + c.right().id() + " (" + shown(r.days()) + ")";
        Finding f = new Finding(Severity.MEDIUM, summary,
                "The same statement is dated differently once each date is counted from the day its source was written.",
                0.7, side(c.left(), ls, l), side(c.right(), rs, r));
        return java.util.Optional.of(new Discrepancy.DateChange(f));
    }

    /** Whether two dates are read to one precision: both a day, both a week, or both a month or longer. */
    private static boolean comparableGrain(Dated l, Dated r) {
        return l.grain() == r.grain() || l.grain() >= 2 && r.grain() >= 2;
    }

    /**
     * Among several dates left on each side, the one pair of different sorts that stands alike and
     * falls on different days ("until 2026" / "until next year", while "approved last year" /
     * "approved in 2023" stand alike and agree), or null when there is none or more than one.
     */
    private static Dated[] alikeApart(Comparison c, List<Dated> lp, List<Dated> rp) {
        Dated[] found = null;
        for (Dated x : lp) {
            Dated y = placedAlike(c, x, lp, rp);
            if (y != null && !x.sort().equals(y.sort()) && !ResolvedDates.meet(x.days(), y.days())) {
                if (found != null) {
                    return null;
                }
                found = new Dated[] {x, y};
            }
        }
        return found;
    }

    /** The days a date was read as, for the editor: "13 Oct 2024", or "6 or 13 Oct 2024". */
    private static String shown(List<ResolvedDates.Days> days) {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);
        return "read as " + String.join(" or ", days.stream().map(d -> d.first().equals(d.last()) ? f.format(d.first())
                : f.format(d.first()) + " to " + f.format(d.last())).toList());
    }

    /** The date as evidence, with the words that say which part of it is meant ("the end of April"). */
    private static org.crosscheck.model.Evidence side(AnalyzedArticle article, int sentence, Dated d) {
        String part = partOf(article.article().text(), d.span.start());
        return Findings.side(article, sentence, part + d.written, new Span(d.span.start() - part.length(), d.span.end()));
    }

    /**
     * Whether either side leaves a calendar date, weekday or year unmatched: a relative date may be
     * its other writing, or date something else ("up 3.8 percent on this year" / "Spending next
     * year ..., 3.8 percent more than in 2024"), so two relative dates are not compared there.
     */
    private static boolean absoluteLeft(List<Dated> leftOnly, List<Dated> rightOnly) {
        return java.util.stream.Stream.concat(leftOnly.stream(), rightOnly.stream())
                .anyMatch(d -> !"relative".equals(d.sort) && !"time".equals(d.sort));
    }

    /**
     * Among several dates of one sort, the one of the other side that stands where {@code l}
     * stands: the same two words after it, the same word before it ("from 4.40am on Wednesday" /
     * "at 6.40am on Wednesday"), or the same event named just before it ("the final vote for 9
     * December" / "the final vote expected on 11 December"), with no other date of either side
     * placed alike.
     */
    private static Dated placedAlike(Comparison c, Dated l, List<Dated> lefts, List<Dated> rights) {
        String ltext = c.left().article().text();
        String rtext = c.right().article().text();
        // the two words after a date place it more surely than the one before it, and the one before it than the event
        for (int how = 0; how < 3; how++) {
            int h = how;
            List<Dated> mine = rights.stream().filter(r -> alike(ltext, l, rtext, r, h)).toList();
            if (mine.size() == 1 && lefts.stream().filter(o -> alike(ltext, o, rtext, mine.get(0), h)).count() == 1) {
                return mine.get(0);
            }
        }
        return null;
    }

    private static boolean alike(String ltext, Dated l, String rtext, Dated r, int how) {
        if (how == 2) {
            java.util.Set<String> event = eventBefore(ltext, l.span.start());
            event.retainAll(eventBefore(rtext, r.span.start()));
            return !event.isEmpty();
        }
        return alike(ltext, l, rtext, r, how == 0);
    }

    private static final java.util.regex.Pattern CLAUSE_BEFORE = java.util.regex.Pattern.compile("[^,;:.()\u2014\u2013]*$");
    private static final int EVENT_WORDS = 4;

    /**
     * The stems of the content words among the few that lead up to a date in its clause ("final",
     * "vote" in "the final vote expected on"): the event the date is the date of.
     */
    private static java.util.Set<String> eventBefore(String text, int at) {
        java.util.regex.Matcher m = CLAUSE_BEFORE.matcher(text.substring(Math.max(0, at - 60), at));
        java.util.Set<String> out = new java.util.HashSet<>();
        if (!m.find()) {
            return out;
        }
        List<org.crosscheck.text.Token> words = org.crosscheck.text.Tokenizer.words(m.group()).stream()
                .filter(org.crosscheck.text.Token::isWord).toList();
        for (org.crosscheck.text.Token w : words.subList(Math.max(0, words.size() - EVENT_WORDS), words.size())) {
            if (PredicateArguments.content(w) && !TIME_PREPOSITIONS.contains(w.normal()) && !Character.isDigit(w.text().charAt(0))
                    && !Character.isUpperCase(w.text().charAt(0))) {
                out.add(org.crosscheck.index.Stemmer.stem(w.normal()));
            }
        }
        return out;
    }

    private static boolean alike(String ltext, Dated l, String rtext, Dated r, boolean after) {
        String context = after ? wordsAfter(ltext, l.span.end()) : governing(ltext, l.span.start());
        return !context.isEmpty() && context.equals(after ? wordsAfter(rtext, r.span.end()) : governing(rtext, r.span.start()));
    }

    /**
     * The word that governs a date, before the words naming which part of it is meant ("by" in "by
     * the end of 2026" and in "by late 2026"), or "" when that is "of": "the third quarter of
     * 2027" and "the beginning of next year" are not placed alike by it.
     */
    private static String governing(String text, int at) {
        String word = wordBefore(text, at - partOf(text, at).length());
        return word.equals("of") ? "" : word;
    }

    private static final java.util.regex.Pattern TWO_WORDS_AFTER = java.util.regex.Pattern.compile("^[\\s,]*([\\p{L}]+\\s+[\\p{L}]+)");

    private static String wordsAfter(String text, int at) {
        java.util.regex.Matcher m = TWO_WORDS_AFTER.matcher(text.substring(at, Math.min(text.length(), at + 40)));
        return m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : "";
    }

    /** Prepositions that say how a date bounds its event: "until Monday" is not "on Monday". */
    private static final java.util.Set<String> TIME_PREPOSITIONS = java.util.Set.of("on", "until", "till", "by", "from",
            "since", "before", "after", "in", "at", "through", "during");

    /**
     * The date as an editor reads it in its sentence: with the preposition that governs it ("until
     * Monday", "from March 1"), which says as much about the event as the date does.
     */
    static String governed(String text, Dated d) {
        String part = partOf(text, d.span().start());
        String before = wordBefore(text, d.span().start() - part.length());
        String shown = part + d.written();
        java.util.regex.Matcher near = NEAR_BOUND.matcher(text.substring(Math.max(0, d.span().start() - part.length() - 20),
                d.span().start() - part.length()));
        if (near.find()) {
            return near.group(1) + " " + near.group(2) + " " + shown; // "just after midday": the bound is part of the claim
        }
        return TIME_PREPOSITIONS.contains(before) ? before + " " + shown : shown;
    }

    private static final java.util.regex.Pattern NEAR_BOUND = java.util.regex.Pattern.compile(
            "(?i)\\b(just|shortly|soon|well|right|long)\\s+(after|before|past)\\s+$");

    private static final java.util.regex.Pattern PART_OF = java.util.regex.Pattern.compile(
            "(?i)(?:(?:the\\s+)?(?:end|start|beginning|middle|close|(?:first|second|third|fourth|final|last)\\s+(?:quarter|half))\\s+of\\s+(?:the\\s+)?"
                    + "|(?:early|mid|late)[-\\s]+|(?:last|next|this)\\s+)$");

    /**
     * The words before a date that say which part of it is meant ("the end of " April, "mid-"
     * June) or which one ("last " November), as written, or "".
     */
    static String partOf(String text, int at) {
        java.util.regex.Matcher m = PART_OF.matcher(text.substring(Math.max(0, at - 30), at));
        if (!m.find()) {
            return "";
        }
        // "late last Tuesday" is late in a day, a time the date check does not read; "mid-June" is part of a month
        boolean ofDay = m.group().toLowerCase(java.util.Locale.ROOT).matches("(early|mid|late)[-\\s]+") && !MONTH_OR_YEAR.matcher(text).region(at, text.length()).lookingAt();
        return ofDay ? "" : m.group();
    }

    private static final java.util.regex.Pattern MONTH_OR_YEAR = java.util.regex.Pattern.compile(
            "(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b|\\d{4}\\b");

    /**
     * Words that may stand between a verb of saying and the day it was said: "told reporters on
     * Thursday", "said in a statement on Thursday".
     */
    private static final java.util.Set<String> TELLING_WORDS = java.util.Set.of("on", "late", "early", "in", "a", "an", "the",
            "statement", "reporters", "journalists", "at", "news", "press", "conference", "briefing", "interview", "to");
    /**
     * The verbs of plain saying: "announced on Tuesday" and "confirmed on Friday" often date the
     * news itself, "said on Thursday" only the telling of it.
     */
    private static final java.util.Set<String> SAYING = java.util.Set.of("said", "says", "told", "tells", "added", "adds");
    /** How many words before a date are read for the verb of saying it dates. */
    private static final int TELLING_REACH = 5;

    /**
     * Whether the date says when something was said rather than when it happened: it follows a
     * verb of saying across nothing but the words of a telling ("officials said on Thursday",
     * "told Reuters on Thursday", "said in a statement late on Thursday").
     */
    static boolean datesSaying(AnalyzedArticle article, Dated d) {
        String text = article.article().text();
        int at = d.whole().span().start();
        int from = article.sentences().stream().filter(x -> x.span().start() <= at && at < x.span().end())
                .mapToInt(x -> x.span().start()).findFirst().orElse(at);
        String before = text.substring(Math.max(from, at - 80), at);
        String[] words = before.split("[^\\p{L}'\u2019]+");
        for (int n = words.length - 1, seen = 0; n >= 0 && seen < TELLING_REACH; n--, seen++) {
            String w = words[n];
            if (w.isEmpty()) {
                continue;
            }
            if (SAYING.contains(w)) {
                return true;
            }
            if (!TELLING_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT)) && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    static String wordBefore(String text, int at) {
        java.util.regex.Matcher m = WORD_BEFORE.matcher(text.substring(Math.max(0, at - 30), at));
        return m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : "";
    }

    /**
     * The dates of {@code mine} that no date of {@code theirs} matches, one to one: "2020" written
     * twice is not matched by one "2020" on the other side ("Q4 2020 ... Q3 2020" / "Q4 2019 ...
     * Q3 2020").
     */
    private static List<Dated> unmatched(List<Dated> mine, List<Dated> theirs) {
        List<Dated> free = new ArrayList<>(theirs);
        List<Dated> out = new ArrayList<>();
        List<Mention> confirmed = new ArrayList<>();
        // whole dates first: the weekday written in a date the other side confirms ("Tuesday, Nov. 7"
        // / "Nov. 7") is confirmed with it, and cannot match another weekday ("on Tuesday night");
        // a date of the same sort is matched before one of another sort that falls on the same day,
        // so "Wednesday afternoon" on both sides leaves "tomorrow" to be compared with "Tuesday"
        java.util.Map<Dated, Dated> twins = new java.util.IdentityHashMap<>();
        for (Dated d : mine) {
            Dated twin = d.parent == null ? sameSortTwin(d, free, mine) : null;
            if (twin != null) {
                free.remove(twin);
                twins.put(d, twin);
            }
        }
        for (Dated d : mine) {
            Dated twin = d.parent == null && !twins.containsKey(d)
                    ? free.stream().filter(o -> o.parent == null && d.meetsAcross(o)).findFirst().orElse(null) : null;
            if (twin != null) {
                free.remove(twin);
                twins.put(d, twin);
            }
        }
        for (Dated d : mine) {
            if (d.parent != null) {
                continue;
            }
            Dated twin = twins.get(d);
            if (twin == null) {
                out.add(d);
            } else if (theirs.stream().noneMatch(o -> o.parent != null && o.parent == twin.mention)) {
                // a weekday on both ("Tuesday, May 3" / "Monday, May 3") is compared; one the other omits is confirmed
                confirmed.add(d.mention);
            }
        }
        for (Dated d : mine) {
            if (d.parent == null || confirmed.contains(d.parent)) {
                continue;
            }
            Dated twin = free.stream().filter(o -> d.sort.equals(o.sort) && d.same(o)).findFirst()
                    .or(() -> free.stream().filter(d::meetsAcross).findFirst()).orElse(null);
            if (twin == null) {
                out.add(d);
            } else {
                free.remove(twin);
            }
        }
        return out;
    }

    /** Whether one date is read as a day and the other as a year or longer: "yesterday" is not "this year" written roughly. */
    private static boolean yearAgainstDay(Dated a, Dated b) {
        return Math.min(a.grain(), b.grain()) == 0 && Math.max(a.grain(), b.grain()) == 3;
    }

    /**
     * The whole date of {@code d}'s sort among {@code free} that is the same date: one written to
     * the same precision first; a month ("in late October") matches a day only where each day the
     * other side writes has another day of {@code mine} to rival it ("October 14" / "14 November
     * ... late October" keeps the day; "began on April 1 ... due on June 3" / "began in April ...
     * scheduled for 3 July" lets the month take the first day). Null when none is.
     */
    private static Dated sameSortTwin(Dated d, List<Dated> free, List<Dated> mine) {
        long theirDays = free.stream().filter(p -> p.parent == null && d.sort.equals(p.sort) && samePrecision(d, p)).count();
        long myOtherDays = mine.stream().filter(p -> p != d && p.parent == null && d.sort.equals(p.sort) && samePrecision(d, p)).count();
        return free.stream().filter(o -> o.parent == null && d.sort.equals(o.sort) && samePrecision(d, o) && d.same(o)).findFirst()
                .or(() -> free.stream().filter(o -> o.parent == null && d.sort.equals(o.sort) && d.same(o) && !yearAgainstDay(d, o)
                        && theirDays <= myOtherDays).findFirst())
                .orElse(null);
    }

    /** Whether two dates are written to one precision: both to the day, both to the month, and so on (their keys' kinds). */
    private static boolean samePrecision(Dated a, Dated b) {
        // two relative dates are written alike whatever they count in: "yesterday" and "this year" are not
        return a.mention != null && b.mention != null && kindOf(a.mention.key()).equals(kindOf(b.mention.key()))
                && (!"relative".equals(kindOf(a.mention.key())) || a.grain() == b.grain());
    }

    private static String kindOf(String key) {
        int colon = key.indexOf(':');
        return colon < 0 ? key : key.substring(0, colon);
    }

    /** The dates of every sentence paired with sentence {@code s} of the left ({@code ofLeft}) or right source. */
    private static List<Dated> partnerDates(Comparison c, int s, boolean ofLeft, ResolvedDates theirs) {
        List<Dated> out = new ArrayList<>();
        for (Alignment a : c.alignments()) {
            if (ofLeft && a.left().sentence() == s) {
                out.addAll(dates(c.right(), a.right().sentence(), theirs));
            } else if (!ofLeft && a.right().sentence() == s) {
                out.addAll(dates(c.left(), a.left().sentence(), theirs));
            }
        }
        return out;
    }

    /** How far apart two clock times may be written and still be one moment rounded to the hour. */
    private static final int ROUNDING_MINUTES = 60;

    /**
     * Whether the time {@code fine} may be the time {@code coarse} written to the hour: within an
     * hour of it, and on its side when {@code coarse} is bounded ("11:20 a.m." is not "just after
     * midday", "11:40 p.m." is "before midnight"). Unread times are not compared.
     */
    private static boolean rounds(Dated coarse, Dated fine) {
        if (precision(coarse.written) > precision(fine.written)) {
            return false;
        }
        int c = minuteOfDay(coarse.mention.key());
        int f = minuteOfDay(fine.mention.key());
        if (c < 0 || f < 0) {
            return true;
        }
        int delta = Math.floorMod(f - c + 720, 1440) - 720; // on the clock's circle: 23:40 is 20 minutes before 00:00
        if (coarse.bound > 0) {
            return delta >= 0 && delta <= ROUNDING_MINUTES;
        }
        if (coarse.bound < 0) {
            return delta <= 0 && delta >= -ROUNDING_MINUTES;
        }
        return Math.abs(delta) < ROUNDING_MINUTES;
    }

    /** "after", "past" or "before" right before a time: the side of it the moment is on ("just after midday"). */
    private static final java.util.regex.Pattern TIME_BOUND = java.util.regex.Pattern.compile(
            "(?i)\\b(after|past|before)\\s+$");

    private static int bound(String text, Span span) {
        java.util.regex.Matcher m = TIME_BOUND.matcher(text.substring(Math.max(0, span.start() - 10), span.start()));
        if (!m.find()) {
            return 0;
        }
        return m.group(1).equalsIgnoreCase("before") ? -1 : 1;
    }

    private static final java.util.regex.Pattern TIME_KEY = java.util.regex.Pattern.compile("time:(\\d{1,2}):(\\d{2})(@.*)?");

    private static int minuteOfDay(String key) {
        java.util.regex.Matcher m = TIME_KEY.matcher(key);
        return m.matches() ? Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2)) : -1;
    }

    private static int precision(String time) {
        // "ten to eight" names its minutes as "7:50" does
        return time.matches(".*\\d[.:]\\d{2}.*") || time.matches("(?i).*\\b(?:past|to)\\s+\\p{L}+.*") ? 2 : 1;
    }

    /** The sort of a date key: calendar days and months compare with each other, weekdays and times apart. */
    private static String sort(String key) {
        if (key.startsWith("date:") || key.startsWith("month:")) {
            return "day";
        }
        int colon = key.indexOf(':');
        return colon < 0 ? key : key.substring(0, colon);
    }

    /**
     * The weekday written in front of a calendar date ("Tuesday, May 3, 2016") or named by a
     * relative date ("last Thursday"): the date's key leaves it out, so a changed weekday is
     * compared on its own.
     */
    private static Dated weekdayOf(Mention m) {
        java.util.regex.Matcher w = WEEKDAY_FIRST.matcher(m.text());
        boolean found = m.key().startsWith("date:") ? w.lookingAt() : m.key().startsWith("relative:") && w.find();
        if (!found) {
            return null;
        }
        Span span = new Span(m.span().start() + w.start(), m.span().start() + w.end());
        String key = "weekday:" + w.group().toLowerCase(java.util.Locale.ROOT);
        return new Dated(span, w.group(), "weekday", new Mention(span, w.group(), Mention.Kind.DATE, key), m);
    }

    /**
     * The dates of sentence {@code sentence} this detector compares, each with the days it stands
     * for when {@code calendar} (the article's, or null) places it.
     */
    static List<Dated> dates(AnalyzedArticle article, int sentence, ResolvedDates calendar) {
        List<Dated> written = dates(article, sentence);
        if (calendar == null) {
            return written;
        }
        List<org.crosscheck.model.Quote> quotes = article.quotesIn(sentence);
        List<Dated> out = new ArrayList<>();
        for (Dated d : written) {
            // a speaker's "today" or "on Tuesday" counts from the day they spoke, which the copy may not give
            boolean spoken = !"day".equals(d.sort()) && quotes.stream().anyMatch(q -> q.span().overlaps(d.span()));
            out.add(d.mention() == null || d.parent() != null || spoken ? d
                    : new Dated(d.span(), d.written(), d.sort(), d.mention(), null, calendar.days(d.mention()), d.bound()));
        }
        return out;
    }

    /** The dates of sentence {@code sentence} this detector compares, as written. */
    static List<Dated> dates(AnalyzedArticle article, int sentence) {
        List<Dated> out = new ArrayList<>();
        for (Mention m : article.mentionsIn(sentence)) {
            if (m.kind() == Mention.Kind.DATE && !Datelines.inDateline(article, sentence, m.span())) {
                java.util.regex.Matcher part = PART_OF_DAY.matcher(article.article().text()).region(m.span().end(),
                        Math.min(article.article().text().length(), m.span().end() + 12));
                if ("weekday".equals(sort(m.key())) && part.lookingAt()) {
                    // "Tuesday night" is read whole, though only its day is compared
                    Span whole = new Span(m.span().start(), part.end());
                    out.add(new Dated(whole, whole.of(article.article().text()), "weekday", m));
                } else {
                    String sort = sort(m.key());
                    int bound = "time".equals(sort) ? bound(article.article().text(), m.span()) : 0;
                    out.add(new Dated(m.span(), m.text(), sort, m, null, List.of(), bound));
                }
                Dated weekday = weekdayOf(m);
                if (weekday != null) {
                    out.add(weekday);
                }
            }
        }
        for (Quantity q : article.quantitiesIn(sentence)) {
            boolean inDate = out.stream().anyMatch(d -> d.span.overlaps(q.span()));
            if (q.kind() == Quantity.Kind.YEAR && !inDate && !Datelines.inDateline(article, sentence, q.span())) {
                out.add(new Dated(q.span(), String.valueOf((long) q.value()), "year", null, null, wholeYear(q.value())));
            } else if (q.kind() == Quantity.Kind.RANGE && q.unit().isEmpty() && !inDate && Figures.yearLike(q.value())
                    && Figures.yearLike(q.upper()) && !Datelines.inDateline(article, sentence, q.span())) {
                // "between 2014 and 2019" gives two years, as "from 2014 to 2019" does
                for (double y : new double[] {q.value(), q.upper()}) {
                    String written = String.valueOf((long) y);
                    int at = q.written().lastIndexOf(written);
                    if (at >= 0) {
                        int start = q.span().start() + at;
                        out.add(new Dated(new Span(start, start + written.length()), written, "year", null, null, wholeYear(y)));
                    }
                }
            }
        }
        return out;
    }

    /** The days of a year written as a number: "in 2025" against "this year" said in 2024. */
    private static List<ResolvedDates.Days> wholeYear(double year) {
        int y = (int) year;
        return List.of(new ResolvedDates.Days(java.time.LocalDate.of(y, 1, 1), java.time.LocalDate.of(y, 12, 31)));
    }
}
