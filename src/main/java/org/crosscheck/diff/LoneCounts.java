package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Quantity;

/** NUMBER across statements: the one figure of a thing each article gives, wherever it stands. */
final class LoneCounts {

    private LoneCounts() {
    }

    /**
     * A statement split or merged in the rewrite may leave a figure in a sentence paired with
     * another: a figure of a thing each article counts once, besides the figures of it both give
     * alike ("four points above the relegation zone" / "five points clear of the drop zone"), is
     * compared with its counterpart wherever it stands, when their sentences share two content words.
     */
    static List<Discrepancy> between(Comparison c, List<Placed> allLeft, List<Placed> allRight, List<Discrepancy> found) {
        // a figure the other side gives alike in the same statement is accounted for: "the 85 km to Ica"
        // leaves "the 303 km stretch" lone
        Map<String, List<Placed>> left = byMeasure(c.left(), allLeft.stream().filter(p -> !agreedInPartner(c, p, true)).toList());
        Map<String, List<Placed>> right = byMeasure(c.right(), allRight.stream().filter(p -> !agreedInPartner(c, p, false)).toList());
        List<Discrepancy> out = new ArrayList<>();
        for (Map.Entry<String, List<Placed>> e : left.entrySet()) {
            List<Placed> theirs = right.get(e.getKey());
            if (e.getValue().size() != 1 || theirs == null || theirs.size() != 1) {
                continue;
            }
            Placed lp = e.getValue().get(0);
            Placed rp = theirs.get(0);
            Quantity l = lp.q();
            Quantity r = rp.q();
            int ls = lp.sentence();
            int rs = rp.sentence();
            if (reported(found, lp, rp) || agreedIn(c.right(), l) || agreedIn(c.left(), r) || NumberDetector.quoted(c.left(), ls, l) || NumberDetector.quoted(c.right(), rs, r)
                    || Datelines.inDateline(c.left(), ls, l.span()) || Datelines.inDateline(c.right(), rs, r.span())) {
                continue;
            }
            Figures.Outcome outcome = Figures.compare(l, r);
            if (outcome != Figures.Outcome.DIFFERENT_VALUE
                    || Figures.sharedContentWords(c.left().sentence(ls).text(), c.right().sentence(rs).text(), measured(l)) < 2
                    && !c.pairedByMeaning(ls, rs)) {
                continue;
            }
            Discrepancy d = NumberDetector.finding(c, ls, l, rs, r, outcome);
            Finding f = d.finding();
            out.add(new Discrepancy.NumberChange(new Finding(f.severity(), f.summary(),
                    "The one figure each source gives for this, in statements the rewrite split or merged.", 0.6, f.left(), f.right())));
        }
        return out;
    }

    /**
     * The same number in another unit or currency, wherever the two stand ("Vuela agreed in November
     * to buy Andina Air for $310 million" / "The deal, agreed last November and worth €310m"): a
     * figure neither article gives alike elsewhere, whose number the other article gives once in
     * another unit of its kind, in sentences that share two content words.
     */
    static List<Discrepancy> unitSwaps(Comparison c, List<Placed> allLeft, List<Placed> allRight, List<Discrepancy> found) {
        List<Discrepancy> out = new ArrayList<>();
        for (Placed lp : allLeft) {
            Quantity l = lp.q();
            if (l.unit().isEmpty() || agreedIn(c.right(), l)) {
                continue;
            }
            List<Placed> swapped = allRight.stream().filter(rp -> rp.q().value() == l.value() && !rp.q().unit().isEmpty()
                    && !rp.q().unit().equals(l.unit()) && Figures.compare(l, rp.q()) == Figures.Outcome.DIFFERENT_VALUE).toList();
            if (swapped.size() != 1) {
                continue;
            }
            Placed rp = swapped.get(0);
            Quantity r = rp.q();
            int ls = lp.sentence();
            int rs = rp.sentence();
            boolean reported = found.stream().anyMatch(d -> d.finding().left().sentence() == ls && d.finding().right().sentence() == rs
                    && d.finding().left().highlight() != null && d.finding().left().highlight().overlaps(l.span()));
            if (reported || agreedIn(c.left(), r) || !c.left().sentence(ls).kind().isCompared() || !c.right().sentence(rs).kind().isCompared()
                    || NumberDetector.quoted(c.left(), ls, l) && NumberDetector.quoted(c.right(), rs, r)
                    || Figures.sharedContentWords(c.left().sentence(ls).text(), c.right().sentence(rs).text()) < 2) {
                continue;
            }
            Finding f = NumberDetector.finding(c, ls, l, rs, r, Figures.Outcome.DIFFERENT_VALUE).finding();
            out.add(new Discrepancy.NumberChange(new Finding(f.severity(), f.summary(),
                    "The same number is given in another unit or currency, in statements the rewrite split or merged.", 0.6,
                    f.left(), f.right())));
        }
        return out;
    }

