package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Evidence;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Span;
import org.junit.jupiter.api.Test;

class HeadlineRestatementsTest {

    private static final String WIRE = "Timber library wins design prize\n\n"
            + "Architect Reiko Tanabe has won the Harland Prize for a timber community library in Ishinomaki, the foundation said.\n";

    @Test
    void showsAHeadlinesValueOnTheBodySentenceThatGivesItToo() {
        Comparison c = Pairs.of(WIRE, "Cedar library in Kesennuma wins top prize for Reiko Tanabe\n\n"
                + "The foundation handed its award to the architect on Wednesday.\n"
                + "Her community library in Kesennuma opened in April 2022.\n");
        Discrepancy moved = HeadlineRestatements.inBody(List.of(placeChange(c, 0)), c).get(0);
        assertThat(moved.finding().right().sentence()).isEqualTo(2);
        assertThat(moved.finding().right().highlight().of(c.right().article().text())).isEqualTo("Kesennuma");
        assertThat(moved.finding().confidence()).isEqualTo(0.75);
    }

    @Test
    void leavesAValueOnlyTheHeadlineGivesWhereItIs() {
        Comparison c = Pairs.of(WIRE, "Cedar library in Kesennuma wins top prize for Reiko Tanabe\n\n"
                + "The foundation handed its award to the architect on Wednesday.\n");
        Discrepancy kept = placeChange(c, 0);
        assertThat(HeadlineRestatements.inBody(List.of(kept), c)).containsExactly(kept);
    }

    private static Discrepancy placeChange(Comparison c, int rightSentence) {
        return new Discrepancy.EntityChange(new Finding(Severity.MEDIUM, "Place differs", "", 0.75,
                evidence(c.left(), 1, "Ishinomaki"), evidence(c.right(), rightSentence, "Kesennuma")));
    }

    private static Evidence evidence(AnalyzedArticle a, int sentence, String value) {
        int at = a.article().text().indexOf(value, a.sentence(sentence).span().start());
        return Evidence.of(a, sentence, value, new Span(at, at + value.length()));
    }
}
