package org.crosscheck.archive;

import java.util.List;
import java.util.Objects;

/**
 * An archived article found to report the same story as a checked copy, and why.
 *
 * @param id the archived article's id
 * @param title its title
 * @param score the share of the copy's matchable sentences found in it, each weighted by how much
 *     of it the archived sentence holds: from 0 (none) to 1 (every sentence, word for word)
 * @param closeness like the score, but each shared sentence weighted by the share of the words of both
 *     sentences they have in common (Dice): among archived versions of one story that hold the copy
 *     alike, the one worded most like it is closest
 * @param sharedSentences how many of the copy's matchable sentences it holds
 * @param copySentences how many sentences of the copy were matchable (compared, not page furniture,
 *     with enough words to tell one story from another)
 * @param pairs examples of shared sentences, best first (at most {@link StoryMatcher#EXAMPLES})
 */
public record Match(String id, String title, double score, double closeness, int sharedSentences, int copySentences, List<SharedSentence> pairs) {

    /** Validates the counts; copies the list. */
    public Match {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        pairs = List.copyOf(pairs);
        if (sharedSentences < 0 || sharedSentences > copySentences) {
            throw new IllegalArgumentException("shared sentences must be from 0 to " + copySentences + ", got " + sharedSentences);
        }
        if (!(closeness >= 0 && closeness <= score)) {
            throw new IllegalArgumentException("closeness must be in [0," + score + "], got " + closeness);
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0,1], got " + score);
        }
    }

    /**
     * A sentence of the copy found in the archived article.
     *
     * @param copySentence the sentence's index in the copy
     * @param archivedSentence the index of the archived sentence that holds it
     * @param similarity the share of the shorter sentence's words the other holds, from 0 to 1
     * @param closeness the share of both sentences' words they have in common (Dice), at most
     *     {@code similarity}
     */
    public record SharedSentence(int copySentence, int archivedSentence, double similarity, double closeness) {
    }
}
