package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.crosscheck.embed.SentenceEncoder;
import org.crosscheck.model.Span;
import org.crosscheck.text.Token;
import org.crosscheck.text.Tokenizer;

/**
 * A negation read by meaning where the words around it were reworded past anything the lexicon
 * pairs ("the company did not attend the hearing" / "the firm was present at the hearing"): the
 * sentence that holds a negation the other lacks is encoded again with that negation taken out.
 * When the sentence without it lies closer in meaning to the other side, by at least
 * {@link #MARGIN}, the two sentences state opposites. A negation the other side says another way
 * ("stayed away from the hearing") moves the sentence away when it is taken out, and is kept.
 *
 * <p>The sentence encoder ships in the build; the margin was chosen on the tuned hand-written
 * rounds' planted negations against their "negation said another way" traps.
 */
final class ContrastedNegation {

    /** How much closer in meaning a sentence must come without its negation for the two to be opposites. */
    static final double MARGIN = 0.02;

    private final SentenceEncoder encoder;

    ContrastedNegation(SentenceEncoder encoder) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
    }

    /**
     * The negation taken out and how much closer in meaning the sentence comes without it.
     *
     * @param negation the word token that negates ("not", "never", "didn't")
     * @param gain cosine to the other sentence without the negation, less the cosine with it
     */
    record Contrast(Token negation, double gain) {
    }

    /**
     * The negation of the sentence {@code negated} (in {@code text}) whose removal brings it
     * closest to {@code other}, when that gain reaches {@link #MARGIN}; null otherwise, and for a
     * sentence with no negation that can be taken out as a word ("not", "never", "n't", "cannot").
     */
    Contrast opposite(String text, Span negated, String other) {
        String sentence = text.substring(negated.start(), negated.end());
        List<Token> negations = new ArrayList<>();
        for (Token t : Tokenizer.words(text, negated.start(), negated.end())) {
            if (t.isWord() && positive(t.text()) != null) {
                negations.add(t);
            }
        }
        if (negations.isEmpty()) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        texts.add(other);
        texts.add(sentence);
        for (Token t : negations) {
            texts.add(without(sentence, negated.start(), t));
        }
        List<float[]> v = encoder.encode(texts);
        double with = SentenceEncoder.cosine(v.get(0), v.get(1));
        Contrast best = null;
        for (int i = 0; i < negations.size(); i++) {
            double gain = SentenceEncoder.cosine(v.get(0), v.get(i + 2)) - with;
            if (gain >= MARGIN && (best == null || gain > best.gain())) {
                best = new Contrast(negations.get(i), gain);
            }
        }
        return best;
    }

    /** The sentence with the negation {@code t} taken out: "did not attend" reads "did attend", "won't" reads "will". */
    static String without(String sentence, int sentenceStart, Token t) {
        int b = t.span().start() - sentenceStart;
        int e = t.span().end() - sentenceStart;
        String positive = positive(t.text());
        if (positive.isEmpty()) {
            while (b > 0 && sentence.charAt(b - 1) == ' ') {
                b--; // "did not attend" reads "did attend", with one space
            }
        }
        return sentence.substring(0, b) + positive + sentence.substring(e);
    }

    /** The word a negation leaves when taken out ("" for "not", "did" for "didn't"), or null for a word that is none. */
    static String positive(String word) {
        String w = word.replace('\u2019', '\'');
        String lower = w.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "not", "never" -> {
                return "";
            }
            case "cannot", "can't" -> {
                return w.substring(0, 3);
            }
            case "won't" -> {
                return w.charAt(0) + "ill";
            }
            case "shan't" -> {
                return w.substring(0, 3) + "ll";
            }
            default -> {
                return lower.endsWith("n't") && lower.length() > 3 ? w.substring(0, w.length() - 3) : null;
            }
        }
    }
}
