package org.crosscheck.report.html;

import java.util.Map;
import java.util.Objects;
import org.crosscheck.model.Span;

/**
 * Something to show on a stretch of a sentence: a reworded word, a contradicted item or a quote.
 *
 * @param span offsets into the sentence text (not the article text)
 * @param kind what the stretch is
 * @param title the tooltip, or "" for none
 * @param data {@code data-*} attributes to put on the stretch (names without the prefix)
 */
record Mark(Span span, Kind kind, String title, Map<String, String> data) {

    /** What a mark shows; the order is the order of CSS classes on a stretch. */
    enum Kind {
        /** Words that differ from the aligned sentence. */
        CHANGED("w-diff"),
        /** The item a discrepancy is about. */
        CONTRADICTS("contradicts"),
        /** Words inside quotation marks. */
        QUOTE("quote");

        private final String cssClass;

        Kind(String cssClass) {
            this.cssClass = cssClass;
        }

        /** The CSS class the stylesheet gives this kind. */
        String cssClass() {
            return cssClass;
        }
    }

    Mark {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        title = title == null ? "" : title;
        data = Map.copyOf(data);
    }

    /** A mark without tooltip or data. */
    static Mark of(Span span, Kind kind) {
        return new Mark(span, kind, "", Map.of());
    }
}
