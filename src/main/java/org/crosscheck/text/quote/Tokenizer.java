package org.crosscheck.text.quote;

import java.util.ArrayList;
import java.util.List;

import org.crosscheck.model.Span;

/**
 * Splits a stretch of article text into word and punctuation tokens, replacing each quote piece
 * that lies in it by one {@link Token.Kind#QUOTE} token so that only the reporting frame is read.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    /** Tokens of {@code text[from,to)}, with the given quote pieces (content plus marks) masked. */
    static List<Token> frame(String text, int from, int to, List<QuotePiece> pieces) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int pieceIndex = pieceAt(pieces, i);
            if (pieceIndex >= 0) {
                QuotePiece p = pieces.get(pieceIndex);
                out.add(new Token(p.outer().start(), p.outer().end(), "\"", Token.Kind.QUOTE, false, pieceIndex));
                i = Math.max(i + 1, p.outer().end());
                continue;
            }
            char c = text.charAt(i);
            if (Tokenizer.isSpace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i;
                while (j < to && pieceAt(pieces, j) < 0 && (Character.isLetterOrDigit(text.charAt(j))
                        || (isJoiner(text.charAt(j)) && j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))))) {
                    j++;
                }
                // initials and honorifics keep their dot ("F. Kennedy", "Mr. Peskov"); a full stop does not
                if (j < to && text.charAt(j) == '.' && Character.isUpperCase(c)
                        && (j - i == 1 || Lexicon.INSTANCE.isHonorific(text.substring(i, j)) && capitalFollows(text, j + 1, to))) {
                    j++;
                }
                addWord(text, i, j, out);
                i = j;
            } else {
                out.add(new Token(i, i + 1, String.valueOf(c), Token.Kind.PUNCT, false, -1));
                i++;
            }
        }
        return out;
    }

    private static void addWord(String text, int start, int end, List<Token> out) {
        String w = text.substring(start, end);
        int n = w.length();
        if (n > 2 && (w.charAt(n - 2) == '\'' || w.charAt(n - 2) == '\u2019') && (w.charAt(n - 1) == 's' || w.charAt(n - 1) == 'S')) {
            out.add(new Token(start, end, w.substring(0, n - 2), Token.Kind.WORD, true, -1));
        } else {
            out.add(new Token(start, end, w, Token.Kind.WORD, false, -1));
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
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '.';
    }

    private static int pieceAt(List<QuotePiece> pieces, int offset) {
        for (int k = 0; k < pieces.size(); k++) {
            Span o = pieces.get(k).outer();
            if (offset >= o.start() && offset < o.end()) {
                return k;
            }
        }
        return -1;
    }
}
