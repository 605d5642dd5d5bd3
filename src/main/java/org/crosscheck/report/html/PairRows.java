package org.crosscheck.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Alignment;

/**
 * Lays two sources out as rows, statement against statement, in the left source's order.
 *
 * <p>Alignments are made one-to-one, most similar first. A left sentence without a partner gets
 * a row of its own where it stands; a right sentence without one gets a row just before the
 * row of the next right sentence that has a partner, so both columns read in order wherever
 * the alignments allow.
 */
final class PairRows {

    /**
     * One row of the side-by-side view.
     *
     * @param left the left sentence index, or -1 when the row has none
     * @param right the right sentence index, or -1 when the row has none
     * @param similarity the alignment's similarity, 0 for one-sided rows
     * @param partner for a one-sided row, the sentence of the missing side that this row's
     *     sentence is also aligned with but which is shown in another row, or -1
     */
    record Row(int left, int right, double similarity, int partner) {

        /** Whether both sources have a sentence in this row. */
        boolean isPair() {
            return left >= 0 && right >= 0;
        }
    }

    private record Pair(int left, int right, double similarity) {
    }

    private PairRows() {
    }

    /**
     * The rows for sources {@code leftId} (with {@code leftCount} sentences) and {@code rightId}
     * (with {@code rightCount}), using those of {@code alignments} that join the two in either
     * direction. Alignments pointing past either source's sentences are ignored.
     */
    static List<Row> plan(String leftId, int leftCount, String rightId, int rightCount, List<Alignment> alignments) {
        List<Pair> pairs = new ArrayList<>();
        for (Alignment a : alignments) {
            if (a.left().source().equals(leftId) && a.right().source().equals(rightId)) {
                pairs.add(new Pair(a.left().sentence(), a.right().sentence(), a.similarity()));
            } else if (a.left().source().equals(rightId) && a.right().source().equals(leftId)) {
                pairs.add(new Pair(a.right().sentence(), a.left().sentence(), a.similarity()));
            }
        }
        pairs.removeIf(p -> p.left() < 0 || p.left() >= leftCount || p.right() < 0 || p.right() >= rightCount);
        pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed()
                .thenComparingInt(Pair::left).thenComparingInt(Pair::right));

        int[] rightOf = filled(leftCount);
        int[] leftOf = filled(rightCount);
        int[] leftPartner = filled(leftCount);
        int[] rightPartner = filled(rightCount);
        Map<Integer, Double> similarity = new HashMap<>();
        for (Pair p : pairs) {
            if (rightOf[p.left()] < 0 && leftOf[p.right()] < 0) {
                rightOf[p.left()] = p.right();
                leftOf[p.right()] = p.left();
                similarity.put(p.left(), p.similarity());
            } else {
                if (leftPartner[p.left()] < 0) {
                    leftPartner[p.left()] = p.right();
                }
                if (rightPartner[p.right()] < 0) {
                    rightPartner[p.right()] = p.left();
                }
            }
        }

        List<Row> rows = new ArrayList<>();
        int nextRight = 0;
        for (int l = 0; l < leftCount; l++) {
            int r = rightOf[l];
            if (r < 0) {
                rows.add(new Row(l, -1, 0, leftPartner[l]));
                continue;
            }
            for (; nextRight < r; nextRight++) {
                if (leftOf[nextRight] < 0) {
                    rows.add(new Row(-1, nextRight, 0, rightPartner[nextRight]));
                }
            }
            nextRight = Math.max(nextRight, r + 1);
            rows.add(new Row(l, r, similarity.get(l), -1));
        }
        for (; nextRight < rightCount; nextRight++) {
            if (leftOf[nextRight] < 0) {
                rows.add(new Row(-1, nextRight, 0, rightPartner[nextRight]));
            }
        }
        return rows;
    }

    private static int[] filled(int size) {
        int[] out = new int[size];
        java.util.Arrays.fill(out, -1);
        return out;
    }
}
