package org.crosscheck.text.quote;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.crosscheck.text.sense.WordSenses;

/**
 * Reads the noun phrases of a reporting frame: the subject before a reporting verb, the speaker
 * after an inverted one ("said Mr Peskov"), and the subject a sentence opens with.
 */
final class Phrases {

    private static final Lexicon LEX = Lexicon.INSTANCE;

    /** Words between a subject and its reporting verb: "has also said", "went on to say". */
    static final Set<String> SKIP = Set.of("has", "have", "had", "did", "does", "do", "also", "then", "later", "again",
            "would", "will", "could", "might", "may", "should", "repeatedly", "previously", "recently", "further",
            "once", "simply", "publicly", "reportedly", "allegedly", "went", "on", "to", "by",
            "however", "today", "yesterday", "earlier", "just", "clearly", "firmly", "strongly", "not", "never",
            "always", "immediately", "quickly", "flatly", "angrily", "bluntly", "initially", "first", "finally", "personally");

    private static final Set<String> FUNCTION = Set.of("the", "a", "an", "and", "but", "or", "of", "for", "in", "on", "at",
            "to", "with", "from", "by", "that", "which", "who", "as", "it", "its", "this", "these", "those", "than",
            "is", "are", "was", "were", "be", "been", "being", "his", "her", "their", "our", "my", "your", "if", "when",
            "while", "because", "since", "after", "before", "about", "into", "there", "here", "not", "no");

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "these");
    private static final Set<String> OPENERS = Set.of("in", "on", "at", "after", "during", "asked", "put", "speaking",
            "following", "despite", "before", "since", "earlier", "later", "meanwhile", "writing", "responding",
            "addressing", "pressed", "questioned", "referring", "talking", "with", "from", "under", "as", "when", "while");
    private static final Set<String> INVERTING = Set.of("said", "says", "added", "adds", "continued", "continues",
            "explained", "explains", "wrote", "writes", "insisted", "warned", "argued", "asked", "replied", "responded",
            "stated", "claimed", "noted", "tweeted", "declared", "concluded");

    private Phrases() {
    }

    /** Whether the token at {@code i} is a reporting verb used as a verb, not a noun ("the reports"). */
    static boolean isReportingVerbAt(List<Token> f, int i) {
        Token t = f.get(i);
        if (!t.isWord() || t.isCapitalised() && i > 0 || !LEX.isReportingVerb(t.text())) {
            return false;
        }
        return i == 0 || !DETERMINERS.contains(f.get(i - 1).lower());
    }

    static boolean isPassive(List<Token> f, int verb) {
        return verb > 0 && Set.of("was", "were", "been", "being", "is", "are", "be").contains(f.get(verb - 1).lower());
    }

    /** The subject written before the verb at {@code verb}, or null. */
    static Ref subjectBefore(List<Token> f, int verb, PersonIndex index) {
        int k = verb - 1;
        boolean infinitive = false;
        while (k >= 0 && f.get(k).isWord() && (SKIP.contains(f.get(k).lower()) || isReportingVerbAt(f, k))) {
            infinitive |= f.get(k).lower().equals("to");
            k--;
        }
        if (k < 0 || f.get(k).kind() == Token.Kind.QUOTE) {
            return null;
        }
        if (infinitive && isObjectOfVerb(f, k)) {
            return null; // "Lindqvist phoned Alvarez to concede": the object of a verb is not the subject of "to concede"
        }
        int tagged = NamePositions.beforePartyTag(f, k);
        if (tagged != k) {
            return personal(npBefore(f, tagged)); // "Ann Jones (D-Ohio) said", "Ann Jones, D-Ohio, said"
        }
        if (f.get(k).lower().equals("who") && k > 1 && f.get(k - 1).isPunct(",")) {
            return personal(npBefore(f, k - 2)); // "Mr Langbridge, who said ..."
        }
        if (!f.get(k).isPunct(",")) {
            return personal(npBefore(f, k));
        }
        // asides between commas: "X, a doctor, said", "X, deputy director of Y, who was not involved, called"
        int comma = k;
        for (int step = 0; step < 3 && comma > 0; step++) {
            int j = comma - 1;
            while (j >= 0 && (f.get(j).isWord() || isApostrophe(f.get(j))) && !isReportingVerbAt(f, j)) {
                j--;
            }
            if (j >= 0 && !f.get(j).isPunct(",")) {
                return null;
            }
            Ref inside = npBefore(f, comma - 1);
            if (inside instanceof Ref.Name n && isPerson(n, index) && inside.start() == f.get(j + 1).start()) {
                return inside; // the aside is the name itself: "Benirrosa's mayor, Lucia Ferrer, told"
            }
            if (j < 0) {
                return null;
            }
            Ref before = npBefore(f, j - 1);
            if (before instanceof Ref.Pronoun || before instanceof Ref.Role || before instanceof Ref.Name n2 && isPerson(n2, index)) {
                return before;
            }
            comma = j;
        }
        return null;
    }

    /**
     * Whether the name or pronoun ending at token {@code k} directly follows a lowercase word that
     * is no function word, title or adverb of speech: a verb whose object it is ("phoned Alvarez").
     */
    private static boolean isObjectOfVerb(List<Token> f, int k) {
        Ref np = npBefore(f, k);
        if (np == null) {
            return false;
        }
        int first = k;
        while (first > 0 && f.get(first - 1).start() >= np.start()) {
            first--;
        }
        if (first == 0) {
            return false;
        }
        Token before = f.get(first - 1);
        return before.isWord() && !before.isCapitalised() && !FUNCTION.contains(before.lower()) && !SKIP.contains(before.lower())
                && !LEX.isTitle(before.text()) && WordSenses.shared().canBeVerb(before.lower());
    }

    /** Whether the verb can stand before its subject: "..., said Mr Peskov". */
    static boolean isInverting(Token verb) {
        return INVERTING.contains(verb.lower());
    }

    /**
     * Whether a noun phrase that names no person opens the clause of the verb at {@code verb}
     * after a comma or a quote ("..., his campaign said", "\"...\" the report says"): the verb
     * then has a subject of its own, and it is no person.
     */
    static boolean hasOwnSubject(List<Token> f, int verb) {
        int k = verb - 1;
        while (k >= 0 && f.get(k).isWord() && SKIP.contains(f.get(k).lower())) {
            k--;
        }
        if (k < 0 || !isNpWord(f.get(k)) || f.get(k).lower().endsWith("ing")) {
            return false;
        }
        Ref np = npBefore(f, k);
        if (!(np instanceof Ref.Other)) {
            return false;
        }
        int first = k;
        while (first > 0 && f.get(first - 1).start() >= np.start()) {
            first--;
        }
        if (first > 0 && DETERMINERS.contains(f.get(first - 1).lower())) {
            first--;
        }
        return first > 0 && (f.get(first - 1).isPunct(",") || f.get(first - 1).kind() == Token.Kind.QUOTE);
    }

    /** The speaker named right after an inverted verb ("..., said Mr Peskov."), or null. */
    static Ref subjectAfter(List<Token> f, int verb, PersonIndex index) {
        if (!INVERTING.contains(f.get(verb).lower()) || verb + 1 >= f.size()) {
            return null;
        }
        Token first = f.get(verb + 1);
        if (!first.isWord() || pronounGender(first.lower()) != null || !(first.isCapitalised()
                || DETERMINERS.contains(first.lower()) || first.possessive() || LEX.isTitle(first.text())
                || premodifiesName(f, verb + 1))) {
            return null;
        }
        return phraseAfter(f, verb + 1, index);
    }

    /**
     * The person named right after a verb the lexicon does not know as a verb of speech, in the
     * inverted order that only speech takes ("...," mused Blaze co-host Stu Burguiere.), or null.
     */
    static Ref personAfter(List<Token> f, int verb, PersonIndex index) {
        if (verb + 1 >= f.size()) {
            return null;
        }
        Token first = f.get(verb + 1);
        if (!first.isWord() || !(first.isCapitalised() || DETERMINERS.contains(first.lower()) || LEX.isTitle(first.text())
                || premodifiesName(f, verb + 1))) {
            return null;
        }
        Ref r = phraseAfter(f, verb + 1, index);
        return r instanceof Ref.Name n && isPerson(n, index) || r instanceof Ref.Role ? r : null;
    }

    /** "according to X": the phrase after the two words, or null. */
    static Ref accordingTo(List<Token> f, int at, PersonIndex index) {
        return at + 2 < f.size() ? phraseAfter(f, at + 2, index) : null;
    }

    /** The speaker phrase starting at {@code from}, preferring a person named in an apposition after it. */
    private static Ref phraseAfter(List<Token> f, int from, PersonIndex index) {
        int e = from;
        while (e < f.size() && f.get(e).isWord() && !f.get(e).lower().equals("that") && e - from < 8
                && !(e > from && endsPhrase(f.get(e)))) {
            e++;
        }
        if (e == from) {
            return null;
        }
        Ref head = npBefore(f, e - 1);
        int phraseStart = DETERMINERS.contains(f.get(from).lower()) && from + 1 < e ? f.get(from + 1).start() : f.get(from).start();
        if (head == null || head.start() > phraseStart && !(head instanceof Ref.Name)) {
            return null;
        }
        if (e + 1 < f.size() && f.get(e).isPunct(",")) {
            int e2 = e + 1;
            while (e2 < f.size() && f.get(e2).isWord() && e2 - e < 6) {
                e2++;
            }
            Ref appositive = e2 > e + 1 ? npBefore(f, e2 - 1) : null;
            if (appositive instanceof Ref.Name n && isPerson(n, index) && !org.crosscheck.text.entity.Names.isKnownPlace(n.written())
                    && !(head instanceof Ref.Name hn && isPerson(hn, index))) {
                return appositive; // "said the group's director, Alison Kerr."
            }
        }
        return personal(head);
    }

    /**
     * Whether the lowercase word at {@code i} opens a name phrase it modifies ("said former Sen.
     * Evan Bayh"): a content word followed by a title or a capitalised word.
     */
    private static boolean premodifiesName(List<Token> f, int i) {
        if (i + 1 >= f.size() || FUNCTION.contains(f.get(i).lower()) || SKIP.contains(f.get(i).lower())) {
            return false;
        }
        Token next = f.get(i + 1);
        return next.isWord() && (next.isCapitalised() || LEX.isTitle(next.text()));
    }

    /**
     * A lowercase function word that closes the speaker phrase after an inverted verb ("said Paul
     * Ryan in a statement"); "of" and "for" stay inside it ("the director of the agency").
     */
    private static boolean endsPhrase(Token t) {
        return !t.isCapitalised() && FUNCTION.contains(t.lower()) && !Set.of("of", "for").contains(t.lower())
                && !DETERMINERS.contains(t.lower());
    }

    /** "Whitlock: 'We gave them two goals'": the phrase before a colon that opens the quote at {@code q}. */
    static Ref beforeColon(List<Token> f, int q, PersonIndex index) {
        if (q < 2 || !f.get(q - 1).isPunct(":")) {
            return null;
        }
        Ref r = npBefore(f, q - 2);
        return r instanceof Ref.Name n && isPerson(n, index) || r instanceof Ref.Role ? r : null;
    }

    static boolean isPerson(Ref.Name n, PersonIndex index) {
        return !index.matching(List.of(n.written().split(" "))).isEmpty();
    }

    private static Ref personal(Ref r) {
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

    private static boolean isApostrophe(Token t) {
        return t.isPunct("'") || t.isPunct("\u2019");
    }

    /** The subject the frame opens with, after any introductory phrase or headline kicker. */
    static Ref sentenceSubject(List<Token> f) {
        for (int k = 0; k < Math.min(5, f.size()); k++) {
            if (f.get(k).isPunct(":") && f.subList(0, k).stream().allMatch(Token::isWord)
                    && f.subList(0, k).stream().noneMatch(t -> LEX.isReportingVerb(t.text()))) {
                return sentenceSubject(f.subList(k + 1, f.size())); // a headline kicker: "Ukraine war: ..."
            }
        }
        int s = 0;
        while (s < f.size() && (f.get(s).isPunct(",") || Set.of("and", "but", "however", "so", "yet", "still").contains(f.get(s).lower()))) {
            s++;
        }
        if (s < f.size() && f.get(s).isWord() && OPENERS.contains(f.get(s).lower())) {
            while (s < f.size() && !f.get(s).isPunct(",")) {
                s++;
            }
            s++;
        }
        int e = s;
        while (e < f.size() && e - s < 10 && inSubject(f, e)) {
            e++;
        }
        if (e <= s || e > f.size()) {
            return null;
        }
        Ref r = npBefore(f, e - 1);
        return r == null || r instanceof Ref.Other || r.start() < f.get(s).start() ? null : r;
    }

    /** Whether token {@code e} can still belong to a subject noun phrase read left to right. */
    private static boolean inSubject(List<Token> f, int e) {
        Token t = f.get(e);
        if (!t.isWord() || isReportingVerbAt(f, e) || SKIP.contains(t.lower())) {
            return false;
        }
        if (t.isCapitalised() || t.possessive() || DETERMINERS.contains(t.lower()) || Set.of("of", "for").contains(t.lower())
                || LEX.isTitle(t.text())) {
            return true;
        }
        for (int k = e + 1; k < Math.min(f.size(), e + 3); k++) {
            if (NameScanner.isTitleNoun(f.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** The noun phrase ending at token {@code k}, following "of"/"for" to the phrase it belongs to. */
    static Ref npBefore(List<Token> f, int k) {
        if (k < 0 || !f.get(k).isWord()) {
            return null;
        }
        Token last = f.get(k);
        Lexicon.Gender pg = pronounGender(last.lower());
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

    private static Set<String> descriptors(Ref r) {
        if (r instanceof Ref.Role role) {
            return role.descriptors();
        }
        if (r instanceof Ref.Other o) {
            return o.descriptors();
        }
        if (r instanceof Ref.Name n) {
            return Set.of(Lexicon.lower(n.written()));
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

    private static boolean isNpWord(Token t) {
        return t.isWord() && !FUNCTION.contains(t.lower()) && !SKIP.contains(t.lower()) && pronounGender(t.lower()) == null
                && !(LEX.isReportingVerb(t.text()) && !t.isCapitalised());
    }

    static Lexicon.Gender pronounGender(String lower) {
        return switch (lower) {
            case "he" -> Lexicon.Gender.M;
            case "she" -> Lexicon.Gender.F;
            case "they" -> Lexicon.Gender.X;
            default -> null;
        };
    }
}
