package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.crosscheck.model.Span;
import org.crosscheck.text.Token;
import org.crosscheck.text.Tokenizer;
import org.crosscheck.text.sense.WordSenses;

/**
 * Polarity read predicate by predicate, for statements reworded around their negation.
 *
 * <p>The word diff sees a negation only where it changes in place; a rewrite moves the words
 * around it ("He said the corporation did not rule out further cost overruns" / "Kulkarni ruled
 * out further cost overruns"). Here every content word of a sentence is a predicate, negated when
 * a negation stands in the auxiliaries right before it ("did not rule", "has not yet granted",
 * "has yet to grant", "failed to reach", "found no evidence"), opens its subject ("not a single
 * ballot was lost") or negates the predicate it is joined to by "or" ("was not lost or
 * compromised"). A predicate negated on one side
 * only is a flip when it stands once on each side and its arguments are the same: the words
 * after it (for a passive, the words around it) share a content word ({@link PredicateArguments}).
 * A negation followed by a question word ("did not say how many") withholds an answer; it does
 * not deny one. A verb each side says in its own word is paired with a synonym negated on one
 * side only, or with its opposite, when the two take the same arguments.
 */
final class ScopedNegation {

    /**
     * One predicate negated on one side and affirmed on the other; {@code lexical} when the
     * opposite is in the words themselves (opposite particles, antonyms), not in a negation.
     */
    record Flip(List<Token> left, List<Token> right, List<Token> sharedComplement, boolean lexical) {
    }

