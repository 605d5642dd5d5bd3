package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.crosscheck.embed.SentenceEncoder;
import org.crosscheck.text.Token;
import org.crosscheck.text.sense.WordSenses;

/**
 * Opposite predicates that no dictionary pairs, read by meaning: "the regulator rejected a request
 * to raise tariffs" / "the watchdog approved the bid to lift tariffs", "detainees were denied
 * exercise" / "were allowed exercise". Each sentence is encoded again with its verb negated
 * ("did not approve the bid"). When one side comes closer in meaning to the other by at least
 * {@link #MARGIN}, the other moves away by no more than {@link #MIN_GAIN}, and the two gains add
 * up to {@link #SUM}, and the verbs' own clauses, read alone, come closer too
 * ({@link #CLAUSE_MARGIN}), the two verbs state opposites. A verb said another way ("turned down
 * the bid" for "rejected") moves away from the other side when negated, and is kept.
 *
 * <p>Only finite verbs that neither sentence negates, that the other does not say in any form and
 * that take the same thing in their clauses are probed, at most {@link #MAX_PROBES} pairs per
 * statement. The sentence encoder ships in the build; the margins were chosen on the tuned
 * hand-written rounds' planted negations (verbs of deciding: "rejected" / "signed off on",
 * "denied" / "allowed") against every other pair of verbs those rounds reword.
 */
final class ProbedOpposites {

