package org.crosscheck.diff;

import java.util.List;

import org.crosscheck.model.Quantity;

/** Finds the figure of the other side that stands in the place of a figure left unmatched. */
final class FigurePartners {

    private static final double LONE_FIGURE_SIMILARITY = 0.45;

    private FigurePartners() {
    }

    /**
     * The other side's figure of the same counted thing, else the one figure of {@code l}'s sort
     * that each side has left in a close pair ({@code similarity} at least 0.45, or a figure whose
     * unit says what it measures), unless the two count different things; or null.
     */
    static Quantity partner(Quantity l, List<Quantity> lefts, List<Quantity> rights, double similarity,
                           double pairSimilarity, String leftSentence, String rightSentence) {
        return partner(l, lefts, rights, similarity, pairSimilarity, leftSentence, rightSentence, false);
    }

    /**
     * As {@link #partner(Quantity, List, List, double, double, String, String)}; with {@code lone},
     * each sentence of a pair that is not weak gives this one figure and no other, and the two are
     * partners whatever the pair's similarity, unless the nouns they count are unrelated in the
     * dictionary ("150 passengers" / "250 people" are partners, "eight goals" / "31 fouls" not).
     */
    static Quantity partner(Quantity l, List<Quantity> lefts, List<Quantity> rights, double similarity,
                           double pairSimilarity, String leftSentence, String rightSentence, boolean lone) {
        if (!l.counted().isEmpty()) {
            for (Quantity r : rights) {
                if (Figures.sameThing(l.counted(), r.counted()) && Figures.compare(l, r) != Figures.Outcome.NOT_COMPARABLE) {
                    return r;
                }
            }
            // "160 cargo trucks" / "60 lorries": the one figure on each side that counts a thing
            // the dictionary links, however reworded the rest
            List<Quantity> alike = rights.stream().filter(r -> !r.counted().isEmpty() && Figures.compare(l, r) != Figures.Outcome.NOT_COMPARABLE
                    && countsAlike(l.counted(), r.counted())).toList();
            // ... when neither side gives another figure of its kind: "212 passengers and five
            // crew" may sum to "217 people"
            boolean onlyOfKind = lefts.stream().filter(q -> q.kind() == l.kind()).count() == 1
                    && rights.stream().filter(r -> r.kind() == l.kind()).count() == 1;
            if (alike.size() == 1 && onlyOfKind) {
                return alike.get(0);
            }
        }
        // a figure in its own currency or measure is lone among those: "13,625 taka" beside "$105"
        List<Quantity> comparableLeft = lefts.stream().filter(q -> q.kind() == l.kind() && (q.unit().isEmpty() || l.unit().isEmpty()
                || q.unit().equals(l.unit()))).toList();
        List<Quantity> comparableRight = rights.stream().filter(r -> Figures.compare(l, r) != Figures.Outcome.NOT_COMPARABLE)
                .toList();
        // a unit, or a score's form ("3-1 defeat"), says what a figure measures as a counted noun does
        boolean unitSaysEnough = !l.unit().isEmpty() || l.kind() == Quantity.Kind.SCORE;
        // a lone figure must be lone among its kind: "£87.12 a year" still stands beside "£1,834.56"
        long sameKindRight = rights.stream().filter(r -> r.kind() == l.kind() || comparableRight.contains(r)).count();
        if ((similarity >= LONE_FIGURE_SIMILARITY || unitSaysEnough || lone) && comparableLeft.size() == 1 && comparableRight.size() == 1
                && sameKindRight == 1) {
            Quantity r = comparableRight.get(0);
            if (lone && pairSimilarity < LONE_FIGURE_SIMILARITY) {
                return countsAlike(l.counted(), r.counted()) ? r : null;
            }
            // an amount of money is named for what it pays ("a $2,500 sign-on bonus" / "a $5,000 one-off payment")
            boolean money = l.kind() == Quantity.Kind.MONEY && r.kind() == Quantity.Kind.MONEY;
            boolean countsDiffer = !money && !l.counted().isEmpty() && !r.counted().isEmpty() && !countsAlike(l.counted(), r.counted())
                    && !(pairSimilarity >= LONE_FIGURE_SIMILARITY && (unitSaysEnough
                            || !mentions(rightSentence, l.counted()) && !mentions(leftSentence, r.counted())));
            return countsDiffer ? null : r;
        }
        return null;
    }

    /**
     * The figure put in the place of {@code l}: a run of the word diff that removes nothing but
     * (part of) {@code l} and adds nothing but (part of) one remaining figure of the other side,
     * the words around the run being the same on both sides ("grew 20.9% to $2.55, and" / "grew
     * 20.9% to $4.55, and"). Where several figures of one sort stand in a sentence and none says
     * what it counts, the place a figure holds in a copied statement pairs it.
     */
    static Quantity inPlace(Quantity l, List<Quantity> rights, List<WordDiff.Change> changes) {
        for (WordDiff.Change ch : changes) {
            if (ch.removed().isEmpty() || ch.added().isEmpty() || ch.before() == null && ch.after() == null
                    || !within(ch.removed(), l.span())) {
                continue;
            }
            for (Quantity r : rights) {
                if (within(ch.added(), r.span()) && Figures.compare(l, r) != Figures.Outcome.NOT_COMPARABLE) {
                    return r;
                }
            }
        }
        return null;
    }

    private static boolean within(List<org.crosscheck.text.Token> run, org.crosscheck.model.Span span) {
        return run.stream().allMatch(t -> span.contains(t.span()));
    }

    /** Whether two counted nouns may count one thing: neither given, or one a kind or form of the other in the dictionary. */
    static boolean countsAlike(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        // "people" is the plural of "person", which the dictionary files apart as a group noun
        return Figures.sameThing(a, b) || org.crosscheck.text.sense.WordSenses.shared().relation(singular(a), singular(b))
                == org.crosscheck.text.sense.WordSenses.Relation.RELATED;
    }

    private static String singular(String noun) {
        return noun.equals("people") ? "person" : noun;
    }

    /**
     * Whether {@code sentence} names {@code noun} (any inflection). A lone figure on each side of a
     * close pair counts the same thing in other words ("163 transfers" / "136 transactions") unless
     * one side's counted noun stands uncounted on the other side, where the figure counts something else.
     */
    private static boolean mentions(String sentence, String noun) {
        String stem = org.crosscheck.index.Stemmer.stem(noun);
        return java.util.Arrays.stream(sentence.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+"))
                .anyMatch(w -> !w.isEmpty() && org.crosscheck.index.Stemmer.stem(w).equals(stem));
    }
}
