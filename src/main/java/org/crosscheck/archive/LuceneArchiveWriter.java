package org.crosscheck.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.crosscheck.model.InputException;

/**
 * Writes an archive in a local Lucene directory. It holds Lucene's write lock for as long as it
 * is open: a second writer on the same directory fails at once with a one-line
 * {@link InputException} rather than waiting (a killed writer's lock is released by the
 * operating system, so it never blocks a later run). Every commit carries the
 * {@link ArchiveFormat}; a new archive is committed empty as soon as it is created.
 */
public final class LuceneArchiveWriter implements ArchiveWriter {

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final Set<String> ids;

    private LuceneArchiveWriter(Path dir, Directory directory, IndexWriter writer, Set<String> ids) {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.ids = ids;
    }

    /**
     * Opens the archive at {@code dir} for writing, creating it when the directory is missing or
     * empty.
     *
     * @throws InputException with one line naming {@code dir} when it is not an archive (and not
     *     empty), of another {@link ArchiveFormat}, damaged, or being written by another process
     */
    public static LuceneArchiveWriter open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        Map.Entry<Directory, Boolean> opened = ArchiveDirectory.openForWriting(dir);
        Directory directory = opened.getKey();
        IndexWriter writer = null;
        try {
            IndexWriterConfig config = new IndexWriterConfig(SentenceTerms.ANALYZER)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCommitOnClose(false)
                    .setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            Set<String> ids = opened.getValue() ? existingIds(directory) : new HashSet<>();
            LuceneArchiveWriter w = new LuceneArchiveWriter(dir, directory, writer, ids);
            if (!opened.getValue()) {
                w.commit();
            }
            return w;
        } catch (LockObtainFailedException e) {
            ArchiveDirectory.closeQuietly(directory);
            throw new InputException(dir + ": another crosscheck index run is writing this archive (its lock is held); "
                    + "run one index at a time", e);
        } catch (IOException | RuntimeException e) {
            if (writer != null) {
                ArchiveDirectory.closeQuietly(writer);
            }
            ArchiveDirectory.closeQuietly(directory);
            throw ArchiveDirectory.rethrown(dir, e);
        }
    }

    private static Set<String> existingIds(Directory directory) throws IOException {
        Set<String> ids = new HashSet<>();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            StoredFields fields = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(LuceneSchema.allArticles(), Math.max(1, reader.maxDoc())).scoreDocs) {
                ids.add(fields.document(sd.doc, Set.of(LuceneSchema.ID)).get(LuceneSchema.ID));
            }
        }
        return ids;
    }

    @Override
    public boolean put(ArchivedArticle article) {
        Objects.requireNonNull(article, "article");
        try {
            // the block replaces every document of the old one at once: no reader sees half of either
            writer.updateDocuments(new Term(LuceneSchema.ID, article.id()), LuceneSchema.block(article));
        } catch (IOException e) {
            throw ArchiveDirectory.rethrown(dir, e);
        }
        return !ids.add(article.id());
    }

    @Override
    public void commit() {
        try {
            writer.setLiveCommitData(ArchiveFormat.commitData().entrySet());
            writer.commit();
        } catch (IOException e) {
            throw ArchiveDirectory.rethrown(dir, e);
        }
    }

    @Override
    public int size() {
        return ids.size();
    }

    @Override
    public void close() {
        try {
            writer.rollback();
        } catch (IOException e) {
            throw ArchiveDirectory.rethrown(dir, e);
        } finally {
            ArchiveDirectory.closeQuietly(directory);
        }
    }
}
