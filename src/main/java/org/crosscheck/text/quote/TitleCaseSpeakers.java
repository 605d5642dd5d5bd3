package org.crosscheck.text.quote;

import java.util.List;

import org.crosscheck.model.Span;
import org.crosscheck.model.Speaker;
import org.crosscheck.text.Token;

/**
 * Credits a quote in a title-case line ("Joe Scarborough: Trump Playing Dumb About The KKK Is
 * 'Disqualifying.'"). There every word is capitalised, so capitals mark no name: a run of them is
 * a speaker only when it names a person the article's body names too. The speaker is that person
 * when the line opens with the name and a colon ("Issa: ..."), when the name follows the quote
 * and a comma ("'...,' Howard Dean Tells Convention"), or, less surely, when the line opens with
 * the name ("Hillary Clinton Calls ISIS Violence 'Genocide'"); otherwise none of its words.
 */
final class TitleCaseSpeakers {

    /** The fewest words of four letters or more a line needs to be read as title case. */
    private static final int LONG_WORDS = 3;
    private static final double COLON = 0.85;
    private static final double AFTER = 0.75;
    private static final double OPENING = 0.6;

    private final String text;
    private final PersonIndex index;

    TitleCaseSpeakers(String text, PersonIndex index) {
        this.text = text;
        this.index = index;
    }

    /**
     * Whether the words of {@code f}, inside its quotes as well as outside, are in title case: at
     * least {@value #LONG_WORDS} words of four letters or more, every one of them capitalised.
     */
    boolean isTitleCase(List<Token> f) {
        int long4 = 0;
        for (Token t : f) {
            String words = t.kind() == Token.Kind.QUOTE ? text.substring(t.start(), t.end()) : t.isWord() ? t.text() : "";
            for (String w : words.split("[^\\p{L}]+")) {
                if (w.length() >= 4) {
                    if (!Character.isUpperCase(w.charAt(0))) {
                        return false;
                    }
                    long4++;
                }
            }
        }
        return long4 >= LONG_WORDS;
    }

    /** The speaker of the quote token at {@code q} of the title-case frame {@code f}; null when no rule names one. */
    Speaker speaker(List<Token> f, int q) {
        for (int from = 0; from < q; from++) {
            // "Joe Scarborough: ..." or "TURNOUT UP IN IOWA - Michael P. McDonald: ...": a name that opens a run of words, then a colon
            int n = from == 0 || !f.get(from - 1).isWord() ? nameLength(f, from) : 0;
            if (n > 0 && from + n < q && f.get(from + n).isSymbol(":")) {
                return credit(f, from, from + n, COLON);
            }
        }
        int opening = nameLength(f, 0);
        // the comma after a quote may stand inside its marks: "'... Crisis,' Howard Dean Tells ..."
        int after = f.get(Math.min(q + 1, f.size() - 1)).isSymbol(",") ? q + 2 : endsWithComma(f.get(q)) ? q + 1 : -1;
        if (after > q && after < f.size() && f.get(after).isWord()) {
            int n = nameLength(f, after);
            // a run of capitals after the quote is what the line is credited to, named or not
            return n > 0 && after + n < f.size() && f.get(after + n).isWord() ? credit(f, after, after + n, AFTER) : Speaker.unknown();
        }
        return opening > 0 && opening < q && f.get(opening).isWord() ? credit(f, 0, opening, OPENING) : null;
    }

    private boolean endsWithComma(Token quote) {
        String s = text.substring(quote.start(), quote.end()).replaceAll("[\"'\u2018\u2019\u201C\u201D\\s]+$", "");
        return s.endsWith(",");
    }

    /**
     * How many tokens from {@code from} name one person the article names again after this line:
     * the longest such run of capitalised words; 0 when none does.
     */
    private int nameLength(List<Token> f, int from) {
        int end = from;
        while (end < f.size() && f.get(end).isWord() && f.get(end).isCapitalised()) {
            end++;
        }
        int lineEnd = f.get(f.size() - 1).end();
        for (int e = end; e > from; e--) {
            List<String> form = f.subList(from, e).stream().map(Token::text).map(w -> w.replaceAll("[\u2019']s$", "")).toList();
            Person p = index.find(form);
            if (p != null && text.indexOf(p.surname(), lineEnd) >= 0) {
                return e - from;
            }
        }
        return 0;
    }

    private Speaker credit(List<Token> f, int from, int to, double confidence) {
        List<String> form = f.subList(from, to).stream().map(Token::text).map(w -> w.replaceAll("[\u2019']s$", "")).toList();
        Person p = index.find(form);
        Span mention = new Span(f.get(from).start(), f.get(to - 1).end());
        return new Speaker(p.name(), confidence, mention, mention, null);
    }
}
