package org.crosscheck.report.html;

import java.util.Objects;
import org.crosscheck.model.Report;

/**
 * Renders a report as one self-contained HTML page an editor reads: the sources, the findings
 * most severe first (each linking to its statement), and the texts side by side with differing
 * words, contradicted items and quotes marked.
 *
 * <p>The page has inline CSS and JavaScript only, loads nothing, opens from disk and prints.
 * All article text is escaped: whatever a source contains is shown as text, never run.
 */
public final class HtmlReport {

    /**
     * The page for {@code report}: a complete HTML document, to be written out as UTF-8.
     *
     * @throws NullPointerException if {@code report} is null
     */
    public String render(Report report) {
        Objects.requireNonNull(report, "report");
        return PageAssembler.assemble(report).outerHtml();
    }
}
