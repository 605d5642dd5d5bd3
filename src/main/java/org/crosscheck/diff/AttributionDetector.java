package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

import org.crosscheck.model.Alignment;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Span;
import org.crosscheck.model.Speaker;
import org.crosscheck.text.entity.Abbreviations;
import org.crosscheck.text.entity.Names;

/**
 * ATTRIBUTION: the same quote, or the same reported statement, credited to different people.
 *
 * <p>Quotes are paired by their words wherever they stand; reported statements by the sentence
 * alignment, or, when long credits keep two statements apart, by what they report
 * ({@link ReportedContent}), or, when the copy says the statement in its own words, by the
 * sentence model's pairing, so long as each sentence credits a person in place with a verb of
 * saying ({@link SpeakerChecks#creditedInPlace}). A side counts when its speaker is confident: named where the quote
 * stands, or reached through "he said", "the mayor said" or a continuing quote by a chain the
 * resolver is sure of; a quote credited to two different roles, one held by nobody named, counts
 * too ({@link RoleCredits}). The finding shows the chain and its confidence is the product of
 * both sides'. The names must be names of a person or an organisation, never a place, and must
 * not be forms of one name or a name and its defined short form. One misattributed utterance (a
 * quote over several sentences, the same quote paired both by its words and by the alignment) is
 * one finding, on the sentence where the speaker stands when that holds the quote's words, else
 * where the paired words stand.
 */
public final class AttributionDetector implements Detector {

    private static final double STATEMENT_SIMILARITY = 0.5;
    /** The least similarity of two statements named in place whose reported words, credits left out, are paired instead. */
    private static final double CREDIT_HEAVY_SIMILARITY = 0.35;
    /** The least share of the shorter statement's reported words the other must report too. */
    private static final double REPORTED_SHARED = 0.6;
    /** The least share of the shorter statement's reported words a merged statement's other half must report too. */
    private static final double MERGED_SHARED = 0.4;
    /**
     * Reported speech (no quote in either sentence) paired this closely is one statement: a
     * confident chain on each side is enough, whatever their product. A quote is judged as a quote.
     */
    private static final double STRONG_STATEMENT = 0.7;
    /** The least product of both sides' confidences for a finding that rests on a resolved speaker. */
    private static final double CHAIN_CONFIDENT = 0.6;

    /**
     * One quote or statement credited on both sides, before it is judged.
     *
     * @param sameWords whether the two render the same words (a quote) or are one statement
     * @param pair the quotes paired, or null for a statement
     * @param close whether the statements are reported speech paired closely enough to be one statement
     */
    private record Candidate(int ls, Speaker lsp, int rs, Speaker rsp, String what, boolean sameWords, QuotePairs.Pair pair, boolean close) {

        /** How many sides are reached through a chain: the fewer, the surer. */
        int resolved() {
            return (lsp.isResolved() ? 1 : 0) + (rsp.isResolved() ? 1 : 0);
        }
    }

