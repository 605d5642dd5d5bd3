package org.crosscheck.text.number;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts text into {@link Token}s with exact offsets. White space is dropped; letters and digits
 * written together ("2bn", "G20") become separate tokens with no gap between them, so readers can
 * tell "2bn" from "2 bn".
 */
final class Tokenizer {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:['’\\-]\\p{L}[\\p{L}\\p{M}]*)*");

    private Tokenizer() {
    }

    /** Tokens of {@code text}, in order. */
    static List<Token> tokenize(String text) {
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
                tokens.add(new Token(i, number.end(), number.group(), Token.Type.NUMBER));
                i = number.end();
            } else if (Character.isLetter(c) && word.region(i, n).lookingAt()) {
                addWord(tokens, i, word.group());
                i = word.end();
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
                tokens.add(new Token(i, end, text.substring(i, end), Token.Type.SYMBOL));
                i = end;
            }
        }
        return tokens;
    }

    /**
     * A hyphenated word that writes a figure with its unit ("eight-year", "twenty-one-year-old",
     * "five-mile") or a scale after digits that is joined to a noun ("14-million-member", "1.2
     * million-square-foot") is cut at the
     * hyphen after the number, so the figure is read as if spaced; any other word stays whole.
     */
    private static void addWord(List<Token> tokens, int start, String w) {
        int cut = numberPrefixEnd(tokens, w);
        if (cut < 0) {
            tokens.add(new Token(start, start + w.length(), w, Token.Type.WORD));
            return;
        }
        tokens.add(new Token(start, start + cut, w.substring(0, cut), Token.Type.WORD));
        tokens.add(new Token(start + cut, start + cut + 1, "-", Token.Type.SYMBOL));
        addWord(tokens, start + cut + 1, w.substring(cut + 1));
    }

    /** Where the number part of a hyphenated word ends (the hyphen's offset), or -1 when it is not cut. */
    private static int numberPrefixEnd(List<Token> before, String w) {
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        int first = lower.indexOf('-');
        if (first < 0) {
            return -1;
        }
        Token last = before.isEmpty() ? null : before.get(before.size() - 1);
        boolean afterDigits = last != null && (last.type() == Token.Type.NUMBER || before.size() >= 2 && last.isSymbol('-')
                && before.get(before.size() - 2).type() == Token.Type.NUMBER
                && before.get(before.size() - 2).end() == last.start());
        if (afterDigits && NumberReader.isScaleWord(lower.substring(0, first))) {
            return first;
        }
        for (int cut = first; cut > 0; cut = lower.indexOf('-', cut + 1)) {
            if (NumberReader.isCardinalWord(lower.substring(0, cut)) && Units.isMeasureWord(lower.substring(cut + 1))) {
                return cut;
            }
            if (cut + 1 >= lower.length()) {
                break;
            }
        }
        return -1;
    }
}
