package org.crosscheck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.crosscheck.align.Aligner;
import org.crosscheck.diff.Comparison;
import org.crosscheck.embed.SentenceEncoder;
import org.crosscheck.text.sense.WordSenses;
import org.crosscheck.diff.DiffEngine;
import org.crosscheck.index.SentenceIndex;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.model.Alignment;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.InputException;
import org.crosscheck.model.Report;
import org.crosscheck.text.TextAnalyzer;

/**
 * The library facade: compare two or more news articles and get every place they disagree.
 *
 * <pre>{@code
 * Report report = CrossCheck.compareFiles(List.of(Path.of("wire.txt"), Path.of("rewrite.html")));
 * report.contradictions().forEach(d -> System.out.println(d.finding().summary()));
 * }</pre>
 *
 * <p>Sources are compared pairwise in the order given: the earlier one is the left side (the
 * reference). Bad input fails with an {@link InputException} whose message is one line.
 */
public final class CrossCheck {

    private CrossCheck() {
    }

    /** Reads and compares the files, each named by its file name without extension. */
    public static Report compareFiles(List<Path> files) {
        return compareFiles(files, List.of());
    }

    /**
     * Reads and compares the files; {@code ids} (possibly empty) names the sources in order, the
     * file name without extension standing for any not named.
     */
    public static Report compareFiles(List<Path> files, List<String> ids) {
        if (files == null || files.size() < 2) {
            throw new InputException("need at least two sources to compare, got " + (files == null ? 0 : files.size()));
        }
        ArticleReader reader = new ArticleReader();
        List<Article> articles = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            String id = idOf(files.get(i), ids, i);
            String unique = id;
            for (int n = 2; !used.add(unique); n++) {
                unique = id + "-" + n;
            }
            articles.add(reader.read(files.get(i), unique));
        }
        return compare(articles);
    }

    /** Compares articles already in memory. */
    public static Report compare(List<Article> articles) {
        if (articles == null || articles.size() < 2) {
            throw new InputException("need at least two sources to compare, got " + (articles == null ? 0 : articles.size()));
        }
        // analysis reads WordNet and the aligner may need the sentence model: both load meanwhile
        WordSenses.prepareShared();
        SentenceEncoder.prepareShared();
        // the articles are independent until alignment: analyse them side by side (one analyzer each)
        List<AnalyzedArticle> analyzed = articles.parallelStream().map(a -> new TextAnalyzer().analyze(a)).toList();
        DiffEngine engine = new DiffEngine();
        List<Alignment> alignments = new ArrayList<>();
        List<Discrepancy> found = new ArrayList<>();
        found.addAll(engine.within(analyzed));
        try (SentenceIndex index = new SentenceIndex(analyzed)) {
            Aligner aligner = new Aligner(index);
            for (int i = 0; i < analyzed.size(); i++) {
                for (int j = i + 1; j < analyzed.size(); j++) {
                    List<Alignment> pair = aligner.align(analyzed.get(i), analyzed.get(j));
                    alignments.addAll(pair);
                    found.addAll(engine.detect(new Comparison(analyzed.get(i), analyzed.get(j), pair)));
                }
            }
        }
        return new Report(analyzed, alignments, engine.combine(found, analyzed.size()));
    }

    /**
     * Reads and analyses one file on its own: sentences, quotes with their speakers, figures,
     * dates and names, as spans into the text as read.
     */
    public static AnalyzedArticle analyzeFile(Path file) {
        return new TextAnalyzer().analyze(new ArticleReader().read(file, idOf(file)));
    }

    /**
     * The source id of the {@code i}-th of several files: the id given for it in {@code ids} when
     * there is one and it is not blank, else {@link #idOf(Path) its file name}.
     */
    public static String idOf(Path file, List<String> ids, int i) {
        String given = i < ids.size() ? ids.get(i) : null;
        return given != null && !given.isBlank() ? given : idOf(file);
    }

    /** The default source id of a file: its name without the extension. */
    public static String idOf(Path file) {
        Path name = file.getFileName();
        String base = name == null ? file.toString() : name.toString();
        int dot = base.lastIndexOf('.');
        String id = dot > 0 ? base.substring(0, dot) : base;
        return id.isBlank() ? "source" : id;
    }
}
