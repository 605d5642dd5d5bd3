package org.crosscheck.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.crosscheck.CrossCheck;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Evidence;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Report;
import org.crosscheck.model.Span;

/**
 * Checks that one misattributed quote is one finding: on each case, every ATTRIBUTION side is
 * mapped to the quoted passage its sentence lies in, and a passage that more than one
 * ATTRIBUTION points at is counted. A passage is a quote, joined with the quotes that continue it
 * with nothing but spaces, line breaks and marks between them (a quote over several sentences or
 * paragraphs). Prints aggregate counts only, tuned and set-aside side by side (split as
 * {@link Split#cases} says), and exits 1 when any passage yields more than one finding.
 *
 * <p>{@code QuoteUnits CASES_DIR [--threads N]}
 */
public final class QuoteUnits {

    /** Counts for one part. */
    static final class Tally {
        int cases;
        int attributions;
        int onQuotes;
        int multiSentence;
        int passagesOverOne;
        int multiSentenceOverOne;
    }

    private QuoteUnits() {
    }

    /** Runs the check; see the class comment. */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: QuoteUnits CASES_DIR [--threads N]");
            System.exit(2);
        }
        int threads = args.length >= 3 && args[1].equals("--threads") ? Integer.parseInt(args[2]) : 2;
        List<GoldCase> cases = GoldCase.find(List.of(Path.of(args[0])));
        Predicate<String> aside = Split.cases(Split.LAST_DIGIT_0_OR_5);
        List<int[]> perCase = Parallel.map(cases, threads, (i, c) -> count(CrossCheck.compareFiles(c.sources())));
        Tally tuned = new Tally();
        Tally setAside = new Tally();
        for (int i = 0; i < cases.size(); i++) {
            Tally t = aside.test(cases.get(i).name()) ? setAside : tuned;
            int[] n = perCase.get(i);
            t.cases++;
            t.attributions += n[0];
            t.onQuotes += n[1];
            t.multiSentence += n[2];
            t.passagesOverOne += n[3];
            t.multiSentenceOverOne += n[4];
        }
        System.out.println("one ATTRIBUTION per quoted passage     tuned        set aside");
        row("cases", tuned.cases, setAside.cases);
        row("ATTRIBUTION findings", tuned.attributions, setAside.attributions);
        row("  sides on a quoted passage", tuned.onQuotes, setAside.onQuotes);
        row("  sides on a multi-sentence passage", tuned.multiSentence, setAside.multiSentence);
        row("passages with more than one finding", tuned.passagesOverOne, setAside.passagesOverOne);
        row("  of them multi-sentence", tuned.multiSentenceOverOne, setAside.multiSentenceOverOne);
        System.exit(tuned.passagesOverOne + setAside.passagesOverOne > 0 ? 1 : 0);
    }

    private static void row(String label, int a, int b) {
        System.out.printf(Locale.ROOT, "%-38s %-12d %d%n", label, a, b);
    }

    /** Findings, sides on a passage, sides on a multi-sentence passage, passages over one, multi-sentence ones over one. */
    static int[] count(Report report) {
        Map<String, AnalyzedArticle> byId = new HashMap<>();
        report.articles().forEach(a -> byId.put(a.id(), a));
        Map<String, Integer> hits = new HashMap<>();
        Map<String, Boolean> multi = new HashMap<>();
        int findings = 0;
        int onQuotes = 0;
        int onMulti = 0;
        for (Discrepancy d : report.discrepancies()) {
            if (!(d instanceof Discrepancy.Attribution a)) {
                continue;
            }
            findings++;
            for (Evidence side : List.of(a.finding().left(), a.finding().right())) {
                AnalyzedArticle article = byId.get(side.source());
                Span passage = article == null ? null : passage(article, side.span());
                if (passage == null) {
                    continue;
                }
                onQuotes++;
                String key = side.source() + "@" + passage.start();
                boolean spansSentences = sentencesIn(article, passage) > 1;
                onMulti += spansSentences ? 1 : 0;
                hits.merge(key, 1, Integer::sum);
                multi.put(key, spansSentences);
            }
        }
        int over = 0;
        int multiOver = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > 1) {
                over++;
                multiOver += multi.get(e.getKey()) ? 1 : 0;
            }
        }
        return new int[] {findings, onQuotes, onMulti, over, multiOver};
    }

    /** The quoted passage that overlaps the sentence span, or null. */
    static Span passage(AnalyzedArticle article, Span sentence) {
        List<Span> passages = passages(article);
        for (Span p : passages) {
            if (p.overlaps(sentence)) {
                return p;
            }
        }
        return null;
    }

    /** The article's quotes joined into passages: a quote continues the one before when only spaces and marks stand between. */
    static List<Span> passages(AnalyzedArticle article) {
        String text = article.article().text();
        List<Span> out = new ArrayList<>();
        Span open = null;
        for (Quote q : article.quotes()) {
            Span s = q.span();
            if (open != null && s.start() >= open.end() && text.substring(open.end(), s.start()).chars()
                    .allMatch(ch -> Character.isWhitespace(ch) || "\"'\u201C\u201D\u2018\u2019\u00AB\u00BB,.".indexOf(ch) >= 0)) {
                open = new Span(open.start(), Math.max(open.end(), s.end()));
            } else {
                if (open != null) {
                    out.add(open);
                }
                open = s;
            }
        }
        if (open != null) {
            out.add(open);
        }
        return out;
    }

    private static int sentencesIn(AnalyzedArticle article, Span passage) {
        return (int) article.sentences().stream().filter(s -> s.span().overlaps(passage)).count();
    }
}