    /**
     * A figure restated in a clause of another statement ("Investigators believe the group hijacked
     * at least 37 trucks since January" / "The gang is suspected of seizing 27 trucks since the start
     * of the year"): figures neither article gives alike anywhere, paired by the meaning of their
     * clauses ({@link ClausePartners}), are compared when they measure the same kind of thing, count
     * the same thing where both say what, lie within an order of magnitude of each other, and
     * share their clause with no figure the other article gives alike.
     */
    static List<Discrepancy> byClause(Comparison c, ClausePartners clauses, List<Placed> allLeft, List<Placed> allRight,
            List<Discrepancy> found) {
        java.util.Set<Placed> agreedLeft = agreed(allLeft, c.right());
        java.util.Set<Placed> agreedRight = agreed(allRight, c.left());
        List<Placed> left = loneOf(c.left(), allLeft, agreedLeft, c.right());
        List<Placed> right = loneOf(c.right(), allRight, agreedRight, c.left());
        List<ClausePartners.Placed> lp = left.stream().map(p -> new ClausePartners.Placed(p.sentence(), p.q().span())).toList();
        List<ClausePartners.Placed> rp = right.stream().map(p -> new ClausePartners.Placed(p.sentence(), p.q().span())).toList();
        List<Discrepancy> out = new ArrayList<>();
        boolean[] leftAnchored = anchored(c.left(), left, agreedLeft);
        boolean[] rightAnchored = anchored(c.right(), right, agreedRight);
        for (int[] pair : clauses.pairs(c.left(), lp, c.right(), rp,
                (i, j) -> !leftAnchored[i] && !rightAnchored[j] && sameThingCounted(left.get(i).q(), right.get(j).q())
                        && Figures.compare(left.get(i).q(), right.get(j).q()) != Figures.Outcome.NOT_COMPARABLE)) {
            Placed l = left.get(pair[0]);
            Placed r = right.get(pair[1]);
            // "roughly 42 marks a month" / "a 150,000-mark home loan": figures orders apart are two things, however alike their clauses
            if (Figures.compare(l.q(), r.q()) != Figures.Outcome.DIFFERENT_VALUE || Figures.ratio(l.q(), r.q()) > NumberDetector.MEANING_PAIR_RATIO
                    || reported(found, l, r) || reported(out, l, r)) {
                continue;
            }
            Finding f = NumberDetector.finding(c, l.sentence(), l.q(), r.sentence(), r.q(), Figures.Outcome.DIFFERENT_VALUE).finding();
            out.add(new Discrepancy.NumberChange(new Finding(f.severity(), f.summary(),
                    "The figure each source gives in a clause that says the same thing, in statements the rewrite split, merged or moved.",
                    0.6, f.left(), f.right())));
        }
        return out;
    }

    /**
     * Whether each of {@code lone} shares its clause with another figure that {@code other} gives
     * alike ("the haddock quota rises 14 percent to 61,305 tonnes"): the statement is placed by that
     * figure, and a clause of the other article that lacks it says something else.
     */
    private static boolean[] anchored(AnalyzedArticle article, List<Placed> lone, java.util.Set<Placed> agreed) {
        boolean[] out = new boolean[lone.size()];
        String text = article.article().text();
        for (int i = 0; i < out.length; i++) {
            Placed p = lone.get(i);
            org.crosscheck.model.Span clause = ClausePartners.clauseSpan(text, article.sentence(p.sentence()).span(), p.q().span());
            out[i] = agreed.stream().anyMatch(o -> o.sentence() == p.sentence() && clause.contains(o.q().span()));
        }
        return out;
    }