    @Override
    public List<Discrepancy> detect(Comparison c) {
        List<Candidate> candidates = new ArrayList<>();
        List<QuotePairs.Pair> pairs = QuotePairs.of(c.left(), c.right());
        Abbreviations shortForms = Abbreviations.in(c.left().article().text(), c.right().article().text());
        // a quote is one saying: only its best partner counts, and never when words two people
        // both said ("not quite there yet") are also credited alike; but a quote split in the copy
        // is several sayings, so only partners that render the same words of it compete
        Map<QuotePairs.Pair, SharedWords> covered = new IdentityHashMap<>();
        for (QuotePairs.Pair p : pairs) {
            covered.put(p, SharedWords.of(c, p));
        }
        for (QuotePairs.Pair p : pairs) {
            if (p.sharedRun() < 3) {
                continue;
            }
            boolean beaten = false;
            for (QuotePairs.Pair q : pairs) {
                if (q != p && covered.get(p).overlaps(p, covered.get(q), q)
                        && (q.sharedRun() > p.sharedRun() || creditedAlike(q, shortForms))) {
                    beaten = true;
                    break;
                }
            }
            if (!beaten && !creditedAlike(p, shortForms)) {
                candidates.add(new Candidate(p.left().sentence(), p.left().speaker(), p.right().sentence(), p.right().speaker(), "Quote",
                        p.relation() != QuotePairs.Relation.CHANGED, p, false));
            }
        }
        for (Alignment a : c.alignments()) {
            int l = a.left().sentence();
            int r = a.right().sentence();
            Speaker lsp = c.left().speakerOf(l);
            Speaker rsp = c.right().speakerOf(r);
            if (a.similarity() >= STATEMENT_SIMILARITY || a.similarity() >= CREDIT_HEAVY_SIMILARITY
                    && (reportsTheSame(c, l, lsp, r, rsp) || givesTheSameFigure(c, l, lsp, r, rsp))
                    || a.byMeaning() && SpeakerChecks.creditedInPlace(c, c.left(), l, lsp) && SpeakerChecks.creditedInPlace(c, c.right(), r, rsp)) {
                candidates.add(new Candidate(l, lsp, r, rsp, "Statement", true, null,
                        a.similarity() >= STRONG_STATEMENT && QuotePairs.comparedIn(c.left(), l).isEmpty() && QuotePairs.comparedIn(c.right(), r).isEmpty()));
            }
        }
        candidates.addAll(mergedHalves(c));
        // a name changed where it stands also moves every "he" that points back at it: the named
        // pair is the finding, the chains that follow from it are not findings of their own
        // a role ("the minister said") is held by whoever either source ties it to
        RoleHolders roles = new RoleHolders(c.left(), c.right());
        candidates.replaceAll(k -> new Candidate(k.ls(), roles.check(k.lsp(), true), k.rs(), roles.check(k.rsp(), false), k.what(),
                k.sameWords(), k.pair(), k.close()));
        // a quote credited by two different roles, one of them held by nobody the sources name
        // ("the minister added" / "the spokeswoman added"), is credited to two people
        candidates.replaceAll(k -> {
            if (k.pair() == null || !k.sameWords() || !RoleCredits.isNominal(k.lsp()) && !RoleCredits.isNominal(k.rsp())) {
                return k;
            }
            Speaker[] read = RoleCredits.differing(c, k.pair().left(), k.lsp(), k.pair().right(), k.rsp(), roles);
            return read == null ? k : new Candidate(k.ls(), read[0], k.rs(), read[1], k.what(), true, k.pair(), false);
        });
        // of two candidates as sure, the one whose speakers stand in their own sentences first
        // (each candidate's count read once: the sort compares a candidate many times)
        Map<Candidate, Integer> inPlace = new IdentityHashMap<>();
        candidates.forEach(k -> inPlace.put(k, (namedIn(c.left(), k.lsp(), k.ls()) ? 1 : 0) + (namedIn(c.right(), k.rsp(), k.rs()) ? 1 : 0)));
        candidates.sort(java.util.Comparator.comparingInt(Candidate::resolved).thenComparingInt(k -> -inPlace.get(k)));
        List<Discrepancy> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (QuotePairs.Pair p : pairs) {
            Finding f = p.sharedRun() >= 3 && creditedAlike(p, shortForms) ? CreditedPrincipals.of(c, p.left(), p.right(), shortForms) : null;
            if (f != null && seen.add("principal:" + f.left().value() + "|" + f.right().value())) {
                out.add(new Discrepancy.Attribution(f));
            }
        }
        for (Candidate k : candidates) {
            report(c, k, seen, out, shortForms);
        }
        return out;
    }

