package org.crosscheck.diff;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.crosscheck.model.Quantity;
import org.crosscheck.model.Span;

/**
 * Pairs a figure by the figure written beside it: two figures joined by a few words ("6 for 58",
 * "four of the six", "31 votes to 17") make one frame, and where the other side writes the
 * frame with the same joining words and one figure that agrees ("six for 85"), its other figure
 * stands where this one stands, whatever each counts.
 */
final class FigureFrames {

    /** Up to three lower-case words, and nothing else, between two figures of one frame. */
    private static final Pattern JOINING = Pattern.compile("\\s+(?:[a-z]+\\s+){1,3}");

    private FigureFrames() {
    }

    /**
     * A figure paired by its frame.
     *
     * @param right the right figure standing where the left one stands
     * @param leftFrame the span of the whole frame on the left, anchor and figure
     * @param rightFrame the span of the whole frame on the right
     */
    record Frame(Quantity right, Span leftFrame, Span rightFrame) {

        /** Figure {@code q} of the left side as shown in a finding: written as its whole frame, counting nothing named. */
        Quantity shownLeft(String text, Quantity q) {
            return shown(text, q, leftFrame);
        }

        /** The right figure as shown in a finding. */
        Quantity shownRight(String text, Quantity q) {
            return shown(text, q, rightFrame);
        }

        private static Quantity shown(String text, Quantity q, Span frame) {
            return new Quantity(frame, frame.of(text), q.value(), q.upper(), q.unit(), q.kind(), q.qualifier(), "");
        }
    }

    /**
     * The figure of {@code rights} (those of the right sentence still unpaired) in the frame that
     * {@code l} makes with a figure of {@code leftFigures} (all of the left sentence) agreeing with
     * one of {@code rightFigures} (all of the right sentence), with both frames, or null when there
     * is none or more than one.
     */
    static Frame partner(String ltext, Quantity l, List<Quantity> leftFigures, String rtext, List<Quantity> rights,
                         List<Quantity> rightFigures) {
        Frame found = null;
        for (Quantity ql : leftFigures) {
            if (ql == l) {
                continue;
            }
            boolean before = ql.span().end() <= l.span().start();
            String joint = joint(ltext, before ? ql : l, before ? l : ql);
            if (joint == null) {
                continue;
            }
            for (Quantity qr : rightFigures) {
                if (rights.contains(qr) || Figures.compare(ql, qr) != Figures.Outcome.SAME) {
                    continue; // the anchor of a frame is a figure both sides give alike
                }
                for (Quantity r : rights) {
                    boolean rightBefore = qr.span().end() <= r.span().start();
                    if (r != qr && rightBefore == before && joint.equals(joint(rtext, rightBefore ? qr : r, rightBefore ? r : qr))
                            && Figures.compare(l, r) != Figures.Outcome.NOT_COMPARABLE) {
                        if (found != null && found.right() != r) {
                            return null;
                        }
                        found = new Frame(r, cover(ql, l), cover(qr, r));
                    }
                }
            }
        }
        return found;
    }

    private static Span cover(Quantity a, Quantity b) {
        return new Span(Math.min(a.span().start(), b.span().start()), Math.max(a.span().end(), b.span().end()));
    }

    /** The words joining figure {@code first} to figure {@code second}, lower-cased, or null when they are not a frame. */
    private static String joint(String text, Quantity first, Quantity second) {
        if (first.span().end() > second.span().start()) {
            return null;
        }
        String between = text.substring(first.span().end(), second.span().start());
        if (!JOINING.matcher(between).matches()) {
            return null;
        }
        return between.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
