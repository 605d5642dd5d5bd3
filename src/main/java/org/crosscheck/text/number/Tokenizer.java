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
                tokens.add(new Token(i, word.end(), word.group(), Token.Type.WORD));
                i = word.end();
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
                tokens.add(new Token(i, end, text.substring(i, end), Token.Type.SYMBOL));
                i = end;
            }
        }
        return tokens;
    }
}
