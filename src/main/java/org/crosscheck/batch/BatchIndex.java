package org.crosscheck.batch;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * Renders {@code index.html}: a self-contained page with one table row per set, linking its HTML
 * and JSON reports and giving its status and counts. Every text from the manifest is escaped.
 */
public final class BatchIndex {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2em}"
            + "table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left}"
            + "td.n{text-align:right}tr.error td{background:#fee}tr.differ td.n.c{font-weight:bold;color:#a00}";

    /** The HTML text for {@code result}. */
    public String render(BatchResult result) {
        Document doc = Document.createShell("");
        doc.prependChild(new DocumentType("html", "", ""));
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.title("crosscheck batch: " + result.sets().size() + " sets");
        doc.head().appendElement("style").appendText(STYLE);
        Element body = doc.body();
        body.appendElement("h1").text("crosscheck batch");
        long failed = result.sets().stream().filter(s -> !s.ok()).count();
        long differ = result.sets().stream().filter(s -> s.contradictions() > 0).count();
        body.appendElement("p").text(result.sets().size() + " sets: " + differ + " with contradictions, " + failed + " failed.");
        Element table = body.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("set", "status", "contradictions", "findings", "by type", "reports")) {
            head.appendElement("th").text(h);
        }
        Element rows = table.appendElement("tbody");
        for (SetResult s : result.sets()) {
            Element row = rows.appendElement("tr").addClass(!s.ok() ? "error" : s.contradictions() > 0 ? "differ" : "same");
            row.appendElement("td").text(s.id());
            row.appendElement("td").text(s.ok() ? "ok" : "error: " + s.error());
            row.appendElement("td").addClass("n").addClass("c").text(Integer.toString(s.contradictions()));
            row.appendElement("td").addClass("n").text(Integer.toString(s.findings()));
            row.appendElement("td").text(byType(s));
            Element links = row.appendElement("td");
            if (s.ok()) {
                links.appendElement("a").attr("href", s.id() + ".html").text("html");
                links.appendText(" ");
                links.appendElement("a").attr("href", s.id() + ".json").text("json");
            }
        }
        return doc.outerHtml() + "\n";
    }

    private static String byType(SetResult s) {
        StringBuilder b = new StringBuilder();
        s.findingsByType().forEach((type, n) -> b.append(b.length() == 0 ? "" : ", ").append(type).append(' ').append(n));
        return b.toString();
    }
}
