package org.crosscheck.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.crosscheck.model.SentenceKind;
import org.crosscheck.model.Span;

/**
 * Decides, line by line, what is page furniture and what is copy.
 *
 * <p>Text pasted from a web page carries player notices, captions, image file names, link
 * prompts, newsletter and social prompts, tags and related-link lists. They are recognised by
 * their form: link-like or file-like tokens, caption labels, lines addressed to the reader, very
 * short non-sentences, lines repeated in the article, and runs of short lines that follow a
 * link-list heading. Nothing here lists a particular site's phrases.
 */
public final class FurnitureClassifier {

    private static final Pattern FILE_NAME = Pattern.compile("(?i)\\S+\\.(jpe?g|png|gif|webp|svg|mp4|mov|pdf)\\b");
    private static final Pattern LINK = Pattern.compile("(?i)(https?://|www\\.|\\.com/|@\\w{2,}\\b|#\\w{3,})");
    private static final Pattern CAPTION_LABEL = Pattern.compile(
            "(?i)^[(\\[]?\\s*(image|images|picture|pic|photo|photograph|photos|video|graphic|illustration|credit|source|caption|"
            + "file photo|image caption|image source|media caption|copyright)\\s*(:|copyright|\\)|-|–)");
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?i)\\((picture|photo|image|pic|credit|video)s?:[^)]*\\)\\.?$|\\b(getty images|shutterstock|\\bPA\\b wire|AFP via getty|reuters/)");
    private static final Pattern READER_PROMPT = Pattern.compile(
            "(?i)^(read more|read next|more on|more from|see also|related|watch|listen|follow|subscribe|sign up|join|download|"
            + "click|tap|share this|get (the|our)|log in|skip|advertisement|sponsored|most read|most popular|"
            + "you may also like|recommended|trending|live updates?|live:|"
            + "please)\\b(?![-\u2010\u2011])"); // "Follow-up inspections will begin": a compound, not a prompt
    private static final Pattern UI_WORDS = Pattern.compile(
            "(?i)\\b(browser|javascript|cookies?|video player|newsletter|app store|google play|inbox|"
            + "subscribe|unsubscribe|terms and conditions|privacy policy|all rights reserved)\\b|©");
    private static final Pattern SECOND_PERSON = Pattern.compile("(?i)\\b(you|your|you're|you've)\\b");
    private static final Pattern QUOTED = Pattern.compile("[\"\u201C][^\"\u201D]*[\"\u201D]");
    private static final Set<String> LIST_HEADINGS = Set.of("related", "related topics", "related stories", "related articles",
            "more on this story", "more stories", "most read", "you may also like", "recommended", "read more", "see also",
            "tags", "topics", "share this article", "more from");
    // compiled once: these run on every line of every article
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LIST_HEADING_END = Pattern.compile("[:.]$");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** "By Jane Smith, BBC News": "By" and names only, with commas or bars between the parts. */
    private static final String NAME_WORD = "[\\p{Lu}][\\p{L}.'\u2019\\-]*";
    private static final Pattern BYLINE = Pattern.compile("^(?:By|BY)\\s+" + NAME_WORD
            + "(?:(?:\\s*[,|\u2013\u2014]\\s*|\\s+)(?:" + NAME_WORD + "|and|&|in|for|of|de|van|von|al))*\\s*$");
    /** "3 hours ago", "45 mins ago": how long ago a page was published. */
    private static final Pattern AGO = Pattern.compile(
            "(?i)\\b(?:\\d+|an?|one)\\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago\\b");
    private static final int TIMESTAMP_MAX_WORDS = 8;
    private static final int TIMESTAMP_MAX_OTHER_WORDS = 2;
    private static final double TIMESTAMP_MIN_SHARE = 0.4;
    /** Dateline parts: a place in capitals or in title case, a date, the agency in brackets, a dash. */
    private static final String CAPS_WORD = "[\\p{Lu}][\\p{Lu}.\\-]*[\\p{Lu}.]";
    private static final String PLACE = NAME_WORD + "(?: " + NAME_WORD + "){0,3}";
    private static final String DATELINE_DATE = "(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}"
            + "|\\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)";
    private static final String AGENCY = "\\([\\p{Lu}][\\p{L}.&' ]{0,30}\\)";
    private static final String DASH = "\\s*[-\u2013\u2014]{1,2}\\s+";
    /**
     * A place in capitals of up to two words standing alone ("LONDON —"), or of up to three with
     * a region, a date or the agency ("KYIV, Ukraine (AP) —"); a place in title case only with
     * the agency ("Paris, May 3 (Reuters) -"). Longer runs of capitals are run-in headings.
     */
    private static final Pattern DATELINE = Pattern.compile("^(?:"
            + CAPS_WORD + "(?: " + CAPS_WORD + ")?"
            + "|" + CAPS_WORD + "(?: " + CAPS_WORD + "){0,2}(?:(?:, " + PLACE + ")?(?:, " + DATELINE_DATE + ")(?:\\s*" + AGENCY
            + ")?|(?:, " + PLACE + ")?\\s*" + AGENCY + "|, " + PLACE + ")"
            + "|" + PLACE + "(?:, " + PLACE + ")?(?:, " + DATELINE_DATE + ")?\\s*" + AGENCY + ")" + DASH);
    private final org.crosscheck.text.date.DateExtractor dates = new org.crosscheck.text.date.DateExtractor();

    private static final Pattern TERMINAL = Pattern.compile("[.!?][\"'\u201D\u2019)]*$|[\"'\u201D\u2019]$");

    /**
     * The kind of each line of {@code text}, by the span of the line (trimmed). Lines that are
     * blank are not listed.
     */
    public Map<Span, SentenceKind> classifyLines(String text) {
        List<Span> lines = lines(text);
        Map<String, Integer> counts = new HashMap<>();
        for (Span l : lines) {
            counts.merge(normal(l.of(text)), 1, Integer::sum);
        }
        Map<Span, SentenceKind> kinds = new HashMap<>();
        boolean inLinkList = false;
        boolean afterPlayerNotice = false;
        for (int i = 0; i < lines.size(); i++) {
            Span span = lines.get(i);
            String line = span.of(text);
            String next = i + 1 < lines.size() ? lines.get(i + 1).of(text) : "";
            SentenceKind kind = classify(line, next, counts.get(normal(line)) > 1 && words(line) <= 25);
            if (kind != SentenceKind.FURNITURE && afterPlayerNotice && isHeadlineLike(line) && words(line) <= 12) {
                kind = SentenceKind.FURNITURE; // the title of an embedded video
            }
            if (kind != SentenceKind.FURNITURE && inLinkList && words(line) <= 20) {
                kind = SentenceKind.FURNITURE;
            }
            if (kind == SentenceKind.FURNITURE && LIST_HEADINGS.contains(LIST_HEADING_END.matcher(normal(line)).replaceAll(""))) {
                inLinkList = true;
            } else if (kind != SentenceKind.FURNITURE && words(line) > 20) {
                inLinkList = false;
            }
            afterPlayerNotice = kind == SentenceKind.FURNITURE && UI_WORDS.matcher(line).find()
                    && line.toLowerCase(Locale.ROOT).contains("video");
            kinds.put(span, kind);
        }
        return kinds;
    }

    private SentenceKind classify(String line, String next, boolean repeated) {
        String unquoted = QUOTED.matcher(line).replaceAll("\"\"");
        int words = words(line);
        if (FILE_NAME.matcher(line).find() || LINK.matcher(unquoted).find()) {
            return SentenceKind.FURNITURE;
        }
        if (CAPTION_LABEL.matcher(line).find() || TRAILING_CREDIT.matcher(line).find()) {
            return SentenceKind.FURNITURE;
        }
        if (repeated || BYLINE.matcher(line).matches() || isTimestamp(line, words) || isHeaderParts(line)) {
            return SentenceKind.FURNITURE;
        }
        if (words <= 25 && READER_PROMPT.matcher(unquoted).find() || words <= 12 && UI_WORDS.matcher(unquoted).find()) {
            return SentenceKind.FURNITURE;
        }
        if (words <= 25 && SECOND_PERSON.matcher(unquoted).find()) {
            return SentenceKind.FURNITURE;
        }
        if (CAPTION_LABEL.matcher(next).find() && !endsSentence(line) && words <= 20) {
            return SentenceKind.FURNITURE; // alt text standing before its caption
        }
        if (isBullet(line)) {
            return SentenceKind.BULLET;
        }
        if (line.endsWith(":") && words <= 4) {
            return SentenceKind.FURNITURE; // a list heading such as "Key points:"
        }
        if (!endsSentence(line)) {
            boolean hasQuote = line.indexOf('"') >= 0 || line.indexOf('\u201C') >= 0 || line.indexOf('\'') >= 0
                    || line.indexOf('\u2018') >= 0;
            if (words <= 3 && !hasQuote && !DIGIT.matcher(line).find()) {
                return SentenceKind.FURNITURE; // a tag, a section name, a byline fragment
            }
            return SentenceKind.HEADLINE;
        }
        return SentenceKind.STATEMENT;
    }

    private static final Pattern BY_NAME = Pattern.compile("^(?:By|BY)\\s+" + NAME_WORD);
    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s+[|\u2022\u00b7\u2013\u2014]\\s+");
    /** How many words a label beside a byline or a timestamp may have ("Markets", "Southern Europe correspondent", "3 min read"). */
    private static final int LABEL_WORDS = 4;

    /**
     * A page header cut into parts by bars, bullets or dashes: a byline or a publication time, with
     * only short labels beside it ("By Ana Kova, reporter | Monday 2 June 2025, 07:45 CET",
     * "Friday 11 July 2025 – Southern Europe correspondent", "6 November 2024 | Markets | 3 min read").
     */
    private boolean isHeaderParts(String line) {
        String[] parts = PART_SEPARATOR.split(line.strip());
        if (parts.length < 2) {
            return false;
        }
        boolean anchored = false;
        for (String part : parts) {
            int n = words(part);
            boolean byline = BY_NAME.matcher(part).lookingAt() && !endsSentence(part);
            boolean time = isTimestamp(part, n);
            if (!byline && !time && (n > LABEL_WORDS || endsSentence(part))) {
                return false;
            }
            anchored |= byline || time;
        }
        return anchored;
    }

    /**
     * "Updated 09:40 BST", "Published 3 hours ago", "12 March 2024": a short line that is mostly a
     * date or time, with at most two other words and no sentence end.
     */
    private boolean isTimestamp(String line, int words) {
        if (words > TIMESTAMP_MAX_WORDS || line.strip().matches(".*[.!?]$")) {
            return false;
        }
        StringBuilder rest = new StringBuilder(line);
        int dated = 0;
        for (org.crosscheck.model.Mention m : dates.extract(line)) {
            dated += m.span().length();
            for (int i = m.span().start(); i < m.span().end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        java.util.regex.Matcher ago = AGO.matcher(line);
        while (ago.find()) {
            dated += ago.end() - ago.start();
            for (int i = ago.start(); i < ago.end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        String other = rest.toString().replaceAll("[^\\p{L}\\s]", " ").strip();
        int otherWords = other.isEmpty() ? 0 : SPACES.split(other).length;
        int letters = line.replaceAll("\\s", "").length();
        return dated > 0 && otherWords <= TIMESTAMP_MAX_OTHER_WORDS && dated >= TIMESTAMP_MIN_SHARE * letters;
    }

    /**
     * The length of the dateline that opens {@code sentence} ("PARIS, May 3 (Reuters) - ",
     * "WASHINGTON (AP) — "), dash and space included, or 0 when it has none. A dateline says
     * where and when the copy was filed, not what happened, so it is kept out of the comparison.
     */
    public static int datelineLength(String sentence) {
        java.util.regex.Matcher m = DATELINE.matcher(sentence);
        return m.lookingAt() && m.end() < sentence.length() ? m.end() : 0;
    }

    private static boolean isHeadlineLike(String line) {
        return !endsSentence(line);
    }

    private static boolean endsSentence(String line) {
        return TERMINAL.matcher(line.strip()).find();
    }

    private static boolean isBullet(String line) {
        char c = line.charAt(0);
        if (c == '\u2022' || c == '\u25CF' || c == '\u25AA' || c == '\u25E6') {
            return true;
        }
        return (c == '*' || c == '-' || c == '\u2013') && line.length() > 2 && line.charAt(1) == ' ';
    }

    private static int words(String line) {
        String s = line.strip();
        return s.isEmpty() ? 0 : SPACES.split(s).length;
    }

    private static String normal(String line) {
        return SPACES.matcher(line.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** Trimmed spans of the non-blank lines of {@code text}. */
    static List<Span> lines(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int s = start;
            int e = end;
            while (s < e && SentenceSplitter.isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && SentenceSplitter.isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Span(s, e));
            }
            start = end + 1;
        }
        return out;
    }
}
