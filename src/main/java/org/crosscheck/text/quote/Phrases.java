package org.crosscheck.text.quote;

import java.util.List;
import java.util.Set;

import org.crosscheck.text.Token;
import org.crosscheck.text.sense.WordSenses;

/**
 * Finds the speaker phrase of a reporting verb in a frame: the subject before it ("Mr Peskov has
 * also said", "X, a doctor, said"), the speaker after an inverted one ("said Mr Peskov"), the
 * source of "according to", and the name before a colon that opens a quote.
 */
final class Phrases {

    private static final SpeakerWords LEX = SpeakerWords.INSTANCE;
    /** Words that open an unnamed speaker after an inverted verb: "said one official", "said another". */
    private static final Set<String> QUANTIFIERS = Set.of("one", "another", "some", "several", "two", "three");

    /** Words of number or quantity after which a word in -s is a plural noun ("four states"). */
    private static final Set<String> PLURAL_QUANTIFIERS = Set.of("some", "several", "many", "few", "both", "all", "two", "three",
            "four", "five", "six", "seven", "eight", "nine", "ten", "other", "most", "these", "those");

    private static final Set<String> INVERTING = Set.of("said", "says", "added", "adds", "continued", "continues",
            "explained", "explains", "wrote", "writes", "insisted", "warned", "argued", "asked", "replied", "responded",
            "stated", "claimed", "noted", "tweeted", "declared", "concluded");

    /** Prepositions of time, which no speaker phrase goes on with ("said Jan Ek during the debate"). */
    private static final Set<String> TIME_PREPOSITIONS = Set.of("during", "amid", "until", "following", "through", "throughout");

    private Phrases() {
    }

    /** Whether the token at {@code i} is a reporting verb used as a verb, not a noun ("the reports"). */
    static boolean isReportingVerbAt(List<Token> f, int i) {
        Token t = f.get(i);
        if (!t.isWord() || t.isCapitalised() && i > 0 || !LEX.isReportingVerb(t.text()) && !tellsSpeech(f, i)) {
            return false;
        }
        if (i + 1 < f.size() && LEX.isBareReportingVerb(t.text()) && f.get(i + 1).isWord() && !f.get(i + 1).isCapitalised()
                && LEX.isTitle(f.get(i + 1).text())) {
            return false; // "White House press secretary Josh Earnest said": a bare form before a title noun modifies it
        }
        if (i > 0 && t.lower().endsWith("s") && !LEX.isBareReportingVerb(t.text())
                && (PLURAL_QUANTIFIERS.contains(f.get(i - 1).lower()) || f.get(i - 1).text().chars().allMatch(Character::isDigit))) {
            return false; // "four states", "some claims": after a number the -s form is a plural noun
        }
        if (i > 0 && f.get(i - 1).isWord() && f.get(i - 1).possessive()) {
            return false; // "Ginsburg's comments": a word after a possessive is a noun
        }
        if (i > 0 && f.get(i - 1).isWord() && !f.get(i - 1).isCapitalised() && SubjectHeads.PREPOSITIONS.contains(f.get(i - 1).lower())) {
            return false; // "the former secretary of state will play": a word after a preposition is a noun
        }
        if (i > 0 && isObjectAfterVerb(f, i)) {
            return false; // "Obama offered states billions": a word right after a verb is its object, a noun
        }
        if (i > 1 && f.get(i - 1).isWord() && f.get(i - 1).lower().equals("to") && f.get(i - 2).isWord()
                && (f.get(i - 2).isCapitalised() || WordSenses.shared().isNounFirst(f.get(i - 2).lower()))) {
            return false; // "a request from Seal Alert Namibia to post monitors": an infinitive after a noun says what is asked or planned
        }
        if (i + 2 < f.size() && f.get(i + 1).lower().equals("to") && f.get(i + 2).isWord() && !f.get(i + 2).isCapitalised()
                && f.get(i + 2).lower().equals("be")) {
            return false; // "will continue to be": the verb takes an infinitive, not words
        }
        return i == 0 || !NounPhrases.DETERMINERS.contains(f.get(i - 1).lower()) && !modifiesNoun(f, i);
    }

