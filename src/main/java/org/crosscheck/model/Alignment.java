package org.crosscheck.model;

/**
 * Two sentences of different sources that make the same statement.
 *
 * @param left the sentence in the earlier source on the command line
 * @param right the sentence in the later source
 * @param similarity how alike their words are, from 0 to 1
 * @param byMeaning whether a sentence encoder paired them, or confirmed a pair their few shared words made
 *     (their words overlap too little to say)
 */
public record Alignment(SentenceRef left, SentenceRef right, double similarity, boolean byMeaning) {

    /** Validates the similarity range. */
    public Alignment {
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("alignment similarity must be in [0,1], got " + similarity);
        }
    }

    /** A pair made by the words the two sentences share. */
    public Alignment(SentenceRef left, SentenceRef right, double similarity) {
        this(left, right, similarity, false);
    }
}
