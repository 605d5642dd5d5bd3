package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.List;

import org.crosscheck.model.Alignment;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Span;
import org.crosscheck.text.Token;
import org.crosscheck.text.Tokenizer;

/**
 * NEGATION: one side states the opposite of the other, by a negation put in or taken out
 * ("did" / "did not"), by swapping a word for its antonym ("admitted" / "denied"), or by setting
 * aside with "instead of" what the other side states ({@link Denials}).
 *
 * <p>Only closely aligned statements are read, and only word runs that change in place (with
 * words in common on both sides), outside quotation marks: a changed quote is the quote check's.
 * Where the words around a negation were reworded, the predicate it attaches to is read on both
 * sides ({@link ScopedNegation}), a quote against the reported speech that renders it included.
 */
public final class NegationDetector implements Detector {

    private static final double MIN_SIMILARITY = 0.3;
    private static final double LOOSE_SIMILARITY = 0.2;
    private static final int MAX_RUN = 4;
    /** The raw confidence of a negation read by meaning alone, below the lexicon's. */
    private static final double BY_MEANING = 0.6;

    private final ContrastedNegation contrasts;
    private final ProbedOpposites probes;

    /** A detector that reads negations by meaning with the sentence encoder the build ships. */
    public NegationDetector() {
        this(org.crosscheck.embed.SentenceEncoder.shared());
    }

    /** A detector that reads negations by meaning with {@code encoder}. */
    public NegationDetector(org.crosscheck.embed.SentenceEncoder encoder) {
        this.contrasts = new ContrastedNegation(encoder);
        this.probes = new ProbedOpposites(encoder);
    }

    @Override
    public List<Discrepancy> detect(Comparison c) {
        List<Discrepancy> out = new ArrayList<>();
        for (Alignment a : c.alignments()) {
            // a pair the sentence encoder made is read however few words it shares: paraphrase shares few
            // ("had ruled out sabotage" / "left open the possibility of sabotage")
            if (a.similarity() < LOOSE_SIMILARITY && !a.byMeaning()) {
                continue;
            }
            int ls = a.left().sentence();
            int rs = a.right().sentence();
            Span lspan = c.left().sentence(ls).span();
            Span rspan = c.right().sentence(rs).span();
            String ltext = c.left().article().text();
            String rtext = c.right().article().text();
            if (a.similarity() < MIN_SIMILARITY && !halfOfMerged(c, a, ltext, lspan, rtext, rspan)) {
                // a loose pair says one thing only where opposite verbs move the same figure ("fell 6.4%" / "climbed 6.4 percent")
                out.addAll(scoped(c, ls, rs, lspan, rspan, false, true, out));
                if (out.stream().noneMatch(d -> d.finding().left().sentence() == ls && d.finding().right().sentence() == rs)) {
                    // a loose pair that opens on the same several words says one thing of one subject
                    Discrepancy probe = AnchoredFlips.openingVerbs(c, ls, rs, lspan, rspan, AnchoredFlips.LOOSE_OPENING);
                    if (probe == null) {
                        probe = probed(c, ls, rs, lspan, rspan);
                    }
                    if (probe != null) {
                        out.add(probe);
                    }
                }
                continue;
            }
            int ln = negations(ltext, lspan, rtext, rspan);
            int rn = negations(rtext, rspan, ltext, lspan);
            boolean sameCount = ln == rn;
            for (WordDiff.Change ch : WordDiff.between(ltext, lspan, rtext, rspan)) {
                List<Token> removed = ch.removedWords();
                List<Token> added = ch.addedWords();
                if (removed.size() > MAX_RUN || added.size() > MAX_RUN || quoted(c.left(), ls, removed)
                        || quoted(c.right(), rs, added) || nameWord(ltext, lspan, removed) || nameWord(rtext, rspan, added)) {
                    continue;
                }
                PolarityFlip.Kind kind = PolarityFlip.of(removed, ch.after(), added, ch.addedAfter());
                if (kind == PolarityFlip.Kind.NONE) {
                    continue;
                }
                boolean antonym = kind == PolarityFlip.Kind.ANTONYM;
                if (antonym && (phrasalRestates(ltext, lspan, removed, added) || phrasalRestates(rtext, rspan, added, removed))) {
                    continue;
                }
                if (antonym && removed.size() == 1 && added.size() == 1 && otherObjects(ltext, lspan, removed.get(0), rtext, rspan, added.get(0))) {
                    continue;
                }
                if (!antonym && notUntil(c.left().sentence(ls).text(), c.right().sentence(rs).text())) {
                    continue;
                }
                List<Token> lp = antonym ? removed : NegatedPhrase.of(ltext, lspan, removed, ch.before());
                List<Token> rp = antonym ? added : NegatedPhrase.of(rtext, rspan, added, ch.addedBefore());
                if (antonym && removed.size() == 1 && added.size() == 1 && ScopedNegation.isParticle(removed.get(0).normal())
                        && ch.before() != null && ch.addedBefore() != null && ch.before().normal().equals(ch.addedBefore().normal())) {
                    lp = List.of(ch.before(), removed.get(0)); // "switched off", not "off"
                    rp = List.of(ch.addedBefore(), added.get(0));
                }
                // the diff may split one negation from its rewording ("had not yet been" / "had yet
                // to be"): both predicates negated is no flip
                if (!antonym && (PolarityFlip.negated(lp) && PolarityFlip.negated(rp)
                        || sameCount)) {
                    continue;
                }
                // "had not seen a fall" / "had seen no drop": the negation moved from the verb to its
                // object, and the words the diff kept between them hide the one from the other
                if (!antonym && (PolarityFlip.negated(rp) ? negatedJustBefore(ltext, lspan, ch.before())
                        : negatedJustBefore(rtext, rspan, ch.addedBefore()))) {
                    continue;
                }
                lp = NegatedPhrase.withComplement(ltext, lspan, lp);
                rp = NegatedPhrase.withComplement(rtext, rspan, rp);
                // "would not take risks" / "would take no chances": the negation moved into the object
                if (!antonym && (statesOtherThings(lp, rp) || movedIntoObject(lp, rp) || movedIntoObject(rp, lp))) {
                    continue;
                }
                String lv = text(ltext, lp);
                String rv = text(rtext, rp);
                String why = antonym ? "A word is swapped for its opposite in the same statement."
                        : "A negation is present on one side only, on the same predicate.";
                String summary = lv.isEmpty() || rv.isEmpty()
                        ? "Opposite statement: \"" + (lv.isEmpty() ? "\u2014" : lv) + "\" in " + c.left().id()
                                + " but \"" + (rv.isEmpty() ? "\u2014" : rv) + "\" in " + c.right().id()
                        : summary(c, ltext, lspan, lp, rtext, rspan, rp);
                Finding f = new Finding(Severity.HIGH, summary, why, antonym ? 0.75 : 0.8,
                        Findings.side(c.left(), ls, lv.isEmpty() ? "(affirmative)" : lv, cover(lp)),
                        Findings.side(c.right(), rs, rv.isEmpty() ? "(affirmative)" : rv, cover(rp)));
                out.add(new Discrepancy.Negation(f));
            }
            out.addAll(scoped(c, ls, rs, lspan, rspan, sameCount, false, out));
            if (out.stream().noneMatch(d -> d.finding().left().sentence() == ls && d.finding().right().sentence() == rs)) {
                Discrepancy opening = AnchoredFlips.openingVerbs(c, ls, rs, lspan, rspan, 1);
                if (opening == null && !sameCount) {
                    opening = AnchoredFlips.sameComplement(c, ls, rs, lspan, rspan);
                }
                if (opening != null) {
                    out.add(opening);
                }
            }
            out.addAll(denials(c, ls, rs, lspan, rspan));
            if (out.stream().noneMatch(d -> d.finding().left().sentence() == ls && d.finding().right().sentence() == rs)) {
                Discrepancy read = sameCount ? null : byMeaning(c, ls, rs, lspan, rspan, ln > rn);
                if (read == null) {
                    read = probed(c, ls, rs, lspan, rspan);
                }
                if (read == null) {
                    read = AnchoredFlips.framedOpposites(c, ls, rs, lspan, rspan);
                }
                if (read != null) {
                    out.add(read);
                }
            }
        }
        // "denied that she had met him" / "said she had not met him": one negation, written two ways
        out.removeIf(d -> d instanceof Discrepancy.Negation n && RestatedNegations.restated(n));
        return out;
    }