    /** The figures of {@code all} that {@code other} gives alike somewhere, read once for both uses. */
    private static java.util.Set<Placed> agreed(List<Placed> all, AnalyzedArticle other) {
        return all.stream().filter(p -> agreedIn(other, p.q())).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Whether two counts count one thing where both say what they count ("eight goals" and "31
     * saves" do not): the same thing by {@link Figures#sameThing}, or nouns the dictionary gives as one.
     */
    private static boolean sameThingCounted(Quantity a, Quantity b) {
        if (a.kind() != Quantity.Kind.COUNT || b.kind() != Quantity.Kind.COUNT || a.counted().isEmpty() || b.counted().isEmpty()) {
            return true;
        }
        return Figures.sameThing(a.counted(), b.counted()) || org.crosscheck.text.sense.WordSenses.shared().sameReferent(a.counted(), b.counted());
    }

    /**
     * The figures of compared, unquoted sentences of {@code article} whose number {@code other}
     * gives nowhere, in any unit ("£87.12 a year" / "adds £87.12 a year to a Band D bill").
     */
    private static List<Placed> loneOf(AnalyzedArticle article, List<Placed> all, java.util.Set<Placed> agreed, AnalyzedArticle other) {
        return all.stream().filter(p -> article.sentence(p.sentence()).kind().isCompared() && !NumberDetector.quoted(article, p.sentence(), p.q())
                && !agreed.contains(p) && other.quantities().stream().noneMatch(o -> o.value() == p.q().value())).toList();
    }

    /** Whether {@code article} gives a figure that says what {@code q} says, anywhere ("1.7kg" is not "1.7lb"). */
    private static boolean agreedIn(AnalyzedArticle article, Quantity q) {
        return article.quantities().stream().anyMatch(o -> Figures.compare(q, o) == Figures.Outcome.SAME);
    }

    /** Whether a sentence paired with {@code p}'s (of the left article, {@code ofLeft}, or the right) gives a figure saying what it says. */
    private static boolean agreedInPartner(Comparison c, Placed p, boolean ofLeft) {
        return c.alignments().stream()
                .filter(a -> (ofLeft ? a.left() : a.right()).sentence() == p.sentence())
                .flatMap(a -> NumberDetector.figures(ofLeft ? c.right() : c.left(), (ofLeft ? a.right() : a.left()).sentence()).stream())
                .anyMatch(o -> Figures.compare(p.q(), o) == Figures.Outcome.SAME);
    }

    record Placed(int sentence, Quantity q) {
    }

    /** Whether a finding of {@code found} already shows either figure where it stands. */
    static boolean reported(List<Discrepancy> found, Placed lp, Placed rp) {
        return found.stream().anyMatch(d -> shows(d.finding().left(), lp) || shows(d.finding().right(), rp));
    }

    private static boolean shows(org.crosscheck.model.Evidence side, Placed p) {
        return side.sentence() == p.sentence() && side.highlight() != null && side.highlight().overlaps(p.q().span());
    }

    /** The figures of every sentence of {@code article}, with their sentences. */
    static List<Placed> placed(AnalyzedArticle article) {
        List<Placed> out = new ArrayList<>();
        for (org.crosscheck.model.Sentence s : article.sentences()) {
            NumberDetector.figures(article, s.index()).forEach(q -> out.add(new Placed(s.index(), q)));
        }
        return out;
    }

    private static Map<String, List<Placed>> byMeasure(AnalyzedArticle article, List<Placed> all) {
        Map<String, List<Placed>> out = new java.util.HashMap<>();
        for (Placed p : all) {
            if (!article.sentences().get(p.sentence()).kind().isCompared()) {
                continue;
            }
            String m = measured(p.q());
            if (!m.isEmpty()) {
                String key = m.startsWith("unit:") ? m : org.crosscheck.index.Stemmer.stem(m);
                out.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        }
        return out;
    }

    /**
     * What a figure measures, for matching it across the articles: the noun it counts, or a unit
     * of land, distance or weight ("48 acres"); money, shares and times are too common to say.
     */
    private static String measured(Quantity q) {
        String dimension = q.kind() == Quantity.Kind.MEASURE ? org.crosscheck.text.number.QuantityComparison.dimension(q.unit()) : "";
        if (MEASURED_DIMENSIONS.contains(dimension)) {
            return "unit:" + dimension; // "48 acres of land" / "the 84-acre plot", "1.7kg of gold" / "1.7lb of gold"
        }
        return q.counted();
    }

    /** Dimensions a news story seldom gives more than one figure of; times and money it gives many of. */
    private static final java.util.Set<String> MEASURED_DIMENSIONS = java.util.Set.of("length", "mass", "area", "volume", "speed",
            "power");
}
