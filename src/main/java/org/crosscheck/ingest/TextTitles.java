package org.crosscheck.ingest;

import java.util.regex.Pattern;

/**
 * Finds the headline of a plain-text article: the first line shaped like a headline, skipping page
 * furniture copied along with it (image file names, one- or two-word section tags, breadcrumb
 * trails, short all-capitals mastheads, captions written as full sentences).
 */
final class TextTitles {

    /** Longest line, in words, still taken for a headline. */
    static final int MAX_HEADLINE_WORDS = 30;

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern IMAGE_FILE = Pattern.compile(
            "(?i).*\\.(jpe?g|png|gif|webp|svg|bmp|tiff?|heic|avif)\\s*$");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern TRAIL_SEPARATOR = Pattern.compile("\\s+[|\u203a\u00bb>/\u00b7\u2022]\\s+");

    /** Longest segment, in words, of a line still read as a breadcrumb trail ("News | UK | Crime"). */
    static final int MAX_TRAIL_SEGMENT_WORDS = 4;

    /** All-capitals lines shorter than this many words are mastheads or section tags, not headlines. */
    static final int MIN_CAPITALS_HEADLINE_WORDS = 5;

    private TextTitles() {
    }

    /**
     * The first line (trimmed) that looks like a headline: between 3 and {@value #MAX_HEADLINE_WORDS}
     * words, not an image file name, not ending in a full stop, not a breadcrumb trail of short
     * segments, and not in capitals unless at least {@value #MIN_CAPITALS_HEADLINE_WORDS} words long
     * (tabloid headlines are). Else the first non-empty line, trimmed; "" for blank text.
     */
    static String titleOf(String text) {
        String firstNonEmpty = "";
        for (String line : LINE_BREAK.split(text)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (firstNonEmpty.isEmpty()) {
                firstNonEmpty = trimmed;
            }
            if (looksLikeHeadline(trimmed)) {
                return trimmed;
            }
        }
        return firstNonEmpty;
    }

    private static boolean looksLikeHeadline(String line) {
        long words = words(line);
        boolean sentence = line.endsWith(".") && !line.endsWith("...");
        boolean masthead = words < MIN_CAPITALS_HEADLINE_WORDS && line.chars().anyMatch(Character::isLetter)
                && line.chars().noneMatch(Character::isLowerCase);
        return words >= 3 && words <= MAX_HEADLINE_WORDS && !sentence && !masthead && !isTrail(line)
                && !IMAGE_FILE.matcher(line).matches();
    }

    private static boolean isTrail(String line) {
        String[] segments = TRAIL_SEPARATOR.split(line);
        if (segments.length < 2) {
            return false;
        }
        for (String segment : segments) {
            if (words(segment) > MAX_TRAIL_SEGMENT_WORDS) {
                return false;
            }
        }
        return true;
    }

    private static long words(String text) {
        return WORD.matcher(text).results().count();
    }
}