    /**
     * Statements a copy merged with the one next to them, paired with the other half only: the
     * sentence beside an aligned one, credited in place to a named speaker, against the aligned
     * one's partner credited in place too, when the two give one telling figure alike and report
     * much of the same ("said the company had verified yields ... in 212 wards. In the worst-hit
     * wards ..." against "According to Kiprono, the losses were checked ... in 212 wards, and ...").
     */
    private static List<Candidate> mergedHalves(Comparison c) {
        List<Candidate> out = new ArrayList<>();
        Set<Long> aligned = new HashSet<>();
        c.alignments().forEach(a -> aligned.add(key(a.left().sentence(), a.right().sentence())));
        for (Alignment a : c.alignments()) {
            for (int step : new int[] {-1, 1}) {
                int l = a.left().sentence() + step;
                int r = a.right().sentence();
                if (l >= 0 && l < c.left().sentences().size() && !aligned.contains(key(l, r))) {
                    addMerged(c, l, r, out);
                }
                l = a.left().sentence();
                r = a.right().sentence() + step;
                if (r >= 0 && r < c.right().sentences().size() && !aligned.contains(key(l, r))) {
                    addMerged(c, l, r, out);
                }
            }
        }
        return out;
    }

    private static void addMerged(Comparison c, int l, int r, List<Candidate> out) {
        Speaker lsp = c.left().speakerOf(l);
        Speaker rsp = c.right().speakerOf(r);
        // the cheap tests first: a pair whose names are forms of one name is never reported, and
        // whether a name is a person's is read from every mention of both articles
        if (lsp.isConfident() && rsp.isConfident() && !Names.compatible(lsp.name(), rsp.name())
                && out.stream().noneMatch(k -> k.ls() == l && k.rs() == r)
                && ReportedContent.shared(c.left(), l, lsp, c.right(), r, rsp) >= MERGED_SHARED && givesTheSameFigure(c, l, lsp, r, rsp)) {
            out.add(new Candidate(l, lsp, r, rsp, "Statement", true, null, false));
        }
    }

    private static boolean namedIn(AnalyzedArticle article, Speaker sp, int sentence) {
        return sp.isKnown() && SpeakerChecks.mentions(article, sp.name(), sentence);
    }

    private static long key(int l, int r) {
        return (long) l << 32 | r;
    }

    /**
     * Whether two statements that share too little of their sentences to be paired as they stand
     * report the same thing once their credits are left out: a long credit on each side ("Energy
     * Transition Minister Samira El Idrissi told reporters in Rabat that") lowers the similarity of
     * one statement moved to another person. Only speakers named in place count.
     */
    private static boolean reportsTheSame(Comparison c, int l, Speaker lsp, int r, Speaker rsp) {
        return lsp.isNamed() && rsp.isNamed() && !lsp.isResolved() && !rsp.isResolved() && lsp.cue() != null && rsp.cue() != null
                && ReportedContent.shared(c.left(), l, lsp, c.right(), r, rsp) >= REPORTED_SHARED;
    }

    /**
     * Whether two statements, each credited in place to a named speaker, give one telling figure
     * alike ("about C$215 million" / "roughly C$215m"): a sum, a share, a measure or a count of a
     * hundred or more says which statement it is however the rest is reworded.
     */
    private static boolean givesTheSameFigure(Comparison c, int l, Speaker lsp, int r, Speaker rsp) {
        if (!SpeakerChecks.creditedInPlace(c, c.left(), l, lsp) || !SpeakerChecks.creditedInPlace(c, c.right(), r, rsp)) {
            return false; // "..., Lima said": a place is no person credited in place
        }
        List<Quantity> right = NumberDetector.figures(c.right(), r);
        return NumberDetector.figures(c.left(), l).stream().filter(AttributionDetector::telling)
                .anyMatch(q -> right.stream().anyMatch(o -> o.kind() == q.kind() && Figures.compare(q, o) == Figures.Outcome.SAME));
    }

    private static boolean telling(Quantity q) {
        return q.kind() == Quantity.Kind.MONEY || q.kind() == Quantity.Kind.PERCENT || q.kind() == Quantity.Kind.MEASURE
                || q.kind() == Quantity.Kind.COUNT && q.value() >= 100 && !Figures.yearLike(q.value());
    }

    private static boolean creditedAlike(QuotePairs.Pair p, Abbreviations shortForms) {
        return p.left().speaker().isKnown() && p.right().speaker().isKnown()
                && oneName(p.left().speaker().name(), p.right().speaker().name(), shortForms);
    }

