package org.crosscheck.diff;

import java.util.List;

import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Span;
import org.crosscheck.text.Token;

/**
 * Flips in a statement reworded past the word diff's reach, found by what stays fixed around the
 * turned verb: the subject that opens both sentences ("She admitted" / "She denied"), or the
 * words the verb takes after it ("did not rule out temporary support for" / "ruled out temporary
 * support for"). {@link NegationDetector} asks for them on a pair where it found nothing else.
 */
final class AnchoredFlips {

    private AnchoredFlips() {
    }

    /**
     * "She admitted the measure would hit ..." against "She denied that ... would bear the brunt":
     * both sentences open on the same subject, and the verbs that follow it are opposites. The
     * rest may be reworded past the word diff's reach; the subject and the verb say the statement
     * was turned round.
     */
    static Discrepancy openingVerbs(Comparison c, int ls, int rs, Span lspan, Span rspan, int minOpening) {
        String ltext = c.left().article().text();
        String rtext = c.right().article().text();
        List<Token> lw = words(ltext, lspan);
        List<Token> rw = words(rtext, rspan);
        int[] at = verbsAfterSubject(lw, rw, minOpening);
        if (at == null) {
            return null;
        }
        int lv = at[0];
        Token l = lw.get(lv);
        Token r = rw.get(at[1]);
        if (l.normal().equals(r.normal()) || NegationDetector.quoted(c.left(), ls, List.of(l)) || NegationDetector.quoted(c.right(), rs, List.of(r))
                || !org.crosscheck.text.sense.Antonyms.shared().opposite(l.normal(), r.normal())
                || saysBoth(lw, r) || saysBoth(rw, l)) {
            return null;
        }
        List<Token> lp = NegatedPhrase.withComplement(ltext, lspan, List.of(l));
        List<Token> rp = NegatedPhrase.withComplement(rtext, rspan, List.of(r));
        String lvText = NegationDetector.text(ltext, lp);
        String rvText = NegationDetector.text(rtext, rp);
        String subject = NegationDetector.text(ltext, lw.subList(0, lv));
        String summary = "Opposite statement: \"" + subject + " " + lvText + "\" in " + c.left().id() + " but \"" + subject + " "
                + rvText + "\" in " + c.right().id();
        Finding f = new Finding(Severity.HIGH, summary, "The same subject opens both statements with opposite verbs.", 0.7,
                Findings.side(c.left(), ls, lvText, NegationDetector.cover(lp)), Findings.side(c.right(), rs, rvText, NegationDetector.cover(rp)));
        return new Discrepancy.Negation(f);
    }

