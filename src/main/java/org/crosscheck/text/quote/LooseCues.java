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

    /** How sure the one person named before a quote without a reporting clause is its speaker. */
    private static final double ONLY_PERSON = 0.5;
    private static final java.util.Set<String> SUBJECT_PRONOUNS = java.util.Set.of("he", "she", "they", "i", "we");

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
                && subject.end() <= frame.get(k - 1).start() && wordsBetween(frame, afterAside(frame, subject.end(), k - 1), k - 1) <= 4) {
            // "Kasich resisted: ...": a quote a colon introduces is the words of the clause's subject
            Speaker who = referents.resolve(subject, first, subject.start(), 0.8);
            sp = who == null ? null : ClauseReader.cue(who.withConfidence(Math.min(0.8, who.confidence())), subject.start(), frame.get(k - 1).end());
        }
        if (sp == null && subject != null && !(subject instanceof Ref.Role) && subject.end() <= frame.get(k).start()
                && endsLikeProse(last)) {
            // a partial quote after some other verb: "X called the plan "a disaster"" (a guess, so not confident)
            Speaker guess = referents.resolve(subject, first, subject.start(), 0.6);
            sp = guess == null || !guess.isKnown() ? null : guess.withConfidence(Math.min(0.6, guess.confidence())).withCue(null);
        }
        if (sp == null && endsLikeProse(last)) {
            sp = onlyPersonBefore(frame, k, first);
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

    /**
     * "Republican front-runner Donald Trump defended his manager as a "very decent man"": the one
     * person the article knows that the frame names before the quote, standing as a subject (not
     * after a verb or a preposition, not a possessor), with no pronoun before the quote that
     * could be the subject instead; a guess, so not confident. Null when there is no such person.
     */
    private Speaker onlyPersonBefore(List<Token> f, int q, int sentence) {
        Person only = null;
        int at = -1;
        int end = -1;
        for (int i = 0; i < q; i++) {
            Token t = f.get(i);
            if (t.isWord() && SUBJECT_PRONOUNS.contains(t.lower())) {
                return null; // "he called Trump a "loser"": the pronoun may be the subject
            }
            if (!t.isCapitalised() || t.isAcronym() && i + 1 < q && !f.get(i + 1).isCapitalised()) {
                continue;
            }
            int e = i + 1;
            while (e < q && f.get(e).isCapitalised() && !f.get(e - 1).possessive()) {
                e++;
            }
            // "Front-runner Donald Trump": the longest end of the run that names a person
            Person p = null;
            int from = i;
            while (p == null && from < e && !f.get(e - 1).possessive()) {
                p = index.find(f.subList(from, e).stream().map(Token::text).toList());
                from += p == null ? 1 : 0;
            }
            if (p != null && (only != null && p != only || !standsAsSubject(f, i))) {
                return null;
            }
            if (p != null && only == null) {
                only = p;
                at = from;
                end = e;
            }
            i = e - 1;
        }
        if (only == null) {
            return null;
        }
        Span mention = new Span(f.get(at).start(), f.get(end - 1).end());
        return new Speaker(only.name(), ONLY_PERSON, null, mention, null);
    }

    /** Whether the name opening at token {@code i} follows no verb or preposition whose object it would be. */
    private static boolean standsAsSubject(List<Token> f, int i) {
        int b = i - 1;
        while (b >= 0 && NounPhrases.isNpWord(f.get(b)) && (f.get(b).isCapitalised() || SpeakerWords.INSTANCE.isTitle(f.get(b).text())
                || !WordSenses.shared().canBeVerb(f.get(b).lower().substring(f.get(b).lower().lastIndexOf('-') + 1)))) {
            b--; // "Republican presidential front-runner Donald Trump": modifiers and titles of the name (a compound by its head)
        }
        if (b < 0 || !f.get(b).isWord()) {
            return true;
        }
        String w = f.get(b).lower();
        return !f.get(b).isCapitalised() && java.util.Set.of("and", "but", "then", "when", "while", "as", "because", "after", "before",
                "since", "though", "although", "if", "so").contains(w);
    }

    /** How many words of the frame lie between offset {@code from} and the token at {@code to}. */
    /**
     * Where the clause of a subject goes on: after the aside set off by commas right after it
     * ("Hernan Rojas, who heads the producers' association, put it bluntly:"), else at {@code from}.
     */
    private static int afterAside(List<Token> f, int from, int to) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < to; k++) {
            if (f.get(k).start() >= from && f.get(k).isSymbol(",")) {
                first = first < 0 ? k : first;
                last = k;
            }
        }
        boolean opensAside = first >= 0 && wordsBetween(f, from, first) == 0 && last > first;
        return opensAside ? f.get(last).end() : from;
    }

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
