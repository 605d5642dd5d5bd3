package org.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Evidence;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Span;
import org.junit.jupiter.api.Test;

class CaseFiguresTest {

    private static Scored reported(List<Boolean> matched, boolean real) {
        Evidence side = new Evidence("a", 1, new Span(0, 4), "Text", "Text", null, null);
        Finding f = new Finding(Severity.MEDIUM, "Name differs", "why", 0.9, side, side, null);
        return new Scored(new Discrepancy.EntityChange(f), 1.0, 1.0, matched, real);
    }

    @Test
    void countsAReportOnlyAnAllowedEntryMatchesAsExcusedNotFalse() {
        GoldEntry required = new GoldEntry("f1", "ENTITY", List.of("ENTITY"), List.of("Text"), List.of("Text"));
        GoldEntry allowed = new GoldEntry("a1", "ENTITY", List.of("ENTITY"), List.of("Other"), List.of());
        GoldCase gold = new GoldCase("case", List.of(Path.of("a.txt"), Path.of("b.txt")), List.of(required), List.of(allowed));
        CaseResult result = new CaseResult(gold, false, List.of(reported(List.of(true), true), reported(List.of(false), true),
                reported(List.of(false), false)), "");
        CaseFigures figures = new CaseFigures(List.of(result), 0);
        assertThat(figures.reported).isEqualTo(3);
        assertThat(figures.falseAlarms).isEqualTo(1);
        assertThat(figures.excused).isEqualTo(1);
    }
}