    /**
     * "The ministry did not rule out temporary support for ..." against "She ruled out temporary
     * support for ...": one verb, negated on one side only, takes the same three words after it on
     * both sides. The subject may be reworded, which puts the change beyond the word diff's runs.
     */
    static Discrepancy sameComplement(Comparison c, int ls, int rs, Span lspan, Span rspan) {
        String ltext = c.left().article().text();
        String rtext = c.right().article().text();
        List<Token> lw = words(ltext, lspan);
        List<Token> rw = words(rtext, rspan);
        for (boolean leftNegated : new boolean[] {true, false}) {
            List<Token> neg = leftNegated ? lw : rw;
            List<Token> plain = leftNegated ? rw : lw;
            for (int i = 0; i < neg.size(); i++) {
                String n = neg.get(i).normal();
                if (!n.equals("not") && !n.equals("never") && !n.endsWith("n't")) {
                    continue; // a verb's negation; "no building project" negates a noun
                }
                int v = i + 1;
                while (v < neg.size() && (AUXILIARY_AFTER_NEGATOR.contains(neg.get(v).normal()))) {
                    v++;
                }
                if (v + COMPLEMENT_WORDS >= neg.size() || neg.get(v).normal().length() < 3) {
                    continue;
                }
                for (int k = 0; k + COMPLEMENT_WORDS < plain.size(); k++) {
                    String negText = leftNegated ? ltext : rtext;
                    String plainText = leftNegated ? rtext : ltext;
                    if (!sameWords(neg, v + 1, plain, k + 1, COMPLEMENT_WORDS) || negatedNear(plain, k)
                            || crossesClause(negText, neg, v) || crossesClause(plainText, plain, k)
                            || NegationDetector.quoted(c.left(), ls, List.of(leftNegated ? neg.get(v) : plain.get(k)))
                            || NegationDetector.quoted(c.right(), rs, List.of(leftNegated ? plain.get(k) : neg.get(v)))
                            || !(neg.get(v).normal().equals(plain.get(k).normal())
                                    || org.crosscheck.text.sense.Antonyms.shared().sameLemma(neg.get(v).normal(), plain.get(k).normal()))) {
                        continue;
                    }
                    int start = i > 0 && AUXILIARY_BEFORE_NEGATOR.contains(neg.get(i - 1).normal()) ? i - 1 : i;
                    List<Token> np = NegatedPhrase.withComplement(leftNegated ? ltext : rtext, leftNegated ? lspan : rspan,
                            neg.subList(start, v + 1));
                    List<Token> pp = NegatedPhrase.withComplement(leftNegated ? rtext : ltext, leftNegated ? rspan : lspan, plain.subList(auxiliariesBefore(plain, k), k + 1));
                    List<Token> lp = leftNegated ? np : pp;
                    List<Token> rp = leftNegated ? pp : np;
                    String lv = NegationDetector.text(ltext, lp);
                    String rv = NegationDetector.text(rtext, rp);
                    String summary = "Opposite statement: \"" + lv + "\" in " + c.left().id() + " but \"" + rv + "\" in " + c.right().id();
                    Finding f = new Finding(Severity.HIGH, summary,
                            "The same verb takes the same words after it on both sides, negated on one side only.", 0.7,
                            Findings.side(c.left(), ls, lv, NegationDetector.cover(lp)), Findings.side(c.right(), rs, rv, NegationDetector.cover(rp)));
                    return new Discrepancy.Negation(f);
                }
            }
        }
        return null;
    }

    /**
     * "the square would remain open to traffic" against "the square shut to traffic": two words the
     * dictionary opposes, each followed by the same two words or each after the same noun, say
     * one thing of the same matter turned round, however the rest is reworded. A word that is no
     * lower-case word of the sentence's own, a quoted one, or one whose sentence also says the
     * other's word turns nothing round.
     */
    static Discrepancy framedOpposites(Comparison c, int ls, int rs, Span lspan, Span rspan) {
        String ltext = c.left().article().text();
        String rtext = c.right().article().text();
        List<Token> lw = words(ltext, lspan);
        List<Token> rw = words(rtext, rspan);
        org.crosscheck.text.sense.Antonyms antonyms = org.crosscheck.text.sense.Antonyms.shared();
        for (int i = 0; i < lw.size(); i++) {
            Token l = lw.get(i);
            if (!Character.isLowerCase(l.text().charAt(0)) || l.normal().length() < 3) {
                continue;
            }
            for (int j = 0; j < rw.size(); j++) {
                Token r = rw.get(j);
                if (!Character.isLowerCase(r.text().charAt(0)) || r.normal().length() < 3 || l.normal().equals(r.normal())
                        || !(sameWords(lw, i + 1, rw, j + 1, 2) || sameNounBefore(lw, i, rw, j)) || particleAfter(lw, i) || particleAfter(rw, j)
                        || !antonyms.opposite(l.normal(), r.normal()) || negatedNear(lw, i) || negatedNear(rw, j)
                        || saysBoth(lw, r) || saysBoth(rw, l) || NegationDetector.quoted(c.left(), ls, List.of(l))
                        || NegationDetector.quoted(c.right(), rs, List.of(r))) {
                    continue;
                }
                List<Token> lp = lw.subList(verbBefore(lw, i), i + 1);
                List<Token> rp = rw.subList(verbBefore(rw, j), j + 1);
                String lv = NegationDetector.text(ltext, lp);
                String rv = NegationDetector.text(rtext, rp);
                String summary = "Opposite statement: \"" + lv + "\" in " + c.left().id() + " but \"" + rv + "\" in " + c.right().id();
                Finding f = new Finding(Severity.HIGH, summary, "Opposite words stand in the same place of the same statement.", 0.7,
                        Findings.side(c.left(), ls, lv, NegationDetector.cover(lp)), Findings.side(c.right(), rs, rv, NegationDetector.cover(rp)));
                return new Discrepancy.Negation(f);
            }
        }
        return null;
    }

