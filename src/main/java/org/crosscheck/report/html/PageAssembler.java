package org.crosscheck.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Report;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Puts the page together: head with the inline stylesheet and script, then the sources, the
 * findings, the legend and the texts side by side, and for three or more sources the consensus
 * view.
 *
 * <p>The page carries a Content-Security-Policy that allows no network at all and only the
 * report's own stylesheet and script (by hash), so even text that slipped past escaping could
 * not run.
 */
final class PageAssembler {

    private static final String CSS = resource("report.css");
    private static final String JS = resource("report.js");

    private PageAssembler() {
    }

    /** The page for {@code report}. */
    static Document assemble(Report report) {
        Document doc = Document.createShell("");
        doc.prependChild(new DocumentType("html", "", ""));
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content",
                "default-src 'none'; img-src data:; base-uri 'none'; form-action 'none'; style-src '"
                        + sha256(CSS) + "'; script-src '" + sha256(JS) + "'");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "generator").attr("content", "crosscheck");
        doc.title("crosscheck: " + report.articles().stream().map(AnalyzedArticle::id).collect(Collectors.joining(" vs ")));
        head.appendElement("style").appendChild(new DataNode(CSS));

        Element body = doc.body();
        Element top = body.appendElement("header").addClass("top");
        top.appendElement("h1").appendText("crosscheck report");
        top.appendElement("p").addClass("sub").appendText(subtitle(report));
        Element main = body.appendElement("main");
        Element sources = section(main, "sources", "Sources compared");
        Element findings = section(main, "findings", "Findings");
        Element texts = section(main, "texts", "Texts side by side");
        Element consensus = report.articles().size() > 2 ? section(main, "consensus", "All sources, finding by finding") : null;

        Anchors anchors = new Anchors(report.articles());
        SentenceMarks marks = new SentenceMarks(report);
        SourcesTable.append(sources, report);
        appendTexts(texts, report, anchors, marks);
        if (consensus != null) {
            new ConsensusView(report, marks).append(consensus);
        }
        if (!report.discrepancies().isEmpty()) {
            findings.appendElement("p").addClass("keys").appendText("Keys: ")
                    .appendElement("kbd").appendText("j").parent().appendText(" or ")
                    .appendElement("kbd").appendText("n").parent().appendText(" next finding, ")
                    .appendElement("kbd").appendText("k").parent().appendText(" or ")
                    .appendElement("kbd").appendText("p").parent().appendText(" previous.");
        }
        new FindingList(doc, report.discrepancies(), anchors).append(findings);
        body.appendElement("script").appendChild(new DataNode(JS));
        return doc;
    }

    private static void appendTexts(Element texts, Report report, Anchors anchors, SentenceMarks marks) {
        List<AnalyzedArticle> articles = report.articles();
        if (articles.size() < 2) {
            texts.appendElement("p").addClass("none").appendText("At least two sources are needed to compare texts.");
            return;
        }
        if (articles.size() > 2) {
            texts.appendElement("p").addClass("note").appendText("Showing " + articles.get(0).id() + " against "
                    + articles.get(1).id() + "; the section below lists every finding with all its sources.");
        }
        Legend.append(texts);
        new SideBySide(report, anchors, marks).append(texts, articles.get(0), articles.get(1));
    }

    private static Element section(Element main, String id, String title) {
        Element s = main.appendElement("section").id(id).attr("aria-labelledby", id + "-title");
        s.appendElement("h2").id(id + "-title").appendText(title);
        return s;
    }

    private static String subtitle(Report report) {
        long contradictions = report.contradictions().size();
        long informational = report.discrepancies().size() - contradictions;
        return report.articles().size() + " sources · " + contradictions + " contradiction"
                + (contradictions == 1 ? "" : "s") + " · " + informational + " omission"
                + (informational == 1 ? "" : "s") + " or addition" + (informational == 1 ? "" : "s");
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = PageAssembler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/crosscheck/report/html/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
