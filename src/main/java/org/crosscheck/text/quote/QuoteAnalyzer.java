package org.crosscheck.text.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.crosscheck.model.Quote;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.SentenceKind;
import org.crosscheck.model.Span;
import org.crosscheck.model.Speaker;
import org.crosscheck.text.SentenceSplitter;

/**
 * Finds direct quotes and credits quotes and statements to speakers.
 *
 * <p>Quotes are read from their marks (see {@link QuoteMarks}): straight, curly and single marks,
 * interrupted quotes (two quotes, one speaker), multi-paragraph quotes (one quote per paragraph,
 * one speaker) and nested marks. Speakers come from the reporting clause ("X said", "said X",
 * "according to X", "X, a doctor, said"), from a role the article ties to a person ("the mayor"),
 * from a pronoun's most recent compatible antecedent, or, for a bare quote paragraph, from the
 * quote before it. Every speaker is named by the fullest form of the name the article gives
 * ({@link PersonIndex}). Messy text never fails.
 */
public final class QuoteAnalyzer {

    /**
     * Quotes and credited statements of {@code text}.
     *
     * @param text the article text every offset refers to, never {@code null}
     * @param sentences its sentences in order, never {@code null}; when empty, the text is split
     *     with {@link SentenceSplitter}
     * @return quotes in reading order and at most one statement per sentence
     */
    public Speech analyze(String text, List<Sentence> sentences) {
        return analyze(text, sentences, List.of());
    }

    /**
     * Quotes and credited statements of {@code text}, where the given names that are no person
     * ("the White House", "the NRA", "Politifact") may speak as organisations when they are the
     * subject of a reporting verb.
     *
     * @param organisations spans of the names of organisations (and other names that are no
     *     person or place) the entity layer found, never {@code null}
     */
    public Speech analyze(String text, List<Sentence> sentences, List<Span> organisations) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(organisations, "organisations");
        Objects.requireNonNull(sentences, "sentences");
        List<Sentence> sents = sentences.isEmpty() ? split(text) : sentences;
        for (Sentence s : sents) {
            if (s.span().end() > text.length()) {
                throw new IllegalArgumentException("sentence " + s.index() + " span " + s.span()
                        + " runs past text of length " + text.length());
            }
        }
        List<QuotePiece> pieces = QuoteMarks.find(text);
        if (sents.isEmpty()) {
            return new Speech(List.of(), List.of());
        }
        PersonIndex persons = PersonIndex.of(text);
        SpeakerResolver resolver = new SpeakerResolver(text, sents, pieces, persons,
                new Organisations(text, organisations.stream().sorted(java.util.Comparator.comparingInt(Span::start)).toList(),
                        name -> !persons.matching(List.of(name.split(" "))).isEmpty()));
        Speaker[] speakers = resolver.resolve();
        List<Quote> quotes = new ArrayList<>();
        for (int p = 0; p < pieces.size(); p++) {
            Span c = pieces.get(p).content();
            int sentence = sents.get(resolver.sentenceOf(c.start())).index();
            quotes.add(new Quote(c, c.of(text), sentence, speakers[p]));
        }
        return new Speech(quotes, resolver.statements());
    }

    /** Whether {@code word} is a verb of reporting ("said", "stated", "declared", "noted"). */
    public static boolean isReportingVerb(String word) {
        return SpeakerWords.INSTANCE.isReportingVerb(word);
    }

    /** Whether {@code word} names a kind of organisation ("Securities", "Council"), as no person's name ends. */
    public static boolean isOrganisationWord(String word) {
        return NamePositions.isOrganisationWord(word);
    }

    /** Whether {@code name} opens with a known given name ("Mike Pence"), as a place's name does not. */
    public static boolean startsWithGivenName(String name) {
        String first = name.strip().split("\\s+")[0];
        return !first.isEmpty() && SpeakerWords.INSTANCE.isFirstName(first);
    }

    private static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        for (Span s : new SentenceSplitter().split(text)) {
            out.add(new Sentence(out.size(), s, s.of(text), SentenceKind.STATEMENT));
        }
        return out;
    }
}
