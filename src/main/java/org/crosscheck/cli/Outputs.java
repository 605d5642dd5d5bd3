package org.crosscheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.crosscheck.model.InputException;

/** Checks output paths before any work is done, so a bad path fails fast with one line. */
final class Outputs {

    private Outputs() {
    }

    /** Fails with an {@link InputException} naming {@code option} and the path when it cannot be written. */
    static void checkWritable(Path out, String option) {
        if (out == null) {
            return;
        }
        Path parent = out.toAbsolutePath().getParent();
        if (Files.isDirectory(out)) {
            throw new InputException("cannot write " + option + " " + out + ": it is a directory");
        }
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InputException("cannot write " + option + " " + out + ": directory " + parent + " does not exist");
        }
        if (!Files.isWritable(parent)) {
            throw new InputException("cannot write " + option + " " + out + ": directory " + parent + " is not writable");
        }
    }
}
