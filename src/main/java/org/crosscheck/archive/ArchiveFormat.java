package org.crosscheck.archive;

import java.util.Map;

import org.crosscheck.model.InputException;

/**
 * The version of everything an archive stores: the fields of its documents, how sentences and
 * their offsets are encoded, and how text is analysed for matching. It is written into every
 * commit of the index, so a later release that changes any of these can say "re-index" instead
 * of misreading an older archive.
 *
 * <p>Raise {@link #CURRENT} whenever a stored field, its encoding or the analysis changes.
 */
public final class ArchiveFormat {

    /** The format this release writes and reads. */
    public static final int CURRENT = 1;

    /** The commit user-data key that holds the format number. */
    static final String KEY = "crosscheck.archive.format";

    /** The commit user-data key that names the release that wrote the commit. */
    static final String WRITER_KEY = "crosscheck.archive.writer";

    /** The release named in {@link #WRITER_KEY}. */
    static final String WRITER = "crosscheck 0.1.0";

    private ArchiveFormat() {
    }

    /** The user data every commit carries. */
    static Map<String, String> commitData() {
        return Map.of(KEY, Integer.toString(CURRENT), WRITER_KEY, WRITER);
    }

    /**
     * Checks the user data of an archive's last commit.
     *
     * @param dir the archive, as the user named it (messages name it so)
     * @param data the commit's user data
     * @throws InputException when the commit has no format number (not a crosscheck archive) or
     *     another one than {@link #CURRENT}
     */
    static void check(String dir, Map<String, String> data) {
        String value = data.get(KEY);
        if (value == null) {
            throw new InputException(dir + ": a Lucene index but not a crosscheck archive (no format number)");
        }
        int format;
        try {
            format = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InputException(dir + ": archive format '" + value + "' is not a number: not a crosscheck archive");
        }
        if (format != CURRENT) {
            String writer = data.getOrDefault(WRITER_KEY, "another release");
            throw new InputException(dir + ": archive format " + format + " (written by " + writer + "), this release reads format "
                    + CURRENT + ": re-index the articles into a new archive");
        }
    }
}
