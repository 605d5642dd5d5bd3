package org.crosscheck.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crosscheck.model.Span;

/**
 * Word tokens of a stretch of text, with their offsets: letters and digits (with inner
 * apostrophes, hyphens, dots, commas in figures) form words; every other visible character is a
 * token of its own.
 */
public final class Tokens {

    /**
     * A token.
     *
     * @param text the characters as written
     * @param span offsets in the text the token was cut from
     */
    public record Token(String text, Span span) {

        /** Lower-cased text with curly apostrophes straightened. */
        public String normal() {
            return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        }

        /** Whether it is made of letters or digits rather than punctuation. */
        public boolean isWord() {
            return Character.isLetterOrDigit(text.charAt(0));
        }

        /** Whether it starts with a capital letter. */
        public boolean isCapitalised() {
            return Character.isUpperCase(text.charAt(0));
        }
    }

    private Tokens() {
    }

    /** Tokens of {@code text} between {@code start} and {@code end}, offsets into {@code text}. */
    public static List<Token> of(String text, int start, int end) {
        List<Token> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                out.add(new Token(String.valueOf(c), new Span(i, i + 1)));
                i++;
                continue;
            }
            int j = i + 1;
            while (j < end) {
                char d = text.charAt(j);
                if (Character.isLetterOrDigit(d)) {
                    j++;
                } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '.' || d == ',') && j + 1 < end
                        && Character.isLetterOrDigit(text.charAt(j + 1))
                        && (d != ',' && d != '.' || Character.isDigit(text.charAt(j - 1)) && Character.isDigit(text.charAt(j + 1))
                            || d == '.' && Character.isUpperCase(text.charAt(j - 1)) && j + 2 <= end
                               && Character.isUpperCase(text.charAt(j + 1)))) {
                    j++;
                } else {
                    break;
                }
            }
            out.add(new Token(text.substring(i, j), new Span(i, j)));
            i = j;
        }
        return out;
    }

    /** Tokens of all of {@code text}. */
    public static List<Token> of(String text) {
        return of(text, 0, text.length());
    }
}
