package org.crosscheck.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Evidence;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Report;
import org.jsoup.nodes.Element;

/**
 * For three or more sources: every discrepancy with the sources it sets against each other,
 * each side's sentence shown with its differing item marked, and the consensus line.
 */
final class ConsensusView {

    private final Report report;
    private final SentenceMarks marks;

    ConsensusView(Report report, SentenceMarks marks) {
        this.report = report;
        this.marks = marks;
    }

    /** Appends one entry per discrepancy, in the finding list's order, to {@code parent}. */
    void append(Element parent) {
        List<Integer> order = new ArrayList<>(FindingOrder.contradictions(report.discrepancies()));
        order.addAll(FindingOrder.informational(report.discrepancies()));
        if (order.isEmpty()) {
            parent.appendElement("p").addClass("none").appendText("Nothing to compare.");
        }
        for (int position : order) {
            appendEntry(parent, position, report.discrepancies().get(position));
        }
    }

    private void appendEntry(Element parent, int position, Discrepancy d) {
        Finding f = d.finding();
        String severity = f.severity().name();
        Element entry = parent.appendElement("article").id(Anchors.consensus(position)).addClass("consensus-entry")
                .attr("data-type", d.type()).attr("data-severity", severity);
        if (d.isContradiction()) {
            entry.attr("data-confidence", FindingList.confidence(f));
        }
        Element title = entry.appendElement("h3");
        title.appendElement("span").addClass("badge").addClass("sev").addClass("sev-" + severity.toLowerCase(Locale.ROOT))
                .appendText(severity);
        title.appendText(" ");
        title.appendElement("span").addClass("badge").addClass("type").appendText(d.type());
        title.appendText(" ");
        title.appendElement("a").attr("href", "#" + Anchors.finding(position)).appendText(f.summary());
        if (!f.consensus().isEmpty()) {
            entry.appendElement("p").addClass("consensus").appendText(f.consensus());
        }
        Element sides = entry.appendElement("ul").addClass("sides");
        for (Evidence e : List.of(f.left(), f.right())) {
            Element li = sides.appendElement("li");
            li.appendElement("b").addClass("src").appendText(e.source());
            li.appendText(" ");
            SentenceMarkup.append(li.appendElement("span").addClass("text"), e.text(),
                    marks.contradictions(e.source(), e.sentence()));
        }
    }
}
