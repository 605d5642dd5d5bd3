package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;

import org.crosscheck.calibration.Calibration;
import org.crosscheck.calibration.Features;
import org.crosscheck.model.Alignment;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Evidence;

/**
 * Runs every detector over a comparison and puts the findings in the order an editor reads them:
 * contradictions by severity, then omissions and additions.
 *
 * <p>Where two detectors describe one change, the more specific one stands: a name swap in a
 * sentence that is already an ATTRIBUTION finding for the same two people is not repeated as an
 * ENTITY finding.
 *
 * <p>Every contradiction's confidence is calibrated ({@link Calibration}): the detector's own
 * figure stays in {@link org.crosscheck.model.Finding#rawConfidence()}.
 */
public final class DiffEngine {

    private final List<Detector> detectors;
    private final Calibration calibration;

    /** An engine with the standard detectors and the shipped calibration. */
    public DiffEngine() {
        this(List.of(new AttributionDetector(), new QuoteWordingDetector(), new NumberDetector(), new EntityDetector(),
                new NegationDetector(), new DateDetector(), new UnmatchedDetector()));
    }

    /** An engine with the given detectors, their findings kept in order, and the shipped calibration. */
    public DiffEngine(List<Detector> detectors) {
        this(detectors, Calibration.standard());
    }

    /** An engine with the given detectors, their findings kept in order, and the given calibration. */
    public DiffEngine(List<Detector> detectors, Calibration calibration) {
        this.detectors = List.copyOf(detectors);
        this.calibration = java.util.Objects.requireNonNull(calibration, "calibration");
    }

    /**
     * Every discrepancy of one comparison, deduplicated, not yet sorted. The detectors' findings
     * are kept in the detectors' order, whichever thread ran each.
     */
    public List<Discrepancy> detect(Comparison comparison) {
        // the detectors are independent of one another: the common pool's thread takes them in
        // turn while this one works down the list, running each that no pool thread has started
        // (a busy pool leaves them all to this thread); on two cores the longest detector, not
        // the sum of them, is what a one-off report waits for
        List<FutureTask<List<Discrepancy>>> tasks = detectors.stream()
                .map(d -> new FutureTask<>(() -> d.detect(comparison))).toList();
        tasks.stream().skip(1).forEach(ForkJoinPool.commonPool()::execute);
        tasks.forEach(FutureTask::run);
        List<Discrepancy> all = new ArrayList<>();
        for (FutureTask<List<Discrepancy>> t : tasks) {
            all.addAll(resultOf(t));
        }
        return HeadlineRestatements.inBody(calibrated(oneFindingPerClaim(withoutRepeats(all), comparison), comparison.alignments()),
                comparison);
    }

