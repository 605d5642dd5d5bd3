package org.crosscheck.text.quote;

import java.util.List;

import org.crosscheck.model.Sentence;
import org.crosscheck.model.Span;
import org.crosscheck.model.Speaker;
import org.crosscheck.text.Token;
import org.crosscheck.text.sense.WordSenses;

/**
 * The speaker of a quote its sentence gives no reporting clause: a name before a colon ("Kasich:
 * ..."), the subject of a clause a colon ends ("Kasich resisted: ..."), the subject of some other
 * verb before a partial quote ("X called the plan "a disaster"", a guess), or an organisation
 * opening the sentence. In a title-case line, {@link TitleCaseSpeakers} alone decides.
 */
final class LooseCues {

    private final String text;
    private final List<Sentence> sentences;
    private final PersonIndex index;
    private final Organisations organisations;
    private final Referents referents;
    private final ClauseReader clauses;
    private final TitleCaseSpeakers titleCase;

    LooseCues(String text, List<Sentence> sentences, PersonIndex index, Organisations organisations, Referents referents,
              ClauseReader clauses) {
        this.text = text;
        this.sentences = sentences;
        this.index = index;
        this.organisations = organisations;
        this.referents = referents;
        this.clauses = clauses;
        this.titleCase = new TitleCaseSpeakers(text, index);
    }

    /**
     * The speaker of the quote token at {@code k} of the frame of sentences {@code first} to
     * {@code last}: the reporting clause's, else a looser cue's; null when none names one.
     */
    Speaker speaker(List<Token> frame, int k, Ref subject, int first, int last) {
        if (titleCase.isTitleCase(frame)) {
            return titleCase.speaker(frame, k); // capitals mark no names there: no guess from them
        }
        Speaker sp = clauses.clause(frame, k, subject, first);
        if (sp == null) {
            Ref named = Phrases.beforeColon(frame, k, index);
            sp = named == null ? null : ClauseReader.cue(referents.resolve(named, first, named.start(), 0.85), named.start(), frame.get(k - 1).end());
        }
        if (sp == null && k >= 2 && frame.get(k - 1).isSymbol(":") && subject != null && !(subject instanceof Ref.Other)
                && subject.end() <= frame.get(k - 1).start() && wordsBetween(frame, subject.end(), k - 1) <= 4) {
            // "Kasich resisted: ...": a quote a colon introduces is the words of the clause's subject
            Speaker who = referents.resolve(subject, first, subject.start(), 0.8);
            sp = who == null ? null : ClauseReader.cue(who.withConfidence(Math.min(0.8, who.confidence())), subject.start(), frame.get(k - 1).end());
        }
        if (sp == null && subject != null && !(subject instanceof Ref.Role) && subject.end() <= frame.get(k).start()
                && endsLikeProse(last)) {
            // a partial quote after some other verb: "X called the plan "a disaster"" (a guess, so not confident)
            Speaker guess = referents.resolve(subject, first, subject.start(), 0.6);
            sp = guess == null ? null : guess.withConfidence(Math.min(0.6, guess.confidence())).withCue(null);
        }
        if (sp == null && subject == null && endsLikeProse(last) && !clauses.isHeadline(first)) {
            // "The Post responded with a piece entitled "...": an organisation opening the sentence
            Span opener = organisations.phraseAt(frame, 0);
            Token verb = opener == null ? null : Organisations.after(frame, opener);
            boolean finite = verb != null && verb.isWord() && !verb.isCapitalised()
                    && (verb.lower().endsWith("ed") || verb.lower().endsWith("s"))
                    && WordSenses.shared().canBeVerb(verb.lower());
            sp = finite && opener.end() < frame.get(k).start() ? organisations.speaker(opener, 0.6) : null;
        }
        return sp;
    }

    /** How many words of the frame lie between offset {@code from} and the token at {@code to}. */
    private static int wordsBetween(List<Token> f, int from, int to) {
        int n = 0;
        for (int k = 0; k < to; k++) {
            if (f.get(k).start() >= from && f.get(k).isWord()) {
                n++;
            }
        }
        return n;
    }

    /** Whether the cluster ends with a full stop, as body text does and headlines do not. */
    private boolean endsLikeProse(int last) {
        String t = sentences.get(last).span().of(text).strip().replaceAll("[\"\u201D'\u2019)]+$", "");
        return !t.isEmpty() && ".!?".indexOf(t.charAt(t.length() - 1)) >= 0;
    }
}