    /** How far after a verb of telling the list lacks its "that" or colon may stand: "vented to her husband, Frank, that". */
    private static final int TELLING_REACH = 8;
    /** The words that may follow such a verb: what was told, or to whom ("vented that", "vented to"). */
    private static final Set<String> TELLING_NEXT = Set.of("that", "to");

    /**
     * Whether the word at {@code i} is a past tense of telling the list lacks ("vented",
     * "elaborated"; {@link WordSenses#isVerbOfTelling}) that introduces words: "that" or "to" and
     * the one spoken to follow it, with a "that" or a colon within a few words, or a mark ends its
     * clause ("..., she elaborated, "..."). A verb with an object ("advised him that", "praised X
     * for a "..."") carries no speech of its own.
     */
    private static boolean tellsSpeech(List<Token> f, int i) {
        if (!WordSenses.shared().isVerbOfTelling(f.get(i).text())) {
            return false;
        }
        if (i + 1 >= f.size() || !f.get(i + 1).isWord()) {
            return true;
        }
        if (!TELLING_NEXT.contains(f.get(i + 1).lower())) {
            return false; // "advised him that ...": a verb with an object of its own reports the object's counsel, not words
        }
        for (int k = i + 1; k < f.size() && k - i <= TELLING_REACH && f.get(k).kind() != Token.Kind.QUOTE; k++) {
            if (f.get(k).isSymbol(":") || f.get(k).isWord() && f.get(k).lower().equals("that")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word at {@code i}, not a participle, stands right after a lower-case word the
     * dictionary knows only as a verb ("offered states", "gave notice"): it is that verb's object.
     */
    private static boolean isObjectAfterVerb(List<Token> f, int i) {
        Token before = f.get(i - 1);
        String w = before.lower();
        return !f.get(i).lower().endsWith("ing") && before.isWord() && !before.isCapitalised() && !NounPhrases.SKIP.contains(w)
                && !NounPhrases.FUNCTION.contains(w) && WordSenses.shared().onlyVerb(w);
    }

    /**
     * Whether the bare form at {@code i} follows a singular noun phrase of one word ("the senior
     * state counsel", "a press release"): a bare verb form does not agree with such a subject, so
     * the word is part of the noun phrase, not its verb.
     */
    private static boolean modifiesNoun(List<Token> f, int i) {
        if (i < 2 || !LEX.isBareReportingVerb(f.get(i).text())) {
            return false;
        }
        Token before = f.get(i - 1);
        String w = before.lower();
        if (before.isWord() && !before.isCapitalised() && Set.of("the", "that").contains(f.get(i - 2).lower())
                && !w.endsWith("s") && !NounPhrases.SKIP.contains(w) && !WordSenses.shared().isGroupNoun(w)) {
            return true;
        }
        // "a now-deleted Facebook post": a phrase opened by "a" is singular, however many words it has
        int k = i - 1;
        while (k > 0 && i - k <= 4 && NounPhrases.isNpWord(f.get(k))) {
            k--;
        }
        return k < i - 1 && Set.of("a", "an", "this", "each", "every", "another").contains(f.get(k).lower());
    }

    /** Whether the verb at {@code verb} follows a form of "be" ("was told"): its subject is no speaker. */
    static boolean isPassive(List<Token> f, int verb) {
        return verb > 0 && Set.of("was", "were", "been", "being", "is", "are", "be").contains(f.get(verb - 1).lower());
    }

    /** The tokens from {@code from} to {@code to} as one name when all are capitalised words and the index knows the person; else null. */
    private static Ref.Name wholeName(List<Token> f, int from, int to, PersonIndex index) {
        if (to - from < 2 || f.subList(from, to).stream().anyMatch(t -> !t.isWord() || !t.isCapitalised())) {
            return null;
        }
        List<String> form = f.subList(from, to).stream().map(Token::text).toList();
        return index.find(form) == null || org.crosscheck.text.entity.Names.isKnownPlace(String.join(" ", form)) ? null
                : new Ref.Name(null, String.join(" ", form), f.get(from).start(), f.get(to - 1).end());
    }

    /** The subject written before the verb at {@code verb}, or null. */
    static Ref subjectBefore(List<Token> f, int verb, PersonIndex index) {
        int k = verb - 1;
        boolean infinitive = false;
        // a capitalised "Will" inside the sentence is a name, not the auxiliary: "'...,' Will wrote"
        while (k >= 0 && f.get(k).isWord() && (NounPhrases.skipsBeforeVerb(f.get(k)) && (k == 0 || !f.get(k).isCapitalised())
                || isReportingVerbAt(f, k))) {
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
            return NounPhrases.personal(NounPhrases.npBefore(f, tagged)); // "Ann Jones (D-Ohio) said", "Ann Jones, D-Ohio, said"
        }
        if (f.get(k).lower().equals("who") && k > 1 && f.get(k - 1).isSymbol(",")) {
            return NounPhrases.personal(NounPhrases.npBefore(f, k - 2)); // "Mr Langbridge, who said ...", "from Mike Lee, who said"
        }
        if (!f.get(k).isSymbol(",")) {
            return NounPhrases.personal(SubjectHeads.of(f, k));
        }
        // "X, who runs a cafe in Lahinch, Co Clare, said": a relative clause, commas and all, belongs to X
        for (int w = k - 1; w > 1 && f.get(w).kind() != Token.Kind.QUOTE; w--) {
            if (f.get(w).isWord() && isReportingVerbAt(f, w) && !Appositives.isRelative(f, w)) {
                break;
            }
            if (f.get(w).isWord() && f.get(w).lower().equals("who") && f.get(w - 1).isSymbol(",")) {
                Ref r = NounPhrases.personal(NounPhrases.npBefore(f, w - 2));
                // "who" follows a person: "of the Hunter Institute, who led the research" leaves it to the asides below
                if (r instanceof Ref.Name n && NounPhrases.isPerson(n, index) || r instanceof Ref.Role || r instanceof Ref.Pronoun) {
                    return r;
                }
                break;
            }
        }
        // asides between commas: "X, a doctor, said", "X, deputy director of Y, who was not involved, called"
        int comma = k;
        for (int step = 0; step < 3 && comma > 0; step++) {
            int j = comma - 1;
            while (j >= 0 && (f.get(j).isWord() || isApostrophe(f.get(j)) || f.get(j).kind() == Token.Kind.QUOTE && Appositives.quotedInside(f, j, index))
                    && !(f.get(j).isWord() && isReportingVerbAt(f, j) && !Appositives.isRelative(f, j))) {
                j--;
            }
            if (j >= 0 && !f.get(j).isSymbol(",")) {
                return null;
            }
            Ref inside = NounPhrases.npBefore(f, comma - 1);
            if (inside instanceof Ref.Name n && NounPhrases.isPerson(n, index)
                    && (inside.start() == f.get(j + 1).start() || describedBefore(f, j + 1, inside.start()))) {
                // the aside is the name itself, "Benirrosa's mayor, Lucia Ferrer, told", or the name
                // with what the person is: "the tribunal's chair, retired judge Eleanor Whitcombe, wrote"
                return inside;
            }
            if (j < 0) {
                return null;
            }
            Ref before = NounPhrases.npBefore(f, j - 1);
            Ref.Name whole = before instanceof Ref.Role ? wholeName(f, j + 1, comma, index) : null;
            if (whole != null) {
                return whole; // ... a name whose given name the phrase reader does not know: "the county's water chief, Ekai Lokwawi, said"
            }
            if (before instanceof Ref.Pronoun || before instanceof Ref.Role || before instanceof Ref.Name n2 && NounPhrases.isPerson(n2, index)) {
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
        Ref np = NounPhrases.npBefore(f, k);
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
        return before.isWord() && !before.isCapitalised() && !NounPhrases.FUNCTION.contains(before.lower()) && !NounPhrases.SKIP.contains(before.lower())
                && !LEX.isTitle(before.text()) && WordSenses.shared().canBeVerb(before.lower());
    }

    /**
     * Whether the participle at {@code verb} hangs on the noun right before it ("Trump's tweet
     * saying ...", "statements by Trump calling for ..."): a reduced relative clause, not the verb
     * of the clause that carries the quote.
     */
    static boolean isReducedRelative(List<Token> f, int verb) {
        if (verb == 0 || !f.get(verb).lower().endsWith("ing")) {
            return false;
        }
        Token before = f.get(verb - 1);
        return NounPhrases.isNpWord(before) && !NounPhrases.SKIP.contains(before.lower()) && !before.lower().endsWith("ly");
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
        while (k >= 0 && f.get(k).isWord() && NounPhrases.SKIP.contains(f.get(k).lower())) {
            k--;
        }
        if (k < 0 || !NounPhrases.isNpWord(f.get(k)) || f.get(k).lower().endsWith("ing")) {
            return false;
        }
        Ref np = NounPhrases.npBefore(f, k);
        if (!(np instanceof Ref.Other)) {
            return false;
        }
        int first = k;
        while (first > 0 && f.get(first - 1).start() >= np.start()) {
            first--;
        }
        if (first > 0 && NounPhrases.DETERMINERS.contains(f.get(first - 1).lower())) {
            first--;
        }
        return first > 0 && (f.get(first - 1).isSymbol(",") || f.get(first - 1).kind() == Token.Kind.QUOTE);
    }

    /** The speaker named right after an inverted verb ("..., said Mr Peskov."), or null. */
    static Ref subjectAfter(List<Token> f, int verb, PersonIndex index) {
        if (!INVERTING.contains(f.get(verb).lower()) || verb + 1 >= f.size()) {
            return null;
        }
        Token first = f.get(verb + 1);
        if (!first.isWord() || NounPhrases.pronounGender(first.lower()) != null || !(first.isCapitalised()
                || NounPhrases.DETERMINERS.contains(first.lower()) || first.possessive() || LEX.isTitle(first.text())
                || QUANTIFIERS.contains(first.lower()) && verb + 2 < f.size() && f.get(verb + 2).isWord()
                || premodifiesName(f, verb + 1))) {
            return null;
        }
        int e = verb + 1;
        while (e < f.size() && f.get(e).isWord()) {
            e++;
        }
        Ref r = phraseAfter(f, verb + 1, index);
        if (r != null && auxiliaryAfter(f, r.end())) {
            // "said Norway had thrown away an early lead": a name its own verb follows is the
            // subject of what was said, not the one who said it
            return null;
        }
        if (e < f.size() && f.get(e).kind() == Token.Kind.QUOTE && !(r instanceof Ref.Name n && NounPhrases.isPerson(n, index))) {
            // "and said the nearby strait "keeps being treated like a motorway"": a phrase the quote
            // goes on from, with no mark between, is the subject of the reported clause, not the speaker
            return null;
        }
        return r;
    }

    /** Auxiliaries that open a clause's predicate: after a name, they make it that clause's subject. */
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have", "had", "will", "would",
            "could", "can", "should", "may", "might", "must", "did", "does", "do");

    /** Whether an auxiliary follows right after the phrase that ends at offset {@code end}. */
    static boolean auxiliaryAfter(List<Token> f, int end) {
        for (int k = 0; k + 1 < f.size(); k++) {
            if (f.get(k).end() == end) {
                return f.get(k + 1).isWord() && AUXILIARIES.contains(f.get(k + 1).lower());
            }
        }
        return false;
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
        if (!first.isWord() || !(first.isCapitalised() || NounPhrases.DETERMINERS.contains(first.lower()) || LEX.isTitle(first.text())
                || premodifiesName(f, verb + 1))) {
            return null;
        }
        Ref r = phraseAfter(f, verb + 1, index);
        return r instanceof Ref.Name n && NounPhrases.isPerson(n, index) || r instanceof Ref.Role ? r : null;
    }

    /** "according to X", "(the) words of X": the phrase after the two words from {@code at}, or null. */
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
        // "according to the residents' association chairman, Peter Ouma,": the phrase reader stops
        // at a plural possessive, but the name set off after the role it opens is the source
        Ref.Name afterPossessive = e < f.size() && isApostrophe(f.get(e)) && f.get(e - 1).lower().endsWith("s")
                ? nameAfterRole(f, e + 1, index) : null;
        if (afterPossessive != null) {
            return afterPossessive;
        }
        Ref head = NounPhrases.npBefore(f, e - 1);
        int phraseStart = NounPhrases.DETERMINERS.contains(f.get(from).lower()) && from + 1 < e ? f.get(from + 1).start() : f.get(from).start();
        if (head == null || head.start() > phraseStart && !(head instanceof Ref.Name)) {
            return null;
        }
        if (e + 1 < f.size() && f.get(e).isSymbol(",")) {
            Ref.Name appositive = appositiveName(f, e, index);
            if (appositive != null && !(head instanceof Ref.Name hn && NounPhrases.isPerson(hn, index))) {
                return appositive; // "said the group's director, Alison Kerr."
            }
        }
        return NounPhrases.personal(head);
    }

    /** The person named between the comma at {@code comma} and the next punctuation, or null. */
    private static Ref.Name appositiveName(List<Token> f, int comma, PersonIndex index) {
        int e2 = comma + 1;
        while (e2 < f.size() && f.get(e2).isWord() && e2 - comma < 6) {
            e2++;
        }
        Ref appositive = e2 > comma + 1 ? NounPhrases.npBefore(f, e2 - 1) : null;
        return appositive instanceof Ref.Name n && NounPhrases.isPerson(n, index)
                && !org.crosscheck.text.entity.Names.isKnownPlace(n.written()) ? n : null;
    }

    /**
     * Whether the tokens from {@code from} up to offset {@code nameStart} are a few lower-case
     * words of a noun phrase that describe the person named next ("retired judge"), not a verb
     * and its preposition ("speaking to").
     */
    private static boolean describedBefore(List<Token> f, int from, int nameStart) {
        int k = from;
        while (k < f.size() && f.get(k).start() < nameStart) {
            Token t = f.get(k);
            if (!t.isWord() || t.isCapitalised() || !NounPhrases.isNpWord(t) || NounPhrases.FUNCTION.contains(t.lower()) || k - from >= 3) {
                return false;
            }
            k++;
        }
        return k > from;
    }

    /** The person named after a comma that closes the lower-case role phrase running from {@code from}, or null. */
    private static Ref.Name nameAfterRole(List<Token> f, int from, PersonIndex index) {
        int e = from;
        while (e < f.size() && f.get(e).isWord() && !f.get(e).isCapitalised() && e - from < 4) {
            e++;
        }
        return e > from && e + 1 < f.size() && f.get(e).isSymbol(",") ? appositiveName(f, e, index) : null;
    }

    /**
     * Whether the lowercase word at {@code i} opens a name phrase it modifies ("said former Sen.
     * Evan Bayh"): a content word followed by a title or a capitalised word.
     */
    private static boolean premodifiesName(List<Token> f, int i) {
        if (i + 1 >= f.size() || NounPhrases.FUNCTION.contains(f.get(i).lower()) || NounPhrases.SKIP.contains(f.get(i).lower())) {
            return false;
        }
        // "said retired neurosurgeon Ben Carson": up to three lowercase words before the name or title
        for (int k = i + 1; k < f.size() && k <= i + 3; k++) {
            Token next = f.get(k);
            if (!next.isWord()) {
                return false;
            }
            if (next.isCapitalised() || LEX.isTitle(next.text())) {
                return true;
            }
            if (NounPhrases.FUNCTION.contains(next.lower()) || NounPhrases.SKIP.contains(next.lower())) {
                return false;
            }
        }
        return false;
    }

    /**
     * A lowercase function word that closes the speaker phrase after an inverted verb ("said Paul
     * Ryan in a statement"); "of" and "for" stay inside it ("the director of the agency").
     */
    static boolean endsPhrase(Token t) {
        return !t.isCapitalised() && (NounPhrases.FUNCTION.contains(t.lower()) || SubjectHeads.PREPOSITIONS.contains(t.lower())
                || TIME_PREPOSITIONS.contains(t.lower())) && !Set.of("of", "for").contains(t.lower())
                && !NounPhrases.DETERMINERS.contains(t.lower());
    }

    /** "Whitlock: 'We gave them two goals'": the phrase before a colon that opens the quote at {@code q}. */
    static Ref beforeColon(List<Token> f, int q, PersonIndex index) {
        if (q < 2 || !f.get(q - 1).isSymbol(":")) {
            return null;
        }
        Ref r = NounPhrases.npBefore(f, q - 2);
        return r instanceof Ref.Name n && NounPhrases.isPerson(n, index) || r instanceof Ref.Role ? r : null;
    }

    static boolean isApostrophe(Token t) {
        return t.isSymbol("'") || t.isSymbol("\u2019");
    }
}
