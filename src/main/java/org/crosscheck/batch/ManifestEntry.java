package org.crosscheck.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * One line of a batch manifest: a set of sources to compare, the first being the reference.
 *
 * @param line the 1-based line number in the manifest, for messages
 * @param id a safe file name the set's reports are written under
 * @param sources two or more files, resolved against the manifest's directory
 */
public record ManifestEntry(int line, String id, List<Path> sources) {

    /** Copies {@code sources}; rejects a line number below 1, a null id, or fewer than two sources. */
    public ManifestEntry {
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1, got " + line);
        }
        if (id == null) {
            throw new IllegalArgumentException("id must not be null");
        }
        sources = List.copyOf(sources);
        if (sources.size() < 2) {
            throw new IllegalArgumentException("sources must name at least two files, got " + sources.size());
        }
    }
}
