package org.crosscheck.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

import org.crosscheck.model.InputException;

/**
 * Writes files so that a reader sees either the old content or the new, never half of it: the
 * content goes to a temporary file in the target's directory, which is then moved over the target.
 */
public final class AtomicFiles {

    /** Moves a finished temporary file over the target; replaceable in tests to simulate failure. */
    @FunctionalInterface
    interface Mover {
        /** Moves {@code source} to {@code target}, replacing it. */
        void move(Path source, Path target) throws IOException;
    }

    private static final Mover ATOMIC_ELSE_REPLACE = (source, target) -> {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    };

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} as UTF-8 to {@code target}, replacing it atomically where the file
     * system can (an atomic move), else by an ordinary replacing move. Characters UTF-8 cannot
     * encode (unpaired surrogates) are written as '?'. On failure the target is left as it was and
     * the temporary file is removed.
     *
     * @param target the file to write; its directory must exist and be writable
     * @param content the text to write
     * @throws InputException naming the target when its directory does not exist or is not
     *     writable, when the target is a directory, or when writing fails
     */
    public static void writeString(Path target, String content) {
        writeString(target, content, ATOMIC_ELSE_REPLACE);
    }

    static void writeString(Path target, String content, Mover mover) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(content, "content");
        Path directory = target.toAbsolutePath().getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw failure(target, "directory does not exist");
        }
        if (Files.isDirectory(target)) {
            throw failure(target, "it is a directory");
        }
        if (!Files.isWritable(directory)) {
            throw failure(target, "directory is not writable");
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
            Files.write(temporary, content.getBytes(StandardCharsets.UTF_8));
            givePermissions(temporary, target);
            mover.move(temporary, target);
        } catch (IOException e) {
            throw new InputException("cannot write report " + target + ": " + oneLine(e), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * A temporary file is created readable by its owner only; a report is an ordinary file, so it
     * takes the permissions of the report it replaces, or rw-r--r-- when it is new.
     */
    private static void givePermissions(Path temporary, Path target) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }

    private static InputException failure(Path target, String problem) {
        return new InputException("cannot write report " + target + ": " + problem);
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // Best effort: a leftover hidden .tmp file is harmless, and the original failure matters more.
        }
    }

    private static String oneLine(IOException e) {
        String message = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