    /**
     * Whether the word at {@code i} is read with a particle: "came off", "pulled out", "take the
     * products back" mean what the verb alone does not; "according to" is no verb at all.
     */
    private static boolean particleAfter(List<Token> words, int i) {
        if (i + 1 < words.size() && words.get(i + 1).isWord("to") && words.get(i).normal().endsWith("ing")) {
            return true;
        }
        for (int k = i + 1; k < words.size() && k <= i + 3; k++) {
            if (PARTICLES.contains(words.get(k).normal())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> PARTICLES = java.util.Set.of("back", "off", "out", "up", "down", "away");

    /** Where the phrase of the word at {@code i} starts: with the verb before it when that is no noun ("remain open"), else at the word. */
    private static int verbBefore(List<Token> words, int i) {
        if (i == 0) {
            return i;
        }
        Token b = words.get(i - 1);
        org.crosscheck.text.sense.WordSenses senses = org.crosscheck.text.sense.WordSenses.shared();
        return Character.isLowerCase(b.text().charAt(0)) && senses.canBeVerb(b.normal()) && !senses.isNounFirst(b.normal())
                && !Determiners.is(b.normal()) ? i - 1 : i;
    }

    /** Whether the words before {@code i} and {@code j} are one noun: "cover increased" / "cover decline". */
    private static boolean sameNounBefore(List<Token> lw, int i, List<Token> rw, int j) {
        if (i == 0 || j == 0) {
            return false;
        }
        Token l = lw.get(i - 1);
        return l.normal().equals(rw.get(j - 1).normal()) && !Determiners.is(l.normal()) && !AUXILIARY_BEFORE_NEGATOR.contains(l.normal())
                && org.crosscheck.text.sense.WordSenses.shared().isNounFirst(l.normal());
    }

    /**
     * Where the auxiliaries and adverbs before the verb at {@code k} start ("has already stripped"),
     * so the affirmed phrase reads as fully as the negated one ("would not strip").
     */
    private static int auxiliariesBefore(List<Token> words, int k) {
        int start = k;
        while (start > 0 && k - start < 3 && ScopedNegation.chain(words.get(start - 1).normal()) && !words.get(start - 1).isWord("to")) {
            start--;
        }
        return start;
    }

    private static final int COMPLEMENT_WORDS = 3;
    private static final java.util.Set<String> AUXILIARY_AFTER_NEGATOR = java.util.Set.of("be", "been", "being", "have", "yet");
    private static final java.util.Set<String> AUXILIARY_BEFORE_NEGATOR = java.util.Set.of("be", "been", "being", "yet", "did", "does", "do", "has", "have", "had", "was",
            "were", "is", "are", "will", "would", "could", "can", "should");

    private static boolean sameWords(List<Token> a, int from, List<Token> b, int at, int n) {
        if (from + n > a.size() || at + n > b.size()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!a.get(from + i).normal().equals(b.get(at + i).normal())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a negation, or a contrast that sets the verb aside ("rather than", "instead of"), stands within the three words before {@code k}. */
    private static boolean negatedNear(List<Token> words, int k) {
        for (int i = Math.max(0, k - 3); i < k; i++) {
            if (Polarity.isNegator(words.get(i).text()) || SETTING_ASIDE.contains(words.get(i).normal())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> SETTING_ASIDE = java.util.Set.of("than", "instead", "rather", "without");

    /** Whether a new clause opens within the verb at {@code v} and the words compared after it. */
    private static boolean crossesClause(String text, List<Token> words, int v) {
        for (int i = v + 1; i <= v + COMPLEMENT_WORDS; i++) {
            if (NegatedPhrase.endsClause(text, words, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the verbs stand after one subject both sentences open on: a pronoun or a name, or
     * the same opening words that hold a noun ("Levels at Long Beach have been falling" / "Levels
     * at Long Beach have been climbing over the past fortnight"), each followed by its own
     * auxiliaries; null when the openings differ.
     */
    private static int[] verbsAfterSubject(List<Token> lw, List<Token> rw, int minOpening) {
        int lv = subjectEnd(lw);
        int rv = subjectEnd(rw);
        if (lv >= minOpening && lv == rv && lv < lw.size() && lv < rw.size() && !lw.get(lv).normal().equals(rw.get(rv).normal())
                && java.util.stream.IntStream.range(0, lv).allMatch(i -> lw.get(i).normal().equals(rw.get(i).normal()))) {
            return new int[] {lv, rv};
        }
        int shared = 0;
        while (shared < lw.size() && shared < rw.size() && lw.get(shared).normal().equals(rw.get(shared).normal())) {
            shared++;
        }
        int p = shared;
        while (p > 0 && AUXILIARY_BEFORE_NEGATOR.contains(lw.get(p - 1).normal())) {
            p--; // "Levels ... have been": the auxiliaries may differ as the verbs do
        }
        boolean noun = java.util.stream.IntStream.range(0, p).anyMatch(i -> !Determiners.is(lw.get(i).normal())
                && org.crosscheck.text.sense.WordSenses.shared().isNounFirst(lw.get(i).normal()));
        if (p == 0 || p < minOpening || !noun) {
            return null;
        }
        lv = pastAuxiliaries(lw, p);
        rv = pastAuxiliaries(rw, p);
        return lv < lw.size() && rv < rw.size() && verb(lw.get(lv)) && verb(rw.get(rv)) ? new int[] {lv, rv} : null;
    }

    /** The words of a sentence, without its punctuation. */
    private static List<Token> words(String text, Span span) {
        return org.crosscheck.text.Tokenizer.words(text, span.start(), span.end()).stream().filter(Token::isWord).toList();
    }

    /** The first word at or after {@code from} that is no auxiliary ("have been", "will"). */
    private static int pastAuxiliaries(List<Token> words, int from) {
        int i = from;
        while (i < words.size() && AUXILIARY_BEFORE_NEGATOR.contains(words.get(i).normal())) {
            i++;
        }
        return i;
    }

    /** Whether a word written in lower case can be a verb: "North Korea" / "South Korea" turns no statement round. */
    private static boolean verb(Token t) {
        return Character.isLowerCase(t.text().charAt(0)) && org.crosscheck.text.sense.WordSenses.shared().canBeVerb(t.normal());
    }

    /** How many opening words a loosely paired statement must share for its verbs to be read as one subject's. */
    static final int LOOSE_OPENING = 3;

    /**
     * Whether a sentence also says the other side's verb, in any form: "Prices fell in April
     * after rising in March" says both, so its "fell" turns nothing round.
     */
    private static boolean saysBoth(List<Token> words, Token verb) {
        return words.stream().anyMatch(w -> w.normal().equals(verb.normal())
                || org.crosscheck.text.sense.Antonyms.shared().sameLemma(w.normal(), verb.normal()));
    }

    private static int subjectEnd(List<Token> words) {
        if (words.isEmpty()) {
            return -1;
        }
        if (SUBJECT_PRONOUNS.contains(words.get(0).normal())) {
            return 1;
        }
        int i = 0;
        while (i < words.size() && Character.isUpperCase(words.get(i).text().charAt(0)) && i < 4) {
            i++;
        }
        return i > 0 && i < words.size() && Character.isLowerCase(words.get(i).text().charAt(0)) ? i : -1;
    }

    private static final java.util.Set<String> SUBJECT_PRONOUNS = java.util.Set.of("he", "she", "they", "it", "we", "i");

}
