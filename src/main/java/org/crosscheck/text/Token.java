package org.crosscheck.text;

import java.util.Locale;

import org.crosscheck.model.Span;

/**
 * One token of article text, as cut by {@link Tokenizer}: a figure, a word, one other character,
 * or a placeholder standing for a masked stretch (a quote inside a sentence frame).
 *
 * @param start offset of the first character in the text
 * @param end offset after the last character (after "'s" for a possessive)
 * @param text the characters as written; for a possessive word, without its "'s"
 * @param kind what the token is
 * @param possessive whether the word ended in "'s" (only {@link Tokenizer#frame} marks this)
 * @param quote for a {@link Kind#QUOTE} token, the index of the masked span it stands for, else -1
 */
public record Token(int start, int end, String text, Kind kind, boolean possessive, int quote) {

    /** What a token is made of. */
    public enum Kind {
        /** A run of digits with thousands separators and a decimal part ({@link Tokenizer#figures} only). */
        NUMBER,
        /** Letters (and, in a frame or in {@link Tokenizer#words}, digits) with inner joiners. */
        WORD,
        /** One other character. */
        SYMBOL,
        /** A masked stretch ({@link Tokenizer#frame} only). */
        QUOTE
    }

    /** A plain token: not possessive, standing for no masked stretch. */
    public static Token of(int start, int end, String text, Kind kind) {
        return new Token(start, end, text, kind, false, -1);
    }

    /** Where the token lies in the text it was cut from. */
    public Span span() {
        return new Span(start, end);
    }

    /** The text in lower case. */
    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Lower-cased text with curly apostrophes straightened, for comparing words as written in different styles. */
    public String normal() {
        return lower().replace('\u2019', '\'');
    }

    /** Whether this is a word. */
    public boolean isWord() {
        return kind == Kind.WORD;
    }

    /** Whether this is a word equal to {@code word}, ignoring case. */
    public boolean isWord(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    /** Whether this is the single character {@code c}. */
    public boolean isSymbol(char c) {
        return kind == Kind.SYMBOL && text.charAt(0) == c;
    }

    /** Whether this is the symbol {@code mark}. */
    public boolean isSymbol(String mark) {
        return kind == Kind.SYMBOL && text.equals(mark);
    }

    /** Whether this is a word starting with a capital letter. */
    public boolean isCapitalised() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether the word is written in capitals only (an acronym such as NATO). */
    public boolean isAcronym() {
        return kind == Kind.WORD && text.length() > 1 && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
