package org.crosscheck.text.quote;

import java.util.List;
import java.util.Set;

import org.crosscheck.text.Token;

/**
 * Tells an appositive set off by commas after a name ("Ann Lee, the lawyer who argued the case,
 * told ...") from the clause around it: a verb inside it is not the name's verb, and the words
 * after the comma that ends an introductory phrase are no appositive of the name before it.
 */
final class Appositives {

    private static final SpeakerWords LEX = SpeakerWords.INSTANCE;
    /** How many words an appositive may hold, and within how many of its first words its role noun stands. */
    private static final int APPOSITIVE_WORDS = 12;
    private static final int ROLE_WITHIN = 4;

    private Appositives() {
    }

    /**
     * Whether the verb at {@code verb} stands inside an appositive set off by commas after a
     * person's name ("Ann Lee, the lawyer who argued the case, told reporters ..."): it belongs to
     * the appositive's noun phrase or to a relative clause in it, and the name remains the subject
     * of the verb after the closing comma.
     */
    static boolean inAppositive(List<Token> f, int verb, PersonIndex index) {
        int open = verb - 1;
        while (open >= 0 && (f.get(open).isWord() || Phrases.isApostrophe(f.get(open)))) {
            open--;
        }
        if (open < 1 || open + 1 >= verb || !f.get(open).isSymbol(",")) {
            return false;
        }
        Token first = f.get(open + 1);
        if (!NounPhrases.DETERMINERS.contains(first.lower()) && !first.possessive()) {
            return false;
        }
        if (!(NounPhrases.npBefore(f, open - 1) instanceof Ref.Name n && NounPhrases.isPerson(n, index))) {
            return false;
        }
        int close = verb + 1;
        while (close < f.size() && (f.get(close).isWord() || Phrases.isApostrophe(f.get(close)))) {
            close++;
        }
        return close + 1 < f.size() && f.get(close).isSymbol(",") && f.get(close + 1).isWord();
    }

    /**
     * Whether the quote at {@code quote} stands inside a phrase set off by commas after a person's
     * name ("Bill Eastland, wearing "Ted Cruz" pins, said"): a detail about the person, not the
     * next quote of the sentence.
     */
    static boolean quotedInside(List<Token> f, int quote, PersonIndex index) {
        int open = quote - 1;
        while (open >= 0 && f.get(open).isWord()) {
            open--;
        }
        if (open < 1 || !f.get(open).isSymbol(",") || !(NounPhrases.npBefore(f, open - 1) instanceof Ref.Name n && NounPhrases.isPerson(n, index))) {
            return false;
        }
        int close = quote + 1;
        while (close < f.size() && f.get(close).isWord()) {
            close++;
        }
        return close + 1 < f.size() && f.get(close).isSymbol(",") && f.get(close + 1).isWord();
    }

    /** Whether the verb at {@code verb} opens a relative clause ("the lawyer who argued the case"): its subject is the relative pronoun. */
    static boolean isRelative(List<Token> f, int verb) {
        int k = verb - 1;
        while (k >= 0 && f.get(k).isWord() && NounPhrases.SKIP.contains(f.get(k).lower())) {
            k--;
        }
        return k >= 0 && Set.of("who", "which", "that").contains(f.get(k).lower());
    }

    /**
     * Whether the name {@code tokens[from,to)} ends an introductory phrase as the object of a
     * preposition and the words after its comma run into a verb of speech ("Speaking to Breitbart
     * London, a spokesperson from the group said"): those words are the main clause's subject, not
     * an appositive about the name. "According to X, a spokesman for Y" stays an appositive.
     */
    static boolean opensMainClause(List<Token> tokens, int from, int to) {
        if (from == 0 || to >= tokens.size() || !tokens.get(to).isSymbol(",")) {
            return false;
        }
        int p = from - 1;
        if (p > 0 && tokens.get(p).lower().equals("the")) {
            p--;
        }
        Token before = tokens.get(p);
        boolean governed = before.isWord() && !before.isCapitalised()
                && (SubjectHeads.PREPOSITIONS.contains(before.lower()) || before.lower().equals("to"))
                && !(p >= 1 && tokens.get(p - 1).lower().equals("according"));
        if (!governed) {
            return false;
        }
        for (int k = to + 1; k < tokens.size() && tokens.get(k).isWord(); k++) {
            if (LEX.isReportingVerb(tokens.get(k).text()) && !tokens.get(k).isCapitalised()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index after a relative clause set off by commas at {@code comma} ("Fraser, who works as a
     * joiner in Bridge of Allan, said"), or -1 when none stands there; one holding a verb of speech
     * is a clause of its own.
     */
    static int afterRelative(List<Token> t, int comma) {
        if (comma + 1 >= t.size() || !t.get(comma).isSymbol(",") || !t.get(comma + 1).isWord("who")) {
            return -1;
        }
        int i = comma + 2;
        while (i < t.size() && i - comma <= APPOSITIVE_WORDS && (t.get(i).isWord() || Phrases.isApostrophe(t.get(i)))) {
            if (LEX.isReportingVerb(t.get(i).text())) {
                return -1;
            }
            i++;
        }
        return i > comma + 2 && i < t.size() && t.get(i).isSymbol(",") ? i + 1 : -1;
    }

    /**
     * The index after an appositive set off by commas at {@code comma} that describes a person by a
     * role noun among its first words ("a retired worker from a nuclear plant", "legal director for
     * the union"), or -1 when none stands there. A role is a title or a noun WordNet files under
     * people; an appositive holding a verb of speech is a clause of its own.
     */
    static int afterRole(List<Token> t, int comma) {
        if (comma >= t.size() || !t.get(comma).isSymbol(",")) {
            return -1;
        }
        int i = comma + 1;
        boolean role = false;
        while (i < t.size() && i - comma <= APPOSITIVE_WORDS && (t.get(i).isWord() || Phrases.isApostrophe(t.get(i)))) {
            Token w = t.get(i);
            if (LEX.isReportingVerb(w.text())) {
                return -1;
            }
            role |= i - comma <= ROLE_WITHIN && w.isWord() && !w.isCapitalised()
                    && (NameScanner.isTitleNoun(w) || org.crosscheck.text.sense.WordSenses.shared().isRoleNoun(w.lower()));
            i++;
        }
        return role && i > comma + 1 && i < t.size() && t.get(i).isSymbol(",") ? i + 1 : -1;
    }
}
