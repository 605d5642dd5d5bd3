package org.crosscheck.model;

/** What a sentence is, which decides whether it takes part in the comparison. */
public enum SentenceKind {
    /** Body copy. */
    STATEMENT,
    /** A headline or cross-head: a statement too, though terse. */
    HEADLINE,
    /** A bullet or key-points line: a statement. */
    BULLET,
    /** Page furniture (captions, player notices, newsletter prompts, link lists): never compared. */
    FURNITURE;

    /** Whether sentences of this kind are aligned and diffed. */
    public boolean isCompared() {
        return this != FURNITURE;
    }
}
