package org.crosscheck.report.html;

import java.util.List;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Report;
import org.jsoup.nodes.Element;

/**
 * Renders the table of sources compared: id, title, file, sentence count and, per kind of
 * finding, how many findings have evidence in that source.
 */
final class SourcesTable {

    private SourcesTable() {
    }

    /** Appends the table for {@code report} to {@code parent}. */
    static void append(Element parent, Report report) {
        List<String> types = FindingOrder.types(report.discrepancies());
        Element wrap = parent.appendElement("div").addClass("table-wrap");
        Element table = wrap.appendElement("table").addClass("sources");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("Source", "Title", "File", "Sentences")) {
            head.appendElement("th").attr("scope", "col").appendText(h);
        }
        types.forEach(t -> head.appendElement("th").attr("scope", "col").addClass("num").appendText(t));
        Element body = table.appendElement("tbody");
        for (AnalyzedArticle a : report.articles()) {
            Element tr = body.appendElement("tr");
            tr.appendElement("th").attr("scope", "row").appendText(a.id());
            tr.appendElement("td").attr("data-label", "Title").appendText(a.article().title());
            tr.appendElement("td").addClass("path").attr("data-label", "File").appendText(a.article().path());
            long compared = a.sentences().stream().filter(s -> s.kind().isCompared()).count();
            tr.appendElement("td").addClass("num").attr("data-label", "Sentences").appendText(
                    a.sentences().size() + (compared == a.sentences().size() ? "" : " (" + compared + " compared)"));
            for (String t : types) {
                tr.appendElement("td").addClass("num").attr("data-label", t)
                        .appendText(String.valueOf(count(report, a.id(), t)));
            }
        }
    }

    private static long count(Report report, String source, String type) {
        return report.discrepancies().stream().filter(d -> d.type().equals(type)).filter(d -> involves(d, source)).count();
    }

    private static boolean involves(Discrepancy d, String source) {
        return d.finding().left().source().equals(source) || d.finding().right().source().equals(source);
    }
}
