package org.crosscheck.text.quote;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.crosscheck.model.Span;
import org.crosscheck.model.Speaker;
import org.crosscheck.text.Token;
import org.crosscheck.text.entity.Names;

/**
 * Organisations the entity layer found in the article ("the White House", "the NRA", "Fox
 * News"), as speakers of their own: "the White House said", "said the State Department",
 * "according to the NRA". An organisation speaks only as the subject of a reporting verb, never
 * as the object of a preposition ("in the Washington Post said ..."), and a place never speaks.
 */
final class Organisations {

    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "of", "for", "with", "from", "by", "to", "into",
            "about", "after", "before", "during", "against", "than", "like", "via", "over", "under", "between");

    /** How many sentences back an "it" may look for the organisation that spoke. */
    static final int IT_WINDOW = 3;

    private final String text;
    private final List<Span> spans;
    private final Predicate<String> isPerson;
    private String lastSpoke;
    private int lastSpokeIn = -1;

    /**
     * @param spans the organisation mentions of the article, in text order
     * @param isPerson whether a name is a person's the article names, who then speaks as a person
     */
    Organisations(String text, List<Span> spans, Predicate<String> isPerson) {
        this.text = text;
        this.spans = List.copyOf(spans);
        this.isPerson = isPerson;
    }

    /**
     * The organisation that is the subject written right before the verb at {@code verb} ("the
     * White House said", "the NRA has also said"), or null.
     */
    Span subjectBefore(List<Token> f, int verb) {
        Before b = organisationBefore(f, verb);
        if (b == null) {
            return null;
        }
        int first = b.first();
        return first > 0 && f.get(first - 1).isWord() && PREPOSITIONS.contains(f.get(first - 1).lower()) ? null : b.org();
    }

    /**
     * The organisation a person noun before the verb at {@code verb} speaks for, named after a
     * preposition ("a spokesperson from the Kontra Halle said", "officials at the ministry
     * said"): the person is the organisation's voice. Null when the subject is no such phrase.
     */
    Span representedBefore(List<Token> f, int verb) {
        Before b = organisationBefore(f, verb);
        if (b == null) {
            return null;
        }
        int first = b.first();
        if (first < 2 || !Set.of("of", "for", "from", "at").contains(f.get(first - 1).lower())) {
            return null;
        }
        return NounPhrases.personal(NounPhrases.npBefore(f, first - 2)) instanceof Ref.Role ? b.org() : null;
    }

    /** An organisation ending right before the verb (past "has", "also"...), and the token its phrase starts at, "the" included. */
    private record Before(Span org, int first) {
    }

    private Before organisationBefore(List<Token> f, int verb) {
        int k = verb - 1;
        while (k >= 0 && f.get(k).isWord() && NounPhrases.SKIP.contains(f.get(k).lower())) {
            k--;
        }
        // "the Nairobi City Water and Sewerage Company (NCWSC) said": the short form in brackets is the same name
        String shortForm = null;
        if (k >= 3 && f.get(k).isSymbol(")") && f.get(k - 2).isSymbol("(") && f.get(k - 1).isAcronym()) {
            shortForm = f.get(k - 1).text();
            k -= 3;
        }
        if (k < 0 || !f.get(k).isWord() || f.get(k).possessive()) {
            return null;
        }
        Span org = ending(f.get(k).end());
        if (org == null) {
            return null;
        }
        if (shortForm != null) {
            org = DefinedNames.whole(f, org, shortForm);
        }
        int first = k;
        while (first > 0 && f.get(first - 1).start() >= org.start()) {
            first--;
        }
        if (first > 0 && f.get(first - 1).lower().equals("the")) {
            first--;
        }
        return new Before(org, first);
    }

    /**
     * The organisation that is the whole phrase starting at token {@code from} ("the State
     * Department", "NATO"), or null: the phrase ends with it, at a mark, a function word or a
     * verb, not inside a longer name ("White House press secretary Josh Earnest") or a list.
     */
    Span phraseAt(List<Token> f, int from) {
        int k = from;
        if (k < f.size() && f.get(k).lower().equals("the")) {
            k++;
        }
        if (k >= f.size() || !f.get(k).isWord()) {
            return null;
        }
        Span org = starting(f.get(k).start());
        if (org == null) {
            return null;
        }
        // the phrase is the organisation itself, not its spokesman ("the NRA's chief")
        int e = k;
        while (e + 1 < f.size() && f.get(e + 1).end() <= org.end()) {
            e++;
        }
        if (f.get(e).possessive()) {
            return null;
        }
        if (e + 1 < f.size() && f.get(e + 1).isWord()) {
            String next = f.get(e + 1).lower();
            if (f.get(e + 1).isCapitalised() || Set.of("and", "or", "of", "nor").contains(next)
                    || !PREPOSITIONS.contains(next) && !NounPhrases.SKIP.contains(next) && !SpeakerWords.INSTANCE.isReportingVerb(next)
                    && !(next.endsWith("ed") || next.endsWith("s"))) {
                return null;
            }
        }
        return org;
    }

    /** The word after the phrase at {@code from} that {@link #phraseAt} found, or null. */
    static Token after(List<Token> f, Span org) {
        for (Token t : f) {
            if (t.start() >= org.end()) {
                return t;
            }
        }
        return null;
    }

    /** The speaker an organisation mention names, at {@code confidence}; null for a place. */
    Speaker speaker(Span org, double confidence) {
        String name = org.of(text).strip().replaceFirst("^(?i)the\\s+", "").replaceAll("['\u2019]s?$", "");
        // a dateline or a headline in capitals ("PHILADELPHIA") is no speaker; an acronym may be
        boolean capitals = name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (name.isEmpty() || Names.isKnownPlace(name) || capitals && (name.length() > 5 || name.contains(" "))
                || isPerson.test(name)) {
            return null;
        }
        return new Speaker(name, confidence, null, org, null);
    }

    /**
     * The body of people a definite phrase names as the subject of the verb at {@code verb} ("the
     * organization wrote", "said the commission"): a phrase whose head's first senses in WordNet
     * are groups ("board", "agency", "group"). It is the organisation the article last named with
     * that head word before the phrase ("the Federal Election Commission"), else a nominal speaker
     * named by the phrase. Null when the subject is no such phrase.
     *
     * @param usable whether an organisation mention may be the one meant (none in a headline)
     */
    Speaker body(List<Token> f, int verb, Predicate<Span> usable) {
        Span phrase = bodyBefore(f, verb);
        if (phrase == null && Phrases.isInverting(f.get(verb))) {
            phrase = bodyFrom(f, verb + 1);
        }
        return phrase == null ? null : bodySpeaker(phrase, usable);
    }

    /** As {@link #body}, for the phrase that starts at token {@code from} ("according to the agency"). */
    Speaker bodyAt(List<Token> f, int from, Predicate<Span> usable) {
        Span phrase = bodyFrom(f, from);
        return phrase == null ? null : bodySpeaker(phrase, usable);
    }

    private Speaker bodySpeaker(Span phrase, Predicate<Span> usable) {
        String written = phrase.of(text);
        String head = written.substring(written.lastIndexOf(' ') + 1);
        for (int i = spans.size() - 1; i >= 0; i--) {
            Span s = spans.get(i);
            if (s.end() > phrase.start() || !usable.test(s)) {
                continue;
            }
            // the head word alone ("Agency chief Raymond Castillo") is the common noun, not a name
            String[] words = s.of(text).strip().split("\\s+");
            boolean named = words.length > 1 && java.util.Arrays.stream(words).anyMatch(w -> w.equalsIgnoreCase(head));
            Speaker org = named ? speaker(s, 0.75) : null;
            if (org != null) {
                return new Speaker(org.name(), org.confidence(), null, phrase, "\"the " + written + "\" \u2192 " + org.name());
            }
        }
        return new Speaker(written, 0.4, null, phrase, null);
    }

    /** "the organization wrote": the words after "the" up to the verb, lower case, the last a body; null otherwise. */
    private Span bodyBefore(List<Token> f, int verb) {
        int k = verb - 1;
        while (k >= 0 && f.get(k).isWord() && NounPhrases.SKIP.contains(f.get(k).lower())) {
            k--;
        }
        int first = k;
        while (first >= 0 && (isBodyWord(f.get(first)) || first == k && nounAfterThe(f, k)) && k - first < 3) {
            first--;
        }
        if (first == k || first < 0 || !f.get(first).lower().equals("the") || !namesABody(f.get(k)) && !namesADocument(f.get(k))) {
            return null;
        }
        if (first > 0 && f.get(first - 1).isWord() && !Set.of("and", "but").contains(f.get(first - 1).lower())) {
            return null; // "members of the board said", "... that the group said": not the clause's subject
        }
        return new Span(f.get(first + 1).start(), f.get(k).end());
    }

    /** "..., said the commission.", "according to the agency": "the" at {@code from}, lower-case words, then a mark or the end. */
    private Span bodyFrom(List<Token> f, int from) {
        if (from + 1 >= f.size() || !f.get(from).lower().equals("the")) {
            return null;
        }
        int e = from + 1;
        while (e < f.size() && (isBodyWord(f.get(e)) || e == from + 1 && nounAfterThe(f, e)) && e - from < 4) {
            e++;
        }
        // "... and said the narrow channel "is treated like a motorway"": a document before a quote
        // is what the quote is about more often than its source
        boolean document = namesADocument(f.get(e - 1)) && (e == f.size() || f.get(e).kind() != Token.Kind.QUOTE);
        if (e == from + 1 || e < f.size() && f.get(e).isWord() || !namesABody(f.get(e - 1)) && !document) {
            return null;
        }
        return new Span(f.get(from + 1).start(), f.get(e - 1).end());
    }

    /** "the report said": a word that is also a verb of speech is a noun right after "the". */
    private static boolean nounAfterThe(List<Token> f, int k) {
        Token t = f.get(k);
        return k > 0 && f.get(k - 1).lower().equals("the") && t.isWord() && !t.isCapitalised() && !t.possessive();
    }

    /** A lower-case word of a body's phrase, or a place joined to a participle: "the Larbert-based band". */
    private static boolean isBodyWord(Token t) {
        return t.isWord() && (!t.isCapitalised() || Names.isPlacedByParticiple(t.text())) && !t.possessive() && !NounPhrases.FUNCTION.contains(t.lower())
                && !NounPhrases.SKIP.contains(t.lower()) && !SpeakerWords.INSTANCE.isReportingVerb(t.lower());
    }

    private static boolean namesABody(Token t) {
        return t.lower().chars().allMatch(Character::isLetter) && org.crosscheck.text.sense.WordSenses.shared().namesABody(t.lower());
    }

    /** A document that speaks for whoever issued it: "the statement said", "according to the report". */
    private static boolean namesADocument(Token t) {
        return t.lower().chars().allMatch(Character::isLetter) && org.crosscheck.text.sense.WordSenses.shared().namesADocument(t.lower());
    }

    /** Records that organisation {@code name} spoke in sentence {@code sentence}: a later "it said" may be it. */
    void noteSpoke(String name, int sentence) {
        lastSpoke = name;
        lastSpokeIn = sentence;
    }

    /**
     * "The Post reported that ... It added, "...": the subject "it" of the verb at {@code verb}
     * as the organisation that spoke last, at most {@value #IT_WINDOW} sentences before; null
     * when the subject is no "it" or no organisation spoke that recently.
     */
    Speaker it(List<Token> f, int verb, int sentence) {
        int k = verb - 1;
        while (k >= 0 && f.get(k).isWord() && NounPhrases.SKIP.contains(f.get(k).lower())) {
            k--;
        }
        if (k < 0 || !f.get(k).lower().equals("it") || lastSpoke == null || lastSpokeIn > sentence || sentence - lastSpokeIn > IT_WINDOW) {
            return null;
        }
        if (k > 0 && f.get(k - 1).isWord() && !Set.of("and", "but").contains(f.get(k - 1).lower())) {
            return null; // "... that it said": "it" is the object or inside a clause, not the speaker
        }
        Token it = f.get(k);
        return new Speaker(lastSpoke, 0.7, new Span(it.start(), f.get(verb).end()), new Span(it.start(), it.end()),
                "\"" + it.text() + "\" \u2192 " + lastSpoke);
    }

    private Span ending(int end) {
        for (Span s : spans) {
            if (s.end() == end) {
                return s;
            }
            if (s.start() > end) {
                break;
            }
        }
        return null;
    }

    private Span starting(int start) {
        for (Span s : spans) {
            if (s.start() == start) {
                return s;
            }
            if (s.start() > start) {
                break;
            }
        }
        return null;
    }
}
