package org.crosscheck.text.quote;

import java.util.List;
import java.util.Set;

import org.crosscheck.model.Sentence;
import org.crosscheck.model.SentenceKind;
import org.crosscheck.model.Span;
import org.crosscheck.model.Speaker;
import org.crosscheck.text.Token;
import org.crosscheck.text.sense.WordSenses;

/**
 * Reads the reporting clause of one sentence frame: the speaker a verb of speech, "according to"
 * or a framing verb names for a quote ("X said", "said X", "X, a doctor, said", "'...,' Trump
 * barked", "the White House said"), or for a statement without quotes. Names, pronouns and roles
 * are turned into speakers by {@link Referents}; organisations by {@link Organisations}.
 */
final class ClauseReader {

    private final String text;
    private final List<Sentence> sentences;
    private final PersonIndex index;
    private final Organisations organisations;
    private final Referents referents;
    private final QuoteClusters clusters;

    ClauseReader(String text, List<Sentence> sentences, PersonIndex index, Organisations organisations, Referents referents,
                 QuoteClusters clusters) {
        this.text = text;
        this.clusters = clusters;
        this.sentences = sentences;
        this.index = index;
        this.organisations = organisations;
        this.referents = referents;
    }

    /** The speaker a reporting clause in the frame names for the quote token at {@code q}. */
    Speaker clause(List<Token> f, int q, Ref subject, int sentence) {
        for (int k = 0; k + 1 < f.size(); k++) {
            if (f.get(k).lower().equals("according") && f.get(k + 1).lower().equals("to")) {
                Ref r = Phrases.accordingTo(f, k, index);
                if (r != null) {
                    return cue(referents.resolve(r, sentence, r.start(), 0.95), f.get(k).start(), r.end());
                }
                Speaker org = organisation(k + 2 < f.size() ? organisations.phraseAt(f, k + 2) : null, f.get(k).start(), 0.85);
                if (org != null) {
                    return org;
                }
                Speaker body = organisations.bodyAt(f, k + 2, this::usable);
                if (body != null) {
                    return cue(body, f.get(k).start(), body.mention().end());
                }
            }
        }
        Speaker idiom = idiom(f, sentence);
        if (idiom != null) {
            return idiom;
        }
        int nearest = -1;
        for (int k = q - 1; k >= 0; k--) {
            if (Phrases.isReportingVerbAt(f, k) && !Phrases.isPassive(f, k) && !ClauseScopes.inOpeningClause(f, k, subject, index)) {
                // "she urged people to add exercises that '...'": the nearest verb may have no subject of its own
                boolean infinitive = k > 0 && f.get(k - 1).lower().equals("to")
                        && Phrases.subjectBefore(f, k, index) == null;
                if (!infinitive && !Phrases.isReducedRelative(f, k)) {
                    return fromVerb(f, k, subject, sentence, true);
                }
                nearest = nearest < 0 ? k : nearest;
            }
        }
        if (nearest >= 0) {
            return fromVerb(f, nearest, subject, sentence, true);
        }
        Speaker framing = framingVerbAfter(f, q, sentence);
        if (framing != null) {
            return framing;
        }
        for (int k = q + 1; k < f.size(); k++) {
            if (f.get(k).kind() == Token.Kind.QUOTE && !Appositives.quotedInside(f, k, index)) {
                break;
            }
            if (Phrases.isReportingVerbAt(f, k) && !Phrases.isPassive(f, k) && !Appositives.inAppositive(f, k, index)) {
                // "... as "a leader" but described ...", "... of "values," saying ...": a participle or a
                // coordinated verb after the quote shares the clause's subject
                Token v = f.get(k);
                boolean shares = v.lower().endsWith("ing") || k > 0 && Set.of("and", "but").contains(f.get(k - 1).lower());
                Speaker sp = fromVerb(f, k, subject, sentence, shares);
                return sp.isKnown() ? sp : null;
            }
        }
        return null;
    }

