package org.crosscheck.text.quote;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.crosscheck.text.Token;
import org.crosscheck.text.entity.Names;
import org.crosscheck.text.sense.WordSenses;

/**
 * Reads one noun phrase of a frame, ending at a given token, into a {@link Ref}: a name, a
 * pronoun, a role ("the mayor", "Putin's spokesman", "a spokesman for the president") or any
 * other phrase; and tells a person noun ("officials", "a strategist") from a thing.
 */
final class NounPhrases {

    private static final SpeakerWords LEX = SpeakerWords.INSTANCE;

    /** Words between a subject and its reporting verb: "has also said", "went on to say". */
    static final Set<String> SKIP = Set.of("has", "have", "had", "did", "does", "do", "also", "then", "later", "again",
            "would", "will", "could", "might", "may", "should", "repeatedly", "previously", "recently", "further",
            "once", "simply", "publicly", "reportedly", "allegedly", "went", "on", "to", "by",
            "however", "today", "yesterday", "earlier", "just", "clearly", "firmly", "strongly", "not", "never",
            "always", "immediately", "quickly", "flatly", "angrily", "bluntly", "initially", "first", "finally", "personally");

    static final Set<String> FUNCTION = Set.of("the", "a", "an", "and", "but", "or", "of", "for", "in", "on", "at",
            "to", "with", "from", "by", "that", "which", "who", "as", "it", "its", "this", "these", "those", "than",
            "is", "are", "was", "were", "be", "been", "being", "his", "her", "their", "our", "my", "your", "if", "when",
            "while", "because", "since", "after", "before", "about", "into", "there", "here", "not", "no");

