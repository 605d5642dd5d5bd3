package org.crosscheck.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crosscheck.model.Span;

/**
 * Splits article text into sentence spans.
 *
 * <p>A line break always ends a sentence (news copy puts headlines, captions and bullets on lines
 * of their own). Inside a line, a sentence ends at {@code . ! ?} (optionally followed by closing
 * quotes or brackets) when the next word starts a new sentence. Abbreviations (Mr, Dr, St., U.S.,
 * initials), decimal figures and ellipses inside quotes do not end sentences.
 */
public final class SentenceSplitter {

    /** Initials run together before a name: "A.E" of "A.E. Dick Howard", "J.R.R" of "J.R.R. Tolkien". */
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "rev", "gen", "col", "lt", "sgt", "capt", "cpt",
            "gov", "sen", "rep", "sens", "reps", "govs", "messrs", "hon", "insp", "det", "supt", "cllr", "pres", "adm", "maj", "brig", "cdr",
            "coun", "ald", "const", "atty", "cmdr", "cpl", "pvt", "pfc", "amb", "asst", "msgr", "fr",
            "no", "nos", "vs", "v", "etc", "inc", "ltd", "co", "corp", "plc", "dept", "est", "approx", "fig",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "mt", "ft", "op", "vol",
            "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m");

    /** The clock's abbreviations, which end a sentence when a capitalised word other than a time's follows. */
    private static final Set<String> CLOCK = Set.of("a.m", "p.m");
    /** Words that go on a time: days, months and the names of zones. */
    private static final Set<String> TIME_FOLLOWERS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "eastern", "central", "mountain", "pacific", "atlantic", "local", "today", "tonight", "tomorrow", "yesterday");

    /** Sentence spans of {@code text}, in order, trimmed of surrounding white space. */
    public List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            splitLine(text, lineStart, lineEnd, spans);
            lineStart = lineEnd + 1;
        }
        return spans;
    }

    private void splitLine(String text, int from, int to, List<Span> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < to && isCloser(text.charAt(end))) {
                end++;
            }
            if (end < to && !isSpace(text.charAt(end))) {
                continue;
            }
            if (c == '.' && !endsSentence(text, start, i, end, to)) {
                continue;
            }
            if (c != '.' && end > i + 1 && continuesLowerCase(text, end, to)) {
                continue; // "Enough!" she shouted: the reporting clause belongs to the quote
            }
            addTrimmed(text, start, end, out);
            start = end;
            i = end - 1;
        }
        addTrimmed(text, start, to, out);
    }

    private boolean endsSentence(String text, int sentenceStart, int dot, int after, int lineEnd) {
        int next = after;
        while (next < lineEnd && isSpace(text.charAt(next))) {
            next++;
        }
        if (next >= lineEnd) {
            return true;
        }
        char following = text.charAt(next);
        if (dot > 0 && text.charAt(dot - 1) == '.') {
            // an ellipsis continues the sentence unless a capital follows
            return Character.isUpperCase(following);
        }
        String word = wordBefore(text, sentenceStart, dot);
        String lower = word.toLowerCase(Locale.ROOT);
        if (CLOCK.contains(lower)) {
            // "by 4 p.m. All machines were working": a time ends a sentence as any word does, but not
            // before the day, the month or the zone that goes with it ("4 p.m. Monday", "9 a.m. EST")
            String nextWord = wordAfter(text, next, lineEnd);
            return Character.isUpperCase(following) && !TIME_FOLLOWERS.contains(nextWord.toLowerCase(Locale.ROOT))
                    && !(nextWord.length() > 1 && nextWord.equals(nextWord.toUpperCase(Locale.ROOT)));
        }
        if (ABBREVIATIONS.contains(lower)) {
            // "Mr. Smith" never ends; "in the U.S. The" may, but a capitalised name after a title is likelier
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0)) || INITIALS.matcher(word).matches()) {
            return false; // an initial: "John F. Kennedy", "scholar A.E. Dick Howard"
        }
        return Character.isUpperCase(following) || Character.isDigit(following) || isOpener(following);
    }

    private static String wordAfter(String text, int from, int lineEnd) {
        int e = from;
        while (e < lineEnd && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(from, e);
    }

    private static boolean continuesLowerCase(String text, int after, int lineEnd) {
        int next = after;
        while (next < lineEnd && isSpace(text.charAt(next))) {
            next++;
        }
        return next < lineEnd && Character.isLowerCase(text.charAt(next));
    }

    private static String wordBefore(String text, int floor, int dot) {
        int i = dot;
        while (i > floor && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
            i--;
        }
        return text.substring(i, dot);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '\u00BB';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '(' || c == '[' || c == '\u00AB'
                || c == '\u2022' || c == '-' || c == '\u2013' || c == '\u2014';
    }

    /** White space including no-break and other Unicode spaces. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
