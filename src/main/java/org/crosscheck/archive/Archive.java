package org.crosscheck.archive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.crosscheck.CrossCheck;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.model.Report;
import org.crosscheck.model.Sentence;
import org.crosscheck.text.TextAnalyzer;

/**
 * The archive facade: find which archived articles a copy comes from and what it changed.
 *
 * <pre>{@code
 * try (Archive archive = Archive.open(Path.of("archive"))) {
 *     CheckResult result = archive.check(Path.of("rewrite.html"), null, 1);
 *     result.matches().forEach(m -> System.out.println(m.id() + " " + m.score()));
 *     result.report().contradictions().forEach(d -> System.out.println(d.finding().summary()));
 * }
 * }</pre>
 *
 * <p>An archive is safe to share between threads; each check reads the archive's latest commit,
 * so a long-lived archive (a service) sees articles indexed after it was opened. Bad input fails
 * with a one-line {@link org.crosscheck.model.InputException}.
 */
public final class Archive implements AutoCloseable {

    private final ArchiveStore store;
    private final StoryMatcher matcher;

    private Archive(ArchiveStore store) {
        this.store = store;
        this.matcher = new StoryMatcher(store);
    }

    /**
     * Opens the local archive at {@code dir}, read-only.
     *
     * @throws org.crosscheck.model.InputException when {@code dir} is missing, not an archive,
     *     damaged or of another {@link ArchiveFormat}
     */
    public static Archive open(Path dir) {
        return new Archive(LuceneArchiveStore.open(Objects.requireNonNull(dir, "dir")));
    }

    /** An archive over any store, a remote one for instance; closing the archive closes the store. */
    public static Archive over(ArchiveStore store) {
        return new Archive(Objects.requireNonNull(store, "store"));
    }

    /** The article as the archive keeps it: its sentences found as {@code report} finds them. */
    public static ArchivedArticle archived(Article article) {
        return new ArchivedArticle(article, new TextAnalyzer().sentences(article.text()));
    }

    /** How many articles the archive holds at its latest commit. */
    public int size() {
        store.refresh();
        return store.size();
    }

    /**
     * Reads {@code file} as {@code report} reads it and checks it.
     *
     * @param id the copy's id, or null for its file name without extension
     * @see #check(Article, int)
     */
    public CheckResult check(Path file, String id, int topN) {
        Objects.requireNonNull(file, "file");
        return check(new ArticleReader().read(file, id == null || id.isBlank() ? CrossCheck.idOf(file) : id), topN);
    }

    /**
     * Finds the archived articles that report the same story as {@code copy} and compares the best
     * {@code topN} of them with it, through {@link CrossCheck#compare}: the archived articles
     * first, best first, the copy last. Should the copy's id be taken by a compared article, the
     * copy is renamed as {@code report} renames a repeated id ({@code id-2}).
     *
     * @param topN how many of the best matches to compare, at least 1
     * @throws IllegalArgumentException when {@code topN} is below 1
     */
    public CheckResult check(Article copy, int topN) {
        Objects.requireNonNull(copy, "copy");
        if (topN < 1) {
            throw new IllegalArgumentException("topN must be at least 1, got " + topN);
        }
        store.refresh();
        List<Sentence> sentences = new TextAnalyzer().sentences(copy.text());
        List<Match> matches = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Match m : matcher.match(sentences)) {
            if (articles.size() < topN) {
                // an article replaced or removed since its sentences were found is left out, not misreported
                var archived = store.article(m.id());
                if (archived.isEmpty()) {
                    continue;
                }
                articles.add(archived.get().article());
                used.add(m.id());
            }
            matches.add(m);
        }
        if (matches.isEmpty()) {
            AnalyzedArticle alone = new TextAnalyzer().analyze(copy);
            return new CheckResult(List.of(), 0, new Report(List.of(alone), List.of(), List.of()));
        }
        String id = copy.id();
        for (int n = 2; used.contains(id); n++) {
            id = copy.id() + "-" + n;
        }
        articles.add(id.equals(copy.id()) ? copy : new Article(id, copy.path(), copy.title(), copy.text()));
        Report report = CrossCheck.compare(articles);
        return new CheckResult(matches, articles.size() - 1, report);
    }

    /** Closes the store. */
    @Override
    public void close() {
        store.close();
    }
}