    /**
     * A negation one sentence holds and the other lacks, on a predicate whose matter both give,
     * where taking it out brings the sentence closer in meaning to the other
     * ({@link ContrastedNegation}); null when none does. {@code leftNegates} says which side holds
     * more negations on shared matter. A negation inside quotation marks is the quote check's, and
     * one bounded by "until" moves a time.
     */
    private Discrepancy byMeaning(Comparison c, int ls, int rs, Span lspan, Span rspan, boolean leftNegates) {
        String ltext = c.left().article().text();
        String rtext = c.right().article().text();
        if (notUntil(c.left().sentence(ls).text(), c.right().sentence(rs).text())) {
            return null;
        }
        String text = leftNegates ? ltext : rtext;
        String otherText = leftNegates ? rtext : ltext;
        Span negated = leftNegates ? lspan : rspan;
        Span other = leftNegates ? rspan : lspan;
        ContrastedNegation.Contrast contrast = contrasts.opposite(text, negated, otherText.substring(other.start(), other.end()));
        if (contrast == null || quoted(leftNegates ? c.left() : c.right(), leftNegates ? ls : rs, List.of(contrast.negation()))) {
            return null;
        }
        List<Token> phrase = NegatedPhrase.withComplement(text, negated, NegatedPhrase.of(text, negated, withDo(text, negated, contrast.negation()), null));
        List<Token> stated = AffirmedPhrase.of(text, negated, contrast.negation(), otherText, other);
        if (stated.isEmpty()) {
            return null;
        }
        String value = text(text, phrase);
        String statedValue = text(otherText, stated);
        String summary = "Opposite statement: \"" + (leftNegates ? value : statedValue) + "\" in " + c.left().id()
                + " but \"" + (leftNegates ? statedValue : value) + "\" in " + c.right().id();
        Finding f = new Finding(Severity.HIGH, summary,
                "A negation is present on one side only; without it, that side says what the other says.", BY_MEANING,
                Findings.side(c.left(), ls, leftNegates ? value : statedValue, leftNegates ? cover(phrase) : cover(stated)),
                Findings.side(c.right(), rs, leftNegates ? statedValue : value, leftNegates ? cover(stated) : cover(phrase)));
        return new Discrepancy.Negation(f);
    }

