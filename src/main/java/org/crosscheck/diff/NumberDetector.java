package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.crosscheck.model.Alignment;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.Severity;
import org.crosscheck.text.number.QuantityComparison;

/**
 * NUMBER: a figure of the same statement differs in value.
 *
 * <p>Figures are compared as values, so "5,000", "5000" and "five thousand" agree. Figures that
 * agree are set aside first; a remaining figure is paired with one of the other side when both
 * count the same thing, or when each side has exactly one figure of that sort left and the
 * sentences are close or share another figure ("31 votes to 17" / "31 votes to 12"). Years and
 * ordinals are not counts. Two figures that both stand inside quotation marks are left to the quote
 * check; a figure quoted on one side and reported on the other is compared here.
 */
public final class NumberDetector implements Detector {

    private static final Set<Quantity.Kind> COMPARED = Set.of(Quantity.Kind.COUNT, Quantity.Kind.MONEY,
            Quantity.Kind.PERCENT, Quantity.Kind.MEASURE, Quantity.Kind.SCORE, Quantity.Kind.RANGE);
    /** Words after a duration that make it an offset from another moment, compared only with an offset counted the same way. */
    private static final java.util.regex.Pattern RELATIVE = java.util.regex.Pattern.compile(
            "^\\s*(later|earlier|into|from time|left|remaining)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** An ordinal of a minute or a lap is a figure: "in the 34th minute". */
    static final java.util.regex.Pattern ORDINAL_FIGURE = java.util.regex.Pattern.compile(
            "^[\\s-]*(minute|min|lap|over|round|hole)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** Below this a pair of sentences may be two statements that merely share words. */
    private static final double WEAK_PAIR = 0.3;
    /** How far apart the lone figures of a pair made by meaning alone may be and still be one figure changed. */
    static final double MEANING_PAIR_RATIO = 10;
    /** "Hundreds", "tens of thousands": an order of magnitude, not a figure to hold a source to. */
    static final java.util.regex.Pattern VAGUE = java.util.regex.Pattern.compile(
            "(?i)\\b(dozens|scores|hundreds|thousands|millions|billions)\\b");

    private final ClausePartners clauses;

    /** A detector that pairs figures across restated statements with the sentence encoder the build ships. */
    public NumberDetector() {
        this(org.crosscheck.embed.SentenceEncoder.shared());
    }

    /** A detector that pairs figures across restated statements with {@code encoder}. */
    public NumberDetector(org.crosscheck.embed.SentenceEncoder encoder) {
        this.clauses = new ClausePartners(encoder);
    }

    @Override
    public List<Discrepancy> detect(Comparison c) {
        List<Discrepancy> out = new ArrayList<>();
        // every figure of each article, read once for all the pairs and for the lone counts
        List<LoneCounts.Placed> allLeft = LoneCounts.placed(c.left());
        List<LoneCounts.Placed> allRight = LoneCounts.placed(c.right());
        List<Alignment> pairs = new ArrayList<>(c.alignments());
        pairs.addAll(AnchorPairs.between(c, allLeft, allRight));
        for (Alignment a : pairs) {
            boolean aligned = c.alignments().contains(a);
            int ls = a.left().sentence();
            int rs = a.right().sentence();
            List<Quantity> left = new ArrayList<>(figures(c.left(), ls));
            List<Quantity> right = new ArrayList<>(figures(c.right(), rs));
            // the one figure each statement gives at all: a paraphrase that keeps the figure's place
            // in the statement may call what it counts by another name ("150 passengers" / "250 people")
            boolean lone = left.size() == 1 && right.size() == 1;
            // a statement split in two has its figures in both halves: one matched in the other half is not changed here
            List<Quantity> elsewhereRight = otherPartners(c, a, true).stream().flatMap(o -> figures(c.right(), o).stream()).toList();
            List<Quantity> elsewhereLeft = otherPartners(c, a, false).stream().flatMap(o -> figures(c.left(), o).stream()).toList();
            left.removeIf(q -> elsewhereRight.stream().anyMatch(r -> literal(q, r)));
            right.removeIf(r -> elsewhereLeft.stream().anyMatch(q -> literal(q, r)));
            // a figure with a unit that this pair's other side lacks but its article gives elsewhere is
            // another statement merged in ("the unions want 9.8%, while the companies offer 6.4%")
            List<Quantity> leftHere = List.copyOf(left);
            List<Quantity> rightHere = List.copyOf(right);
            if (leftHere.size() > rightHere.size()) {
                left.removeIf(q -> telling(q) && rightHere.stream().noneMatch(r -> literal(q, r)) && statedElsewhere(allRight, rs, q));
            } else if (rightHere.size() > leftHere.size()) {
                right.removeIf(r -> telling(r) && leftHere.stream().noneMatch(q -> literal(q, r)) && statedElsewhere(allLeft, ls, r));
            }
            Discrepancy magnitude = aligned ? Magnitudes.change(c, a) : null;
            if (aligned) {
                out.addAll(OrdinalChanges.between(c, ls, rs));
            }
            if (magnitude != null) {
                out.add(magnitude);
            }
            // a figure both sides give alike confirms the two sentences state the same thing
            boolean anchored = left.stream().anyMatch(q -> right.stream().anyMatch(r -> agree(q, r)));
            // a figure written alike on the other side is matched; an approximation already matched
            // that way ("some 87%" / "some 87%") cannot also absorb the "92%" beside it
            List<Quantity> leftAll = List.copyOf(left);
            List<Quantity> rightLeft = new ArrayList<>(right);
            left.removeIf(q -> right.stream().anyMatch(r -> literal(q, r) || agree(q, r) && !matchedAlike(r, leftAll) || periodMoved(q, r))
                    && !surplus(q, leftAll, right));
            rightLeft.removeIf(r -> leftAll.stream().anyMatch(q -> literal(q, r) || agree(q, r) && !matchedAlike(q, right) || periodMoved(q, r))
                    && !surplus(r, right, leftAll));
            left = perYear(left, rightLeft, c.left().sentence(ls).text());
            rightLeft = new ArrayList<>(perYear(rightLeft, left, c.right().sentence(rs).text()));
            List<WordDiff.Change> changes = null;
            for (Quantity l : left) {
                String ltext = c.left().sentence(ls).text();
                String rtext = c.right().sentence(rs).text();
                // a figure too many is compared only with the figure put in its place
                boolean surplus = surplus(l, leftAll, right);
                Quantity match = surplus ? null : FigurePartners.partner(l, left, rightLeft, anchored ? 1 : a.similarity(), a.similarity(), ltext, rtext,
                        lone && a.similarity() >= WEAK_PAIR);
                // a pair the sentence model made says the same thing in other words, but its lone
                // figures must still be of one order: "six" wickets is not "153" runs restated
                boolean weak = a.similarity() < WEAK_PAIR;
                if (match != null && weak && a.byMeaning() && Figures.ratio(l, match) > MEANING_PAIR_RATIO) {
                    match = null;
                }
                if (match != null && !anchored && weak && !a.byMeaning() && !FigureSurroundings.same(c, ls, l, rs, match)) {
                    // a weakly paired sentence may be another statement: "12 goals in 15 games" is not
                    // "won two of their previous 14 league games"; "a crowd of" / "a record crowd of" is
                    match = null;
                }
                if (match == null && !rightLeft.isEmpty()) {
                    if (changes == null) {
                        changes = WordDiff.between(c.left().article().text(), c.left().sentence(ls).span(),
                                c.right().article().text(), c.right().sentence(rs).span());
                    }
                    match = FigurePartners.inPlace(l, rightLeft, changes);
                }
                FigureFrames.Frame frame = null;
                if (match == null && !rightLeft.isEmpty()) {
                    frame = FigureFrames.partner(c.left().article().text(), l, figures(c.left(), ls), c.right().article().text(),
                            rightLeft, figures(c.right(), rs));
                    match = frame == null ? null : frame.right();
                }
                if (match != null && !Figures.sameThing(l.counted(), match.counted()) && !l.counted().isEmpty()
                        && !match.counted().isEmpty() && (statedIn(c.right(), l, match) || statedIn(c.left(), match, l))) {
                    continue; // the other source gives this figure elsewhere: the two count different things
                }
                if (match != null && statedOutside(c.right(), rs, l) && statedOutside(c.left(), ls, match)) {
                    // "driven by a 19-year-old" / "a nine-year-old girl": each source gives both
                    // figures, each in another of its statements; the pair crossed two of them
                    continue;
                }
                boolean converted = false;
                if (match == null) {
                    match = convertedPartner(l, left, rightLeft);
                    converted = match != null;
                }
                if (match == null) {
                    continue;
                }
                rightLeft.remove(match);
                if (quoted(c.left(), ls, l) && quoted(c.right(), rs, match)) {
                    continue; // two quotes give different figures: the quote check reports it
                }
                Figures.Outcome outcome = converted ? Figures.Outcome.DIFFERENT_VALUE : Figures.compare(l, match);
                if (outcome != Figures.Outcome.SAME && outcome != Figures.Outcome.NOT_COMPARABLE) {
                    // a figure paired by its frame is shown in it: "6 for 58" / "six for 85"
                    out.add(frame == null ? finding(c, ls, l, rs, match, outcome)
                            : finding(c, ls, frame.shownLeft(c.left().article().text(), l), rs,
                                    frame.shownRight(c.right().article().text(), match), outcome));
                }
            }
        }
        out.addAll(LoneCounts.between(c, allLeft, allRight, out));
        out.addAll(Partitives.between(c, allLeft, allRight, out));
        out.addAll(LoneCounts.unitSwaps(c, allLeft, allRight, out));
        out.addAll(Transpositions.between(c, pairs, allLeft, allRight, out));
        out.addAll(LoneCounts.byClause(c, clauses, allLeft, allRight, out));
        return out;
    }

    /**
     * The one figure of {@code l}'s measure left on the other side, when {@code l} is the one of
     * its measure on its own side and the two state different amounts in different units
     * ("peak winds of about 195 km/h" / "winds peaking near 150 mph"); else null.
     */
    private static Quantity convertedPartner(Quantity l, List<Quantity> lefts, List<Quantity> rights) {
        String dimension = QuantityComparison.dimension(l.unit());
        if (dimension.isEmpty() || lefts.stream().filter(q -> dimension.equals(QuantityComparison.dimension(q.unit()))).count() != 1) {
            return null;
        }
        List<Quantity> same = rights.stream().filter(r -> dimension.equals(QuantityComparison.dimension(r.unit()))).toList();
        return same.size() == 1 && QuantityComparison.convertedApart(l, same.get(0)) ? same.get(0) : null;
    }

    /** The other sentences paired with {@code a}'s left sentence (on the right side), or with its right sentence. */
    private static List<Integer> otherPartners(Comparison c, Alignment a, boolean ofLeft) {
        return c.alignments().stream()
                .filter(o -> o != a && (ofLeft ? o.left().sentence() == a.left().sentence() : o.right().sentence() == a.right().sentence()))
                .map(o -> ofLeft ? o.right().sentence() : o.left().sentence()).toList();
    }

    private static final java.util.regex.Pattern ANNUAL = java.util.regex.Pattern.compile(
            "(?i)\\b(annual|annually|yearly|a year|per year|each year|every year|per annum)\\b");

    /**
     * "Add about $148 to the annual tax bill" against "$184 a year": a figure left unmatched in a
     * sentence that says it is yearly is read per year when the other side gives its kind per year.
     */
    private static List<Quantity> perYear(List<Quantity> mine, List<Quantity> theirs, String sentence) {
        if (!ANNUAL.matcher(sentence).find()) {
            return mine;
        }
        List<Quantity> out = new ArrayList<>();
        for (Quantity q : mine) {
            String yearly = q.unit() + "/year";
            boolean other = !q.unit().isEmpty() && !q.unit().contains("/") && theirs.stream().anyMatch(t -> t.unit().equals(yearly));
            out.add(other ? new Quantity(q.span(), q.written(), q.value(), q.upper(), yearly, q.kind(), q.qualifier(), q.counted()) : q);
        }
        return out;
    }

    /**
     * Whether two figures say the same. The same number written alike always does; a figure that
     * merely satisfies the other's bound only does when it counts the same thing: "457 deaths"
     * satisfies "less than 870" but does not confirm "less than 870 infections".
     */
    private static boolean agree(Quantity q, Quantity r) {
        if (Figures.compare(q, r) != Figures.Outcome.SAME) {
            return false;
        }
        boolean literal = q.value() == r.value() && q.qualifier() == r.qualifier();
        return literal || q.counted().isEmpty() || r.counted().isEmpty() || Figures.sameThing(q.counted(), r.counted());
    }

    /**
     * Whether {@code q} is one figure too many to be matched by the figures written alike on the
     * other side: its side writes the value more often than the other ("all 25 people sent jobs
     * to all 25 machines" / "all 20 people sent jobs to all 25 machines"), and none of the other
     * side's figures of that value counts what {@code q} counts.
     */
    private static boolean surplus(Quantity q, List<Quantity> mine, List<Quantity> theirs) {
        if (q.counted().isEmpty()) {
            return false;
        }
        List<Quantity> alike = theirs.stream().filter(o -> literal(q, o)).toList();
        return !alike.isEmpty() && mine.stream().filter(o -> literal(q, o)).count() > alike.size()
                && alike.stream().noneMatch(o -> !o.counted().isEmpty() && Figures.sameThing(q.counted(), o.counted()));
    }

    /** Whether {@code q} has a figure written alike among {@code others}. */
    private static boolean matchedAlike(Quantity q, List<Quantity> others) {
        return q.qualifier() != Quantity.Qualifier.EXACT && others.stream().anyMatch(o -> literal(q, o));
    }

    /**
     * Whether a figure found elsewhere in the other article is taken to come from
     * there: one with a unit ("9.8%", "$4m"), or a count of three digits or more, which two
     * statements rarely share by chance ("More than 300,000 have been forced from their homes, and
     * around 82,000 are sheltering ..." merged from two sentences).
     */
    private static boolean telling(Quantity q) {
        return !q.unit().isEmpty() || q.kind() == Quantity.Kind.COUNT && q.value() >= 100;
    }

    /** Whether an article (all its figures {@code all}) gives a figure that says what {@code q} says ("about 310,000" / "more than 300,000") in a sentence other than {@code sentence}. */
    private static boolean statedElsewhere(List<LoneCounts.Placed> all, int sentence, Quantity q) {
        return all.stream().anyMatch(p -> p.sentence() != sentence && (literal(q, p.q()) || agree(q, p.q()) && rounded(q, p.q())));
    }

    /** Whether two figures are within a rounding of each other (5%): a bound far below a value is not it restated. */
    private static boolean rounded(Quantity q, Quantity r) {
        return Math.abs(q.value() - r.value()) <= 0.05 * Math.max(Math.abs(q.value()), Math.abs(r.value()));
    }

    /**
     * The same figure written alike but for a period one side gives it and the other leaves to
     * the sentence: "£1,834.56 a year ... up £87.12" / "adds £87.12 a year ... taking it to
     * £1834.56" put "a year" on different figures of one statement.
     */
    private static boolean periodMoved(Quantity q, Quantity r) {
        return q.kind() == r.kind() && q.value() == r.value() && q.qualifier() == r.qualifier() && !q.unit().equals(r.unit())
                && Double.isNaN(q.upper()) && Double.isNaN(r.upper())
                && (q.unit().equals(r.unit() + "/year") || r.unit().equals(q.unit() + "/year"));
    }

    /** The same figure written alike: value, bound, unit and kind. */
    static boolean literal(Quantity q, Quantity r) {
        return q.kind() == r.kind() && q.value() == r.value() && q.qualifier() == r.qualifier() && q.unit().equals(r.unit())
                && (Double.isNaN(q.upper()) ? Double.isNaN(r.upper()) : q.upper() == r.upper());
    }

    /**
     * Whether {@code article} gives figure {@code q}'s value, of its kind, anywhere but in {@code
     * partner} (the figure paired with it: "150 metres" / "150 feet" is one figure in two units).
     */
    private static boolean statedIn(AnalyzedArticle article, Quantity q, Quantity partner) {
        return article.quantities().stream().anyMatch(o -> !o.span().equals(partner.span()) && o.kind() == q.kind() && o.value() == q.value());
    }

    /**
     * Whether {@code article} gives figure {@code q}'s value, of its kind and unit, in a sentence
     * other than {@code sentence}.
     */
    private static boolean statedOutside(AnalyzedArticle article, int sentence, Quantity q) {
        org.crosscheck.model.Span here = article.sentence(sentence).span();
        return article.quantities().stream().anyMatch(o -> !here.contains(o.span()) && o.kind() == q.kind() && o.value() == q.value()
                && o.unit().equals(q.unit()));
    }

    /** A figure inside quotation marks is the quote check's. */
    static boolean quoted(AnalyzedArticle article, int sentence, Quantity q) {
        return article.quotesIn(sentence).stream().anyMatch(qt -> qt.span().contains(q.span()));
    }

    /** The figures of sentence {@code sentence} this detector compares. */
    static List<Quantity> figures(AnalyzedArticle article, int sentence) {
        List<Quantity> out = new ArrayList<>();
        String text = article.article().text();
        for (Quantity q : article.quantitiesIn(sentence)) {
            String after = text.substring(q.span().end(), Math.min(text.length(), q.span().end() + 20));
            boolean figure = COMPARED.contains(q.kind()) || q.kind() == Quantity.Kind.ORDINAL && ORDINAL_FIGURE.matcher(after).find();
            java.util.regex.Matcher relative = RELATIVE.matcher(after);
            if (q.kind() == Quantity.Kind.MEASURE && relative.find()) {
                // "ten minutes from time" is the moment "the 80th minute" names, not a span to compare
                // with it; it compares only with a time counted the same way ("17 seconds left")
                String way = relative.group(1).toLowerCase(java.util.Locale.ROOT);
                way = way.equals("remaining") || way.equals("from time") ? "left" : way;
                q = new Quantity(q.span(), q.written(), q.value(), q.upper(), q.unit() + " " + way, q.kind(), q.qualifier(), "");
            }
            // "between 2014 and 2019" is a span of years: the date check's
            boolean years = q.kind() == Quantity.Kind.RANGE && q.unit().isEmpty() && Figures.yearLike(q.value()) && Figures.yearLike(q.upper());
            if (figure && !years && !VAGUE.matcher(q.written()).find() && !Datelines.inDateline(article, sentence, q.span())) {
                // "the 34th minute" and "43 minutes" name a moment on one clock
                boolean minute = q.kind() == Quantity.Kind.ORDINAL && after.replaceFirst("^[\\s-]+", "").toLowerCase(java.util.Locale.ROOT).startsWith("min");
                out.add(minute ? new Quantity(q.span(), q.written(), q.value(), q.upper(), "min", Quantity.Kind.MEASURE,
                        q.qualifier(), "") : q);
            }
        }
        return out;
    }

    /**
     * The figure as written with the noun it counts when the noun follows it directly ("43
     * parcels"), or with the word joined to it by a hyphen ("30-peso", "12-month").
     */
    private static String withNoun(AnalyzedArticle article, Quantity q) {
        String text = article.article().text();
        int end = q.span().end();
        if (end + 1 < text.length() && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1))) {
            int stop = end + 1;
            while (stop < text.length() && Character.isLetter(text.charAt(stop))) {
                stop++;
            }
            return q.written() + text.substring(end, stop);
        }
        String noun = q.counted();
        if (!noun.isEmpty() && end + 1 + noun.length() <= text.length() && text.charAt(end) == ' '
                && text.regionMatches(true, end + 1, noun, 0, noun.length())) {
            return q.written() + " " + text.substring(end + 1, end + 1 + noun.length());
        }
        return q.written();
    }

