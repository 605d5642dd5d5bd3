package org.crosscheck.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crosscheck.embed.SentenceEncoder;
import org.crosscheck.index.SentenceIndex;
import org.crosscheck.model.Alignment;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.SentenceRef;

/**
 * Pairs the sentences of two sources that make the same statement.
 *
 * <p>Candidates come from the index (BM25), never from all pairs. Each candidate is scored by
 * IDF-weighted Dice overlap of analysed terms. Pairs are accepted best first, one to one; then a
 * sentence left over may join a partner that already has one when most of its weight is contained
 * in it, which covers a sentence split in two or two merged into one. Sentences still unpaired are
 * paired by position when their neighbours are paired, and finally by a lower similarity.
 *
 * <p>Last, where the words overlap little, a {@link SentenceEncoder} decides by meaning (see
 * {@link MeaningMatcher}): sentences still unpaired that say the same thing in other words are
 * paired, and a sentence split in two or merged joins its counterpart. Every pair records its
 * lexical similarity, which the detectors read.
 */
public final class Aligner {

    /** Similarity from which two sentences count as the same statement. */
    public static final double SAME_STATEMENT = 0.3;
    private static final double CONTAINED = 0.7;
    private static final double NEIGHBOUR = 0.12;
    private static final double LEFTOVER = 0.16;
    private static final int CANDIDATES = 8;

    private final SentenceIndex index;
    private final MeaningMatcher meaning;

    /** An aligner over the sentences in {@code index} with the sentence encoder the build ships. */
    public Aligner(SentenceIndex index) {
        this(index, SentenceEncoder.shared());
    }

    /** An aligner over the sentences in {@code index} that reads meaning with {@code encoder}. */
    public Aligner(SentenceIndex index, SentenceEncoder encoder) {
        this.index = java.util.Objects.requireNonNull(index, "index");
        this.meaning = new MeaningMatcher(java.util.Objects.requireNonNull(encoder, "encoder"));
    }

    /** Alignments between {@code left} and {@code right}, in the left source's order. */
    public List<Alignment> align(AnalyzedArticle left, AnalyzedArticle right) {
        Map<String, Scored> scored = new HashMap<>();
        // the two directions' searches are independent (the index is only read): the common
        // pool's thread runs the second meanwhile, unless it is busy and this thread gets to it
        // first; a pair both find scores the same either way
        java.util.concurrent.FutureTask<Map<String, Scored>> back = new java.util.concurrent.FutureTask<>(() -> {
            Map<String, Scored> found = new HashMap<>();
            collect(right, left.id(), true, found);
            return found;
        });
        java.util.concurrent.ForkJoinPool.commonPool().execute(back);
        collect(left, right.id(), false, scored);
        back.run();
        joined(back).forEach(scored::putIfAbsent);
        List<Scored> ranked = new ArrayList<>(scored.values());
        ranked.sort(Comparator.comparingDouble(Scored::similarity).reversed()
                .thenComparingInt(s -> s.left.sentence()).thenComparingInt(s -> s.right.sentence()));

        Set<Integer> leftUsed = new HashSet<>();
        Set<Integer> rightUsed = new HashSet<>();
        List<Alignment> out = new ArrayList<>();
        for (Scored s : ranked) {
            if (s.similarity >= SAME_STATEMENT && s.shared >= 2 && !headlineAgainstBody(left, right, s)
                    && !leftUsed.contains(s.left.sentence()) && !rightUsed.contains(s.right.sentence())) {
                leftUsed.add(s.left.sentence());
                rightUsed.add(s.right.sentence());
                out.add(new Alignment(s.left, s.right, round(s.similarity)));
            }
        }
        for (Scored s : ranked) {
            boolean leftFree = !leftUsed.contains(s.left.sentence());
            boolean rightFree = !rightUsed.contains(s.right.sentence());
            // a headline's few words are contained in its story's lead and in much else: it takes one partner
            boolean headline = kind(left, s.left) == org.crosscheck.model.SentenceKind.HEADLINE
                    || kind(right, s.right) == org.crosscheck.model.SentenceKind.HEADLINE;
            if ((leftFree ^ rightFree) && !headline && s.shared >= 3 && s.containment >= CONTAINED) {
                leftUsed.add(s.left.sentence());
                rightUsed.add(s.right.sentence());
                out.add(new Alignment(s.left, s.right, round(s.similarity)));
            }
        }
        fillGaps(left, right, leftUsed, rightUsed, out);
        for (Scored s : ranked) {
            // what is left: sentences that are each other's best remaining match and share some words
            if (s.similarity >= LEFTOVER && s.shared >= 2 && !headlineAgainstBody(left, right, s) && !leftUsed.contains(s.left.sentence())
                    && !rightUsed.contains(s.right.sentence())) {
                leftUsed.add(s.left.sentence());
                rightUsed.add(s.right.sentence());
                out.add(new Alignment(s.left, s.right, round(s.similarity)));
            }
        }
        List<Alignment> candidates = ranked.stream().map(s -> new Alignment(s.left, s.right, s.similarity)).toList();
        out = new ArrayList<>(meaning.refine(left, right, out, candidates, this::similarity, made -> remainders(left, right, made)));
        out.sort(Comparator.comparingInt((Alignment a) -> a.left().sentence()).thenComparingInt(a -> a.right().sentence()));
        return out;
    }

