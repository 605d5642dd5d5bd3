package org.crosscheck.report.html;

import org.jsoup.nodes.Element;

/** Renders the legend of the side-by-side view and the switch that shows page furniture. */
final class Legend {

    private Legend() {
    }

    /** Appends the legend to {@code parent}. */
    static void append(Element parent) {
        Element legend = parent.appendElement("div").addClass("legend").attr("aria-label", "Legend");
        item(legend, "sw-identical", "identical");
        item(legend, "sw-reworded", "reworded (differing words)");
        item(legend, "sw-contradicts", "contradicts");
        item(legend, "sw-weak", "weakly paired (perhaps different statements)");
        item(legend, "sw-only", "only in one source");
        item(legend, "sw-elsewhere", "also matched in another row");
        item(legend, "sw-quote", "quote (hover for speaker)");
        Element fold = legend.appendElement("label").addClass("filter").addClass("fold-toggle");
        fold.appendElement("input").attr("type", "checkbox").id("fold-runs").attr("checked", true);
        fold.appendText(" fold runs of statements without a contradiction");
        Element toggle = legend.appendElement("label").addClass("filter").addClass("furniture-toggle");
        toggle.appendElement("input").attr("type", "checkbox").id("show-furniture");
        toggle.appendText(" show page furniture");
    }

    private static void item(Element legend, String swatch, String label) {
        Element span = legend.appendElement("span").addClass("legend-item");
        span.appendElement("span").addClass("swatch").addClass(swatch).attr("aria-hidden", "true");
        span.appendText(" " + label);
    }
}
