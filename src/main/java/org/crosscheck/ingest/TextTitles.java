package org.crosscheck.ingest;

import java.util.regex.Pattern;

/**
 * Finds the headline of a plain-text article: the first line shaped like a headline, skipping page
 * furniture copied along with it (image file names, one- or two-word section tags, captions
 * written as full sentences).
 */
final class TextTitles {

    /** Longest line, in words, still taken for a headline. */
    static final int MAX_HEADLINE_WORDS = 30;

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern IMAGE_FILE = Pattern.compile(
            "(?i).*\\.(jpe?g|png|gif|webp|svg|bmp|tiff?|heic|avif)\\s*$");
    private static final Pattern WORD = Pattern.compile("\\S+");

    private TextTitles() {
    }

    /**
     * The first line (trimmed) that looks like a headline: between 3 and {@value #MAX_HEADLINE_WORDS}
     * words, not an image file name, not ending in a full stop. Else the first non-empty line,
     * trimmed; "" for blank text.
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
        long words = WORD.matcher(line).results().count();
        boolean sentence = line.endsWith(".") && !line.endsWith("...");
        return words >= 3 && words <= MAX_HEADLINE_WORDS && !sentence && !IMAGE_FILE.matcher(line).matches();
    }
}
