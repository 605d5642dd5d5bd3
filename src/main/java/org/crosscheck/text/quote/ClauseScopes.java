package org.crosscheck.text.quote;

import java.util.List;
import java.util.Set;

import org.crosscheck.text.Token;

/**
 * Which clause of a sentence frame a verb of speech belongs to: an opening participle, a
 * participle after a comma, a verb joined by "and", a verb inside an opening subordinate clause.
 * {@link ClauseReader} asks these to decide whose words a quote is.
 */
final class ClauseScopes {

    private static final Set<String> SUBORDINATORS = Set.of("when", "while", "as", "after", "before", "although", "though", "if",
            "because", "since", "once", "until", "whereas");

    private ClauseScopes() {
    }

    /**
     * Whether the verb at {@code verb} has a subject of its own inside an opening subordinate clause
     * ("When Trump suggested ..., Rubio fired back: ..."): that clause reports someone else, and
     * the quote belongs to the main clause, whose subject comes after the comma.
     */
    static boolean inOpeningClause(List<Token> f, int verb, Ref subject, PersonIndex index) {
        if (subject == null || subject instanceof Ref.Other || f.get(verb).end() > subject.start() || f.isEmpty()
                || !SUBORDINATORS.contains(f.get(0).lower())) {
            return false;
        }
        boolean comma = false;
        for (int k = verb + 1; k < f.size() && f.get(k).start() < subject.start(); k++) {
            comma |= f.get(k).isSymbol(",");
        }
        Ref own = comma ? Phrases.subjectBefore(f, verb, index) : null;
        return own != null && own.start() != subject.start();
    }

    /**
     * Whether the participle at {@code verb}, right after a comma, follows a noun phrase {@code r}
     * that comes after the sentence's subject: that phrase is an object or an aside, and the
     * participle is the subject's.
     */
    static boolean hangsOnSubject(List<Token> f, int verb, Ref r, Ref subject) {
        if (subject == null || subject instanceof Ref.Other || verb == 0 || !f.get(verb).lower().endsWith("ing")
                || !f.get(verb - 1).isSymbol(",") || subject.end() > r.start()) {
            return false;
        }
        for (int k = 0; k < verb; k++) {
            if (f.get(k).start() >= subject.end() && Set.of("who", "whom", "which").contains(f.get(k).lower())) {
                return false; // "... named Eric Kingson, who worked the crowd, praising ...": the relative clause's own
            }
        }
        return true;
    }

    /** Whether the verb at {@code verb} is a participle that opens the frame, with the subject after it and a comma between. */
    static boolean opensWithParticiple(List<Token> f, int verb, Ref subject) {
        String w = f.get(verb).lower();
        if (!(w.endsWith("ed") || w.endsWith("ing")) || subject.start() < f.get(verb).end()) {
            return false;
        }
        for (int k = 0; k < verb; k++) {
            if (f.get(k).isWord()) {
                return false;
            }
        }
        for (int k = verb + 1; k < f.size() && f.get(k).start() < subject.start(); k++) {
            if (f.get(k).isSymbol(",")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the verb at {@code verb} is joined to an earlier clause by "and" or "but" ("and then predicted"). */
    static boolean coordinated(List<Token> f, int verb) {
        int k = verb - 1;
        while (k >= 0 && f.get(k).isWord() && NounPhrases.SKIP.contains(f.get(k).lower())) {
            k--;
        }
        return k >= 0 && Set.of("and", "but").contains(f.get(k).lower());
    }

    /**
     * Whether the verb at {@code verb} ends its clause, alone or with one particle ("Trump shot
     * back.", "she wrote,"): an irregular past ("shot", "wrote") reads as finite there.
     */
    static boolean endsClause(List<Token> f, int verb) {
        int k = verb + 1;
        if (k < f.size() && f.get(k).isWord() && Set.of("back", "out", "up", "in", "on", "off").contains(f.get(k).lower())) {
            k++;
        }
        return k >= f.size() || f.get(k).isSymbol(".") || f.get(k).isSymbol(",") || f.get(k).kind() == Token.Kind.QUOTE;
    }

    /** Whether the word before {@code r} makes its clause subordinate ("as", "when", "who"). */
    static boolean opensSubordinate(List<Token> f, Ref r) {
        int k = 0;
        while (k < f.size() && f.get(k).start() < r.start()) {
            k++;
        }
        while (k > 0 && f.get(k - 1).isWord() && f.get(k - 1).isCapitalised()) {
            k--; // "as Mr Johnson": past an honorific the subject's span leaves out
        }
        return k > 0 && Set.of("as", "when", "while", "because", "if", "who", "which", "that", "since", "after", "before")
                .contains(f.get(k - 1).lower());
    }
}
