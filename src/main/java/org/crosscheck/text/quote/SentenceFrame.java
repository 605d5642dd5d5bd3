package org.crosscheck.text.quote;

import java.util.List;

import org.crosscheck.model.Span;

import org.crosscheck.text.Token;
import org.crosscheck.text.Tokenizer;

/**
 * The reporting frame of a stretch of article text: its tokens, with each quote piece in it (marks
 * included) masked by one {@link Token.Kind#QUOTE} token, and honorifics keeping their dot.
 */
final class SentenceFrame {

    private SentenceFrame() {
    }

    /** Tokens of {@code text[from,to)}, each of {@code pieces} masked; a quote token's index is the piece's index. */
    static List<Token> of(String text, int from, int to, List<QuotePiece> pieces) {
        List<Span> masked = pieces.stream().map(QuotePiece::outer).toList();
        return Tokenizer.frame(text, from, to, masked, SpeakerWords.INSTANCE::isHonorific);
    }

    /** Tokens of each line of {@code text}, in order, nothing masked. */
    static List<List<Token>> lines(String text) {
        List<List<Token>> out = new java.util.ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            out.add(of(text, lineStart, lineEnd, List.of()));
            lineStart = lineEnd + 1;
        }
        return out;
    }
}
