package org.crosscheck.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crosscheck.model.Span;

/**
 * Cuts article text into {@link Token}s with exact offsets, for the readers of the text layer.
 * White space is dropped. Three readings of the same text are offered because the readers need
 * different cuts: {@link #figures} keeps digits apart from letters so a figure and its unit can be
 * read ("2bn", "G20"); {@link #frame} keeps letters and digits together, marks possessives, keeps
 * the dot of initials and abbreviations, and replaces masked stretches (quotes) by one token each
 * so that only the reporting frame around them is read; {@link #words} cuts the words that are
 * compared across articles (wording, names, negation), keeping figures ("5,000", "1.5"),
 * acronyms with dots ("U.S") and joined words ("don't", "well-known") whole.
 */
public final class Tokenizer {

    /**
     * Where a hyphenated word is cut so that a figure inside it is read as if spaced.
     */
    @FunctionalInterface
    public interface HyphenCut {
        /**
         * The offset of the hyphen to cut {@code word} at, or -1 to keep it whole.
         *
         * @param before the tokens cut so far
         * @param word the hyphenated word as written
         */
        int at(List<Token> before, String word);
    }

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:['’\\-]\\p{L}[\\p{L}\\p{M}]*)*");

    private Tokenizer() {
    }

    /**
     * Tokens of {@code text} for reading figures: {@link Token.Kind#NUMBER} runs of digits,
     * {@link Token.Kind#WORD}s of letters (with inner hyphens and apostrophes) and single
     * {@link Token.Kind#SYMBOL}s. Letters and digits written together become separate tokens with
     * no gap between them, so readers can tell "2bn" from "2 bn".
     *
     * @param text the text to cut
     * @param hyphenCut where a hyphenated word is cut, the hyphen becoming a symbol of its own
     */
    public static List<Token> figures(String text, HyphenCut hyphenCut) {
        List<Token> tokens = new ArrayList<>();
        Matcher number = NUMBER.matcher(text);
        Matcher word = WORD.matcher(text);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c >= '0' && c <= '9' && number.region(i, n).lookingAt()) {
                tokens.add(Token.of(i, number.end(), number.group(), Token.Kind.NUMBER));
                i = number.end();
            } else if (Character.isLetter(c) && word.region(i, n).lookingAt()) {
                addCutWord(tokens, i, word.group(), hyphenCut);
                i = word.end();
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
                tokens.add(Token.of(i, end, text.substring(i, end), Token.Kind.SYMBOL));
                i = end;
            }
        }
        return tokens;
    }

    private static void addCutWord(List<Token> tokens, int start, String w, HyphenCut hyphenCut) {
        int cut = hyphenCut.at(tokens, w);
        if (cut < 0) {
            tokens.add(Token.of(start, start + w.length(), w, Token.Kind.WORD));
            return;
        }
        tokens.add(Token.of(start, start + cut, w.substring(0, cut), Token.Kind.WORD));
        tokens.add(Token.of(start + cut, start + cut + 1, "-", Token.Kind.SYMBOL));
        addCutWord(tokens, start + cut + 1, w.substring(cut + 1), hyphenCut);
    }

    /**
     * Tokens of {@code text[from,to)} for reading a sentence frame: {@link Token.Kind#WORD}s of
     * letters and digits (possessive "'s" dropped from the text and flagged), single
     * {@link Token.Kind#SYMBOL}s, and one {@link Token.Kind#QUOTE} token for each masked span that
     * lies in the stretch, carrying the span's index in {@code masked}.
     *
     * @param masked stretches to replace by one token each (a quote with its marks)
     * @param keepsDot whether a capitalised word followed by a dot and a capital is an abbreviation
     *     that keeps its dot ("Mr. Peskov"); initials ("F. Kennedy") always keep theirs
     */
    public static List<Token> frame(String text, int from, int to, List<Span> masked, Predicate<String> keepsDot) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int maskIndex = maskAt(masked, i);
            if (maskIndex >= 0) {
                Span m = masked.get(maskIndex);
                out.add(new Token(m.start(), m.end(), "\"", Token.Kind.QUOTE, false, maskIndex));
                i = Math.max(i + 1, m.end());
                continue;
            }
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i;
                while (j < to && maskAt(masked, j) < 0 && (Character.isLetterOrDigit(text.charAt(j))
                        || (isJoiner(text.charAt(j)) && j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))))) {
                    j++;
                }
                // initials and honorifics keep their dot ("F. Kennedy", "Mr. Peskov"); a full stop does not
                if (j < to && text.charAt(j) == '.' && Character.isUpperCase(c)
                        && (j - i == 1 || keepsDot.test(text.substring(i, j)) && capitalFollows(text, j + 1, to))) {
                    j++;
                }
                addFrameWord(text, i, j, out);
                i = j;
            } else {
                out.add(Token.of(i, i + 1, String.valueOf(c), Token.Kind.SYMBOL));
                i++;
            }
        }
        return out;
    }

    /**
     * Tokens of {@code text[from,to)} for comparing wording: {@link Token.Kind#WORD}s that start with
     * a letter or digit and run over letters and digits, joined by an inner apostrophe or hyphen, by
     * a dot or comma between digits ("5,000", "1.5") or by a dot between capitals ("U.S"); every
     * other visible character (each UTF-16 unit) is a {@link Token.Kind#SYMBOL} of its own.
     */
    public static List<Token> words(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                out.add(Token.of(i, i + 1, String.valueOf(c), Token.Kind.SYMBOL));
                i++;
                continue;
            }
            int j = i + 1;
            while (j < to && (Character.isLetterOrDigit(text.charAt(j)) || joinsWord(text, j, to))) {
                j++;
            }
            out.add(Token.of(i, j, text.substring(i, j), Token.Kind.WORD));
            i = j;
        }
        return out;
    }

    /** Tokens of all of {@code text} for comparing wording, as {@link #words(String, int, int)}. */
    public static List<Token> words(String text) {
        return words(text, 0, text.length());
    }

    private static boolean joinsWord(String text, int j, int to) {
        char d = text.charAt(j);
        if (!(d == '\'' || d == '\u2019' || d == '-' || d == '.' || d == ',') || j + 1 >= to
                || !Character.isLetterOrDigit(text.charAt(j + 1))) {
            return false;
        }
        return d != ',' && d != '.' || Character.isDigit(text.charAt(j - 1)) && Character.isDigit(text.charAt(j + 1))
                || d == '.' && Character.isUpperCase(text.charAt(j - 1)) && j + 2 <= to
                   && Character.isUpperCase(text.charAt(j + 1));
    }

    private static void addFrameWord(String text, int start, int end, List<Token> out) {
        String w = text.substring(start, end);
        int n = w.length();
        if (n > 2 && (w.charAt(n - 2) == '\'' || w.charAt(n - 2) == '\u2019') && (w.charAt(n - 1) == 's' || w.charAt(n - 1) == 'S')) {
            out.add(new Token(start, end, w.substring(0, n - 2), Token.Kind.WORD, true, -1));
        } else {
            out.add(Token.of(start, end, w, Token.Kind.WORD));
        }
    }

    private static boolean capitalFollows(String text, int from, int to) {
        int k = from;
        while (k < to && isSpace(text.charAt(k)) && text.charAt(k) != '\n') {
            k++;
        }
        return k > from && k < to && Character.isUpperCase(text.charAt(k));
    }

    /** Whether {@code c} separates words: white space, the no-break space ("Gov.\u00A0John") included. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '.';
    }

    private static int maskAt(List<Span> masked, int offset) {
        for (int k = 0; k < masked.size(); k++) {
            Span o = masked.get(k);
            if (offset >= o.start() && offset < o.end()) {
                return k;
            }
        }
        return -1;
    }
}
