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

    /**
     * Whether a word may stand between a subject and its verb without changing who acts: one of
     * {@link #SKIP}, or a lower-case word in -ly the dictionary has as an adverb ("famously
     * responded", "quietly added").
     */
    static boolean skipsBeforeVerb(Token t) {
        String w = t.lower();
        return SKIP.contains(w) || w.length() > 4 && w.endsWith("ly") && !t.isCapitalised()
                && WordSenses.shared().canBeAdverb(w);
    }

    static final Set<String> FUNCTION = Set.of("the", "a", "an", "and", "but", "or", "of", "for", "in", "on", "at",
            "to", "with", "from", "by", "that", "which", "who", "as", "it", "its", "this", "these", "those", "than",
            "is", "are", "was", "were", "be", "been", "being", "his", "her", "their", "our", "my", "your", "if", "when",
            "while", "because", "since", "after", "before", "about", "into", "there", "here", "not", "no");

    /** Determiners and possessive pronouns that open a noun phrase. */
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "these");

    /** Words after a surname that tell a generation apart ("Jr.", "III"). */
    static final Set<String> GENERATIONS = Set.of("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV");

    private NounPhrases() {
    }

    /** Whether a lower-case title noun stands right before the name {@code r}, inside its phrase from token {@code first}. */
    private static boolean titleBefore(List<Token> f, int first, Ref r) {
        int name = first;
        while (name < f.size() && f.get(name).start() < r.start()) {
            name++;
        }
        return name > first && NameScanner.isTitleNoun(f.get(name - 1));
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
            if (inner instanceof Ref.Name && NameContexts.afterTitleComplement(f, m, k + 1) > m) {
                // "Cabinet Secretary for Special Programmes Grace Wanjiru": the title's complement
                // ends where the name of its holder starts
                return inner;
            }
            if (inner instanceof Ref.Name && f.get(c - 1).isCapitalised() && titleBefore(f, m, inner)) {
                // "Port of Antwerp spokeswoman Sofie Claes": the "of" belongs to the body's own name,
                // and the person its role word introduces heads the phrase
                return inner;
            }
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
        List<String> form = List.of(n.written().split(" "));
        // "J. Gerald Hebert" is the "Gerald Hebert" the index knows: a leading initial may be dropped
        return !index.matching(form).isEmpty()
                || form.size() > 2 && form.get(0).matches("\\p{Lu}\\.") && !index.matching(form.subList(1, form.size())).isEmpty();
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
        if (k > m && GENERATIONS.contains(f.get(k).text()) && f.get(k - 1).isCapitalised()
                && classify(f, m, k - 1) instanceof Ref.Name n) {
            // "Brent Bozell III" is the Brent Bozell the article names: the generation is no name word
            return new Ref.Name(n.person(), n.written(), n.start(), f.get(k).end());
        }
        Token last = f.get(k);
        int start = f.get(m).start();
        // "the Larbert-based": a place joined to a participle modifies the noun after it, it names no one
        if (last.isCapitalised() && !LEX.isNotName(last.text()) && !last.isAcronym() && !Names.isPlacedByParticiple(last.text())) {
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