    /**
     * Opposite verbs no dictionary pairs, read by negating each ({@link ProbedOpposites}); null when
     * no pair of verbs outside quotation marks states opposites.
     */
    private Discrepancy probed(Comparison c, int ls, int rs, Span lspan, Span rspan) {
        String ltext = c.left().article().text();
        String rtext = c.right().article().text();
        List<Token> l = Tokenizer.words(ltext, lspan.start(), lspan.end());
        List<Token> r = Tokenizer.words(rtext, rspan.start(), rspan.end());
        ProbedOpposites.Opposites o = probes.between(ltext.substring(lspan.start(), lspan.end()), lspan.start(), l,
                rtext.substring(rspan.start(), rspan.end()), rspan.start(), r);
        if (o == null || quoted(c.left(), ls, List.of(l.get(o.left()))) || quoted(c.right(), rs, List.of(r.get(o.right())))) {
            return null;
        }
        List<Token> lp = NegatedPhrase.withComplement(ltext, lspan, withAuxiliaries(l, o.left()));
        List<Token> rp = NegatedPhrase.withComplement(rtext, rspan, withAuxiliaries(r, o.right()));
        String lv = text(ltext, lp);
        String rv = text(rtext, rp);
        Finding f = new Finding(Severity.HIGH, "Opposite statement: \"" + lv + "\" in " + c.left().id() + " but \"" + rv + "\" in "
                + c.right().id(), "The two verbs state opposites: each side, with its verb negated, says what the other says.",
                BY_MEANING, Findings.side(c.left(), ls, lv, cover(lp)), Findings.side(c.right(), rs, rv, cover(rp)));
        return new Discrepancy.Negation(f);
    }

    /** The verb at {@code i} with the auxiliaries and adverbs right before it: "had been suspended". */
    private static List<Token> withAuxiliaries(List<Token> t, int i) {
        int b = i;
        while (b > 0 && t.get(b - 1).isWord() && ScopedNegation.chain(t.get(b - 1).normal()) && !t.get(b - 1).normal().equals("to")) {
            b--;
        }
        return t.subList(b, i + 1);
    }

    /** The least share of a merged statement's half that the merged sentence must give. */
    private static final double HALF_CONTAINED = 0.6;

    /**
     * Whether one sentence of the pair is merged from two and the other is most of one half: the
     * similarity of the whole merged sentence is low ("He acknowledged that the new places would
     * not be enough on their own." against "... pointed to €40m being spent on modular cells that
     * will create 600 places ..., and argued that they would be enough on their own"), though the
     * half is said in it nearly word for word.
     */
    private static boolean halfOfMerged(Comparison c, Alignment a, String ltext, Span lspan, String rtext, Span rspan) {
        long leftPartners = c.alignments().stream().filter(o -> o.left().sentence() == a.left().sentence()).count();
        long rightPartners = c.alignments().stream().filter(o -> o.right().sentence() == a.right().sentence()).count();
        if (leftPartners == 1 && rightPartners > 1) {
            return contained(ltext, lspan, rtext, rspan) >= HALF_CONTAINED;
        }
        if (rightPartners == 1 && leftPartners > 1) {
            return contained(rtext, rspan, ltext, lspan) >= HALF_CONTAINED;
        }
        return false;
    }

    /** The share of the content words of {@code part} (stemmed) that {@code whole} gives too. */
    private static double contained(String partText, Span part, String wholeText, Span whole) {
        java.util.Set<String> p = contentStems(partText, part);
        java.util.Set<String> w = contentStems(wholeText, whole);
        return p.isEmpty() ? 0 : p.stream().filter(w::contains).count() / (double) p.size();
    }

