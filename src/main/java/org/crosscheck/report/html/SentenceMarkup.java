package org.crosscheck.report.html;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * Writes a sentence's text into an element, wrapping each stretch covered by marks in one
 * {@code span} whose classes name every mark covering it.
 *
 * <p>Marks may overlap; the text is cut at every mark boundary so no element nests in another.
 * Text goes in through jsoup text nodes, so whatever the sentence contains is shown, never run.
 */
final class SentenceMarkup {

    private SentenceMarkup() {
    }

    /**
     * Appends {@code text} to {@code parent} with {@code marks} applied. Marks reaching outside
     * the text are clipped to it; empty ones are ignored.
     */
    static void append(Element parent, String text, List<Mark> marks) {
        List<Mark> usable = new ArrayList<>();
        Set<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Mark m : marks) {
            int start = Math.max(0, m.span().start());
            int end = Math.min(text.length(), m.span().end());
            if (start < end) {
                usable.add(m);
                cuts.add(start);
                cuts.add(end);
            }
        }
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && previous < cut) {
                appendStretch(parent, text.substring(previous, cut), covering(usable, previous, cut));
            }
            previous = cut;
        }
    }

    private static List<Mark> covering(List<Mark> marks, int start, int end) {
        return marks.stream().filter(m -> m.span().start() <= start && m.span().end() >= end).toList();
    }

    private static void appendStretch(Element parent, String text, List<Mark> marks) {
        if (marks.isEmpty()) {
            parent.appendText(text);
            return;
        }
        EnumSet<Mark.Kind> kinds = EnumSet.noneOf(Mark.Kind.class);
        Set<String> titles = new LinkedHashSet<>();
        Map<String, String> data = new TreeMap<>();
        for (Mark m : marks) {
            kinds.add(m.kind());
            if (!m.title().isEmpty()) {
                titles.add(m.title());
            }
            m.data().forEach(data::putIfAbsent);
        }
        Element span = parent.appendElement("span");
        span.attr("class", kinds.stream().map(Mark.Kind::cssClass).collect(Collectors.joining(" ")));
        if (!titles.isEmpty()) {
            span.attr("title", String.join("\n", titles));
        }
        data.forEach((name, value) -> span.attr("data-" + name, value));
        span.appendText(text);
    }
}
