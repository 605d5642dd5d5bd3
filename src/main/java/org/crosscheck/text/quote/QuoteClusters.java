package org.crosscheck.text.quote;

import java.util.List;

import org.crosscheck.model.Sentence;

/**
 * Where each quote piece stands among the sentences: the first and last sentence it covers, the
 * clusters of sentences a quote joins across their boundary, and lookups by offset. Pieces and
 * sentences are in reading order, so every lookup is a binary search.
 */
final class QuoteClusters {

    private final List<Sentence> sentences;
    private final List<QuotePiece> pieces;
    private final int[] firstSentence;
    private final int[] lastSentence;

    QuoteClusters(List<Sentence> sentences, List<QuotePiece> pieces) {
        this.sentences = sentences;
        this.pieces = pieces;
        // Computed once: clusterEnd runs per cluster, and rescanning here made long texts cubic.
        this.firstSentence = new int[pieces.size()];
        this.lastSentence = new int[pieces.size()];
        for (int p = 0; p < pieces.size(); p++) {
            firstSentence[p] = sentenceOf(pieces.get(p).content().start());
            lastSentence[p] = sentenceOf(pieces.get(p).content().end() - 1);
        }
    }

    /** The first sentence piece {@code p} covers. */
    int firstSentence(int p) {
        return firstSentence[p];
    }

    /** The last sentence piece {@code p} covers. */
    int lastSentence(int p) {
        return lastSentence[p];
    }

    /** The last sentence of the cluster that starts at sentence {@code s}: a quote that crosses a boundary joins the next. */
    int clusterEnd(int s) {
        int last = s;
        // pieces are in reading order, so their first sentences never decrease: start at the first
        // piece in sentence s and stop at the first piece past the cluster
        for (int p = firstPieceFrom(s); p < pieces.size() && firstSentence[p] <= last; p++) {
            if (lastSentence[p] > last) {
                last = lastSentence[p];
            }
        }
        return last;
    }

    /** The first piece whose first sentence is at or after {@code sentence}. */
    private int firstPieceFrom(int sentence) {
        int low = 0;
        int high = pieces.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (firstSentence[mid] < sentence) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The last sentence starting at or before {@code offset} (sentences are in text order), else 0. */
    int sentenceOf(int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        int best = 0;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (sentences.get(mid).span().start() <= offset) {
                best = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return best;
    }

    /** The first piece whose marks end after {@code offset}. */
    int firstPieceEndingAfter(int offset) {
        int low = 0;
        int high = pieces.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (pieces.get(mid).outer().end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
