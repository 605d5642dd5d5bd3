package org.crosscheck.text.quote;

/**
 * A word, punctuation mark or quote placeholder of a sentence frame.
 *
 * @param start offset of the first character in the article text
 * @param end offset after the last character (after "'s" for a possessive)
 * @param text the word without a possessive ending, or the punctuation mark
 * @param kind what the token is
 * @param possessive whether the word ended in "'s"
 * @param quote for a {@link Kind#QUOTE} token, the index of the quote piece it stands for, else -1
 */
record Token(int start, int end, String text, Kind kind, boolean possessive, int quote) {

    /** What a token is. */
    enum Kind { WORD, PUNCT, QUOTE }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isCapitalised() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    boolean isPunct(String mark) {
        return kind == Kind.PUNCT && text.equals(mark);
    }

    /** Whether the word is written in capitals only (an acronym such as NATO). */
    boolean isAcronym() {
        return kind == Kind.WORD && text.length() > 1 && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    String lower() {
        return Lexicon.lower(text);
    }
}
