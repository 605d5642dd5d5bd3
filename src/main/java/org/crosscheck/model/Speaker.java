package org.crosscheck.model;

/**
 * Who a quote or statement is credited to, and how sure the attribution is.
 *
 * @param name the fullest form of the name the article gives, or {@code null} when unknown
 * @param confidence from 0 (a guess) to 1 (named in the reporting clause itself)
 * @param cue the words that credit the speaker ("Mr Peskov said"), or {@code null}
 * @param mention the words the quote was linked to: the name, or the "he" of "he said", or the
 *     "the mayor" of "the mayor said"; {@code null} when unknown
 * @param chain how the mention was resolved to the name when it is not the name itself
 *     ({@code "she" → Judge Ann Lee}), or {@code null} when the speaker is named where the quote stands
 */
public record Speaker(String name, double confidence, Span cue, Span mention, String chain) {

    /** Threshold at or above which an attribution counts as confident. */
    public static final double CONFIDENT = 0.7;

    /**
     * Threshold at or above which the speaker is named in the quote's own sentence (or is its
     * subject), rather than reached through a pronoun, a title or a neighbouring paragraph.
     */
    public static final double NAMED = 0.85;

    private static final Speaker UNKNOWN = new Speaker(null, 0, null, null, null);

    /** Validates the confidence range. */
    public Speaker {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("speaker confidence must be in [0,1], got " + confidence);
        }
    }

    /** A speaker named where the quote stands, or whose mention is not known. */
    public Speaker(String name, double confidence, Span cue) {
        this(name, confidence, cue, null, null);
    }

    /** This speaker with another confidence. */
    public Speaker withConfidence(double other) {
        return new Speaker(name, other, cue, mention, chain);
    }

    /** This speaker credited by other words. */
    public Speaker withCue(Span other) {
        return new Speaker(name, confidence, other, mention, chain);
    }

    /** This speaker reached through another mention, with the chain that leads to the name. */
    public Speaker via(Span otherMention, String otherChain) {
        return new Speaker(name, confidence, cue, otherMention, otherChain);
    }

    /** Whether the speaker is reached through a pronoun, a title or an earlier quote rather than named. */
    public boolean isResolved() {
        return chain != null;
    }

    /** The speaker of a quote nobody is credited with. */
    public static Speaker unknown() {
        return UNKNOWN;
    }

    /** Whether a name is known. */
    public boolean isKnown() {
        return name != null;
    }

    /** Whether the speaker is named where the quote stands (confidence at least {@link #NAMED}). */
    public boolean isNamed() {
        return name != null && confidence >= NAMED;
    }

    /** Whether the name is known with at least {@link #CONFIDENT} confidence. */
    public boolean isConfident() {
        return name != null && confidence >= CONFIDENT;
    }
}
