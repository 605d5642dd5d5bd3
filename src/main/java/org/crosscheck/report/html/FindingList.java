package org.crosscheck.report.html;

import java.util.List;
import java.util.Locale;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Evidence;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Severity;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Renders the filters and the findings: contradictions most severe first, then omissions and
 * additions in a collapsed list. Each finding is one link, to the statement it is about.
 *
 * <p>A finding links to its left sentence when the page shows it, else to its right sentence,
 * else to its consensus entry, else to itself; so the page must hold the texts before this runs.
 */
final class FindingList {

    private final java.util.Set<String> ids;
    private final List<Discrepancy> discrepancies;
    private final Anchors anchors;

    FindingList(Document page, List<Discrepancy> discrepancies, Anchors anchors) {
        // collected once: looking each target up in the page made long reports quadratic
        this.ids = new java.util.HashSet<>(page.select("[id]").eachAttr("id"));
        this.discrepancies = discrepancies;
        this.anchors = anchors;
    }

    /** Appends the filters and both lists to {@code parent}. */
    void append(Element parent) {
        appendFilters(parent);
        List<Integer> contradictions = FindingOrder.contradictions(discrepancies);
        if (contradictions.isEmpty()) {
            parent.appendElement("p").addClass("none").appendText("No contradictions found.");
        } else {
            appendList(parent.appendElement("ol").addClass("findings").addClass("contradictions"), contradictions);
        }
        List<Integer> informational = FindingOrder.informational(discrepancies);
        if (!informational.isEmpty()) {
            Element details = parent.appendElement("details").addClass("informational");
            details.appendElement("summary").appendText(
                    "Omissions and additions (" + informational.size() + "): statements only one source has");
            appendList(details.appendElement("ol").addClass("findings"), informational);
        }
    }

    private void appendFilters(Element parent) {
        Element box = parent.appendElement("fieldset").addClass("filters");
        box.appendElement("legend").appendText("Show findings");
        // a group or a choice with nothing to filter is left out, not shown empty
        Element severities = discrepancies.isEmpty() ? new Element("div") : box.appendElement("div").addClass("filter-group");
        severities.appendElement("span").addClass("filter-label").appendText("Severity");
        for (Severity s : Severity.values()) {
            long n = discrepancies.stream().filter(d -> d.finding().severity() == s).count();
            if (n > 0) {
                appendCheckbox(severities, "severity", s.name(), s.name() + " (" + n + ")");
            }
        }
        Element types = discrepancies.isEmpty() ? new Element("div") : box.appendElement("div").addClass("filter-group");
        types.appendElement("span").addClass("filter-label").appendText("Type");
        for (String t : FindingOrder.types(discrepancies)) {
            long n = discrepancies.stream().filter(d -> d.type().equals(t)).count();
            appendCheckbox(types, "type", t, t + " (" + n + ")");
        }
        if (discrepancies.stream().anyMatch(Discrepancy::isContradiction)) {
            Element confidence = box.appendElement("div").addClass("filter-group");
            confidence.appendElement("span").addClass("filter-label").appendText("Confidence");
            Element l = confidence.appendElement("label").addClass("filter").attr("for", "min-confidence");
            l.appendText("contradictions at least ");
            l.appendElement("output").id("min-confidence-value").attr("for", "min-confidence").appendText("0%");
            confidence.appendElement("input").id("min-confidence").attr("type", "range").attr("min", "0")
                    .attr("max", "100").attr("step", "5").attr("value", "0").attr("data-filter", "confidence")
                    .attr("aria-label", "Minimum confidence of the contradictions shown, in per cent");
        }
        box.appendElement("p").id("filter-count").addClass("filter-count").attr("aria-live", "polite")
                .appendText(discrepancies.size() + " of " + discrepancies.size() + " findings shown");
    }

    private static void appendCheckbox(Element parent, String filter, String value, String label) {
        Element l = parent.appendElement("label").addClass("filter");
        l.appendElement("input").attr("type", "checkbox").attr("checked", true)
                .attr("data-filter", filter).attr("value", value);
        l.appendText(" " + label);
    }

    private void appendList(Element list, List<Integer> positions) {
        for (int position : positions) {
            appendFinding(list, position, discrepancies.get(position));
        }
    }

    private void appendFinding(Element list, int position, Discrepancy d) {
        Finding f = d.finding();
        String severity = f.severity().name();
        Element item = list.appendElement("li").id(Anchors.finding(position)).addClass("finding")
                .addClass("sev-" + severity.toLowerCase(Locale.ROOT))
                .attr("data-type", d.type()).attr("data-severity", severity);
        if (d.isContradiction()) {
            item.attr("data-confidence", confidence(f));
        }
        Element link = item.appendElement("a").addClass("finding-link").attr("href", "#" + target(position, f));
        link.appendElement("span").addClass("badge").addClass("sev").addClass("sev-" + severity.toLowerCase(Locale.ROOT))
                .appendText(severity);
        link.appendText(" ");
        link.appendElement("span").addClass("badge").addClass("type").appendText(d.type());
        link.appendText(" ");
        link.appendElement("span").addClass("summary").appendText(f.summary());
        Element detail = item.appendElement("div").addClass("finding-detail");
        if (!f.left().value().isEmpty() || !f.right().value().isEmpty()) {
            Element values = detail.appendElement("p").addClass("values");
            appendValue(values, f.left());
            values.appendText(" vs ");
            appendValue(values, f.right());
            values.appendElement("span").addClass("confidence")
                    .appendText(String.format(Locale.ROOT, " · confidence %.0f%%", f.confidence() * 100));
        }
        if (d.isContradiction()) {
            FindingExcerpts.append(detail, f);
        }
        if (!f.explanation().isEmpty()) {
            detail.appendElement("p").addClass("explanation").appendText(f.explanation());
        }
        if (!f.consensus().isEmpty()) {
            detail.appendElement("p").addClass("consensus").appendText(f.consensus());
        }
    }

    /** The confidence as the page's filter reads it, "0.823". */
    static String confidence(Finding f) {
        return String.format(Locale.ROOT, "%.3f", f.confidence());
    }

    private static void appendValue(Element parent, Evidence e) {
        parent.appendElement("b").appendText(e.source());
        parent.appendText(": ");
        parent.appendElement("q").appendText(e.value().isEmpty() ? "(none)" : e.value());
        if (!e.chain().isEmpty()) {
            parent.appendText(" ");
            parent.appendElement("span").addClass("chain").appendText("(" + e.chain() + ")");
        }
    }

    private String target(int position, Finding f) {
        for (Evidence e : List.of(f.left(), f.right())) {
            String id = anchors.sentence(e.source(), e.sentence());
            if (ids.contains(id)) {
                return id;
            }
        }
        String consensus = Anchors.consensus(position);
        return ids.contains(consensus) ? consensus : Anchors.finding(position);
    }
}