    /** Determiners and possessive pronouns that open a noun phrase. */
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "these");

    /** Prepositions whose object is never the subject of the clause: "a bench sitting in Nairobi", "officials from Geneva". */
    static final Set<String> PREPOSITIONS = Set.of("in", "at", "from", "near", "outside", "inside", "across", "around", "on",
            "of", "for", "under", "over", "within", "between", "among", "behind", "beyond", "into", "toward", "towards",
            "against", "throughout", "beside", "along", "via", "off", "upon");

    private NounPhrases() {
    }

    /**
     * The head of the subject phrase that ends at token {@code k}: the noun phrase there, or, when
     * that phrase is the object of a preposition ("a bench sitting in Nairobi", "officials from
     * Geneva", "a resident of the city"), the phrase the preposition hangs on, which may be no
     * speaker at all; null when there is none. A place or a thing after a preposition never
     * stands in for the subject.
     */
    static Ref subjectHead(List<Token> f, int k) {
        Ref r = npBefore(f, k);
        if (k < 0 || !isNpWord(f.get(k)) || f.get(k).possessive()) {
            return r; // "out of Trump's claim": a possessor belongs to the noun after it
        }
        for (int hop = 0; hop < 3 && r != null; hop++) {
            int first = k;
            while (first > 0 && f.get(first - 1).start() >= r.start()) {
                first--;
            }
            int run = first;
            while (run > 0 && f.get(run - 1).isCapitalised() && !f.get(run - 1).possessive()) {
                run--; // the whole capitalised run: "South Carolina"
            }
            if (run > 1 && f.get(run - 1).isSymbol(",") && r instanceof Ref.Name && isPlace(words(f, run, k))
                    && f.get(run - 2).isCapitalised() && !f.get(run - 2).possessive()) {
                // "of Columbia, South Carolina": a region after a comma belongs to the place before it
                Ref place = npBefore(f, run - 2);
                if (place instanceof Ref.Name) {
                    r = place;
                    k = run - 2;
                    continue;
                }
            }
            int p = first - 1;
            if (p > 0 && DETERMINERS.contains(f.get(p).lower())) {
                p--;
            }
            if (p < 1 || !isPrepositionAt(f, p)) {
                return r;
            }
            if (!(r instanceof Ref.Name) && Set.of("of", "for").contains(f.get(p).lower())) {
                return r; // "a group of doctors": the people named after "of" are who speaks
            }
            int h = p - 1;
            if (h > 0 && isParticiple(f.get(h))) {
                h--; // "a bench sitting in Nairobi", "a charity based in Leeds"
            }
            if (!f.get(h).isWord()) {
                return null;
            }
            Ref head = h >= 0 && isNpWord(f.get(h)) ? npBefore(f, h) : null;
            if (head == null || isObject(f, h, head)) {
                return null; // "greeted supporters at a rally in Houston": an object is no subject either
            }
            r = head;
            k = h;
        }
        return r;
    }

    /** Whether the phrase {@code np} ending at token {@code k} directly follows a lowercase word that can be a verb: its object. */
    private static boolean isObject(List<Token> f, int k, Ref np) {
        int first = k;
        while (first > 0 && (f.get(first - 1).start() >= np.start() || f.get(first - 1).isCapitalised())) {
            first--; // the whole name with its titles: "endorsed Mr. Trump"
        }
        if (first > 0 && DETERMINERS.contains(f.get(first - 1).lower())) {
            first--;
        }
        if (first == 0) {
            return false;
        }
        Token before = f.get(first - 1);
        return before.isWord() && !before.isCapitalised() && !FUNCTION.contains(before.lower()) && !SKIP.contains(before.lower())
                && !LEX.isTitle(before.text()) && WordSenses.shared().canBeVerb(before.lower());
    }

    /** Whether a written name is a place: from the alias list or WordNet. */
    static boolean isPlace(String written) {
        return Names.isKnownPlace(written) || WordSenses.shared().isPlaceName(written);
    }

    private static String words(List<Token> f, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i <= to; i++) {
            b.append(i > from ? " " : "").append(f.get(i).text());
        }
        return b.toString();
    }

    /** Whether the token at {@code p} is a preposition inside a sentence, not one that opens it. */
    private static boolean isPrepositionAt(List<Token> f, int p) {
        Token t = f.get(p);
        return t.isWord() && !t.isCapitalised() && PREPOSITIONS.contains(t.lower());
    }

    /** A lowercase "-ing" or "-ed" form that can be a verb: a participle a phrase hangs on ("sitting", "based"). */
    private static boolean isParticiple(Token t) {
        String w = t.lower();
        return t.isWord() && !t.isCapitalised() && (w.endsWith("ing") || w.endsWith("ed")) && !LEX.isReportingVerb(w)
                && WordSenses.shared().canBeVerb(w);
    }

    /** The noun phrase ending at token {@code k}, following "of"/"for" to the phrase it belongs to. */
    static Ref npBefore(List<Token> f, int k) {
        if (k < 0 || !f.get(k).isWord()) {
            return null;
        }
        Token last = f.get(k);
        SpeakerWords.Gender pg = pronounGender(last.lower());
        if (pg != null) {
            return new Ref.Pronoun(pg, last.start(), last.end());
        }
        int m = k;
        while (m > 0 && k - m < 5 && isNpWord(f.get(m - 1)) && !(f.get(m - 1).possessive() && f.get(m).isCapitalised() && !f.get(m - 1).isCapitalised())) {
            m--;
        }
        Ref inner = classify(f, m, k);
        int c = m - 1;
        if (c > 0 && DETERMINERS.contains(f.get(c).lower())) {
            c--;
        }
        if (c >= 1 && Set.of("of", "for").contains(f.get(c).lower())) {
            Ref outer = npBefore(f, c - 1);
            if (outer instanceof Ref.Name || outer instanceof Ref.Pronoun) {
                return outer;
            }
            if (outer instanceof Ref.Role role && !(inner instanceof Ref.Name n && n.person() != null)) {
                Set<String> d = new LinkedHashSet<>(role.descriptors());
                Set<String> nat = new LinkedHashSet<>(role.nationalities());
                d.addAll(descriptors(inner));
                if (inner instanceof Ref.Role ir) {
                    d.add(ir.head());
                }
                return new Ref.Role(role.head(), d, nat, true, role.start(), inner.end());
            }
        }
        return inner;
    }

    /** A phrase as a speaker phrase: a person noun ("officials") becomes a role, any other phrase that is no name, pronoun or role none. */
    static Ref personal(Ref r) {
        if (r instanceof Ref.Other o && !o.descriptors().isEmpty()) {
            // "a police spokesperson", "officials", "the strategist": a noun that names people by what
            // they do is a nominal speaker, reported as such; a place or a thing never is
            List<String> words = new ArrayList<>(o.descriptors());
            String head = words.remove(words.size() - 1);
            if (head.chars().allMatch(Character::isLetter) && WordSenses.shared().isRoleNoun(head)) {
                return new Ref.Role(head, new LinkedHashSet<>(words), Set.of(), true, o.start(), o.end());
            }
            return null;
        }
        return r;
    }

    /** Whether the written name names a person the article knows. */
    static boolean isPerson(Ref.Name n, PersonIndex index) {
        return !index.matching(List.of(n.written().split(" "))).isEmpty();
    }

    private static Set<String> descriptors(Ref r) {
        if (r instanceof Ref.Role role) {
            return role.descriptors();
        }
        if (r instanceof Ref.Other o) {
            return o.descriptors();
        }
        if (r instanceof Ref.Name n) {
            return Set.of(SpeakerWords.lower(n.written()));
        }
        return Set.of();
    }

    private static Ref classify(List<Token> f, int m, int k) {
        Token last = f.get(k);
        int start = f.get(m).start();
        if (last.isCapitalised() && !LEX.isNotName(last.text()) && !last.isAcronym()) {
            int r = k;
            while (r > m && f.get(r - 1).isCapitalised() && !f.get(r - 1).possessive()) {
                r--;
            }
            r = NameScanner.nameStart(f, r, k + 1);
            List<String> name = f.subList(r, k + 1).stream().map(Token::text).toList();
            if (LEX.isTitle(last.text()) && name.size() == 1) {
                return role(f, m, k);
            }
            return new Ref.Name(null, String.join(" ", name), f.get(r).start(), last.end());
        }
        if (LEX.isTitle(last.text())) {
            return role(f, m, k);
        }
        Set<String> d = new LinkedHashSet<>();
        for (int i = m; i <= k; i++) {
            d.add(f.get(i).lower());
        }
        return new Ref.Other(d, start, last.end());
    }

    private static Ref role(List<Token> f, int m, int k) {
        Set<String> d = new LinkedHashSet<>();
        Set<String> nat = new LinkedHashSet<>();
        boolean specific = false;
        for (int i = m; i < k; i++) {
            d.add(f.get(i).lower());
            if (NameScanner.isNationality(f.get(i))) {
                nat.add(f.get(i).lower());
            }
            specific |= f.get(i).isCapitalised() && i > m || f.get(i).possessive();
        }
        return new Ref.Role(f.get(k).lower(), d, nat, specific, f.get(m).start(), f.get(k).end());
    }

    /** Whether the token can be part of a noun phrase: no function word, pronoun or verb of speech. */
    static boolean isNpWord(Token t) {
        return t.isWord() && !FUNCTION.contains(t.lower()) && !SKIP.contains(t.lower()) && pronounGender(t.lower()) == null
                && !(LEX.isReportingVerb(t.text()) && !t.isCapitalised());
    }

    /** The gender a personal pronoun gives, or null when {@code lower} is none. */
    static SpeakerWords.Gender pronounGender(String lower) {
        return switch (lower) {
            case "he" -> SpeakerWords.Gender.M;
            case "she" -> SpeakerWords.Gender.F;
            case "they" -> SpeakerWords.Gender.X;
            default -> null;
        };
    }
}
