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

    /** How sure the subject of the last verb of speech before a colon is, when the sentence's own subject is no person. */
    private static final double LAST_VERB = 0.7;
    /** How sure a credit line under a quote paragraph ("- Bernie Sanders.") names its speaker. */
    private static final double CREDIT_LINE = 0.75;

    /** Within how many tokens of its sentence's start a reporting clause opens. */
    private static final int OPENING_WORDS = 8;
    /** How many words a name that opens the reporting clause may have before its appositive. */
    private static final int NAME_WORDS = 4;

    private final String text;
    private final List<Sentence> sentences;
    private final PersonIndex index;
    private final Referents referents;
    private final Organisations organisations;

    NeighbourClauses(String text, List<Sentence> sentences, PersonIndex index, Referents referents, Organisations organisations) {
        this.text = text;
        this.sentences = sentences;
        this.index = index;
        this.referents = referents;
        this.organisations = organisations;
    }

    /**
     * The speaker of a quote standing alone after a sentence that ends in a colon ("Clinton
     * released the following statement:"): that sentence's subject; when that is no person, the
     * subject of its last verb of speech ("..., and Breitbart News responded:"), a person or an
     * organisation; else null.
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
            return lastSpeechSubject(frame, sentence - 1);
        }
        Speaker who = referents.resolve(subject, sentence - 1, subject.start(), 0.8);
        return who == null ? null : ClauseReader.cue(who.withConfidence(Math.min(0.8, who.confidence())), subject.start(), subject.end());
    }

    /**
     * "- Bernie Sanders." or "-Michelle Marks, Philadelphia.": a line that opens with a dash and a
     * name, then a comma or a full stop, credits the quote paragraph above it; null for any other line.
     */
    private Speaker creditLine(List<Token> f, int sentence) {
        if (f.size() < 3 || !(f.get(0).isSymbol("-") || f.get(0).isSymbol("\u2013") || f.get(0).isSymbol("\u2014"))) {
            return null;
        }
        int e = 1;
        while (e < f.size() && f.get(e).isWord() && f.get(e).isCapitalised()) {
            e++;
        }
        if (e == 1 || e == f.size() || !f.get(e).isSymbol(",") && !f.get(e).isSymbol(".")) {
            return null;
        }
        String written = String.join(" ", f.subList(1, e).stream().map(Token::text).toList());
        Ref name = new Ref.Name(null, written, f.get(1).start(), f.get(e - 1).end());
        Speaker sp = referents.resolve(name, sentence, name.start(), CREDIT_LINE);
        return sp == null || !sp.isKnown() ? null
                : ClauseReader.cue(sp.withConfidence(Math.min(CREDIT_LINE, sp.confidence())), f.get(0).start(), name.end());
    }

    /** The person or organisation written as the subject of the last verb of speech of {@code f}, a little less sure; null when none. */
    private Speaker lastSpeechSubject(List<Token> f, int sentence) {
        for (int k = f.size() - 1; k > 0; k--) {
            if (!Phrases.isReportingVerbAt(f, k) || Phrases.isPassive(f, k) || f.get(k).lower().endsWith("ing")) {
                continue;
            }
            Ref r = Phrases.subjectBefore(f, k, index);
            Speaker sp = r == null ? null : referents.resolve(r, sentence, r.start(), LAST_VERB);
            if (sp != null && sp.isKnown()) {
                return ClauseReader.cue(sp.withConfidence(Math.min(LAST_VERB, sp.confidence())), r.start(), f.get(k).end());
            }
            Span org = r == null ? organisations.subjectBefore(f, k) : null;
            Speaker it = org == null ? null : organisations.speaker(org, LAST_VERB);
            return it == null ? null : ClauseReader.cue(it, org.start(), f.get(k).end());
        }
        return null;
    }

    /**
     * The speaker of a quote that ends its sentence ("...!", "...?") when the next sentence of the
     * same paragraph opens with the reporting clause ("Clinton said to People."), or when the next
     * paragraph is a credit line ("- Bernie Sanders."); or null.
     */
    Speaker creditedAfter(int sentence) {
        if (sentence + 1 >= sentences.size()) {
            return null;
        }
        Span here = sentences.get(sentence).span();
        Span next = sentences.get(sentence + 1).span();
        if (next.start() < here.end()) {
            return null;
        }
        List<Token> f = SentenceFrame.of(text, next.start(), next.end(), List.of());
        if (text.substring(here.end(), next.start()).indexOf('\n') >= 0) {
            return creditLine(f, sentence + 1);
        }
        int reach = OPENING_WORDS;
        for (int k = 1; k < Math.min(f.size(), NAME_WORDS + 1); k++) {
            if (f.get(k).isSymbol(",")) {
                // "Miller, a retired worker from a nuclear plant, said ...": the verb comes after the role
                reach = Math.max(reach, Appositives.afterRole(f, k));
                break;
            }
        }
        for (int k = 0; k < f.size() && k <= reach; k++) {
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
