package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crosscheck.embed.SentenceEncoder;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Span;

/**
 * Values one source alone gives (a figure, a date, a name), paired across the two articles by the meaning
 * of the clause each stands in. A statement the rewrite split, merged or moved leaves its value in
 * a sentence the aligner paired with another ("Mass production is due to begin in March 2027" /
 * "..., with full-scale production set to start in May 2027"); the clause around the value still
 * says the same thing, however the sentences around it were cut.
 *
 * <p>Two values are partners when each one's clause is the other's closest in meaning among the
 * values it can be compared with, at a cosine of at least {@link #MIN_COSINE}. The caller says
 * which values can be compared (the same sort of date, figures of one kind, two people) and whether partners
 * differ; values the other article gives alike anywhere are the caller's to leave out first.
 *
 * <p>The threshold was chosen on the tuned hand-written rounds and dev cases: clauses of a
 * planted change read alike at 0.86 and above, while a clause that merely shares the sort of value
 * ("about 20 typhoons a year" / "killed more than 6,000 people") seldom does.
 */
final class ClausePartners {

    /** How alike in meaning two clauses must read for their values to be one value restated. */
    static final double MIN_COSINE = 0.86;
    /** The words a clause must hold besides its value to say what the value is. */
    private static final int MIN_WORDS = 3;

    /**
     * Where a clause ends: a mark that sets off a phrase (not the comma of "120,000" nor the dash
     * of "2015\u20132019"), or a word that starts another clause.
     */
    private static final Pattern BOUNDARY = Pattern.compile(
            "[,;:](?=\\s|$)|[()\u2014]|\\s\u2013|\\b(?:and|but|while|after|before|when|where|which|who|as)\\b");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** A relative clause set off by a comma right after a value, up to its first word. */
    private static final Pattern RELATIVE_AFTER = Pattern.compile(",\\s+(?:which|who)\\b");

    private final SentenceEncoder encoder;

