package org.crosscheck.report;

import java.util.List;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Report;

/** A short plain-text summary for the terminal: counts, then one line per contradiction. */
public final class TerminalSummary {

    private static final int MAX_LINES = 20;

    /** The summary text of {@code report}, ending with a newline. */
    public String render(Report report) {
        StringBuilder b = new StringBuilder();
        List<Discrepancy> contradictions = report.contradictions();
        long informational = report.discrepancies().size() - contradictions.size();
        b.append("crosscheck: ").append(report.articles().size()).append(" sources (");
        for (int i = 0; i < report.articles().size(); i++) {
            AnalyzedArticle a = report.articles().get(i);
            b.append(i == 0 ? "" : ", ").append(a.id());
        }
        b.append("), ").append(contradictions.size()).append(contradictions.size() == 1 ? " contradiction" : " contradictions")
                .append(", ").append(informational).append(" omitted or added statements\n");
        int shown = 0;
        for (Discrepancy d : contradictions) {
            if (shown++ == MAX_LINES) {
                b.append("  \u2026 ").append(contradictions.size() - MAX_LINES).append(" more in the report\n");
                break;
            }
            b.append("  ").append(String.format("%-6s %-13s ", d.finding().severity(), d.type()))
                    .append(d.finding().summary()).append('\n');
        }
        return b.toString();
    }
}
