package org.crosscheck.text.quote;

import java.util.List;

import org.crosscheck.model.Sentence;
import org.crosscheck.model.Span;
import org.crosscheck.model.Speaker;
import org.crosscheck.text.Token;

/**
 * Finds the speaker of a quote that stands alone in its sentence in the sentence next to it: the
 * one before, when it ends in a colon ("Clinton released the following statement:"), or the one
 * after, when it opens with the reporting clause ("Clinton said to People.").
 */
final class NeighbourClauses {

    private final String text;
    private final List<Sentence> sentences;
    private final PersonIndex index;
    private final Referents referents;

    NeighbourClauses(String text, List<Sentence> sentences, PersonIndex index, Referents referents) {
        this.text = text;
        this.sentences = sentences;
        this.index = index;
        this.referents = referents;
    }

    /**
     * The speaker of a quote standing alone after a sentence that ends in a colon ("Clinton
     * released the following statement:"): that sentence's subject, or null.
     */
    Speaker introducedByColon(int sentence) {
        if (sentence == 0) {
            return null;
        }
        Span before = sentences.get(sentence - 1).span();
        String t = before.of(text).strip();
        if (!t.endsWith(":")) {
            return null;
        }
        List<Token> frame = SentenceFrame.of(text, before.start(), before.end(), List.of());
        if (frame.stream().anyMatch(tok -> tok.kind() == Token.Kind.QUOTE)) {
            return null;
        }
        Ref subject = SentenceSubjects.sentenceSubject(frame);
        if (subject == null || subject instanceof Ref.Other) {
            return null;
        }
        Speaker who = referents.resolve(subject, sentence - 1, subject.start(), 0.8);
        return who == null ? null : ClauseReader.cue(who.withConfidence(Math.min(0.8, who.confidence())), subject.start(), subject.end());
    }

    /**
     * The speaker of a quote that ends its sentence ("...!", "...?") when the next sentence of the
     * same paragraph opens with the reporting clause ("Clinton said to People."), or null.
     */
    Speaker creditedAfter(int sentence) {
        if (sentence + 1 >= sentences.size()) {
            return null;
        }
        Span here = sentences.get(sentence).span();
        Span next = sentences.get(sentence + 1).span();
        if (next.start() < here.end() || text.substring(here.end(), next.start()).indexOf('\n') >= 0) {
            return null;
        }
        List<Token> f = SentenceFrame.of(text, next.start(), next.end(), List.of());
        for (int k = 0; k < f.size() && k <= 8; k++) {
            Token t = f.get(k);
            if (t.kind() == Token.Kind.QUOTE || t.isSymbol(",") && k > 0 && Phrases.subjectBefore(f, k, index) == null) {
                return null;
            }
            if (Phrases.isReportingVerbAt(f, k) && !Phrases.isPassive(f, k)) {
                Ref r = k == 0 ? Phrases.subjectAfter(f, k, index) : Phrases.subjectBefore(f, k, index);
                if (r == null || r instanceof Ref.Other || r.start() < f.get(0).start()) {
                    return null;
                }
                Speaker sp = referents.resolve(r, sentence + 1, r.start(), 0.9);
                return sp == null || !sp.isKnown() ? null : ClauseReader.cue(sp, Math.min(r.start(), t.start()), Math.max(r.end(), t.end()));
            }
        }
        return null;
    }
}
