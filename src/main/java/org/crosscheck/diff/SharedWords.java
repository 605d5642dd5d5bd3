package org.crosscheck.diff;

import java.util.BitSet;
import java.util.List;

import org.crosscheck.text.Token;

/**
 * Which words of each quote of a pair their longest shared run covers: two partners of one quote
 * compete for it only where they render the same words of it, so that a quote the copy split in
 * two, each half credited on its own, is two sayings.
 *
 * @param left the covered word positions of the left quote
 * @param right the covered word positions of the right quote
 */
record SharedWords(BitSet left, BitSet right) {

    static SharedWords of(Comparison c, QuotePairs.Pair p) {
        List<Token> lw = QuotePairs.words(c.left().article().text(), p.left());
        List<Token> rw = QuotePairs.words(c.right().article().text(), p.right());
        int[] run = QuotePairs.longestRunAt(lw, rw);
        int best = run[0];
        int li = run[1];
        int ri = run[2];
        BitSet l = new BitSet();
        BitSet r = new BitSet();
        l.set(li - best, li);
        r.set(ri - best, ri);
        return new SharedWords(l, r);
    }

    /**
     * The sentences where the pair's longest shared run begins, left then right: where the words
     * the two quotes have in common stand, which for a quote of several sentences, or a quote
     * that continues another's paragraph, need not be the sentence that credits it.
     */
    static int[] sentencesOfRun(Comparison c, QuotePairs.Pair p) {
        List<Token> lw = QuotePairs.words(c.left().article().text(), p.left());
        List<Token> rw = QuotePairs.words(c.right().article().text(), p.right());
        int[] run = QuotePairs.longestRunAt(lw, rw);
        if (run[0] == 0) {
            return new int[] {p.left().sentence(), p.right().sentence()};
        }
        return new int[] {sentenceAt(c.left(), lw.get(run[1] - run[0]).start(), p.left().sentence()),
            sentenceAt(c.right(), rw.get(run[2] - run[0]).start(), p.right().sentence())};
    }

    private static int sentenceAt(org.crosscheck.model.AnalyzedArticle article, int offset, int otherwise) {
        int s = ComparedQuotes.sentenceAt(article, offset);
        return s >= 0 ? s : otherwise;
    }


    /** Whether pair {@code p} (covering these words) and pair {@code q} (covering {@code other}) render some word of a quote they share. */
    boolean overlaps(QuotePairs.Pair p, SharedWords other, QuotePairs.Pair q) {
        return p.left() == q.left() && left.intersects(other.left) || p.right() == q.right() && right.intersects(other.right);
    }
}
