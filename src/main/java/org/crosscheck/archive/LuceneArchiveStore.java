package org.crosscheck.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;

/**
 * An archive in a local Lucene directory, read-only. It reads the last commit, never the work of
 * a writer in progress, so it can be used while {@code crosscheck index} adds articles; {@link
 * #refresh()} moves to a newer commit. Safe for concurrent use.
 */
public final class LuceneArchiveStore implements ArchiveStore {

    private static final int MAX_QUERY_TERMS = 64;

    private final Path dir;
    private final Directory directory;
    private final SearcherManager searchers;

    private LuceneArchiveStore(Path dir, Directory directory, SearcherManager searchers) {
        this.dir = dir;
        this.directory = directory;
        this.searchers = searchers;
    }

    /**
     * Opens the archive at {@code dir} for reading.
     *
     * @throws org.crosscheck.model.InputException with one line naming {@code dir} when it is
     *     missing, not an archive, damaged or of another {@link ArchiveFormat}
     */
    public static LuceneArchiveStore open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        Directory directory = ArchiveDirectory.openExisting(dir);
        try {
            return new LuceneArchiveStore(dir, directory, new SearcherManager(directory, null));
        } catch (IOException | RuntimeException e) {
            ArchiveDirectory.closeQuietly(directory);
            throw ArchiveDirectory.rethrown(dir, e);
        }
    }

    @Override
    public int size() {
        return withSearcher(s -> s.count(LuceneSchema.allArticles()));
    }

    @Override
    public Optional<ArchivedArticle> article(String id) {
        Objects.requireNonNull(id, "id");
        return withSearcher(s -> {
            TopDocs top = s.search(LuceneSchema.articleQuery(id), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(LuceneSchema.article(s.storedFields().document(top.scoreDocs[0].doc)));
        });
    }

    @Override
    public List<SentenceHit> similarSentences(String sentence, int k) {
        Objects.requireNonNull(sentence, "sentence");
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        List<String> terms = SentenceTerms.of(sentence);
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String t : terms.subList(0, Math.min(terms.size(), MAX_QUERY_TERMS))) {
            q.add(new TermQuery(new Term(LuceneSchema.TEXT, t)), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery query = q.build();
        return withSearcher(s -> {
            TopDocs top = s.search(query, k);
            StoredFields fields = s.storedFields();
            List<SentenceHit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = fields.document(sd.doc);
                hits.add(new SentenceHit(d.get(LuceneSchema.ID), d.getField(LuceneSchema.N).numericValue().intValue(),
                        d.get(LuceneSchema.TEXT), sd.score));
            }
            return hits;
        });
    }

    @Override
    public void refresh() {
        try {
            searchers.maybeRefresh();
            // a newer commit of another format (a later release re-indexed here) must not be misread
            withSearcher(s -> {
                ArchiveFormat.check(dir.toString(), ((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData());
                return null;
            });
        } catch (IOException e) {
            throw ArchiveDirectory.rethrown(dir, e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing archive " + dir + " failed", e);
        }
    }

    private interface Search<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(Search<T> search) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return search.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw ArchiveDirectory.rethrown(dir, e);
        }
    }
}