    private static java.util.Set<String> contentStems(String text, Span span) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Token t : Tokenizer.words(text, span.start(), span.end())) {
            if (t.normal().length() >= 3 && PredicateArguments.content(t) && !ScopedNegation.chain(t.normal())) {
                out.add(org.crosscheck.index.Stemmer.stem(t.normal()));
            }
        }
        return out;
    }

    /** Whether {@code word} is a verb's participle ("halted", "taken", "rising"). */
    private static boolean participle(String word) {
        String base = org.crosscheck.text.sense.WordSenses.shared().verbBase(word);
        return word.endsWith("ing") || base != null && !base.equals(word);
    }

    /**
     * Whether the two phrases are "be" with different things said of the subject: "had been
     * sound" and "had never been the problem" are two statements, not one negated. The content
     * words after the last form of "be" are compared, where both phrases have some: they must
     * share one ("was a success" / "was not a huge success").
     */
    static boolean statesOtherThings(List<Token> lp, List<Token> rp) {
        java.util.Set<String> l = complementOfBe(lp);
        java.util.Set<String> r = complementOfBe(rp);
        return !l.isEmpty() && !r.isEmpty() && java.util.Collections.disjoint(l, r);
    }

    private static java.util.Set<String> complementOfBe(List<Token> phrase) {
        int be = -1;
        for (int i = 0; i < phrase.size(); i++) {
            if (phrase.get(i).isWord() && PredicateArguments.BE.contains(phrase.get(i).normal())) {
                be = i;
            }
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = be + 1; be >= 0 && i < phrase.size(); i++) {
            Token t = phrase.get(i);
            if (t.isWord() && !org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(t.normal())
                    && !Polarity.isNegator(t.normal()) && !ScopedNegation.chain(t.normal())) {
                if (out.isEmpty() && participle(t.normal())) {
                    return java.util.Set.of(); // "had not been halted": a passive, whose verb is the predicate
                }
                out.add(org.crosscheck.index.Stemmer.stem(t.normal()));
                out.addAll(org.crosscheck.text.sense.Antonyms.shared().dictionaryForms(t.normal()));
            }
        }
        return out;
    }

    /** The negation with the form of "do" that carries it ("did not"), or the negation alone. */
    private static List<Token> withDo(String text, Span sentence, Token negation) {
        List<Token> words = Tokenizer.words(text, sentence.start(), negation.span().start()).stream().filter(Token::isWord).toList();
        Token before = words.isEmpty() ? null : words.get(words.size() - 1);
        return before != null && java.util.Set.of("do", "does", "did").contains(before.normal()) ? List.of(before, negation) : List.of(negation);
    }

    /** Whether the same figure follows the verbs that end the two phrases ({@link PredicateArguments#sharedFigure}). */
    private static boolean movesSameFigure(List<Token> left, List<Token> lp, List<Token> right, List<Token> rp) {
        int i = left.indexOf(lp.get(lp.size() - 1));
        int j = right.indexOf(rp.get(rp.size() - 1));
        return i >= 0 && j >= 0 && PredicateArguments.sharedFigure(left, i, right, j);
    }

    /**
     * Negations the word diff cannot see because the words around them were reworded: see
     * {@link ScopedNegation}. A predicate already reported from the diff is not reported again.
     * With {@code sameFigureOnly}, only flips whose verbs move the same figure ("fell 6.4%" /
     * "climbed 6.4 percent").
     */
    private static List<Discrepancy> scoped(Comparison c, int ls, int rs, Span lspan, Span rspan, boolean sameCount,
                                            boolean sameFigureOnly, List<Discrepancy> found) {
        List<Discrepancy> out = new ArrayList<>();
        String ltext = c.left().article().text();
        String rtext = c.right().article().text();
        boolean negationMoved = sameCount || notUntil(c.left().sentence(ls).text(), c.right().sentence(rs).text());
        List<ScopedNegation.Flip> flips = ScopedNegation.between(ltext, lspan, rtext, rspan);
        boolean oneClaim = !flips.isEmpty() && (noneGreater(ltext, lspan, rtext, rspan) || noneGreater(rtext, rspan, ltext, lspan));
        List<Token> lw = sameFigureOnly ? Tokenizer.words(ltext, lspan.start(), lspan.end()) : List.of();
        List<Token> rw = sameFigureOnly ? Tokenizer.words(rtext, rspan.start(), rspan.end()) : List.of();
        for (ScopedNegation.Flip flip : flips) {
            if (negationMoved && !flip.lexical()) {
                continue;
            }
            if (sameFigureOnly && !flip.lexical() && !movesSameFigure(lw, flip.left(), rw, flip.right())) {
                continue;
            }
            List<Token> lp = NegatedPhrase.withComplement(ltext, lspan, flip.left());
            List<Token> rp = NegatedPhrase.withComplement(rtext, rspan, flip.right());
            if (inNegatedList(ltext, lspan, flip.left()) || inNegatedList(rtext, rspan, flip.right())) {
                continue; // "with no running water, cold chain or drains": the "no" holds for the whole list
            }
            // "would not take risks" / "would take no chances": the negation moved into the object
            if (!flip.lexical() && (movedIntoObject(withNegationBefore(ltext, lspan, lp), rp) || movedIntoObject(withNegationBefore(rtext, rspan, rp), lp))) {
                continue;
            }
            Span l = cover(lp);
            Span r = cover(rp);
            // a quote against a quote is the quote check's; a quote against reported speech is a statement against a statement
            if (quoted(c.left(), ls, flip.left()) && quoted(c.right(), rs, flip.right())
                    || nameWord(ltext, lspan, flip.left()) || nameWord(rtext, rspan, flip.right())
                    || absenceSaidOtherwise(flip.left(), rtext, rspan) || absenceSaidOtherwise(flip.right(), ltext, lspan)
                    || oneClaim
                    || flip.lexical() && (phrasalRestates(ltext, lspan, flip.left(), flip.right()) || phrasalRestates(rtext, rspan, flip.right(), flip.left()))
                    || found.stream().anyMatch(d -> overlaps(d.finding().left(), ls, l) || overlaps(d.finding().right(), rs, r))) {
                continue;
            }
            String lv = text(ltext, lp);
            String rv = text(rtext, rp);
            String summary = summary(c, ltext, lspan, lp, rtext, rspan, rp);
            Finding f = new Finding(Severity.HIGH, summary, flip.lexical()
                    ? "The same arguments take opposite predicates on the two sides."
                    : "A negation attaches to the same predicate, with the same arguments, on one side only.", 0.7,
                    Findings.side(c.left(), ls, lv, l), Findings.side(c.right(), rs, rv, r));
            out.add(new Discrepancy.Negation(f));
        }
        return out;
    }

    /**
     * "Opposite statement: "attendances have risen this season" in A but "attendances have fallen
     * this season" in B": each phrase read with the words both sides give alike around it.
     */
    private static String summary(Comparison c, String ltext, Span lspan, List<Token> lp, String rtext, Span rspan, List<Token> rp) {
        String before = text(PredicateArguments.sharedBefore(ltext, lspan, lp.get(0), rtext, rspan, rp.get(0)));
        String after = text(PredicateArguments.sharedAfter(ltext, lspan, lp.get(lp.size() - 1), rtext, rspan, rp.get(rp.size() - 1)));
        String pre = before.isEmpty() ? "" : before + " ";
        String post = after.isEmpty() ? "" : " " + after;
        // with no words in common before them, each phrase is read after the verbs that lead to it in
        // its own clause: "declined to rule out further cuts" / "there would be no further cuts"
        String lpre = before.isEmpty() ? lead(ltext, lspan, lp.get(0)) : pre;
        String rpre = before.isEmpty() ? lead(rtext, rspan, rp.get(0)) : pre;
        return "Opposite statement: \"" + lpre + text(ltext, lp) + post + "\" in " + c.left().id() + " but \"" + rpre + text(rtext, rp) + post
                + "\" in " + c.right().id();
    }

    private static final int LEAD_WORDS = 4;
    /** Determiners end the lead: they open the subject. */
    private static final java.util.Set<String> LEAD_STOPS = java.util.Set.of("the", "a", "an", "this", "that", "these", "those");

    /**
     * Up to four lower-case words right before {@code first} in its clause, with a space after, or
     * "": the lead stops at a determiner (the subject) and at a verb of saying (the attribution,
     * "said the dockworkers").
     */
    private static String lead(String text, Span sentence, Token first) {
        List<Token> words = Tokenizer.words(text, sentence.start(), first.span().start());
        int k = words.size();
        while (k > 0 && words.size() - k < LEAD_WORDS && words.get(k - 1).isWord() && !words.get(k - 1).isCapitalised()
                && !ScopedNegation.CLAUSE.contains(words.get(k - 1).normal()) && !LEAD_STOPS.contains(words.get(k - 1).normal())
                && !org.crosscheck.text.quote.QuoteAnalyzer.isReportingVerb(words.get(k - 1).text())) {
            k--;
        }
        return k == words.size() ? "" : text.substring(words.get(k).span().start(), first.span().start());
    }

    private static boolean overlaps(org.crosscheck.model.Evidence side, int sentence, Span span) {
        return side.sentence() == sentence && side.highlight() != null && side.highlight().overlaps(span);
    }

    /** "Their drone instead of remote controls" against "their remote control": the one side sets aside what the other states. */
    private static List<Discrepancy> denials(Comparison c, int ls, int rs, Span lspan, Span rspan) {
        List<Discrepancy> out = new ArrayList<>();
        for (Denials.Denial d : Denials.between(c.left().article().text(), lspan, c.right().article().text(), rspan)) {
            Span l = d.rightDenies() ? d.statedSpan() : d.deniedSpan();
            Span r = d.rightDenies() ? d.deniedSpan() : d.statedSpan();
            String lv = d.rightDenies() ? d.statedText() : d.deniedText();
            String rv = d.rightDenies() ? d.deniedText() : d.statedText();
            if (c.left().quotesIn(ls).stream().anyMatch(q -> q.span().overlaps(l))
                    || c.right().quotesIn(rs).stream().anyMatch(q -> q.span().overlaps(r))) {
                continue;
            }
            String summary = "Opposite statement: \"" + lv + "\" in " + c.left().id() + " but \"" + rv + "\" in " + c.right().id();
            Finding f = new Finding(Severity.HIGH, summary,
                    "One side sets aside, with \"instead of\" or \"rather than\", what the other states in the same statement.", 0.75,
                    Findings.side(c.left(), ls, lv, l), Findings.side(c.right(), rs, rv, r));
            out.add(new Discrepancy.Negation(f));
        }
        return out;
    }

    /**
     * Whether two opposite verbs act on different things, so say nothing of each other: "had left
     * the instrument in its case" / "had boarded the 8.42pm service" (each takes an object, and
     * no content word after one stands after the other), while "left the train" / "boarded the
     * train" is one act reversed.
     */
    private static boolean otherObjects(String ltext, Span lspan, Token removed, String rtext, Span rspan, Token added) {
        List<Token> l = Tokenizer.words(ltext, lspan.start(), lspan.end());
        List<Token> r = Tokenizer.words(rtext, rspan.start(), rspan.end());
        int i = PredicateArguments.indexOf(l, removed);
        int j = PredicateArguments.indexOf(r, added);
        return i >= 0 && j >= 0 && PredicateArguments.objectHead(l, i) != null && PredicateArguments.objectHead(r, j) != null
                && !PredicateArguments.sameObjectHead(l, i, r, j) && PredicateArguments.sharedArguments(l, i, r, j) == 0;
    }

    /**
     * "Not expected to return until 2026" says what "expected to return in 2026" says: a negation
     * bounded by "until" moves a time, it does not deny the event. Against "expected until 2026"
     * it is still the opposite.
     */
    private static boolean notUntil(String left, String right) {
        return notUntilOne(left, right) || notUntilOne(right, left) || untilRestated(left, right) || untilRestated(right, left);
    }

    /** Words read after "until" or a negation for the verb they bound. */
    private static final int UNTIL_REACH = 4;

    /**
     * "Until we can resurface whole streets, we will be back" says what "streets that are not
     * resurfaced see crews back" says: "until" bounds a state by an event that has not happened,
     * so a negation of the same verb on the other side restates it.
     */
    private static boolean untilRestated(String untilSentence, String negatedSentence) {
        java.util.Set<String> bounded = wordsAfter(untilSentence, w -> w.equals("until"));
        if (bounded.isEmpty() || negatedSentence.toLowerCase(java.util.Locale.ROOT).matches(".*\\buntil\\b.*")) {
            return false;
        }
        java.util.Set<String> negated = wordsAfter(negatedSentence, Polarity::isNegator);
        return negated.stream().anyMatch(bounded::contains);
    }

    /** The stems of the content words within {@link #UNTIL_REACH} words after each word that {@code marks} accepts. */
    private static java.util.Set<String> wordsAfter(String sentence, java.util.function.Predicate<String> marks) {
        List<Token> words = Tokenizer.words(sentence, 0, sentence.length()).stream().filter(Token::isWord).toList();
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (!marks.test(words.get(i).normal())) {
                continue;
            }
            for (int k = i + 1; k < Math.min(words.size(), i + 1 + UNTIL_REACH); k++) {
                String stem = contentStem(words.get(k));
                if (stem != null) {
                    out.add(stem);
                }
            }
        }
        return out;
    }

    private static boolean notUntilOne(String negatedSentence, String otherSentence) {
        String negated = negatedSentence.toLowerCase(java.util.Locale.ROOT);
        String other = otherSentence.toLowerCase(java.util.Locale.ROOT);
        if (!negated.matches(".*(\\bnot|\\bnever|\\bcannot|n't)\\b.*\\buntil\\b.*") || other.matches(".*\\buntil\\b.*")) {
            return false;
        }
        // "would not annul any results until the investigation was complete" / "will annul any
        // results": bounded by an event the other side never names, the negation is dropped, not moved
        java.util.Set<String> bound = wordsAfter(negatedSentence, w -> w.equals("until"));
        return UNTIL_TIME.matcher(negated).find() || bound.isEmpty() || !java.util.Collections.disjoint(bound, stems(otherSentence));
    }

    /** "until" followed within a few words by a time: a figure, a month, a weekday or a word for a span or point of time. */
    private static final java.util.regex.Pattern UNTIL_TIME = java.util.regex.Pattern.compile("\\buntil\\s+(?:\\S+\\s+){0,4}?(?:\\S*\\d|"
            + "january|february|march|april|may|june|july|august|september|october|november|december|"
            + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|year|years|month|months|week|weeks|day|days|"
            + "spring|summer|autumn|fall|winter|season|then|now|today|tomorrow|tonight|morning|afternoon|evening|night|"
            + "midnight|noon|decade|century|quarter|term|hour|hours|later|further notice)\\b");

    /** The stems of a sentence's content words, as {@link #wordsAfter} gives them. */
    private static java.util.Set<String> stems(String sentence) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Token t : Tokenizer.words(sentence, 0, sentence.length())) {
            String stem = t.isWord() ? contentStem(t) : null;
            if (stem != null) {
                out.add(stem);
            }
        }
        return out;
    }

    /** The stem of a content word of four letters or more, or null for a short or stop word. */
    private static String contentStem(Token word) {
        String w = word.normal();
        return w.length() >= 4 && !org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w)
                ? org.crosscheck.index.Stemmer.stem(w) : null;
    }

    /**
     * Whether a changed word is part of a name: a capital inside the sentence ("North Korea" /
     * "South Korea") is the entity check's, not an opposite.
     */
    private static boolean nameWord(String text, Span sentence, List<Token> words) {
        return words.stream().anyMatch(t -> Character.isUpperCase(t.text().charAt(0)) && t.span().start() > sentence.start()
                && !text.substring(sentence.start(), t.span().start()).isBlank() && !Polarity.isNegator(t.text()));
    }

    static boolean quoted(AnalyzedArticle article, int sentence, List<Token> tokens) {
        List<Quote> quotes = QuotePairs.comparedIn(article, sentence);
        return tokens.stream().anyMatch(t -> quotes.stream().anyMatch(q -> q.span().contains(t.span())));
    }

    /**
     * The negations of a sentence that deny something the other sentence also states: a negation
     * put in or taken out changes how many there are; one that only moves to another word ("no
     * member had lost" / "members had not lost") does not. A negation whose clause holds only words
     * one side gives ("allowing agencies to buy it without a price cut", "did not leave, because")
     * is not counted: it says nothing about the statement both make.
     */
    /** How many words after a verb its particle may stand: "take the products back". */
    private static final int PARTICLE_REACH = 3;
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("back", "up", "down", "off", "out", "over", "away", "in", "on");

    /**
     * Whether a verb of {@code words} makes, with a particle among the few words after them in
     * their sentence, a verb that shares a sense with a word of {@code other}: "can take the
     * products back" restates "could return the products", though "take" alone is the opposite of
     * "return".
     */
    private static boolean phrasalRestates(String text, Span sentence, List<Token> words, List<Token> other) {
        if (words.isEmpty() || other.isEmpty()) {
            return false;
        }
        List<Token> all = sentenceWords(text, sentence);
        int last = words.get(words.size() - 1).span().start();
        int from = 0;
        while (from < all.size() && all.get(from).span().start() <= last) {
            from++;
        }
        for (int i = from; i < all.size() && i < from + PARTICLE_REACH; i++) {
            String particle = all.get(i).normal();
            if (!PARTICLES.contains(particle)) {
                continue;
            }
            for (Token w : words) {
                for (Token o : other) {
                    if (org.crosscheck.text.sense.Antonyms.shared().phrasalSynonym(w.normal(), particle, o.normal())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** How many words before a change a negation of the same predicate may stand: "had not seen" before "a fall". */
    private static final int MOVED_NEGATION_WORDS = 3;

    /**
     * Whether a plain negation ("not", "never", "n't") stands among the few words up to and including
     * {@code last}, the word the diff kept before a change, in the sentence at {@code sentence}.
     */
    private static boolean negatedJustBefore(String text, Span sentence, Token last) {
        if (last == null) {
            return false;
        }
        List<Token> words = sentenceWords(text, sentence);
        int at = PredicateArguments.indexOf(words, last);
        for (int i = at; i >= 0 && i > at - MOVED_NEGATION_WORDS; i--) {
            if (ContrastedNegation.positive(words.get(i).text()) != null) {
                return true;
            }
        }
        return false;
    }

    /** Determiners of absence that negate the noun they open: "took no chances", "had none". */
    private static final java.util.Set<String> ABSENT = java.util.Set.of("no", "none", "nothing");

    /**
     * Whether {@code verbNegated} negates its verb ("would not take risks") and {@code other} its
     * object instead ("would take no chances"), neither holding the other's kind of negation: one
     * negation, written on another word.
     */
    static boolean movedIntoObject(List<Token> verbNegated, List<Token> other) {
        return verbNegated.stream().anyMatch(NegationDetector::negatesVerb) && other.stream().noneMatch(NegationDetector::negatesVerb)
                && other.stream().anyMatch(t -> ABSENT.contains(t.normal())) && verbNegated.stream().noneMatch(t -> ABSENT.contains(t.normal()));
    }

    /** A negation of a verb, one that can be taken out as a word: "not", "never", "didn't", "cannot". */
    private static boolean negatesVerb(Token t) {
        return ContrastedNegation.positive(t.text()) != null;
    }

    /** How many words before a listed item the "no" that opens its list may stand. */
    private static final int LIST_REACH = 6;

    /**
     * Whether {@code phrase} is an item of a list that a "no" or "without" opens ("no running
     * water, cold chain or drains"): a comma, "or" or "and" right before it, and the negation among
     * the few words before that, with no clause opening between.
     */
    private static boolean inNegatedList(String text, Span sentence, List<Token> phrase) {
        List<Token> all = Tokenizer.words(text, sentence.start(), sentence.end());
        int at = PredicateArguments.indexOf(all, phrase.get(0));
        if (at < 2 || !(all.get(at - 1).isSymbol(",") || all.get(at - 1).isWord("or") || all.get(at - 1).isWord("and"))) {
            return false;
        }
        for (int i = at - 2; i >= 0 && i >= at - 1 - LIST_REACH; i--) {
            Token w = all.get(i);
            if (w.isWord("no") || w.isWord("without")) {
                return true;
            }
            if (!w.isWord() && !w.isSymbol(",") || w.isWord() && ScopedNegation.CLAUSE.contains(w.normal()) && !w.isWord("or") && !w.isWord("and")) {
                return false;
            }
        }
        return false;
    }

    /** The phrase with the plain negation among the few words before it ("not" of "would not take" before "risks"), when there is one. */
    private static List<Token> withNegationBefore(String text, Span sentence, List<Token> phrase) {
        List<Token> words = sentenceWords(text, sentence);
        int at = PredicateArguments.indexOf(words, phrase.get(0));
        for (int i = at - 1; i >= 0 && i >= at - MOVED_NEGATION_WORDS; i--) {
            if (negatesVerb(words.get(i))) {
                List<Token> out = new ArrayList<>(words.subList(i, at));
                out.addAll(phrase);
                return out;
            }
        }
        return phrase;
    }

    /** The word tokens of the sentence at {@code sentence}, marks left out. */
    private static List<Token> sentenceWords(String text, Span sentence) {
        return Tokenizer.words(text, sentence.start(), sentence.end()).stream().filter(Token::isWord).toList();
    }

    private static int negations(String text, Span sentence, String otherText, Span otherSentence) {
        List<Token> words = sentenceWords(text, sentence);
        java.util.Set<String> other = new java.util.HashSet<>();
        List<String[]> pairs = new ArrayList<>();
        String previous = null;
        for (Token t : org.crosscheck.text.Tokenizer.words(otherText, otherSentence.start(), otherSentence.end())) {
            if (t.isWord()) {
                other.add(org.crosscheck.index.Stemmer.stem(t.normal()));
                if (previous != null) {
                    pairs.add(new String[] {previous, t.normal()});
                }
                previous = t.normal();
            } else {
                previous = null;
            }
        }
        return PolarityFlip.negations(words, after -> {
            List<Integer> matter = NegatedPhrase.matter(text, words, after, SCOPE_WORDS);
            // a negation that ends its clause ("he did not") denies what came before it; a verb the
            // other side says as the dictionary's verb of two words ("rise" / "go up") is shared matter
            return matter.isEmpty() || matter.stream().anyMatch(i -> other.contains(org.crosscheck.index.Stemmer.stem(words.get(i).normal()))
                    || pairs.stream().anyMatch(pair -> org.crosscheck.text.sense.Antonyms.shared().phrasalSynonym(pair[0], pair[1], words.get(i).normal())));
        });
    }

    /**
     * Whether a phrase negated by a noun of absence ("a shortage of trucks") has that absence said
     * in another form of the word on the other side ("trucks were in short supply", "lacking",
     * "absent"): a word that begins the noun, or shares its first five letters.
     */
    private static boolean absenceSaidOtherwise(List<Token> phrase, String otherText, Span otherSentence) {
        for (int i = 0; i + 1 < phrase.size(); i++) {
            String noun = phrase.get(i).normal();
            if (!PolarityFlip.absenceOf(noun, phrase.get(i + 1).normal())) {
                continue;
            }
            for (Token t : org.crosscheck.text.Tokenizer.words(otherText, otherSentence.start(), otherSentence.end())) {
                String w = t.normal();
                if (t.isWord() && w.length() >= 4 && (noun.startsWith(w) || w.length() >= 5 && noun.length() >= 5
                        && w.regionMatches(0, noun, 0, 5))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "No scheme has been bigger" says what "the largest scheme" says: a negated comparative on
     * one side against a superlative on the other is one claim, not its denial.
     */
    private static boolean noneGreater(String negatedText, Span negated, String otherText, Span other) {
        List<Token> n = org.crosscheck.text.Tokenizer.words(negatedText, negated.start(), negated.end()).stream().filter(Token::isWord).toList();
        // "no longer" is a negation of its own, not a comparison
        boolean comparative = n.stream().anyMatch(t -> !t.normal().equals("longer") && degree(t.normal(), "er", COMPARATIVES));
        boolean negation = n.stream().anyMatch(t -> Polarity.isNegator(t.normal()));
        return negation && comparative && org.crosscheck.text.Tokenizer.words(otherText, other.start(), other.end()).stream()
                .anyMatch(t -> t.isWord() && degree(t.normal(), "est", SUPERLATIVES));
    }

    private static final java.util.Set<String> COMPARATIVES = java.util.Set.of("more", "less", "better", "worse", "fewer", "greater");
    private static final java.util.Set<String> SUPERLATIVES = java.util.Set.of("most", "least", "best", "worst", "fewest", "greatest");

    /** Whether {@code word} is an adjective's degree: one of {@code irregular}, or its stem plus {@code ending} ("bigger", "largest"). */
    private static boolean degree(String word, String ending, java.util.Set<String> irregular) {
        if (irregular.contains(word)) {
            return true;
        }
        return word.length() > ending.length() + 2 && word.endsWith(ending)
                && org.crosscheck.text.sense.Antonyms.shared().dictionaryForms(word).stream().anyMatch(f -> !f.equals(word) && word.startsWith(f.substring(0, Math.min(f.length(), 3))));
    }

    /** Content words after a negation, within its clause, read as what it denies. */
    private static final int SCOPE_WORDS = 5;

    private static String text(List<Token> tokens) {
        return String.join(" ", tokens.stream().map(Token::text).toList());
    }

    /** The phrase as the article writes it, from its first word to its last. */
    static String text(String article, List<Token> tokens) {
        Span s = cover(tokens);
        return s == null ? "" : article.substring(s.start(), s.end());
    }

    static Span cover(List<Token> tokens) {
        return tokens.isEmpty() ? null : new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
    }
}
