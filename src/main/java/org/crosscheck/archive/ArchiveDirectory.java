package org.crosscheck.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.crosscheck.model.InputException;

/**
 * The checks made before a directory is used as an archive, each failing with a one-line
 * {@link InputException} that names the directory: it must exist and be a directory holding a
 * Lucene index whose last commit carries this release's {@link ArchiveFormat}.
 */
final class ArchiveDirectory {

    private ArchiveDirectory() {
    }

    /** Opens an existing archive's directory after checking it is one, of this format. */
    static Directory openExisting(Path dir) {
        if (!Files.exists(dir)) {
            throw new InputException(dir + ": no such archive (crosscheck index --archive " + dir + " FILE... creates one)");
        }
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir + ": not a directory, so not an archive");
        }
        Directory directory = open(dir);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new InputException(dir + ": not a crosscheck archive (no index in it)");
            }
            checkFormat(dir, directory);
            return directory;
        } catch (IOException | RuntimeException e) {
            closeQuietly(directory);
            throw rethrown(dir, e);
        }
    }

    /**
     * Opens a directory to write an archive into: an existing archive of this format, or a missing
     * or empty directory (created). Anything else is refused, so no other data is ever touched.
     *
     * @return the directory and whether it already held an archive
     */
    static Map.Entry<Directory, Boolean> openForWriting(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException(dir + ": not a directory, so not an archive");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InputException(dir + ": cannot create the archive directory: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        Directory directory = open(dir);
        try {
            if (DirectoryReader.indexExists(directory)) {
                checkFormat(dir, directory);
                return Map.entry(directory, true);
            }
            if (!isEmpty(dir)) {
                throw new InputException(dir + ": not a crosscheck archive and not empty; refusing to write an archive into it");
            }
            return Map.entry(directory, false);
        } catch (IOException | RuntimeException e) {
            closeQuietly(directory);
            throw rethrown(dir, e);
        }
    }

    private static void checkFormat(Path dir, Directory directory) throws IOException {
        ArchiveFormat.check(dir.toString(), SegmentInfos.readLatestCommit(directory).getUserData());
    }

    /** An index problem as one line naming the directory; our own messages pass through. */
    static RuntimeException rethrown(Path dir, Exception e) {
        if (e instanceof InputException ie) {
            return ie;
        }
        if (e instanceof IndexFormatTooOldException || e instanceof IndexFormatTooNewException) {
            return new InputException(dir + ": the archive's index was written by an incompatible Lucene version; re-index the articles", e);
        }
        if (e instanceof CorruptIndexException) {
            return new InputException(dir + ": the archive is damaged (" + e.getClass().getSimpleName() + "); re-index the articles", e);
        }
        return new InputException(dir + ": cannot read the archive: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
    }

    private static Directory open(Path dir) {
        try {
            return FSDirectory.open(dir);
        } catch (IOException e) {
            throw new InputException(dir + ": cannot open the archive directory: " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            // a lock left by a writer killed before its first commit is no data
            return entries.allMatch(p -> p.getFileName().toString().equals("write.lock"));
        }
    }

    static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing after a failure: the failure is what the user needs to read
        }
    }
}