    /** How much closer in meaning one sentence must come to the other with its verb negated. */
    static final double MARGIN = 0.016;
    /** How far the other side may move away when one comes closer. */
    static final double MIN_GAIN = -0.017;
    /** How much closer one verb's clause must come to the other's with that verb negated. */
    static final double CLAUSE_MARGIN = 0.01;
    /** How much closer the two sides come together, each with its verb negated. */
    static final double SUM = 0.02;
    /** Content words both verbs' clauses must share: one alone is as often a word two statements happen to share. */
    private static final int MIN_SHARED = 2;
    /** Pairs of verbs probed per pair of sentences, first by shared arguments. */
    static final int MAX_PROBES = 3;

    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "am", "has", "have", "had", "do", "does",
            "did", "will", "would", "can", "could", "shall", "should", "may", "might", "must");

    /** Verbs that carry what is said rather than state it: negating them says nothing of the matter. */
    private static final Set<String> SAYING = Set.of("say", "tell", "add");

    private final SentenceEncoder encoder;

    ProbedOpposites(SentenceEncoder encoder) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
    }

    /**
     * A pair of opposite verbs and how much closer each sentence comes to the other with its verb negated.
     *
     * @param left index of the left verb among the left sentence's word tokens
     * @param right index of the right verb among the right sentence's word tokens
     */
    record Opposites(int left, int right, double leftGain, double rightGain) {
    }

    /**
     * The verbs of {@code l} and {@code r} (word tokens of the sentences {@code ls} and {@code rs})
     * that state opposites, or null when no pair does.
     */
    Opposites between(String ls, int lstart, List<Token> l, String rs, int rstart, List<Token> r) {
        ScopedNegation.Heads lh = ScopedNegation.Heads.of(l);
        ScopedNegation.Heads rh = ScopedNegation.Heads.of(r);
        List<int[]> pairs = new ArrayList<>();
        List<Integer> right = rh.unsaid(lh, r, l).stream().filter(j -> probed(r, j)).toList();
        for (int i : lh.unsaid(rh, l, r)) {
            if (!probed(l, i)) {
                continue;
            }
            for (int j : right) {
                long shared = sharedMatter(l, i, r, j);
                if (shared >= MIN_SHARED && sharedObject(l, i, r, j) || listedOpposites(l, i, r, j)) {
                    pairs.add(new int[] {i, j, (int) shared});
                }
            }
        }
        pairs.sort((a, b) -> a[2] != b[2] ? Integer.compare(b[2], a[2]) : Integer.compare(a[0] + a[1], b[0] + b[1]));
        Opposites best = null;
        for (int[] p : pairs.subList(0, Math.min(MAX_PROBES, pairs.size()))) {
            double[] whole = gains(ls, lstart, l, p[0], rs, rstart, r, p[1]);
            if (whole == null || !opposite(whole, MARGIN, MIN_GAIN) || whole[0] + whole[1] < SUM) {
                continue;
            }
            // the encoder reads a "not" put anywhere as nearer to a sentence that holds a negation
            // in another clause: the verbs' own clauses must come closer too
            int[] lc = clause(l, p[0]);
            int[] rc = clause(r, p[1]);
            double[] own = gains(ls.substring(l.get(lc[0]).span().start() - lstart, l.get(lc[1]).span().end() - lstart),
                    l.get(lc[0]).span().start(), l.subList(lc[0], lc[1] + 1), p[0] - lc[0],
                    rs.substring(r.get(rc[0]).span().start() - rstart, r.get(rc[1]).span().end() - rstart),
                    r.get(rc[0]).span().start(), r.subList(rc[0], rc[1] + 1), p[1] - rc[0]);
            if (own == null || !opposite(own, CLAUSE_MARGIN, MIN_GAIN)) {
                continue;
            }
            if (best == null || whole[0] + whole[1] > best.leftGain() + best.rightGain()) {
                best = new Opposites(p[0], p[1], whole[0], whole[1]);
            }
        }
        return best;
    }

    /**
     * Whether the dictionary holds the two verbs as opposites and their subjects and arguments
     * share {@link #MIN_SHARED} words, though nothing stands after both ("supplies of amoxicillin
     * improved in early January" / "supplies of children's amoxicillin have worsened since the
     * start of January"): the verbs are probed as any other pair, so that the encoder, not the
     * shared words, says the two statements are one turned round.
     */
    private static boolean listedOpposites(List<Token> l, int i, List<Token> r, int j) {
        // the token count first: the dictionary lookup is the dearer of the two
        return PredicateArguments.sharedAround(l, i, r, j) >= MIN_SHARED && Polarity.antonyms(l.get(i).text(), r.get(j).text());
    }

    /**
     * How many content words (by stem) both verbs' clauses hold: "the regulator rejected a request
     * from the utility to raise tariffs by 6 per cent" and "the watchdog approved the utility's bid
     * to lift tariffs by 6%" share three.
     */
    private static long sharedMatter(List<Token> l, int i, List<Token> r, int j) {
        Set<String> a = matter(l, i);
        return matter(r, j).stream().filter(a::contains).count();
    }

    /**
     * Whether a common word (not a name) stands after both verbs in their clauses: what each verb
     * does is done to the same thing ("rejected the association's request" / "agreed to the
     * association's request"), not only in the same place ("stalled at Brookfield Park" / "eased
     * their worries with a win at Brookfield Park").
     */
    private static boolean sharedObject(List<Token> l, int i, List<Token> r, int j) {
        Set<String> a = stems(l, i, objectFrom(l, i), true);
        return stems(r, j, objectFrom(r, j), true).stream().anyMatch(a::contains);
    }

    /**
     * Where the words a verb acts on start: after it, or for a passive from its clause's start,
     * whose subject is what it acts on ("an earlier version of the plan was approved by the
     * authority" / "the authority rejected an earlier version of the plan").
     */
    private static int objectFrom(List<Token> t, int i) {
        int aux = auxiliaryBefore(t, i);
        boolean passive = aux >= 0 && PredicateArguments.BE.contains(t.get(aux).normal())
                || i > 0 && (t.get(i - 1).normal().equals("been") || t.get(i - 1).normal().equals("being"));
        return passive ? clause(t, i)[0] : i + 1;
    }

    private static Set<String> matter(List<Token> t, int i) {
        return stems(t, i, clause(t, i)[0], false);
    }

    /**
     * The stems of the content words of the verb's clause from {@code from} to its end, the verb
     * left out; only common words (no names) when {@code commonOnly}.
     */
    private static Set<String> stems(List<Token> t, int verb, int from, boolean commonOnly) {
        Set<String> out = new java.util.HashSet<>();
        int end = clause(t, verb)[1];
        for (int k = from; k <= end; k++) {
            Token w = t.get(k);
            if (k != verb && w.isWord() && PredicateArguments.content(w) && (!commonOnly || Character.isLowerCase(w.text().charAt(0)))) {
                out.add(org.crosscheck.index.Stemmer.stem(w.normal()));
            }
        }
        return out;
    }

    /**
     * Whether the verb at {@code i} is one to probe: not negated, not a verb of saying, and a
     * finite verb of its clause, past in form ("rejected", "gave") or after an auxiliary ("will
     * approve"), not an infinitive under another verb ("to raise") nor a word in -s that may be a
     * plural noun.
     */
    private static boolean probed(List<Token> t, int i) {
        if (ScopedNegation.negation(t, i) >= 0 || telling(t.get(i).normal()) || reportsOrCounts(t, i) || negatedClause(t, i)) {
            return false;
        }
        String word = t.get(i).normal();
        String base = WordSenses.shared().verbBase(word);
        int aux = auxiliaryBefore(t, i);
        if (aux >= 0) {
            // "was well below": after a form of "be", a word in its own base form is no verb
            return base != null && !(PredicateArguments.BE.contains(t.get(aux).normal()) && base.equals(word));
        }
        boolean determined = i > 0 && Determiners.is(t.get(i - 1).normal()); // "a deserved win"
        return base != null && !base.equals(word) && !word.endsWith("s") && !word.endsWith("ing") && !word.contains("-") && !determined;
    }

    /**
     * Whether the verb reports a clause ("argued that fiscal steps would help") or moves a figure
     * ("reached 86 percent", "stood at 68%"): the one says nothing itself, the other is the
     * figures' to compare.
     */
    private static boolean reportsOrCounts(List<Token> t, int i) {
        if (i + 1 < t.size() && t.get(i + 1).normal().equals("that")) {
            return true;
        }
        for (int k = i + 1; k < t.size() && k <= i + 3; k++) {
            String s = t.get(k).normal();
            if (!s.isEmpty() && Character.isDigit(s.charAt(0)) && !yearBeforeNoun(t, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the figure at {@code k} is a year that qualifies the noun after it, after a
     * determiner ("its 2023 target"): no figure the verb moves, as "at 2024 levels" may be.
     */
    private static boolean yearBeforeNoun(List<Token> t, int k) {
        String s = t.get(k).text();
        boolean year = s.length() == 4 && s.chars().allMatch(Character::isDigit) && Figures.yearLike(Integer.parseInt(s));
        boolean determined = k > 0 && (Determiners.is(t.get(k - 1).normal()) || t.get(k - 1).possessive());
        return year && determined && k + 1 < t.size() && t.get(k + 1).isWord() && Character.isLowerCase(t.get(k + 1).text().charAt(0));
    }

    /**
     * Whether a negation stands in the verb's own clause ("found no evidence of sabotage", "will
     * remain unchanged", "has yet to pay"): a statement that already holds one is the negation
     * readers' to compare, and the encoder reads any added "not" as closer to it.
     */
    private static boolean negatedClause(List<Token> t, int i) {
        for (int step : new int[] {-1, 1}) {
            for (int k = i + step; k >= 0 && k < t.size(); k += step) {
                Token w = t.get(k);
                if (w.isSymbol(",") || w.isSymbol(";") || ScopedNegation.CLAUSE.contains(w.normal())) {
                    break;
                }
                String next = k + 1 < t.size() ? t.get(k + 1).normal() : "";
                if (w.isWord() && (Polarity.isNegator(w.normal()) || PolarityFlip.impliesNegation(w.normal(), next)
                        || unmade(w.normal()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * How much closer the left text comes to the right with the left verb negated, and the right
     * to the left with the right verb negated; null when a verb cannot be negated in words.
     */
    private double[] gains(String ls, int lstart, List<Token> l, int i, String rs, int rstart, List<Token> r, int j) {
        String ln = negated(ls, lstart, l, i);
        String rn = negated(rs, rstart, r, j);
        if (ln == null || rn == null) {
            return null;
        }
        List<float[]> v = encoder.encode(List.of(ls, rs, ln, rn));
        double with = SentenceEncoder.cosine(v.get(0), v.get(1));
        return new double[] {SentenceEncoder.cosine(v.get(2), v.get(1)) - with, SentenceEncoder.cosine(v.get(0), v.get(3)) - with};
    }

    /** Whether one side comes closer by {@code margin} at least and the other moves away by no more than {@code floor}. */
    private static boolean opposite(double[] gains, double margin, double floor) {
        return Math.max(gains[0], gains[1]) >= margin && Math.min(gains[0], gains[1]) >= floor;
    }

    /**
     * The first and last token of the clause of the verb at {@code i}: the words between the
     * commas, semicolons and joining words ("although", "which", "and") around it. Other clauses
     * are left out because the encoder reads a negation anywhere in a sentence as near to any other.
     */
    static int[] clause(List<Token> t, int i) {
        int b = i;
        while (b > 0 && !boundary(t.get(b - 1))) {
            b--;
        }
        int e = i;
        while (e + 1 < t.size() && !boundary(t.get(e + 1))) {
            e++;
        }
        return new int[] {b, e};
    }

    private static boolean boundary(Token w) {
        return w.isSymbol(",") || w.isSymbol(";") || w.isSymbol(".") || w.isSymbol("\"") || w.isSymbol("\u201c")
                || w.isSymbol("\u201d") || ScopedNegation.CLAUSE.contains(w.normal());
    }

    /** Whether {@code word} is a verb's participle negated by its prefix: "unchanged", "unpaid", "unfilled". */
    private static boolean unmade(String word) {
        return word.startsWith("un") && word.length() > 5 && (word.endsWith("ed") || word.endsWith("id"))
                && WordSenses.shared().verbBase(word.substring(2)) != null;
    }

    private static boolean telling(String word) {
        String base = WordSenses.shared().verbBase(word);
        return base != null && SAYING.contains(base);
    }

    /**
     * The index of the auxiliary that carries the verb at {@code i} ("has" of "has already
     * approved"), within three words and across adverbs only, or -1: "to" or any other word first.
     */
    private static int auxiliaryBefore(List<Token> t, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3 && t.get(k).isWord(); k--) {
            String s = t.get(k).normal();
            if (AUXILIARIES.contains(s)) {
                return k;
            }
            if (s.equals("to") || !ScopedNegation.chain(s)) {
                break;
            }
        }
        return -1;
    }

    /**
     * The sentence (starting at {@code start} in its text) with the verb at {@code i} negated:
     * "not" after the auxiliary before it ("has not approved", "were not allowed"), else "did not"
     * before a past form ("did not reject"); null for another form with no auxiliary.
     */
    static String negated(String sentence, int start, List<Token> t, int i) {
        int aux = auxiliaryBefore(t, i);
        if (aux >= 0) {
            int at = t.get(aux).span().end() - start;
            return sentence.substring(0, at) + " not" + sentence.substring(at);
        }
        String word = t.get(i).normal();
        String base = WordSenses.shared().verbBase(word);
        if (base == null || base.equals(word) || word.endsWith("s") || word.endsWith("ing")) {
            return null;
        }
        int b = t.get(i).span().start() - start;
        int e = t.get(i).span().end() - start;
        return sentence.substring(0, b) + "did not " + base + sentence.substring(e);
    }
}