    /**
     * Rewrites keep much of the original's order: a sentence left over on each side, right after
     * (or before) two sentences already paired, is paired when the two share a word or a figure.
     */
    private void fillGaps(AnalyzedArticle left, AnalyzedArticle right, Set<Integer> leftUsed, Set<Integer> rightUsed,
                          List<Alignment> out) {
        List<Integer> lc = compared(left);
        List<Integer> rc = compared(right);
        Map<Integer, Integer> lpos = positions(lc);
        Map<Integer, Integer> rpos = positions(rc);
        // a worklist: each new pair may open a gap next to it
        java.util.ArrayDeque<Alignment> work = new java.util.ArrayDeque<>(out);
        while (!work.isEmpty()) {
            Alignment a = work.poll();
            int li = lpos.get(a.left().sentence());
            int ri = rpos.get(a.right().sentence());
            for (int step : new int[] {1, -1}) {
                int ln = li + step;
                int rn = ri + step;
                if (ln < 0 || rn < 0 || ln >= lc.size() || rn >= rc.size()) {
                    continue;
                }
                int l = lc.get(ln);
                int r = rc.get(rn);
                if (leftUsed.contains(l) || rightUsed.contains(r)) {
                    continue;
                }
                Scored s = score(new SentenceRef(left.id(), l), new SentenceRef(right.id(), r));
                if (s.similarity >= NEIGHBOUR && s.shared >= 2) {
                    leftUsed.add(l);
                    rightUsed.add(r);
                    Alignment added = new Alignment(s.left, s.right, round(s.similarity));
                    out.add(added);
                    work.add(added);
                }
            }
        }
    }

    /**
     * Sentences a rewrite split off a statement and left unpaired: a free sentence next to a
     * paired one whose partner holds at least {@value #REMAINDER_TERMS} of its terms that the
     * paired one lacks ("Most of the money comes from a World Bank loan." beside the rest of "The
     * project, financed by a loan from the Asian Development Bank, will plant ..."). The meaning
     * pass decides which to join.
     */
    private List<MeaningMatcher.Remainder> remainders(AnalyzedArticle left, AnalyzedArticle right, List<Alignment> out) {
        Map<SentenceRef, Integer> partners = new HashMap<>();
        Set<SentenceRef> used = new HashSet<>();
        for (Alignment a : out) {
            partners.merge(a.left(), 1, Integer::sum);
            partners.merge(a.right(), 1, Integer::sum);
            used.add(a.left());
            used.add(a.right());
        }
        List<Integer> lorder = compared(left);
        List<Integer> rorder = compared(right);
        List<MeaningMatcher.Remainder> found = new ArrayList<>();
        for (Alignment a : out) {
            if (partners.get(a.left()) != 1 || partners.get(a.right()) != 1) {
                continue;
            }
            found.addAll(remaindersOf(left, lorder, a.left(), a.right(), used));
            found.addAll(remaindersOf(right, rorder, a.right(), a.left(), used));
        }
        return found;
    }

    private static final int REMAINDER_TERMS = 2;

    private List<MeaningMatcher.Remainder> remaindersOf(AnalyzedArticle article, List<Integer> order, SentenceRef paired,
                                                        SentenceRef counterpart, Set<SentenceRef> used) {
        int at = order.indexOf(paired.sentence());
        List<MeaningMatcher.Remainder> out = new ArrayList<>();
        for (int step : new int[] {-1, 1}) {
            int n = at + step;
            if (at < 0 || n < 0 || n >= order.size()) {
                continue;
            }
            SentenceRef part = new SentenceRef(article.id(), order.get(n));
            if (used.contains(part) || kind(article, part) == org.crosscheck.model.SentenceKind.HEADLINE) {
                continue;
            }
            Set<String> terms = new HashSet<>(index.terms(part));
            terms.retainAll(new HashSet<>(index.terms(counterpart)));
            terms.removeAll(new HashSet<>(index.terms(paired)));
            if (terms.size() >= REMAINDER_TERMS || step == 1 && continues(article, part)) {
                out.add(new MeaningMatcher.Remainder(part, paired, counterpart));
            }
        }
        return out;
    }

