package org.crosscheck.archive;

import java.util.List;
import java.util.Optional;

/**
 * The read side of an archive: where its articles live. Matching ({@link StoryMatcher}) and
 * comparison ({@link Archive#check}) use only this interface, so the local Lucene directory
 * ({@link LuceneArchiveStore}) can be replaced by a remote search service, such as a SolrCloud
 * collection with the same fields, without touching them.
 *
 * <p>Implementations are safe for concurrent use by several threads and show the archive as of
 * its last commit; {@link #refresh()} moves them to a newer commit.
 */
public interface ArchiveStore extends AutoCloseable {

    /** How many articles the archive holds. */
    int size();

    /** The archived article with this id, if there is one. */
    Optional<ArchivedArticle> article(String id);

    /**
     * Archived sentences that share words with {@code sentence}, best first: at most {@code k},
     * page furniture excluded.
     *
     * @param sentence the query sentence as written
     * @param k the most hits wanted, at least 1
     */
    List<SentenceHit> similarSentences(String sentence, int k);

    /** Moves to the archive's latest commit when there is a newer one; cheap when there is none. */
    void refresh();

    /** Releases the store. */
    @Override
    void close();
}
