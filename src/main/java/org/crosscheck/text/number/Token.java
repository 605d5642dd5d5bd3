package org.crosscheck.text.number;

import java.util.Locale;

/**
 * One token of text as the quantity reader sees it: a run of digits (with thousands separators and
 * a decimal part), a word (letters, with inner hyphens and apostrophes), or one other character.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 * @param text the characters as written
 * @param type which of the three it is
 */
record Token(int start, int end, String text, Type type) {

    /** What a token is made of. */
    enum Type { NUMBER, WORD, SYMBOL }

    /** The text in lower case. */
    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Whether this is a word equal to {@code word}, ignoring case. */
    boolean isWord(String word) {
        return type == Type.WORD && text.equalsIgnoreCase(word);
    }

    /** Whether this is the single character {@code c}. */
    boolean isSymbol(char c) {
        return type == Type.SYMBOL && text.charAt(0) == c;
    }
}