    /**
     * One claim, one finding: the same two values found again with one of the same sentences is one
     * difference, kept on the closest pair of sentences; so is a headline that restates the body's
     * difference ("Seven consortia bid" in the headline, "Seven international consortia submitted
     * bids" in the body, each against the copy's "Half a dozen"). The same two values in two other
     * statements are two claims. Two headlines naming a place or party at their own levels of
     * detail, where the body of one writes the other's name, state no claim of their own
     * ({@link HeadlineRestatements#namedInOtherBody}).
     */
    private static List<Discrepancy> oneFindingPerClaim(List<Discrepancy> all, Comparison c) {
        List<Discrepancy> bodyFirst = new ArrayList<>(all);
        bodyFirst.sort(Comparator.comparing((Discrepancy d) -> touchesHeadline(d, c))
                .thenComparingDouble(d -> -Features.similarity(d, c.alignments())));
        Set<String> claims = new HashSet<>();
        Set<Discrepancy> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Discrepancy d : bodyFirst) {
            Evidence l = d.finding().left();
            Evidence r = d.finding().right();
            String values = d.type() + "|" + norm(l.value()) + "|" + norm(r.value());
            boolean repeat = claims.contains(values + "|L" + l.sentence()) || claims.contains(values + "|R" + r.sentence())
                    || touchesHeadline(d, c) && claims.contains(values);
            if (!repeat || l.value().isBlank() || r.value().isBlank()) {
                kept.add(d);
                claims.addAll(List.of(values, values + "|L" + l.sentence(), values + "|R" + r.sentence()));
            }
        }
        return all.stream().filter(kept::contains).filter(d -> !HeadlineRestatements.namedInOtherBody(d, c)).toList();
    }

    private static boolean touchesHeadline(Discrepancy d, Comparison c) {
        return HeadlineRestatements.onHeadline(c.left(), d.finding().left()) || HeadlineRestatements.onHeadline(c.right(), d.finding().right());
    }

    /** The task's result once it has run; its failure is thrown as it was thrown, not wrapped. */
    private static List<Discrepancy> resultOf(FutureTask<List<Discrepancy>> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a detector ran", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Contradictions inside one source: a place the article puts in two different regions. Both
     * sides of such a finding name the same source.
     *
     * <p>One is reported only where it is that source's own: when another source states either
     * of the two things, it has taken a side, and a faithful copy or a cut of an article never
     * differs from it.
     */
    public List<Discrepancy> within(List<AnalyzedArticle> articles) {
        List<Set<String>> claims = articles.stream().map(WithinArticle::claims).toList();
        List<Discrepancy> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Set<String> elsewhere = new HashSet<>();
            for (int j = 0; j < articles.size(); j++) {
                if (j != i) {
                    elsewhere.addAll(claims.get(j));
                }
            }
            out.addAll(WithinArticle.detect(articles.get(i), elsewhere));
        }
        return calibrated(out, List.of());
    }

    /** Findings of several comparisons, with a consensus line where three or more sources take part, sorted. */
    public List<Discrepancy> combine(List<Discrepancy> found, int sources) {
        List<Discrepancy> out = sources >= 3 ? withConsensus(found, sources) : new ArrayList<>(found);
        out.sort(ORDER);
        return out;
    }

    /** Contradictions first, most severe first, then by source and position. */
    public static final Comparator<Discrepancy> ORDER = Comparator
            .comparing((Discrepancy d) -> !d.isContradiction())
            .thenComparing(d -> d.finding().severity())
            .thenComparing(d -> d.finding().left().source())
            .thenComparing(d -> d.finding().right().source())
            .thenComparingInt(d -> Math.max(d.finding().left().sentence(), 0))
            .thenComparingInt(d -> Math.max(d.finding().right().sentence(), 0));

    private List<Discrepancy> calibrated(List<Discrepancy> found, List<Alignment> alignments) {
        if (calibration.isIdentity()) {
            return found;
        }
        List<Discrepancy> out = new ArrayList<>(found.size());
        for (Discrepancy d : found) {
            if (!d.isContradiction()) {
                out.add(d);
                continue;
            }
            double p = calibration.probability(d.type(), d.finding().rawConfidence(), Features.similarity(d, alignments),
                    Features.closeness(d, alignments));
            out.add(d.withFinding(f -> f.withConfidence(p)));
        }
        return out;
    }

    private static List<Discrepancy> withoutRepeats(List<Discrepancy> all) {
        Set<String> attributed = new HashSet<>();
        for (Discrepancy d : all) {
            if (d instanceof Discrepancy.Attribution) {
                attributed.add(d.finding().left().sentence() + ":" + d.finding().right().sentence());
            }
        }
        List<Discrepancy> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Discrepancy d : all) {
            Evidence l = d.finding().left();
            Evidence r = d.finding().right();
            if (narrowerFound(d, all)) {
                continue;
            }
            if (d instanceof Discrepancy.EntityChange && (attributed.contains(l.sentence() + ":" + r.sentence()) || negated(d, all))) {
                continue;
            }
            String key = d.type() + "|" + l.sentence() + "|" + r.sentence() + "|" + norm(l.value()) + "|" + norm(r.value());
            if (seen.add(key)) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * Whether another finding of the same kind on the same two sentences shows the same change in
     * fewer words on both sides: "Deputy Finance Minister" within "Deputy Finance Minister Tomasz
     * Wierzbicki" is one change, shown where the words differ.
     */
    private static boolean narrowerFound(Discrepancy d, List<Discrepancy> all) {
        Evidence l = d.finding().left();
        Evidence r = d.finding().right();
        if (l.highlight() == null || r.highlight() == null) {
            return false;
        }
        return all.stream().anyMatch(x -> x != d && x.type().equals(d.type())
                && x.finding().left().source().equals(l.source()) && x.finding().right().source().equals(r.source())
                && x.finding().left().sentence() == l.sentence() && x.finding().right().sentence() == r.sentence()
                && x.finding().left().highlight() != null && x.finding().right().highlight() != null
                && l.highlight().contains(x.finding().left().highlight()) && r.highlight().contains(x.finding().right().highlight())
                && l.value().contains(x.finding().left().value()) && r.value().contains(x.finding().right().value())
                && x.finding().left().value().length() + x.finding().right().value().length() < l.value().length() + r.value().length());
    }

    /**
     * Whether a negation found on the same two sentences holds both of the entity change's words in
     * its phrases: "accepted" / "turned down" is one opposite statement, not also a changed name.
     */
    private static boolean negated(Discrepancy entity, List<Discrepancy> all) {
        Evidence l = entity.finding().left();
        Evidence r = entity.finding().right();
        return all.stream().anyMatch(d -> d instanceof Discrepancy.Negation
                && d.finding().left().sentence() == l.sentence() && d.finding().right().sentence() == r.sentence()
                && d.finding().left().source().equals(l.source()) && d.finding().right().source().equals(r.source())
                && contains(d.finding().left().value(), l.value()) && contains(d.finding().right().value(), r.value()));
    }

    private static boolean contains(String phrase, String word) {
        return !word.isBlank() && norm(phrase).contains(norm(word));
    }

    private static List<Discrepancy> withConsensus(List<Discrepancy> found, int sources) {
        Map<String, Set<String>> opponents = new HashMap<>();
        for (Discrepancy d : found) {
            if (!d.isContradiction() || insideOneSource(d)) {
                continue;
            }
            Evidence l = d.finding().left();
            Evidence r = d.finding().right();
            opponents.computeIfAbsent(claim(d, r), k -> new HashSet<>()).add(l.source());
            opponents.computeIfAbsent(claim(d, l), k -> new HashSet<>()).add(r.source());
        }
        List<Discrepancy> out = new ArrayList<>();
        for (Discrepancy d : found) {
            if (!d.isContradiction() || insideOneSource(d)) {
                out.add(d);
                continue;
            }
            Evidence l = d.finding().left();
            Evidence r = d.finding().right();
            int againstRight = opponents.getOrDefault(claim(d, r), Set.of()).size();
            int againstLeft = opponents.getOrDefault(claim(d, l), Set.of()).size();
            String line = "";
            if (againstRight > againstLeft) {
                line = againstRight + " of " + sources + " sources say " + l.value() + "; " + r.source() + " says " + r.value();
            } else if (againstLeft > againstRight) {
                line = againstLeft + " of " + sources + " sources say " + r.value() + "; " + l.source() + " says " + l.value();
            }
            String consensus = line;
            out.add(consensus.isEmpty() ? d : d.withFinding(f -> f.withConsensus(consensus)));
        }
        return out;
    }

    private static boolean insideOneSource(Discrepancy d) {
        return d.finding().left().source().equals(d.finding().right().source());
    }

    private static String claim(Discrepancy d, Evidence side) {
        return d.type() + "|" + side.source() + "|" + norm(side.value());
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