    /** Words that carry tense, mood or a negation before a predicate, and adverbs that do not move it. */
    static final Set<String> CHAIN = Set.of("is", "are", "was", "were", "be", "been", "being", "am", "has", "have",
            "had", "do", "does", "did", "will", "would", "can", "could", "shall", "should", "may", "might", "must", "to",
            "yet", "longer", "still", "already", "ever", "also", "even", "just", "really", "necessarily", "so", "far",
            "fully", "officially", "formally", "directly", "personally", "publicly");
    /** Verbs that go on with the -ing form after them and leave its polarity alone: "keep propping up". */
    private static final Set<String> CONTINUING = Set.of("keep", "keeps", "kept", "keeping", "continue", "continues", "continued",
            "continuing");
    /** Prepositions after which a "no" denies only its own noun: "with no rail alternative". */
    private static final Set<String> PREPOSITIONS = Set.of("with", "of", "for", "in", "on", "at", "from", "by", "to", "under");
    /** "Avoiding early starts" says "not starting early"; "free of charge" says "without charge". */
    private static final Set<String> AVOIDING = Set.of("avoid", "avoids", "avoided", "avoiding");
    /** Verbs that link a state to its subject: part of the phrase that states it ("will remain closed"). */
    private static final Set<String> COPULAS = Set.of("remain", "remains", "remained", "stay", "stays", "stayed", "become",
            "becomes", "became", "seem", "seems", "seemed");
    private static final Set<String> QUESTION = Set.of("how", "what", "whether", "when", "why", "who", "whom", "which",
            "where", "if");
    private static final Set<String> COORDINATORS = Set.of("or", "nor");
    static final Set<String> CLAUSE = Set.of("and", "but", "while", "though", "although", "because", "if", "when",
            "which", "who", "as", "after", "before", "since", "unless", "whereas");
    static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "him", "her", "them",
            "us", "me", "his", "its", "their", "our", "my", "your", "this", "that", "these", "those", "there", "said", "says");
    /** Words after which a head is a noun: "a rise", "the fall". */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> PARTICLES = Set.of("out", "off", "up", "down", "away", "back", "over");
    private static final int MAX_TOKENS = 250;

    private ScopedNegation() {
    }

    /** The predicates of two aligned sentences that one negates and the other affirms. */
    static List<Flip> between(String ltext, Span lspan, String rtext, Span rspan) {
        List<Token> l = Tokenizer.words(ltext, lspan.start(), lspan.end());
        List<Token> r = Tokenizer.words(rtext, rspan.start(), rspan.end());
        List<Flip> out = new ArrayList<>();
        if (l.size() > MAX_TOKENS || r.size() > MAX_TOKENS) {
            return out; // each predicate is looked for on both sides: no sentence of news runs this long
        }
        Heads lh = Heads.of(l);
        Heads rh = Heads.of(r);
        for (int i = 0; i < l.size(); i++) {
            if (!lh.keys.containsKey(i)) {
                continue;
            }
            int j = rh.only(lh.keys.get(i));
            if (j < 0 || lh.only(lh.keys.get(i)) != i) {
                continue;
            }
            int ln = negation(l, i);
            int rn = negation(r, j);
            if ((ln < 0) == (rn < 0) && oppositeParticles(l, i, r, j) && PredicateArguments.sameArguments(l, i, r, j)) {
                // "had been switched off" / "had been switched on": one verb, opposite particles
                out.add(new Flip(l.subList(i, i + 2), r.subList(j, j + 2), List.of(), true));
                continue;
            }
            if ((ln < 0) == (rn < 0) || asks(ln >= 0 ? l : r, ln >= 0 ? i : j) || absentOnBoth(l, ln, r, rn)) {
                continue;
            }
            List<Token> shared = PredicateArguments.sharedComplement(l, i, r, j);
            if (!shared.isEmpty() || PredicateArguments.sameArguments(l, i, r, j)) {
                List<Token> lp = phrase(l, i, ln);
                List<Token> rp = phrase(r, j, rn);
                // "not a single ballot was lost" against "ballots had been lost": the subject too
                if (subjectNegated(l, ln, i)) {
                    rp = withSubject(r, rp);
                } else if (subjectNegated(r, rn, j)) {
                    lp = withSubject(l, lp);
                }
                out.add(new Flip(lp, rp, shared, false));
            }
        }
        out.addAll(RewordedPredicates.between(l, lh, r, rh));
        return widest(out);
    }

    /**
     * One flip per negation: of two flips whose phrases overlap on a side ("no vote" and "no vote
     * had been altered"), the one that reads further.
     */
    private static List<Flip> widest(List<Flip> flips) {
        List<ScopedNegation.Flip> out = new ArrayList<>();
        for (Flip f : flips) {
            boolean covered = flips.stream().anyMatch(g -> g != f && (overlap(f.left(), g.left()) || overlap(f.right(), g.right()))
                    && (length(g) > length(f) || length(g) == length(f) && flips.indexOf(g) < flips.indexOf(f)));
            if (!covered) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean overlap(List<Token> a, List<Token> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> x.span().overlaps(y.span())));
    }

    private static int length(Flip f) {
        return f.left().size() + f.right().size();
    }

    /** Whether token {@code i} can head a predicate: a lower-case content word. */
    private static boolean head(List<Token> t, int i) {
        Token w = t.get(i);
        String s = w.normal();
        return w.isWord() && s.length() >= 3 && Character.isLowerCase(w.text().charAt(0)) && !chain(s)
                && !PRONOUNS.contains(s) && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(s) && !Polarity.isNegator(s)
                && !PolarityFlip.impliesNegation(s, i + 1 < t.size() ? t.get(i + 1).normal() : "");
    }

    /**
     * The heads of a sentence with the forms each can take: its stem and its dictionary forms
     * ("went" and "go"), so two heads are one predicate when their forms meet.
     */
    record Heads(java.util.Map<Integer, Set<String>> keys, java.util.Map<String, Set<Integer>> byKey) {

        static Heads of(List<Token> t) {
            java.util.Map<Integer, Set<String>> keys = new java.util.HashMap<>();
            java.util.Map<String, Set<Integer>> byKey = new java.util.HashMap<>();
            for (int i = 0; i < t.size(); i++) {
                if (!head(t, i)) {
                    continue;
                }
                Set<String> k = new java.util.HashSet<>();
                k.add("stem:" + Polarity.lemma(t.get(i).text()));
                org.crosscheck.text.sense.Antonyms.shared().dictionaryForms(t.get(i).text()).forEach(f -> k.add("form:" + f));
                keys.put(i, k);
                for (String key : k) {
                    byKey.computeIfAbsent(key, x -> new java.util.TreeSet<>()).add(i);
                }
            }
            return new Heads(keys, byKey);
        }

        /**
         * The heads that can be verbs and whose forms meet no head of {@code other} (words
         * {@code o}) but a noun after an article: "rose" is unsaid beside "a rise in graduates",
         * which names a thing, not what the subject did.
         */
        List<Integer> unsaid(Heads other, List<Token> t, List<Token> o) {
            List<Integer> out = new ArrayList<>();
            for (int i : new java.util.TreeSet<>(keys.keySet())) {
                boolean said = keys.get(i).stream().flatMap(k -> other.byKey.getOrDefault(k, Set.of()).stream())
                        .anyMatch(k -> k == 0 || !ARTICLES.contains(o.get(k - 1).normal()));
                if (!said && RewordedPredicates.verbal(t, i)) {
                    out.add(i);
                }
            }
            return out;
        }

        /** The index of the one head whose forms meet {@code forms}, or -1 when none or several do. */
        int only(Set<String> forms) {
            Set<Integer> found = new java.util.TreeSet<>();
            for (String f : forms) {
                found.addAll(byKey.getOrDefault(f, Set.of()));
            }
            return found.size() == 1 ? found.iterator().next() : -1;
        }
    }

    /**
     * The index where the negation of the predicate at {@code i} starts, or -1: the words right
     * before it are auxiliaries and adverbs with a negation among them.
     */
    static int negation(List<Token> t, int i) {
        int k = i - 1;
        int start = -1;
        while (k >= 0 && t.get(k).isWord()) {
            String s = t.get(k).normal();
            // "warned against treating" says what "warned not to treat" says; "free of charge",
            // "avoiding early starts", "the lack of debate" what "without charge", "not starting
            // early", "without debate" say
            int frame = k == i - 1 ? denyingFrame(t, k, i) : -1;
            boolean against = s.equals("against") && k == i - 1 || s.equals("of") && k == i - 1 && k > 0
                    && (t.get(k - 1).normal().equals("free") || absence(t, k - 1)) || AVOIDING.contains(s)
                    || frame >= 0;
            String next = k + 1 < t.size() ? t.get(k + 1).normal() : "";
            if (against || Polarity.isNegator(s) || PolarityFlip.impliesNegation(s, next) || absence(t, k)) {
                start = frame >= 0 ? frame : k;
            } else if (!chain(s) && !(k == i - 1 && CONTINUING.contains(s) && t.get(i).normal().endsWith("ing"))) {
                break; // "refusing to keep propping up" denies "propping up" as "refusing to prop up" does
            }
            k--;
        }
        if (start < 0 && k >= 0 && k < i - 1) {
            start = negatedSubject(t, k);
        }
        if (start < 0 && k >= 0) {
            start = unlessBefore(t, k, i);
        }
        if (start < 0 && i >= 2 && COORDINATORS.contains(t.get(i - 1).normal()) && t.get(i - 2).isWord()) {
            start = negation(t, i - 2); // "was not lost or compromised": one negation, both predicates
        }
        if (start < 0 && i >= 2 && t.get(i - 1).isWord("and")) {
            start = coordinatedNegation(t, i);
        }
        return start >= 0 ? start : absenceBefore(t, i);
    }

    /**
     * Where a frame that denies the verb in -ing at {@code i} starts when its last word stands at
     * {@code k} ({@link PolarityFlip#denyingFrame}: "ruled out requesting", "stopped short of
     * recommending"), or -1. A frame itself denied ("did not rule out running") leaves the act open.
     */
    private static int denyingFrame(List<Token> t, int k, int i) {
        List<String> w = t.subList(Math.max(0, k - 4), i + 1).stream().map(Token::normal).toList();
        int last = w.size() - 2;
        for (int start = last - 2; start <= last - 1; start++) {
            if (start >= 0 && PolarityFlip.denyingFrame(w, start) == last - start + 1) {
                return PolarityFlip.negatedBefore(w, start) ? -1 : k - (last - start);
            }
        }
        return -1;
    }

    /** How far back a negation may stand from the "and" that joins a second verb to the one it denies. */
    private static final int COORDINATION_REACH = 12;
    /** Marks that end the stretch a coordinated negation is read across. */
    private static final Set<String> BREAKS = Set.of(",", ";", ":", "(", ")", "\u2013", "\u2014", "\"", "\u201c", "\u201d");

    /**
     * Where the negation starts that a verb joined by "and" shares with the verb before it, or -1:
     * "will not open a stadium that is 95 percent finished and ask 42,000 people to trust it"
     * denies the asking too. Both verbs are in their plain form, with no subject of its own
     * between "and" and the second, and no comma between the negation and "and"; "did not attend
     * and left early" joins a verb of another form, which the negation does not reach.
     */
    private static int coordinatedNegation(List<Token> t, int i) {
        if (!plainVerb(t.get(i).normal())) {
            return -1;
        }
        for (int k = i - 2; k >= 0 && k >= i - 1 - COORDINATION_REACH; k--) {
            Token w = t.get(k);
            if (BREAKS.contains(w.text()) || w.isWord() && CLAUSE.contains(w.normal())) {
                return -1;
            }
            String s = w.normal();
            if (s.equals("not") || s.equals("never") || s.endsWith("n't")) {
                int v = k + 1;
                while (v < i - 1 && t.get(v).isWord() && CHAIN.contains(t.get(v).normal()) && !t.get(v).isWord("to")) {
                    v++;
                }
                return v < i - 1 && plainVerb(t.get(v).normal()) ? (k > 0 && CHAIN.contains(t.get(k - 1).normal()) ? k - 1 : k) : -1;
            }
        }
        return -1;
    }

    /** Whether {@code word} can be a verb in its plain form ("ask", "open"; not "asked", "asks", "opening"). */
    private static boolean plainVerb(String word) {
        org.crosscheck.text.sense.WordSenses senses = org.crosscheck.text.sense.WordSenses.shared();
        return word.length() >= 2 && !word.endsWith("ed") && !word.endsWith("ing") && senses.canBeVerb(word)
                && org.crosscheck.text.sense.Antonyms.shared().dictionaryForms(word).contains(word);
    }

    /**
     * Where an "unless" starts that opens the clause whose subject ends at {@code k}, or -1:
     * "unless it has been blasted first" says "if it has not been blasted", which is what
     * "without blasting it first" says. The subject is a pronoun or up to two words after a
     * determiner; an "unless" itself denied ("not unless") is left alone.
     */
    private static int unlessBefore(List<Token> t, int k, int i) {
        if (t.get(k).isWord("unless")) {
            return k == i - 1 || java.util.stream.IntStream.range(k + 1, i).allMatch(m -> chain(t.get(m).normal())) ? k : -1;
        }
        if (k == i - 1) {
            return -1; // "unless cleared before": "cleared" is no subject of "before"
        }
        for (int m = k - 1; m >= 0 && m >= k - 3; m--) {
            Token w = t.get(m);
            if (!w.isWord() || CLAUSE.contains(w.normal()) && !w.isWord("unless") || chain(w.normal()) || Polarity.isNegator(w.normal())) {
                return -1;
            }
            if (w.isWord("unless")) {
                return m > 0 && Polarity.isNegator(t.get(m - 1).normal()) ? -1 : m;
            }
        }
        return -1;
    }

    /** Whether the negation at {@code n} opens the subject of the predicate at {@code i}: a content word stands between them. */
    private static boolean subjectNegated(List<Token> t, int n, int i) {
        if (n >= 0 && i >= 1 && denyingFrame(t, i - 1, i) == n && !t.get(i - 1).isWord("out")) {
            return false; // "stopped short of": the frame stands between, not a subject
        }
        return n >= 0 && java.util.stream.IntStream.range(n + 1, i).anyMatch(k -> PredicateArguments.content(t.get(k))
                && !chain(t.get(k).normal()));
    }

    /** The phrase with up to two content words of its subject before it ("ballots had been compromised"). */
    private static List<Token> withSubject(List<Token> t, List<Token> phrase) {
        int start = t.indexOf(phrase.get(0));
        int end = t.indexOf(phrase.get(phrase.size() - 1));
        // a name before the predicate is who acts, not a subject a negation can open ("not a single ballot")
        for (int n = 0; n < 2 && start > 0 && PredicateArguments.content(t.get(start - 1)) && !t.get(start - 1).isCapitalised(); n++) {
            start--;
        }
        return t.subList(start, end + 1);
    }

    /**
     * Where a negation of the subject ending at {@code k} starts, or -1: "no ballot", "not a single
     * ballot", "not one ballot" before the auxiliaries of a predicate deny it ("not a single ballot
     * was lost").
     */
    private static int negatedSubject(List<Token> t, int k) {
        for (int m = k - 1; m >= 0 && m >= k - 3; m--) {
            String s = t.get(m).normal();
            if (!t.get(m).isWord()) {
                return -1;
            }
            if (s.equals("no")) {
                // "routes with no rail alternative would be protected": a "no" after a preposition
                // denies its noun, not the subject's predicate
                return m > 0 && t.get(m - 1).isWord() && PREPOSITIONS.contains(t.get(m - 1).normal()) ? -1 : m;
            }
            if ((s.equals("single") || s.equals("one")) && m >= 1) {
                int n = t.get(m - 1).isWord("a") && m >= 2 ? m - 2 : m - 1;
                return t.get(n).isWord("not") ? n : -1;
            }
            if (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(s) || CLAUSE.contains(s) || chain(s)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the one negation is a noun of absence and the other side names an absence too: "a
     * shortage of empty-container holding bays" and "a lack of holding bays for empty containers"
     * deny the same thing, whichever noun each "of" is read to govern.
     */
    private static boolean absentOnBoth(List<Token> l, int ln, List<Token> r, int rn) {
        List<Token> negated = ln >= 0 ? l : r;
        int n = Math.max(ln, rn);
        return absence(negated, n) && java.util.stream.IntStream.range(0, (ln >= 0 ? r : l).size())
                .anyMatch(k -> absence(ln >= 0 ? r : l, k));
    }

    /** A noun of absence and its "of" at {@code k}, not measured ("a shortfall of 40 billion" names an amount). */
    private static boolean absence(List<Token> t, int k) {
        return k + 1 < t.size() && PolarityFlip.absenceOf(t.get(k).normal(), t.get(k + 1).normal())
                && !PolarityFlip.measured(t.stream().map(Token::normal).toList(), k + 2);
    }

    /**
     * Where a noun of absence starts whose "of" governs the noun phrase the word at {@code i}
     * ends in ("a lack of empty-container holding bays"), or -1.
     */
    private static int absenceBefore(List<Token> t, int i) {
        for (int k = i - 1; k >= 1 && k >= i - 5; k--) {
            Token w = t.get(k);
            if (w.isWord("of")) {
                return absence(t, k - 1) ? k - 1 : -1;
            }
            if (!w.isWord() && !w.isSymbol("-") || w.isWord() && (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w.normal())
                    || CLAUSE.contains(w.normal()) || chain(w.normal()))) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether {@code s} may stand between a negation and its predicate: an auxiliary or an adverb ("could not safely staff"). */
    static boolean chain(String s) {
        return CHAIN.contains(s) || s.length() > 4 && s.endsWith("ly");
    }

    private static final java.util.Map<String, String> OPPOSITE_PARTICLES = java.util.Map.of("on", "off", "off", "on", "in", "out",
            "out", "in", "up", "down", "down", "up");

    /** Whether {@code word} is a particle with an opposite ("on" / "off"). */
    static boolean isParticle(String word) {
        return OPPOSITE_PARTICLES.containsKey(word);
    }

    private static boolean oppositeParticles(List<Token> l, int i, List<Token> r, int j) {
        if (i + 1 >= l.size() || j + 1 >= r.size() || !l.get(i + 1).isWord() || !r.get(j + 1).isWord()) {
            return false;
        }
        return r.get(j + 1).normal().equals(OPPOSITE_PARTICLES.get(l.get(i + 1).normal())) && !opensPreposition(l, i + 1)
                && !opensPreposition(r, j + 1);
    }

    /** "Nine out of ten": a particle before "of" is part of a preposition, and "nine in ten" says the same. */
    private static boolean opensPreposition(List<Token> t, int k) {
        return k + 1 < t.size() && t.get(k + 1).isWord("of");
    }

    static boolean particle(List<Token> t, int head) {
        return head + 1 < t.size() && PARTICLES.contains(t.get(head + 1).normal());
    }

    /** Whether a question word follows the predicate (and its particle): "did not say how many". */
    static boolean asks(List<Token> t, int i) {
        int k = particle(t, i) ? i + 2 : i + 1;
        return k < t.size() && QUESTION.contains(t.get(k).normal());
    }


    /**
     * The phrase an editor reads: from the helper before the negation (or before the predicate)
     * through the predicate and its particle ("would not seek", "did not rule out", "ruled out").
     */
    static List<Token> phrase(List<Token> t, int head, int last, int negation) {
        List<Token> p = phrase(t, head, negation);
        return last > head ? t.subList(t.indexOf(p.get(0)), last + 1) : p;
    }

    private static List<Token> phrase(List<Token> t, int head, int negation) {
        int start = negation >= 0 ? negation : head;
        if (negation < 0 && start > 0 && COPULAS.contains(t.get(start - 1).normal())) {
            start--; // "remain closed", not "closed"
        }
        while (start > 0 && t.get(start - 1).isWord() && CHAIN.contains(t.get(start - 1).normal())
                && !t.get(start - 1).normal().equals("to") && head - start < 5) {
            start--;
        }
        // "planned to appeal", "agreed to pay": the verb that carries an affirmed infinitive
        if (negation < 0 && start == head && start >= 2 && t.get(start - 1).isWord("to") && t.get(start - 2).isWord()
                && !chain(t.get(start - 2).normal()) && !PRONOUNS.contains(t.get(start - 2).normal())) {
            start -= 2;
        }
        // "threatened a boycott of the site": a noun after "a" reads with the verb that takes it
        if (negation < 0 && start == head && start >= 2 && (t.get(start - 1).isWord("a") || t.get(start - 1).isWord("an"))
                && t.get(start - 2).isWord() && !chain(t.get(start - 2).normal()) && !PRONOUNS.contains(t.get(start - 2).normal())
                && !CLAUSE.contains(t.get(start - 2).normal()) && WordSenses.shared().canBeVerb(t.get(start - 2).normal())
                && WordSenses.shared().verbBase(t.get(start - 2).normal()) != null) {
            start -= 2;
        }
        if (negation < 0 && start == head) {
            start = possibilityBefore(t, head);
        }
        // "left the door open to selling": the verb that leaves the act open is what the source says
        for (int k = Math.max(0, start - 4); negation < 0 && k < start; k++) {
            int open = RewordedPredicates.leftOpen(t, k);
            if (open >= start - 1 && open <= head) {
                start = k;
                break;
            }
        }
        return t.subList(start, (particle(t, head) ? head + 1 : head) + 1);
    }

    /** Nouns that hold an act open without stating it: "the possibility of pension cuts". */
    private static final Set<String> POSSIBILITY = Set.of("possibility", "prospect", "option", "chance", "likelihood");

    /**
     * Where the frame that holds the act at {@code head} open starts ("left open the possibility
     * of pension cuts"), so the phrase says what the source says rather than the act alone; {@code head}
     * when there is none. Up to two words of the noun phrase may stand between "of" and the head,
     * and up to two lower-case words that lead to the frame are kept.
     */
    private static int possibilityBefore(List<Token> t, int head) {
        for (int k = head - 1; k >= 1 && k >= head - 3; k--) {
            Token w = t.get(k);
            if (w.isWord("of") && POSSIBILITY.contains(t.get(k - 1).normal())) {
                int start = k - 1;
                if (start > 0 && t.get(start - 1).isWord() && Set.of("the", "a", "any").contains(t.get(start - 1).normal())) {
                    start--;
                }
                for (int n = 0; n < 2 && start > 0 && t.get(start - 1).isWord() && Character.isLowerCase(t.get(start - 1).text().charAt(0))
                        && !CLAUSE.contains(t.get(start - 1).normal()) && !PRONOUNS.contains(t.get(start - 1).normal()); n++) {
                    start--;
                }
                return start;
            }
            if (!w.isWord() || !Character.isLowerCase(w.text().charAt(0)) || CLAUSE.contains(w.normal())) {
                return head;
            }
        }
        return head;
    }
}
