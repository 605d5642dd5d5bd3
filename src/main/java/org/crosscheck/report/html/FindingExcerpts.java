package org.crosscheck.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Evidence;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Span;
import org.jsoup.nodes.Element;

/**
 * The two short excerpts a contradiction's card shows, so an editor can decide without
 * scrolling: each side's sentence (or, when it is long, the stretch around the value), with the
 * value that differs marked and the words that differ between the two excerpts marked.
 */
final class FindingExcerpts {

    /** Sentences up to this many characters are shown whole. */
    private static final int WHOLE = 260;
    /** Otherwise this many characters either side of the value. */
    private static final int REACH = 110;

    private FindingExcerpts() {
    }

    /** One side's excerpt: the text shown and where the value lies in it (or null). */
    private record Excerpt(String text, Span value, boolean cutStart, boolean cutEnd) {
    }

    /** Appends the excerpts of {@code f} to {@code parent} when both sides have a sentence. */
    static void append(Element parent, Finding f) {
        if (f.left().text().isEmpty() || f.right().text().isEmpty()) {
            return;
        }
        Excerpt left = excerpt(f.left());
        Excerpt right = excerpt(f.right());
        // two sentences of one article say different things by design: their word diff is noise
        WordDiff.Changes changes = f.left().source().equals(f.right().source())
                ? new WordDiff.Changes(List.of(), List.of()) : WordDiff.between(left.text(), right.text());
        Element box = parent.appendElement("div").addClass("excerpts");
        appendSide(box, "left", f.left(), left, changes.left());
        appendSide(box, "right", f.right(), right, changes.right());
    }

    private static void appendSide(Element box, String side, Evidence e, Excerpt x, List<Span> changed) {
        Element quote = box.appendElement("blockquote").addClass("excerpt").addClass(side);
        quote.appendElement("cite").appendText(e.source() + " #" + e.sentence());
        quote.appendText(" ");
        List<Mark> marks = new ArrayList<>();
        changed.forEach(s -> marks.add(Mark.of(s, Mark.Kind.CHANGED)));
        if (x.value() != null) {
            marks.add(new Mark(x.value(), Mark.Kind.CONTRADICTS, "", Map.of()));
        }
        Element text = quote.appendElement("span").addClass("text");
        if (x.cutStart()) {
            text.appendText("…");
        }
        SentenceMarkup.append(text.appendElement("span"), x.text(), marks);
        if (x.cutEnd()) {
            text.appendText("…");
        }
    }

    private static Excerpt excerpt(Evidence e) {
        String sentence = e.text();
        Span value = ValueSpan.of(e);
        Span relative = value == null || !value.overlaps(e.span()) ? null
                : new Span(Math.max(0, value.start() - e.span().start()),
                        Math.min(sentence.length(), value.end() - e.span().start()));
        if (sentence.length() <= WHOLE) {
            return new Excerpt(sentence, relative, false, false);
        }
        int centre = relative == null ? 0 : relative.start();
        int from = wordStart(sentence, Math.max(0, centre - REACH));
        int to = wordEnd(sentence, Math.min(sentence.length(), (relative == null ? centre : relative.end()) + REACH));
        Span shifted = relative == null ? null : relative.shift(-from);
        return new Excerpt(sentence.substring(from, to), shifted, from > 0, to < sentence.length());
    }

    private static int wordStart(String s, int at) {
        if (at == 0) {
            return 0;
        }
        int space = s.indexOf(' ', at);
        return space < 0 ? at : space + 1;
    }

    private static int wordEnd(String s, int at) {
        if (at >= s.length()) {
            return s.length();
        }
        int space = s.lastIndexOf(' ', at);
        return space <= 0 ? at : space;
    }
}