    /** Pronouns that open a sentence carrying on from the one before it. */
    private static final Set<String> CARRY_ON = Set.of("it", "he", "she", "they", "its", "his", "her", "their", "this", "these");
    private static final int SHORT_SENTENCE = 12;

    /**
     * Whether a sentence is a short one that carries on from the sentence before it ("It was filmed
     * mostly in Genoa."): its words need not repeat the statement it completes.
     */
    private static boolean continues(AnalyzedArticle article, SentenceRef ref) {
        String text = article.sentences().get(ref.sentence()).text();
        String[] words = text.strip().split("\\s+");
        return words.length <= SHORT_SENTENCE && CARRY_ON.contains(words[0].toLowerCase(java.util.Locale.ROOT));
    }

    /** How many body sentences open a story: the lead its headline sums up. */
    private static final int LEAD = 2;
    /** How similar a headline and a body sentence past the lead must be to be one statement. */
    private static final double HEADLINE_IN_BODY = 0.6;

    /**
     * Whether a headline is set against a body sentence past the other story's lead, and the two
     * are not close: a headline sums up the story, so its words ("raises 1.84 billion zlotys;
     * Vistula Mobile takes two blocks") are found in many a sentence that says something else
     * ("Vistula Mobile's two blocks cost it roughly 1.2bn zlotys").
     */
    private static boolean headlineAgainstBody(AnalyzedArticle left, AnalyzedArticle right, Scored s) {
        boolean lh = kind(left, s.left) == org.crosscheck.model.SentenceKind.HEADLINE;
        boolean rh = kind(right, s.right) == org.crosscheck.model.SentenceKind.HEADLINE;
        if (lh == rh || s.similarity >= HEADLINE_IN_BODY) {
            return false;
        }
        AnalyzedArticle bodyArticle = lh ? right : left;
        SentenceRef body = lh ? s.right : s.left;
        long before = bodyArticle.sentences().stream().filter(x -> x.index() < body.sentence()
                && x.kind() == org.crosscheck.model.SentenceKind.STATEMENT).count();
        return before >= LEAD;
    }

    private static org.crosscheck.model.SentenceKind kind(AnalyzedArticle article, SentenceRef ref) {
        return article.sentences().get(ref.sentence()).kind();
    }

    private static Map<Integer, Integer> positions(List<Integer> sentences) {
        Map<Integer, Integer> map = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            map.put(sentences.get(i), i);
        }
        return map;
    }

    /** The task's result once it has run; its failure is thrown as it was thrown, not wrapped. */
    private static <T> T joined(java.util.concurrent.FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while aligning", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static List<Integer> compared(AnalyzedArticle article) {
        return article.sentences().stream().filter(s -> s.kind().isCompared()).map(Sentence::index).toList();
    }

    private void collect(AnalyzedArticle from, String target, boolean reversed, Map<String, Scored> into) {
        for (Sentence s : from.sentences()) {
            if (!s.kind().isCompared()) {
                continue;
            }
            SentenceRef query = new SentenceRef(from.id(), s.index());
            for (SentenceIndex.Candidate c : index.candidates(query, target, CANDIDATES)) {
                SentenceRef l = reversed ? c.ref() : query;
                SentenceRef r = reversed ? query : c.ref();
                into.computeIfAbsent(l.sentence() + ":" + r.sentence(), k -> score(l, r));
            }
        }
    }

    private Scored score(SentenceRef l, SentenceRef r) {
        Map<String, Double> a = weights(index.terms(l));
        Map<String, Double> b = weights(index.terms(r));
        double wa = a.values().stream().mapToDouble(Double::doubleValue).sum();
        double wb = b.values().stream().mapToDouble(Double::doubleValue).sum();
        double shared = 0;
        int sharedCount = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double other = b.get(e.getKey());
            if (other != null) {
                shared += Math.min(e.getValue(), other);
                sharedCount++;
            }
        }
        double dice = wa + wb == 0 ? 0 : 2 * shared / (wa + wb);
        double containment = Math.min(wa, wb) == 0 ? 0 : shared / Math.min(wa, wb);
        return new Scored(l, r, Math.min(1, dice), containment, sharedCount);
    }

    private Map<String, Double> weights(List<String> terms) {
        Map<String, Double> w = new HashMap<>();
        for (String t : terms) {
            w.merge(t, index.idf(t), Double::sum);
        }
        return w;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Similarity of two sentences as this aligner measures it. */
    public double similarity(SentenceRef left, SentenceRef right) {
        return score(left, right).similarity;
    }

    private record Scored(SentenceRef left, SentenceRef right, double similarity, double containment, int shared) {
    }
}
