package org.crosscheck.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.crosscheck.align.Aligner;
import org.crosscheck.diff.Comparison;
import org.crosscheck.diff.DiffEngine;
import org.crosscheck.embed.SentenceEncoder;
import org.crosscheck.index.SentenceIndex;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.model.Alignment;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Report;
import org.crosscheck.report.JsonReport;
import org.crosscheck.report.html.HtmlReport;
import org.crosscheck.text.TextAnalyzer;
import org.crosscheck.text.sense.WordSenses;

/**
 * Where the time of one comparison goes, stage by stage, in one thread: the first (cold) pass,
 * which pays for loading the dictionary and the sentence model and for running code not yet
 * compiled, then the mean of later (warm) passes. The sentence model's calls are timed apart, with
 * how many sentences it encoded. The shared encoder keeps vectors, so warm passes of one pair
 * encode nothing; the {@code uncached} column gives every pass texts the encoder has not seen.
 *
 * <pre>
 * java -cp target/crosscheck.jar org.crosscheck.bench.StageTimes LEFT RIGHT [WARM_PASSES=20]
 * </pre>
 */
public final class StageTimes {

    private static final String[] STAGES = {"load WordNet", "load sentence model", "read", "analyse", "within",
        "index", "align (lexical + meaning)", "  of which encoding", "detect + combine", "JSON", "HTML"};

    private StageTimes() {
    }

    /** Prints the cold pass and the warm mean for the two articles named. */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: StageTimes LEFT RIGHT [WARM_PASSES=20]");
            System.exit(2);
        }
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Path left = Path.of(args[0]);
        Path right = Path.of(args[1]);
        double[] cold = new double[STAGES.length];
        long[] sentences = new long[1];
        long t = System.nanoTime();
        WordSenses.shared();
        cold[0] = ms(t);
        t = System.nanoTime();
        SentenceEncoder.shared().encode(List.of("The model is loaded before the clock starts."));
        cold[1] = ms(t);
        pass(left, right, SentenceEncoder.shared(), cold, sentences);
        long coldSentences = sentences[0];
        double[] warm = new double[STAGES.length];
        double[] uncached = new double[STAGES.length];
        SentenceEncoder model = SentenceEncoder.shared();
        for (int i = 0; i < passes; i++) {
            sentences[0] = 0;
            pass(left, right, SentenceEncoder.shared(), warm, sentences);
            // trailing spaces leave the model's tokens as they are but make a text the shared
            // encoder has not kept: a different number each pass, so every pass encodes anew
            String pad = " ".repeat(i + 1);
            pass(left, right, s -> model.encode(s.stream().map(x -> x + pad).toList()), uncached, sentences);
        }
        System.out.printf(Locale.ROOT, "%-28s %9s %9s %9s%n", "stage (ms)", "cold", "warm", "uncached");
        for (int i = 0; i < STAGES.length; i++) {
            System.out.printf(Locale.ROOT, "%-28s %9.1f %9.1f %9.1f%n", STAGES[i], cold[i], warm[i] / passes, uncached[i] / passes);
        }
        System.out.printf(Locale.ROOT, "sentences encoded: %d in the cold pass%n", coldSentences);
    }

    private static void pass(Path leftFile, Path rightFile, SentenceEncoder encoder, double[] into, long[] sentences) {
        AtomicLong encoding = new AtomicLong();
        SentenceEncoder timed = s -> {
            long t = System.nanoTime();
            List<float[]> v = encoder.encode(s);
            encoding.addAndGet(System.nanoTime() - t);
            sentences[0] += s.size();
            return v;
        };
        long t = System.nanoTime();
        ArticleReader reader = new ArticleReader();
        Article l = reader.read(leftFile, "left");
        Article r = reader.read(rightFile, "right");
        into[2] += ms(t);
        t = System.nanoTime();
        List<AnalyzedArticle> analysed = List.of(new TextAnalyzer().analyze(l), new TextAnalyzer().analyze(r));
        into[3] += ms(t);
        t = System.nanoTime();
        DiffEngine engine = new DiffEngine();
        List<Discrepancy> found = new ArrayList<>(engine.within(analysed));
        into[4] += ms(t);
        List<Alignment> pairs;
        t = System.nanoTime();
        try (SentenceIndex index = new SentenceIndex(analysed)) {
            into[5] += ms(t);
            t = System.nanoTime();
            pairs = new Aligner(index, timed).align(analysed.get(0), analysed.get(1));
            into[6] += ms(t);
            into[7] += encoding.get() / 1e6;
        }
        t = System.nanoTime();
        found.addAll(engine.detect(new Comparison(analysed.get(0), analysed.get(1), pairs)));
        Report report = new Report(analysed, pairs, engine.combine(found, analysed.size()));
        into[8] += ms(t);
        t = System.nanoTime();
        new JsonReport().render(report);
        into[9] += ms(t);
        t = System.nanoTime();
        new HtmlReport().render(report);
        into[10] += ms(t);
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