    /**
     * Whether two speakers' names are forms of one name ("Bill Osei" / "William Osei"), or a name
     * and the short form an article defines for it ("RIVM").
     */
    private static boolean oneName(String a, String b, Abbreviations shortForms) {
        return Names.compatible(a, b) || org.crosscheck.text.entity.Equivalence.sameReferent(a, b) || shortForms.sameBody(a, b);
    }

    private static void report(Comparison c, Candidate k, Set<String> seen, List<Discrepancy> out, Abbreviations shortForms) {
        int ls = k.ls();
        int rs = k.rs();
        Speaker lsp = k.lsp();
        Speaker rsp = k.rsp();
        String what = k.what();
        if (!lsp.isConfident() || !rsp.isConfident() || oneName(lsp.name(), rsp.name(), shortForms)
                || SpeakerChecks.oneVoice(c, lsp.name(), rsp.name()) || SpeakerChecks.oneVoice(c, rsp.name(), lsp.name())) {
            return;
        }
        AnalyzedArticle left = c.left();
        AnalyzedArticle right = c.right();
        // a sentence that names both people says what each of them said ("Caroline asks ... and Anette
        // suggests ..."): which clause each side's credit was read from is no misattribution
        if (k.pair() == null && SpeakerChecks.mentions(left, rsp.name(), ls) && SpeakerChecks.mentions(right, lsp.name(), rs)) {
            return;
        }
        // a chain is trusted only when it is sure as a whole and the quotes are the same words;
        // "she said" on one side and "he said" on the other are two people whoever each one is
        double confidence = lsp.confidence() * rsp.confidence();
        boolean pronounsDiffer = k.resolved() == 2 && SpeakerChecks.pronounsOfTwoGenders(left, lsp, right, rsp);
        // a statement paired closely is one statement: a confident chain on each side will do
        if (k.resolved() > 0 && (confidence < CHAIN_CONFIDENT && !pronounsDiffer && !k.close() || !k.sameWords())) {
            return;
        }
        // a holder named only by the other source is that source's name for a person
        // a role nobody is named for speaks as the role, which is no name of the article's
        if (!RoleCredits.isNominal(lsp) && !SpeakerChecks.isSpeakerName(RoleHolders.namedAcross(lsp) ? right : left, lsp)
                || !RoleCredits.isNominal(rsp) && !SpeakerChecks.isSpeakerName(RoleHolders.namedAcross(rsp) ? left : right, rsp)) {
            return;
        }
        int lstand = standsIn(left, lsp, ls);
        int rstand = standsIn(right, rsp, rs);
        boolean atNames = false;
        if (k.resolved() == 2) {
            // "he said" on both sides after one statement that names two people: the names
            // differ where each "he" was introduced, and the quote only follows from it
            int la = SpeakerChecks.named(left, lsp.name(), lstand);
            int ra = SpeakerChecks.named(right, rsp.name(), rstand);
            if (c.alignments().stream().anyMatch(a -> a.left().sentence() == la && a.right().sentence() == ra)) {
                lstand = la;
                rstand = ra;
                atNames = true;
            }
        }
        if (SpeakerChecks.isHeadline(left, lstand) || SpeakerChecks.isHeadline(right, rstand)) {
            return;
        }
        if (lsp.isResolved() && SpeakerChecks.rivalCloser(left, lsp, rsp.name(), ls) || rsp.isResolved() && SpeakerChecks.rivalCloser(right, rsp, lsp.name(), rs)) {
            return;
        }
        // a copy cut short credits the quote in the same words ("he said") but lost the paragraph
        // that named the speaker, so its "he" now points elsewhere; a copy that credits it in
        // other words ("she added" for "he said") moved the quote and is reported
        if (SpeakerChecks.sameCredit(left, lsp, right, rsp)
                && (rsp.isResolved() && !SpeakerChecks.hasCounterpart(c, true, SpeakerChecks.named(left, lsp.name(), ls))
                        || lsp.isResolved() && !SpeakerChecks.hasCounterpart(c, false, SpeakerChecks.named(right, rsp.name(), rs)))) {
            return;
        }
        // paragraphs moved in the copy put another person before the same "he said": when every
        // person a chain reached stands, named alike, in the other source's counterpart of the
        // sentence that names them, no name was changed, only the order
        if (k.resolved() > 0 && SpeakerChecks.sameCredit(left, lsp, right, rsp) && (!lsp.isResolved() || SpeakerChecks.namedAlikeOpposite(c, true, lsp.name(), SpeakerChecks.named(left, lsp.name(), ls)))
                && (!rsp.isResolved() || SpeakerChecks.namedAlikeOpposite(c, false, rsp.name(), SpeakerChecks.named(right, rsp.name(), rs)))) {
            return;
        }
        String names = "names:" + Names.key(lsp.name()) + "|" + Names.key(rsp.name());
        if (k.resolved() > 0 && seen.contains(names)) {
            return;
        }
        String lunit = unit(lsp, lstand);
        String runit = unit(rsp, rstand);
        if (!seen.add(lunit + "|" + runit) || !seen.add(names + "|" + runit)) {
            return;
        }
        seen.add(names);
        String summary = what + " credited to " + SpeakerChecks.credit(left, lsp) + " in " + left.id() + " but to " + SpeakerChecks.credit(right, rsp) + " in " + right.id();
        String explanation = RoleCredits.isNominal(lsp) || RoleCredits.isNominal(rsp)
                ? "The sources credit it to two different roles where it stands, and neither source gives both roles to one person."
                : lsp.isResolved() || rsp.isResolved()
                ? "The speakers are reached through the chains shown, each confident, and the names cannot be forms of one name."
                : "Both sources name the speaker where the quote stands, and the names cannot be forms of one name.";
        int lat = lstand;
        int rat = rstand;
        if (k.pair() != null && !atNames) {
            // a quote credited outside its own stretch of text (a paragraph that continues another
            // quote, '"..." he added' after it) is reported where its words stand in both sources;
            // one credited by the statement before it, which quotes nothing, where that names its speaker
            int[] run = SharedWords.sentencesOfRun(c, k.pair());
            lat = within(left, lstand, k.pair().left()) || left.quotesIn(lstand).isEmpty() ? lstand : run[0];
            rat = within(right, rstand, k.pair().right()) || right.quotesIn(rstand).isEmpty() ? rstand : run[1];
        }
        Finding f = new Finding(Severity.HIGH, summary, explanation, confidence,
                side(left, lat, lsp), side(right, rat, rsp));
        out.add(new Discrepancy.Attribution(f));
    }

