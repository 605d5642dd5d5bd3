package org.crosscheck.text.quote;

import java.util.ArrayList;
import java.util.List;

import org.crosscheck.model.Sentence;
import org.crosscheck.model.SentenceKind;
import org.crosscheck.model.Span;
import org.crosscheck.text.SentenceSplitter;
import org.crosscheck.text.Token;

/** Test helpers: the frame of a whole text, its sentences, and the index of a token by its words. */
final class Frames {

    private Frames() {
    }

    static List<Token> frame(String text) {
        return SentenceFrame.of(text, 0, text.length(), QuoteMarks.find(text));
    }

    static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        for (Span s : new SentenceSplitter().split(text)) {
            out.add(new Sentence(out.size(), s, s.of(text), SentenceKind.STATEMENT));
        }
        return out;
    }

    /** The index of the first token that reads {@code word}. */
    static int at(List<Token> f, String word) {
        for (int k = 0; k < f.size(); k++) {
            if (f.get(k).text().equals(word)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no token '" + word + "' in " + f);
    }

    /** The index of the first quote token. */
    static int quote(List<Token> f) {
        for (int k = 0; k < f.size(); k++) {
            if (f.get(k).kind() == Token.Kind.QUOTE) {
                return k;
            }
        }
        throw new IllegalArgumentException("no quote in " + f);
    }

    static String of(String text, Ref r) {
        return text.substring(r.start(), r.end());
    }
}
