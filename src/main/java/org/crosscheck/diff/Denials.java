package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crosscheck.index.Stemmer;
import org.crosscheck.model.Span;
import org.crosscheck.text.Token;
import org.crosscheck.text.Tokenizer;

/**
 * One side sets aside, with "instead of" or "rather than", what the other side states in the same
 * statement: "the design of their remote control" against "the design of their drone instead of
 * remote controls". The words set aside must all stand in the other sentence, which must itself
 * contrast or negate nothing: "lease and not buy" against "lease rather than buy" says the same.
 */
final class Denials {

    /**
     * A phrase one side sets aside.
     *
     * @param deniedSpan where "instead of ..." stands in the side that sets it aside
     * @param deniedText the words as written there
     * @param statedSpan where the words stand on the other side
     * @param statedText the words as written there
     * @param rightDenies whether the right side is the one that sets them aside
     */
    record Denial(Span deniedSpan, String deniedText, Span statedSpan, String statedText, boolean rightDenies) {
    }

    private static final Pattern MARKER = Pattern.compile("\\b(?:instead\\s+of|rather\\s+than)\\s+([^,.;:()\\u2014]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTRAST = Pattern.compile("\\b(?:instead|rather|than|not|no|never|without|except)\\b|n't",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or",
            "its", "their", "his", "her", "this", "that", "these", "those", "by", "with", "from");
    private static final int MAX_WORDS = 4;
    private static final org.crosscheck.text.number.QuantityExtractor FIGURES = new org.crosscheck.text.number.QuantityExtractor();

    private Denials() {
    }

    /** What either sentence sets aside that the other states. */
    static List<Denial> between(String left, Span leftSpan, String right, Span rightSpan) {
        List<Denial> out = new ArrayList<>();
        Denial d = oneWay(right, rightSpan, left, leftSpan);
        if (d != null) {
            out.add(new Denial(d.deniedSpan(), d.deniedText(), d.statedSpan(), d.statedText(), true));
        }
        d = oneWay(left, leftSpan, right, rightSpan);
        if (d != null) {
            out.add(new Denial(d.deniedSpan(), d.deniedText(), d.statedSpan(), d.statedText(), false));
        }
        return out;
    }

    private static Denial oneWay(String text, Span span, String otherText, Span otherSpan) {
        String sentence = text.substring(span.start(), span.end());
        String other = otherText.substring(otherSpan.start(), otherSpan.end());
        if (CONTRAST.matcher(other).find()) {
            return null;
        }
        Matcher m = MARKER.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        int phraseStart = span.start() + m.start(1);
        // the words set aside run from the first content word to the next function word: "the library" of "the library in town"
        List<Token> phrase = new ArrayList<>();
        for (Token t : Tokenizer.words(text, phraseStart, span.start() + m.end(1))) {
            boolean function = !t.isWord() || FUNCTION_WORDS.contains(t.text().toLowerCase(Locale.ROOT));
            if (function && !phrase.isEmpty() || phrase.size() == MAX_WORDS) {
                break;
            }
            if (!function) {
                phrase.add(t);
            }
        }
        if (phrase.isEmpty() || FIGURES.extract(text.substring(phrase.get(0).span().start(), phrase.get(phrase.size() - 1).span().end()))
                .stream().anyMatch(q -> q.kind() != org.crosscheck.model.Quantity.Kind.ORDINAL)) {
            // "three days a week instead of five": a figure set aside is the figures' to compare, and
            // the other side may give it as what changed ("from five days a week to three")
            return null;
        }
        List<Token> otherWords = Tokenizer.words(otherText, otherSpan.start(), otherSpan.end()).stream().filter(Token::isWord).toList();
        List<Token> stated = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Token t : phrase) {
            String stem = Stemmer.stem(t.text().toLowerCase(Locale.ROOT));
            Token match = otherWords.stream().filter(o -> Stemmer.stem(o.text().toLowerCase(Locale.ROOT)).equals(stem)).findFirst()
                    .orElse(null);
            if (match == null || !seen.add(stem)) {
                return null;
            }
            stated.add(match);
        }
        Span denied = new Span(span.start() + m.start(), phrase.get(phrase.size() - 1).span().end());
        Span statedSpan = new Span(stated.stream().mapToInt(t -> t.span().start()).min().orElseThrow(),
                stated.stream().mapToInt(t -> t.span().end()).max().orElseThrow());
        return new Denial(denied, text.substring(denied.start(), denied.end()), statedSpan,
                otherText.substring(statedSpan.start(), statedSpan.end()), true);
    }
}
