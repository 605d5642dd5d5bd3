package org.crosscheck.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.model.Article;
import org.crosscheck.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local Lucene archive: what it keeps, replacement by id, readers beside a writer, and refusals. */
class LuceneArchiveTest {

    @TempDir
    Path dir;

    static Article article(String id, String text) {
        return new ArticleReader().fromText(id, text);
    }

    static final String FLOOD = "River bursts its banks\n\nThe river burst its banks on Tuesday and flooded forty homes in the valley, "
            + "the fire service said. Residents were moved to the village hall overnight by volunteers.\n";
    static final String FLOOD_UPDATED = "River floods valley\n\nThe river flooded sixty homes in the valley on Tuesday night, "
            + "council officials confirmed. Engineers will inspect the damaged bridge next week before it reopens.\n";

    @Test
    void keepsTheArticleTextTitleAndSentenceOffsetsAsRead() {
        Path archive = dir.resolve("a");
        ArchivedArticle original = Archive.archived(article("flood", FLOOD));
        try (LuceneArchiveWriter writer = LuceneArchiveWriter.open(archive)) {
            writer.put(original);
            writer.commit();
        }
        try (LuceneArchiveStore store = LuceneArchiveStore.open(archive)) {
            assertThat(store.article("flood")).contains(original);
            assertThat(store.article("drought")).isEmpty();
        }
    }

    @Test
    void replacesAnArticleIndexedAgainUnderTheSameId() {
        Path archive = dir.resolve("a");
        try (LuceneArchiveWriter writer = LuceneArchiveWriter.open(archive)) {
            assertThat(writer.put(Archive.archived(article("flood", FLOOD)))).isFalse();
            writer.commit();
        }
        try (LuceneArchiveWriter writer = LuceneArchiveWriter.open(archive)) {
            assertThat(writer.put(Archive.archived(article("flood", FLOOD_UPDATED)))).isTrue();
            assertThat(writer.size()).isEqualTo(1);
            writer.commit();
        }
        try (LuceneArchiveStore store = LuceneArchiveStore.open(archive)) {
            assertThat(store.size()).isEqualTo(1);
            assertThat(store.article("flood").orElseThrow().article().text()).isEqualTo(FLOOD_UPDATED);
            // the old article's sentences went with it
            assertThat(store.similarSentences("Residents were moved to the village hall overnight by volunteers.", 10))
                    .extracting(SentenceHit::text).noneMatch(t -> t.contains("village hall"));
            assertThat(store.similarSentences("Engineers will inspect the damaged bridge next week.", 10))
                    .extracting(SentenceHit::articleId).containsExactly("flood");
        }
    }

    @Test
    void readersSeeOnlyCommittedArticlesWhileAWriterAddsMore() throws Exception {
        Path archive = dir.resolve("a");
        try (LuceneArchiveWriter writer = LuceneArchiveWriter.open(archive)) {
            writer.put(Archive.archived(article("story-0", FLOOD)));
            writer.commit();
            try (LuceneArchiveStore store = LuceneArchiveStore.open(archive)) {
                List<Integer> seen = new CopyOnWriteArrayList<>();
                List<Throwable> failures = new CopyOnWriteArrayList<>();
                AtomicBoolean done = new AtomicBoolean();
                Thread reader = new Thread(() -> {
                    while (!done.get()) {
                        try {
                            store.refresh();
                            seen.add(store.size());
                            store.similarSentences("The river burst its banks and flooded forty homes", 5);
                        } catch (Throwable t) {
                            failures.add(t);
                            return;
                        }
                    }
                });
                reader.start();
                for (int i = 1; i <= 20; i++) {
                    writer.put(Archive.archived(article("story-" + i, FLOOD_UPDATED)));
                    if (i % 5 == 0) {
                        writer.commit();
                    }
                }
                writer.put(Archive.archived(article("uncommitted", FLOOD)));
                Thread.sleep(50);
                done.set(true);
                reader.join();
                store.refresh();
                assertThat(failures).isEmpty();
                // every size read is a committed state, and they only grow
                assertThat(seen).allMatch(n -> n % 5 == 1).isSorted();
                assertThat(store.size()).isEqualTo(21);
                assertThat(store.article("uncommitted")).isEmpty();
            }
        }
    }

    @Test
    void aSecondWriterFailsAtOnceWhileTheFirstHoldsTheLock() {
        Path archive = dir.resolve("a");
        try (LuceneArchiveWriter first = LuceneArchiveWriter.open(archive)) {
            assertThatThrownBy(() -> LuceneArchiveWriter.open(archive))
                    .isInstanceOf(InputException.class)
                    .hasMessage(archive + ": another crosscheck index run is writing this archive (its lock is held); run one index at a time");
        }
        try (LuceneArchiveWriter again = LuceneArchiveWriter.open(archive)) {
            assertThat(again.size()).isZero();
        }
    }

    @Test
    void refusesToReadADirectoryThatIsNotAnArchive() throws Exception {
        Path missing = dir.resolve("missing");
        Path file = Files.writeString(dir.resolve("file.txt"), "not an archive");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> LuceneArchiveStore.open(missing)).isInstanceOf(InputException.class)
                .hasMessage(missing + ": no such archive (crosscheck index --archive " + missing + " FILE... creates one)");
        assertThatThrownBy(() -> LuceneArchiveStore.open(file)).isInstanceOf(InputException.class)
                .hasMessage(file + ": not a directory, so not an archive");
        assertThatThrownBy(() -> LuceneArchiveStore.open(empty)).isInstanceOf(InputException.class)
                .hasMessage(empty + ": not a crosscheck archive (no index in it)");
    }

    @Test
    void refusesToWriteIntoADirectoryHoldingOtherData() throws Exception {
        Path other = Files.createDirectory(dir.resolve("photos"));
        Files.writeString(other.resolve("a.jpg"), "jpeg");
        assertThatThrownBy(() -> LuceneArchiveWriter.open(other)).isInstanceOf(InputException.class)
                .hasMessage(other + ": not a crosscheck archive and not empty; refusing to write an archive into it");
        assertThat(other).isDirectoryContaining(p -> p.getFileName().toString().equals("a.jpg"));
        try (var files = Files.list(other)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void refusesALuceneIndexWithoutAFormatAndAnArchiveOfAnotherFormat() throws Exception {
        Path plain = dir.resolve("plain");
        luceneIndex(plain, Map.of());
        Path future = dir.resolve("future");
        luceneIndex(future, Map.of(ArchiveFormat.KEY, "99", ArchiveFormat.WRITER_KEY, "crosscheck 9.0"));
        assertThatThrownBy(() -> LuceneArchiveStore.open(plain)).isInstanceOf(InputException.class)
                .hasMessage(plain + ": a Lucene index but not a crosscheck archive (no format number)");
        assertThatThrownBy(() -> LuceneArchiveStore.open(future)).isInstanceOf(InputException.class)
                .hasMessage(future + ": archive format 99 (written by crosscheck 9.0), this release reads format "
                        + ArchiveFormat.CURRENT + ": re-index the articles into a new archive");
        assertThatThrownBy(() -> LuceneArchiveWriter.open(future)).isInstanceOf(InputException.class)
                .hasMessageContaining("archive format 99");
    }

    private static void luceneIndex(Path path, Map<String, String> userData) throws Exception {
        try (FSDirectory d = FSDirectory.open(path);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField("x", "y", Field.Store.YES));
            w.addDocument(doc);
            w.setLiveCommitData(new ArrayList<>(userData.entrySet()));
            w.commit();
        }
    }
}