    static Discrepancy finding(Comparison c, int ls, Quantity l, int rs, Quantity r, Figures.Outcome outcome) {
        boolean people = Figures.isTollOrMoney(l) || Figures.isTollOrMoney(r);
        Severity severity = switch (outcome) {
            case OPPOSITE_BOUND -> Severity.MEDIUM;
            case CHANGED_QUALIFIER -> Severity.LOW;
            default -> people || Figures.ratio(l, r) >= 2 ? Severity.HIGH : Severity.MEDIUM;
        };
        String lw = withNoun(c.left(), l);
        String rw = withNoun(c.right(), r);
        boolean nouns = !lw.equals(l.written()) || !rw.equals(r.written());
        String what = l.counted().isEmpty() || nouns ? "Figure" : "Figure for " + l.counted();
        String summary = what + " differs: " + lw + " in " + c.left().id() + " but " + rw + " in " + c.right().id();
        String why = switch (outcome) {
            case OPPOSITE_BOUND -> "The two sources bound the figure in opposite directions.";
            case CHANGED_QUALIFIER -> "The figure is the same but qualified differently (a dropped qualifier is not reported).";
            default -> "The same statement gives a different value (format differences are already set aside).";
        };
        Finding f = new Finding(severity, summary, why, 0.85,
                Findings.side(c.left(), ls, l.written(), l.span()), Findings.side(c.right(), rs, r.written(), r.span()));
        return new Discrepancy.NumberChange(f);
    }
}
