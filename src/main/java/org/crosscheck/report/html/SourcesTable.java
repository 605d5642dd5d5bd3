package org.crosscheck.report.html;

import java.util.List;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Report;
import org.jsoup.nodes.Element;

/**
 * Renders the sources compared: a table of id, title, file and sentences (how many were compared
 * and why the rest were not), then, pair by pair against the reference, what the copy left out,
 * what it added and how often the two contradict each other, in words.
 */
final class SourcesTable {

    private SourcesTable() {
    }

    /** Appends the table and the per-pair summary for {@code report} to {@code parent}. */
    static void append(Element parent, Report report) {
        Element wrap = parent.appendElement("div").addClass("table-wrap");
        Element table = wrap.appendElement("table").addClass("sources");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("Source", "Title", "File", "Sentences")) {
            head.appendElement("th").attr("scope", "col").appendText(h);
        }
        Element body = table.appendElement("tbody");
        for (AnalyzedArticle a : report.articles()) {
            Element tr = body.appendElement("tr");
            tr.appendElement("th").attr("scope", "row").appendText(a.id());
            tr.appendElement("td").attr("data-label", "Title").appendText(a.article().title());
            appendPath(tr.appendElement("td").addClass("path").attr("data-label", "File"), a.article().path());
            long compared = a.sentences().stream().filter(s -> s.kind().isCompared()).count();
            long furniture = a.sentences().size() - compared;
            tr.appendElement("td").addClass("num").attr("data-label", "Sentences").appendText(
                    a.sentences().size() + (furniture == 0 ? "" : ": " + compared + " compared, " + furniture + " page furniture"));
        }
        if (report.articles().stream().anyMatch(a -> a.sentences().stream().anyMatch(s -> !s.kind().isCompared()))) {
            parent.appendElement("p").addClass("note").appendText("Page furniture (captions, player notices, prompts to "
                    + "the reader, link lists) is never compared; the switch \"show page furniture\" above the texts shows it.");
        }
        appendPairs(parent, report);
    }

    /**
     * The path in segments that end at a separator, each kept whole, with a break opportunity
     * between them: a long path wraps after a "/", not inside a name.
     */
    private static void appendPath(Element cell, String path) {
        int from = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if ((c == '/' || c == '\\') && i + 1 < path.length()) {
                cell.appendElement("span").addClass("seg").appendText(path.substring(from, i + 1));
                cell.appendElement("wbr");
                from = i + 1;
            }
        }
        cell.appendElement("span").addClass("seg").appendText(path.substring(from));
    }

    private static void appendPairs(Element parent, Report report) {
        List<AnalyzedArticle> articles = report.articles();
        if (articles.size() < 2) {
            return;
        }
        String reference = articles.get(0).id();
        Element list = parent.appendElement("ul").addClass("pairs");
        for (AnalyzedArticle copy : articles.subList(1, articles.size())) {
            String id = copy.id();
            long contradictions = count(report, reference, id, true, null);
            long omitted = count(report, reference, id, false, "OMISSION");
            long added = count(report, reference, id, false, "ADDITION");
            Element li = list.appendElement("li");
            li.appendElement("b").appendText(id);
            li.appendText(" against " + reference + ": " + plural(contradictions, "contradiction") + "; it leaves out "
                    + plural(omitted, "statement") + " that " + reference + " has, and adds "
                    + plural(added, "statement") + " that " + reference + " lacks.");
        }
        for (AnalyzedArticle a : articles) {
            long within = report.discrepancies().stream().filter(Discrepancy::isContradiction)
                    .filter(d -> d.finding().left().source().equals(a.id()) && d.finding().right().source().equals(a.id()))
                    .count();
            if (within > 0) {
                Element li = list.appendElement("li");
                li.appendElement("b").appendText(a.id());
                li.appendText(" disagrees with itself: " + plural(within, "contradiction") + " within the article.");
            }
        }
    }

    /** Findings between {@code reference} and {@code copy}: contradictions, or of {@code type}. */
    private static long count(Report report, String reference, String copy, boolean contradictions, String type) {
        return report.discrepancies().stream()
                .filter(d -> contradictions ? d.isContradiction() : d.type().equals(type))
                .filter(d -> {
                    String l = d.finding().left().source();
                    String r = d.finding().right().source();
                    return l.equals(reference) && r.equals(copy) || l.equals(copy) && r.equals(reference);
                })
                .count();
    }

    private static String plural(long n, String noun) {
        return (n == 0 ? "no" : String.valueOf(n)) + " " + noun + (n == 1 ? "" : "s");
    }
}
