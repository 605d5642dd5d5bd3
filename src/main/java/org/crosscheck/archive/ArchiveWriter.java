package org.crosscheck.archive;

/**
 * The write side of an archive. One writer at a time: a second fails at once. Nothing added is
 * visible to readers, nor survives a crash, until {@link #commit()}; a commit is atomic, so a
 * writer killed at any moment leaves the archive as of its last commit.
 */
public interface ArchiveWriter extends AutoCloseable {

    /**
     * Adds {@code article}, replacing the archived article with the same id if there is one.
     *
     * @return whether an article with that id was replaced (in the archive or earlier in this run)
     */
    boolean put(ArchivedArticle article);

    /** Makes everything put so far durable and visible to readers, atomically. */
    void commit();

    /** How many articles the archive holds, counting those put but not yet committed. */
    int size();

    /** Releases the writer and its lock, without committing. */
    @Override
    void close();
}