    ClausePartners(SentenceEncoder encoder) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
    }

    /**
     * A value where it stands.
     *
     * @param sentence the index of its sentence
     * @param span where the value is written
     */
    record Placed(int sentence, Span span) {
    }

    /**
     * The partners among {@code left} and {@code right}: pairs of indexes into the two lists, each
     * value the other's closest in clause meaning among those {@code comparable} with it whose
     * clauses share a content word.
     */
    List<int[]> pairs(AnalyzedArticle leftArticle, List<Placed> left, AnalyzedArticle rightArticle, List<Placed> right,
            BiPredicate<Integer, Integer> comparable) {
        Clause[] leftClauses = clauses(leftArticle, left);
        Clause[] rightClauses = clauses(rightArticle, right);
        LinkedHashSet<String> texts = new LinkedHashSet<>();
        List<int[]> kept = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            for (int j = 0; j < right.size(); j++) {
                // "Marta Ruiz, 54, a baker": a value set off alone says nothing to pair it by; clauses
                // that share no word seldom say one thing, and are not worth encoding (the cheap tests first)
                if (leftClauses[i] != null && rightClauses[j] != null && leftClauses[i].shares(rightClauses[j]) && comparable.test(i, j)) {
                    kept.add(new int[] {i, j});
                    texts.addAll(leftClauses[i].texts());
                    texts.addAll(rightClauses[j].texts());
                }
            }
        }
        if (kept.isEmpty()) {
            return List.of();
        }
        List<String> ordered = List.copyOf(texts);
        List<float[]> vectors = encoder.encode(ordered);
        Map<String, float[]> byText = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            byText.put(ordered.get(i), vectors.get(i));
        }
        double[] cosine = new double[kept.size()];
        Map<Integer, List<Double>> ofLeft = new HashMap<>();
        Map<Integer, List<Double>> ofRight = new HashMap<>();
        for (int k = 0; k < kept.size(); k++) {
            int[] c = kept.get(k);
            cosine[k] = -1;
            for (String l : leftClauses[c[0]].texts()) {
                for (String r : rightClauses[c[1]].texts()) {
                    cosine[k] = Math.max(cosine[k], SentenceEncoder.cosine(byText.get(l), byText.get(r)));
                }
            }
            ofLeft.computeIfAbsent(c[0], x -> new ArrayList<>()).add(cosine[k]);
            ofRight.computeIfAbsent(c[1], x -> new ArrayList<>()).add(cosine[k]);
        }
        List<int[]> out = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            int[] c = kept.get(k);
            if (cosine[k] >= MIN_COSINE && soleBest(cosine[k], ofLeft.get(c[0])) && soleBest(cosine[k], ofRight.get(c[1]))) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Whether {@code cosine} is the highest of {@code all} and no other reaches it: two values in
     * one clause ("with a 150,000-mark home loan will pay about 27 marks less") read exactly alike,
     * and neither is the partner.
     */
    private static boolean soleBest(double cosine, List<Double> all) {
        return all.stream().filter(x -> x >= cosine).count() == 1;
    }

    /** A value's clause and its content words (by stem), read once for every pair it takes part in. */
    private record Clause(List<String> texts, java.util.Set<String> stems) {

        boolean shares(Clause o) {
            return stems.stream().anyMatch(o.stems::contains);
        }
    }

    /** The clauses of each value, or null where none holds {@link #MIN_WORDS} words besides the value. */
    private static Clause[] clauses(AnalyzedArticle article, List<Placed> placed) {
        String text = article.article().text();
        Clause[] out = new Clause[placed.size()];
        for (int i = 0; i < out.length; i++) {
            Placed p = placed.get(i);
            String value = text.substring(p.span().start(), p.span().end());
            List<String> variants = clauses(text, article.sentence(p.sentence()).span(), p.span()).stream()
                    .filter(clause -> WORD.matcher(clause.replace(value, " ")).results().count() >= MIN_WORDS).toList();
            if (!variants.isEmpty()) {
                java.util.Set<String> stems = new java.util.HashSet<>();
                variants.forEach(v -> stems.addAll(Figures.contentStems(v)));
                out[i] = new Clause(variants, stems);
            }
        }
        return out;
    }

    /**
     * Where the clause of the sentence at {@code sentence} (in {@code text}) that holds {@code at}
     * stands: from the last boundary before it (included) to the first after it.
     */
    static Span clauseSpan(String text, Span sentence, Span at) {
        return clauseSpan(text, sentence, at, false);
    }

    /**
     * The clause of {@code at} ("with full-scale production set to start in May 2027"), and when a relative clause is set off right after it ("Zadar,
     * which moved to the maximum rate in January"), the clause with the relative clause too: it
     * says what the value is, and may be all the two sources share of the statement.
     */
    static List<String> clauses(String text, Span sentence, Span at) {
        List<String> out = new ArrayList<>();
        out.add(trimmed(text, clauseSpan(text, sentence, at, false)));
        String s = text.substring(sentence.start(), sentence.end());
        if (relativeEnd(s, at.end() - sentence.start()) > at.end() - sentence.start()) {
            out.add(trimmed(text, clauseSpan(text, sentence, at, true)));
        }
        return out;
    }

    /** Where a relative clause set off right after offset {@code to} of {@code s} has its first word; {@code to} when none is. */
    private static int relativeEnd(String s, int to) {
        Matcher relative = RELATIVE_AFTER.matcher(s).region(to, s.length());
        return relative.lookingAt() ? relative.end() : to;
    }

    private static String trimmed(String text, Span span) {
        return text.substring(span.start(), span.end()).replaceAll("^[,;:()\u2014\u2013\\s]+", "").strip();
    }

    private static Span clauseSpan(String text, Span sentence, Span at, boolean withRelative) {
        String s = text.substring(sentence.start(), sentence.end());
        int from = at.start() - sentence.start();
        int to = at.end() - sentence.start();
        int start = 0;
        int end = s.length();
        int after = withRelative ? relativeEnd(s, to) : to;
        Matcher m = BOUNDARY.matcher(s);
        while (m.find()) {
            if (m.end() <= from) {
                start = m.start();
            } else if (m.start() >= after) {
                end = m.start();
                break;
            }
        }
        return new Span(sentence.start() + start, sentence.start() + end);
    }
}
