package org.crosscheck.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crosscheck.model.Alignment;
import org.crosscheck.model.SentenceRef;
import org.crosscheck.report.html.PairRows.Row;
import org.junit.jupiter.api.Test;

class PairRowsTest {

    private static Alignment align(int left, int right, double similarity) {
        return new Alignment(new SentenceRef("a", left), new SentenceRef("b", right), similarity);
    }

    @Test
    void putsOneSidedSentencesWhereTheyStand() {
        List<Row> rows = PairRows.plan("a", 4, "b", 4, List.of(align(0, 1, 0.9), align(2, 3, 0.8)));

        assertThat(rows).containsExactly(
                new Row(-1, 0, 0, -1), new Row(0, 1, 0.9, -1), new Row(1, -1, 0, -1),
                new Row(-1, 2, 0, -1), new Row(2, 3, 0.8, -1), new Row(3, -1, 0, -1));
    }

    @Test
    void pairsTheMostSimilarFirstAndPointsTheLoserAtItsPartner() {
        List<Row> rows = PairRows.plan("a", 2, "b", 1, List.of(align(0, 0, 0.5), align(1, 0, 0.9)));

        assertThat(rows).containsExactly(new Row(0, -1, 0, 0), new Row(1, 0, 0.9, -1));
    }

    @Test
    void readsAlignmentsGivenTheOtherWayRoundAndIgnoresOtherSources() {
        List<Alignment> alignments = List.of(
                new Alignment(new SentenceRef("b", 0), new SentenceRef("a", 0), 0.7),
                new Alignment(new SentenceRef("a", 0), new SentenceRef("c", 0), 0.9),
                align(5, 0, 1));

        assertThat(PairRows.plan("a", 1, "b", 1, alignments)).containsExactly(new Row(0, 0, 0.7, -1));
    }

    @Test
    void plansNoRowsForEmptySources() {
        assertThat(PairRows.plan("a", 0, "b", 0, List.of())).isEmpty();
    }

    @Test
    void showsEverySentenceOnceWithTheLeftInOrderForRandomAlignments() {
        Random random = new Random(11L);
        for (int round = 0; round < 500; round++) {
            int leftCount = random.nextInt(8);
            int rightCount = random.nextInt(8);
            List<Alignment> alignments = new ArrayList<>();
            for (int k = random.nextInt(10); k > 0 && leftCount > 0 && rightCount > 0; k--) {
                alignments.add(align(random.nextInt(leftCount), random.nextInt(rightCount), random.nextDouble()));
            }
            List<Row> rows = PairRows.plan("a", leftCount, "b", rightCount, alignments);

            assertThat(rows.stream().filter(r -> r.left() >= 0).map(Row::left).toList())
                    .isEqualTo(java.util.stream.IntStream.range(0, leftCount).boxed().toList());
            assertThat(rows.stream().filter(r -> r.right() >= 0).map(Row::right).sorted().toList())
                    .isEqualTo(java.util.stream.IntStream.range(0, rightCount).boxed().toList());
            assertThat(rows).allMatch(r -> r.left() >= 0 || r.right() >= 0);
        }
    }
}
