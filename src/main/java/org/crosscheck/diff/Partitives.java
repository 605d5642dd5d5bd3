package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.Span;

/**
 * NUMBER across statements: a part of a whole both articles give alike ("four members of a group
 * of six" / "five of the six ski tourers"). Where each article takes a part of that whole once,
 * in sentences that share two content words, the two parts are one figure, wherever the aligner
 * put the sentences.
 */
final class Partitives {

    /** A few lower-case words ending in "of" and a determiner, between a part and its whole. */
    private static final Pattern PART_OF = Pattern.compile("\\s+(?:[a-z]+\\s+){0,4}of\\s+(?:(?:the|its|their|a|an)\\s+)?");

    private Partitives() {
    }

    /** A part taken of a whole in one sentence: the two figures and the span from the one to the other. */
    private record Part(int sentence, Quantity part, Quantity whole, Span span) {
    }

    /** The parts of a whole each article takes once and gives differently, not already {@code found}. */
    static List<Discrepancy> between(Comparison c, List<LoneCounts.Placed> left, List<LoneCounts.Placed> right, List<Discrepancy> found) {
        List<Part> mine = parts(c.left().article().text(), left.stream().filter(p -> c.left().sentence(p.sentence()).kind().isCompared()).toList());
        List<Part> theirs = parts(c.right().article().text(), right.stream().filter(p -> c.right().sentence(p.sentence()).kind().isCompared()).toList());
        List<Discrepancy> out = new ArrayList<>();
        for (Part l : mine) {
            List<Part> sameWhole = theirs.stream().filter(r -> Figures.compare(l.whole(), r.whole()) == Figures.Outcome.SAME).toList();
            long mineOfWhole = mine.stream().filter(o -> Figures.compare(l.whole(), o.whole()) == Figures.Outcome.SAME).count();
            if (sameWhole.size() != 1 || mineOfWhole != 1) {
                continue;
            }
            Part r = sameWhole.get(0);
            boolean reported = found.stream().anyMatch(d -> d.finding().left().sentence() == l.sentence()
                    && d.finding().right().sentence() == r.sentence());
            if (reported || Figures.compare(l.part(), r.part()) != Figures.Outcome.DIFFERENT_VALUE
                    || NumberDetector.quoted(c.left(), l.sentence(), l.part()) || NumberDetector.quoted(c.right(), r.sentence(), r.part())
                    || Figures.sharedContentWords(c.left().sentence(l.sentence()).text(), c.right().sentence(r.sentence()).text()) < 2) {
                continue;
            }
            Finding f = NumberDetector.finding(c, l.sentence(), shown(c.left().article().text(), l), r.sentence(),
                    shown(c.right().article().text(), r), Figures.Outcome.DIFFERENT_VALUE).finding();
            out.add(new Discrepancy.NumberChange(new Finding(f.severity(), f.summary(),
                    "The two sources take a different part of the same whole.", 0.6, f.left(), f.right())));
        }
        return out;
    }

    private static Quantity shown(String text, Part p) {
        Quantity q = p.part();
        return new Quantity(p.span(), p.span().of(text), q.value(), q.upper(), q.unit(), q.kind(), q.qualifier(), "");
    }

    private static List<Part> parts(String text, List<LoneCounts.Placed> all) {
        List<Part> out = new ArrayList<>();
        for (int i = 0; i + 1 < all.size(); i++) {
            LoneCounts.Placed p = all.get(i);
            LoneCounts.Placed w = all.get(i + 1);
            if (p.sentence() != w.sentence() || p.q().kind() != Quantity.Kind.COUNT || w.q().kind() != Quantity.Kind.COUNT
                    || p.q().value() >= w.q().value() || p.q().span().end() > w.q().span().start()) {
                continue;
            }
            if (PART_OF.matcher(text.substring(p.q().span().end(), w.q().span().start())).matches()) {
                out.add(new Part(p.sentence(), p.q(), w.q(), new Span(p.q().span().start(), w.q().span().end())));
            }
        }
        return out;
    }
}