    private static org.crosscheck.model.Evidence side(AnalyzedArticle article, int sentence, Speaker sp) {
        Span highlight = sp.cue() != null && article.sentence(sentence).span().contains(sp.cue()) ? sp.cue() : null;
        return Findings.side(article, sentence, sp.name(), highlight).withChain(sp.chain());
    }

    /** Whether sentence {@code sentence} holds some of the words of {@code quote}. */
    private static boolean within(AnalyzedArticle article, int sentence, org.crosscheck.model.Quote quote) {
        return article.sentence(sentence).span().overlaps(quote.span());
    }

    /** What one utterance's speaker is identified by: the mention it was linked to, else its sentence. */
    private static String unit(Speaker sp, int sentence) {
        Span m = sp.mention() != null ? sp.mention() : sp.cue();
        return m != null ? "m" + m.start() : "s" + sentence;
    }

    /**
     * The sentence where the speaker stands: the one holding the reporting clause, when that is
     * within the quote's own stretch of text, else the quote's sentence.
     */
    private static int standsIn(AnalyzedArticle article, Speaker sp, int sentence) {
        // a continued quote has no reporting clause of its own: the mention it was linked to ("he" in
        // '"We were lucky," he said.') is where its speaker stands
        Span at = sp.cue() != null ? sp.cue() : sp.mention();
        if (at == null) {
            return sentence;
        }
        for (int s = Math.max(0, sentence - 2); s <= Math.min(article.sentences().size() - 1, sentence + 2); s++) {
            if (article.sentence(s).span().contains(new Span(at.start(), at.start()))) {
                return s;
            }
        }
        return sentence;
    }
}