    /** "As the mayor put it, ...", "in the words of Ann Lee, ...": idioms that credit words to a speaker without a verb of speech. */
    private Speaker idiom(List<Token> f, int sentence) {
        for (int k = 1; k + 1 < f.size(); k++) {
            if (Set.of("put", "puts").contains(f.get(k).lower()) && f.get(k + 1).lower().equals("it")) {
                Ref r = Phrases.subjectBefore(f, k, index);
                int before = r == null ? -1 : tokenAt(f, r.start()) - 1;
                if (before > 0 && NounPhrases.DETERMINERS.contains(f.get(before).lower())) {
                    before--;
                }
                if (before >= 0 && f.get(before).lower().equals("as")) {
                    return cue(referents.resolve(r, sentence, r.start(), 0.9), f.get(before).start(), f.get(k + 1).end());
                }
            }
            if (k + 3 < f.size() && f.get(k - 1).lower().equals("in") && f.get(k).lower().equals("the") && f.get(k + 1).lower().equals("words")
                    && f.get(k + 2).lower().equals("of")) {
                Ref r = Phrases.accordingTo(f, k + 1, index);
                if (r != null) {
                    return cue(referents.resolve(r, sentence, r.start(), 0.9), f.get(k - 1).start(), r.end());
                }
            }
        }
        return null;
    }

