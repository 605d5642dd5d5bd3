package org.crosscheck.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.crosscheck.align.Aligner;
import org.crosscheck.diff.Comparison;
import org.crosscheck.diff.DiffEngine;
import org.crosscheck.index.SentenceIndex;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.model.Alignment;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.text.TextAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of the hot stages on one generated pair (see {@link CorpusGenerator}) at 1x, 4x
 * and 16x length: text analysis (sentence splitting, quotes, figures, dates, names), index and
 * align, and the detectors. Not a test: surefire never runs it; {@code scripts/jmh.sh} does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmark {

    @Param({"1", "4", "16"})
    public int scale;

    private Article original;
    private Article rewrite;
    private AnalyzedArticle left;
    private AnalyzedArticle right;
    private List<Alignment> alignments;

    /** Builds the pair and runs every stage once, so each benchmark starts from its own input. */
    @Setup
    public void setUp() throws Exception {
        List<String> pair = CorpusGenerator.fromFixtures(Path.of("fixtures")).pair(1, 3, scale);
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("crosscheck-jmh");
        ArticleReader reader = new ArticleReader();
        original = reader.read(java.nio.file.Files.writeString(dir.resolve("original.txt"), pair.get(0)), "original");
        rewrite = reader.read(java.nio.file.Files.writeString(dir.resolve("rewrite.txt"), pair.get(1)), "rewrite");
        TextAnalyzer analyzer = new TextAnalyzer();
        left = analyzer.analyze(original);
        right = analyzer.analyze(rewrite);
        alignments = indexAndAlign();
    }

    /** Sentence splitting and text analysis of both articles. */
    @Benchmark
    public Object textAnalysis() {
        TextAnalyzer analyzer = new TextAnalyzer();
        return List.of(analyzer.analyze(original), analyzer.analyze(rewrite));
    }

    /** Building the Lucene sentence index and aligning the pair through it. */
    @Benchmark
    public List<Alignment> indexAndAlign() {
        try (SentenceIndex index = new SentenceIndex(List.of(left, right))) {
            return new Aligner(index).align(left, right);
        }
    }

    /** Every detector over the aligned pair. */
    @Benchmark
    public List<Discrepancy> detectors() {
        return new DiffEngine().detect(new Comparison(left, right, alignments));
    }
}