    private static int tokenAt(List<Token> f, int offset) {
        for (int k = 0; k < f.size(); k++) {
            if (f.get(k).start() == offset) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The speaker of the reporting verb at {@code verb}. Only a verb before the quote may borrow
     * the sentence subject ("X distanced Russia, telling Sky News: ..."); a verb after the quote
     * names its own subject ("..., says US"), even when that is no person.
     */
    private Speaker fromVerb(List<Token> f, int verb, Ref subject, int sentence, boolean mayBorrowSubject) {
        Token v = f.get(verb);
        if (mayBorrowSubject && subject != null && !(subject instanceof Ref.Other) && ClauseScopes.opensWithParticiple(f, verb, subject)) {
            // "Asked which county was his favourite, he demurred: ...": a participle that opens the
            // sentence hangs on the subject of the clause after it
            return cue(referents.resolve(subject, sentence, subject.start(), 0.9), v.start(), v.end());
        }
        Ref r = Phrases.subjectBefore(f, verb, index);
        if (r != null && mayBorrowSubject && ClauseScopes.hangsOnSubject(f, verb, r, subject)) {
            // "Bush attacked Donald Trump, calling him a "loser"": the participle after a comma hangs
            // on the clause's subject, not on the object just before it
            return cue(referents.resolve(subject, sentence, subject.start(), 0.9), v.start(), v.end());
        }
        if (r == null && organisations.subjectBefore(f, verb) == null) {
            // "The Ministry of Water says the tunnel ...": a verb whose subject stands before it
            // takes none after it
            r = Phrases.subjectAfter(f, verb, index);
        }
        Ref closing = verb > 0 && f.get(verb - 1).isSymbol(",") ? Phrases.subjectAfter(f, verb, index) : null;
        if (closing instanceof Ref.Name n && NounPhrases.isPerson(n, index) && endsSentence(f, closing)) {
            // "The Alliance, a conservation group, estimates that ..., said its spokeswoman Lena
            // Moser": a verb put after a comma, with the person after it closing the sentence, is
            // inverted, and its subject is that person, not the one that opened the sentence
            r = closing;
        }
        Speaker sp = r == null ? null : referents.resolve(r, sentence, r.start(), 0.95, relativeAntecedent(f, r));
        if (r == null || r instanceof Ref.Role && (sp == null || !sp.isKnown() || referents.isNominal(sp.name()))) {
            // "a spokesperson from the Kontra Halle said": an organisation speaks through its people
            // when the article names none of them
            Speaker represented = organisation(organisations.representedBefore(f, verb), v.start(), 0.85);
            if (represented != null) {
                return represented;
            }
        }
        if (r != null) {
            return cue(sp, Math.min(r.start(), v.start()), Math.max(r.end(), v.end()));
        }
        Span org = organisations.subjectBefore(f, verb);
        if (org == null && Phrases.isInverting(v) && verb + 1 < f.size() && verb > 0
                && (f.get(verb - 1).isSymbol(",") || f.get(verb - 1).kind() == Token.Kind.QUOTE)) {
            org = organisations.phraseAt(f, verb + 1);
            if (org != null && Phrases.auxiliaryAfter(f, org.end())) {
                org = null; // "..., said Norway had thrown away a lead": what was said, not who said it
            }
        }
        if (org != null) {
            Speaker o = organisation(org, v.start(), 0.85);
            if (o != null) {
                return o;
            }
        }
        Speaker body = organisations.body(f, verb, this::usable);
        if (body != null) {
            if (body.confidence() >= Speaker.CONFIDENT) {
                organisations.noteSpoke(body.name(), sentence);
            }
            return cue(body, Math.min(v.start(), body.mention().start()), Math.max(v.end(), body.mention().end()));
        }
        Speaker it = organisations.it(f, verb, sentence);
        if (it != null) {
            return it;
        }
        if (Phrases.hasOwnSubject(f, verb)) {
            // "..., his campaign said": the verb has a subject of its own that names no person, so
            // the sentence's subject is not the speaker
            return Speaker.unknown();
        }
        if (mayBorrowSubject && subject != null && subject.start() < v.start()) {
            Speaker nearer = v.lower().endsWith("ing") ? earlierVerb(f, verb, subject.end(), subject, sentence) : null;
            if (nearer != null) {
                return nearer; // "Mateen left early, Nefzi said, adding, ...": the participle goes on from the nearer "said"
            }
            return cue(referents.resolve(subject, sentence, subject.start(), 0.9), v.start(), v.end());
        }
        if (v.lower().endsWith("ing") || ClauseScopes.coordinated(f, verb)) {
            // "..., Cruz said, adding: ...": a participle speaks for the clause it hangs on, and
            // "he said ..., and then predicted: ..." a coordinated verb for the subject of the first
            for (int k = verb - 1; k >= 0; k--) {
                if (Phrases.isReportingVerbAt(f, k) && !Phrases.isPassive(f, k) && !f.get(k).lower().endsWith("ing")) {
                    Speaker earlier = fromVerb(f, k, subject, sentence, mayBorrowSubject);
                    return earlier.isKnown() ? earlier.withConfidence(Math.min(0.9, earlier.confidence())) : earlier;
                }
            }
        }
        return Speaker.unknown();
    }

    /** Whether the verb at {@code k} takes an object ("shot the messenger"): a determiner, a pronoun or a name follows it. */
    private static boolean takesObject(List<Token> f, int k) {
        if (k + 1 >= f.size() || !f.get(k + 1).isWord()) {
            return false;
        }
        Token next = f.get(k + 1);
        return next.isCapitalised() || NounPhrases.DETERMINERS.contains(next.lower()) || NounPhrases.pronounGender(next.lower()) != null;
    }

    /** Whether {@code w} is a past form the dictionary puts under another plain form ("shot", "spoke", "wrote"). */
    private static boolean irregularPast(String w) {
        if (w.indexOf('-') >= 0 || w.endsWith("ing") || w.endsWith("s")) {
            return false; // "co-founder": the dictionary reads a compound by its last part
        }
        String base = WordSenses.shared().verbBase(w);
        return base != null && !base.equals(w) && base.charAt(0) == w.charAt(0);
    }

    /**
     * "'Go back to Univision,' Trump barked.": a quote that opens its sentence and stops on a comma
     * or a mark of exclamation or question, followed by a subject and a finite verb, is that
     * subject's, whatever the verb (a verb of speech the lexicon lacks: barked, fumed, shot back).
     */
    private Speaker framingVerbAfter(List<Token> f, int q, int sentence) {
        if (q != 0 && !(q == 1 && f.get(0).kind() == Token.Kind.SYMBOL)) {
            return null;
        }
        int close = f.get(q).end() - 1;
        while (close > f.get(q).start() && (QuoteMarks.isDouble(text.charAt(close)) || QuoteMarks.isSingle(text.charAt(close)))) {
            close--;
        }
        if (",!?".indexOf(text.charAt(close)) < 0) {
            return null;
        }
        for (int k = q + 1; k < f.size() && k <= q + 6; k++) {
            Token t = f.get(k);
            if (!t.isWord()) {
                return null;
            }
            if (t.isCapitalised() || k == q + 1 && NounPhrases.pronounGender(t.lower()) != null) {
                continue;
            }
            if (k == q + 1) {
                return invertedVerbAfter(f, k, sentence);
            }
            String w = t.lower();
            boolean finite = w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss") || ClauseScopes.endsClause(f, k) && !SpeakerWords.INSTANCE.isReportingVerb(w)
                    || irregularPast(w) && !SpeakerWords.INSTANCE.isReportingVerb(w) && !takesObject(f, k);
            if (!finite || !org.crosscheck.text.sense.WordSenses.shared().canBeVerb(w)) {
                return null;
            }
            Ref r = Phrases.subjectBefore(f, k, index);
            if (r == null || r instanceof Ref.Other || r.start() < f.get(q + 1).start()) {
                return null;
            }
            return cue(referents.resolve(r, sentence, r.start(), 0.9), r.start(), t.end());
        }
        return null;
    }

    /**
     * "'...,' mused Blaze co-host Stu Burguiere.": a finite verb right after the quote, followed by
     * a person and the end of the clause, is that person's, whatever the verb.
     */
    private Speaker invertedVerbAfter(List<Token> f, int verb, int sentence) {
        String w = f.get(verb).lower();
        boolean finite = w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss");
        if (!finite || !WordSenses.shared().canBeVerb(w)) {
            return null;
        }
        Ref r = Phrases.personAfter(f, verb, index);
        if (r == null) {
            return null;
        }
        int after = verb + 1;
        while (after < f.size() && f.get(after).start() < r.end()) {
            after++;
        }
        // "beamed Donald Hartley of Madison": a phrase of place or time may follow the person
        if (after < f.size() && !f.get(after).isSymbol(",") && !f.get(after).isSymbol(".") && !Phrases.endsPhrase(f.get(after))
                && !Set.of("of", "for").contains(f.get(after).lower())) {
            return null;
        }
        return cue(referents.resolve(r, sentence, r.start(), 0.9), f.get(verb).start(), r.end());
    }

    /**
     * The person a relative pronoun before the subject pronoun {@code r} stands for ("Harry Reid,
     * who he said ..."), whom that pronoun cannot mean; null when there is none.
     */
    private Person relativeAntecedent(List<Token> f, Ref r) {
        if (!(r instanceof Ref.Pronoun)) {
            return null;
        }
        int k = 0;
        while (k < f.size() && f.get(k).start() < r.start()) {
            k++;
        }
        if (k < 3 || !Set.of("who", "whom").contains(f.get(k - 1).lower()) || !f.get(k - 2).isSymbol(",")) {
            return null;
        }
        Ref before = NounPhrases.npBefore(f, k - 3);
        return before instanceof Ref.Name n ? index.find(List.of(n.written().split(" "))) : null;
    }

    /**
     * The known speaker of a finite verb of speech between offset {@code from} and the participle at
     * {@code verb} ("..., Nefzi said, adding"); null when there is none, or when that verb's subject
     * opens a subordinate clause ("as Mr Johnson has called for, simply saying" keeps the
     * sentence's subject).
     */
    private Speaker earlierVerb(List<Token> f, int verb, int from, Ref subject, int sentence) {
        for (int k = verb - 1; k >= 0 && f.get(k).start() >= from; k--) {
            if (!Phrases.isReportingVerbAt(f, k) || Phrases.isPassive(f, k) || f.get(k).lower().endsWith("ing")) {
                continue;
            }
            Ref own = Phrases.subjectBefore(f, k, index);
            if (own == null || ClauseScopes.opensSubordinate(f, own)) {
                return null;
            }
            Speaker earlier = fromVerb(f, k, subject, sentence, false);
            return earlier.isKnown() ? earlier.withConfidence(Math.min(0.9, earlier.confidence())) : null;
        }
        return null;
    }

    /** The speaker of a sentence without quotes: its "according to" phrase or its first verb of speech, a little less sure; null when none. */
    Speaker indirect(List<Token> f, Ref subject, int sentence) {
        int first = -1;
        int participle = -1;
        for (int k = 0; k < f.size(); k++) {
            if (k + 1 < f.size() && f.get(k).lower().equals("according") && f.get(k + 1).lower().equals("to")) {
                Ref r = Phrases.accordingTo(f, k, index);
                if (r != null) {
                    return cue(referents.resolve(r, sentence, r.start(), 0.9), f.get(k).start(), r.end());
                }
                Speaker org = organisation(k + 2 < f.size() ? organisations.phraseAt(f, k + 2) : null, f.get(k).start(), 0.8);
                if (org != null) {
                    return org;
                }
            }
            if (participle < 0 && k > 0 && Phrases.isReportingVerbAt(f, k) && f.get(k).lower().endsWith("ing") && AFTER_CLAUSE.contains(f.get(k - 1).lower())) {
                participle = k; // "Rubio flipped his choice, saying he was rooting for ...": the clause's subject says it
            }
            if (Phrases.isReportingVerbAt(f, k) && !Phrases.isPassive(f, k) && !f.get(k).lower().endsWith("ing")) {
                if (first < 0) {
                    first = k;
                }
                if (Appositives.inAppositive(f, k, index)) {
                    continue; // "Ann Lee, the lawyer who argued the case, told ...": the verb of the name comes later
                }
                return indirectFrom(f, k, subject, sentence);
            }
        }
        // only a person said to say it: "The Faroese government ..., saying" is no one's name
        if (first < 0 && participle >= 0 && (subject instanceof Ref.Name n && NounPhrases.isPerson(n, index) || subject instanceof Ref.Pronoun)) {
            Ref before = Phrases.subjectBefore(f, participle, index);
            if (before == null || ClauseScopes.hangsOnSubject(f, participle, before, subject)) {
                Speaker sp = cue(referents.resolve(subject, sentence, subject.start(), 0.9), f.get(participle).start(), f.get(participle).end());
                return sp.isKnown() ? sp.withConfidence(Math.max(0, sp.confidence() - 0.05)) : null;
            }
        }
        return first < 0 ? null : indirectFrom(f, first, subject, sentence);
    }

    /** Whether only punctuation follows {@code r} in the sentence: no word, and no quote that a verb could report. */
    private static boolean endsSentence(List<Token> f, Ref r) {
        return f.stream().noneMatch(t -> t.start() >= r.end() && (t.isWord() || t.kind() == Token.Kind.QUOTE));
    }

    /** Marks that close a clause before a participle of saying hangs on its subject. */
    private static final java.util.Set<String> AFTER_CLAUSE = java.util.Set.of(",", "\u2013", "\u2014", "-", ";");

    private Speaker indirectFrom(List<Token> f, int verb, Ref subject, int sentence) {
        Speaker sp = fromVerb(f, verb, subject, sentence, true);
        return sp.isKnown() ? sp.withConfidence(Math.max(0, sp.confidence() - 0.05)) : null;
    }

    /** An organisation as speaker, with the words from {@code from} to the mention as cue; null when there is none. */
    private Speaker organisation(Span org, int from, double confidence) {
        int sentence = org == null ? -1 : clusters.sentenceOf(org.start());
        Speaker sp = org == null || isHeadline(sentence) ? null : organisations.speaker(org, confidence);
        if (sp == null) {
            return null;
        }
        organisations.noteSpoke(sp.name(), sentence);
        return cue(sp, Math.min(from, org.start()), Math.max(from, org.end()));
    }

    /** Whether an organisation mention may name a speaker: none in a headline does. */
    private boolean usable(Span org) {
        return !isHeadline(clusters.sentenceOf(org.start()));
    }

    /** Whether sentence {@code sentence} is a headline, whose words never name a speaker. */
    boolean isHeadline(int sentence) {
        return sentences.get(sentence).kind() == SentenceKind.HEADLINE;
    }

    /** {@code sp} (unknown when null) with the words from {@code start} to {@code end} as its cue. */
    static Speaker cue(Speaker sp, int start, int end) {
        return sp == null ? Speaker.unknown() : sp.withCue(new Span(start, Math.max(start, end)));
    }
}
