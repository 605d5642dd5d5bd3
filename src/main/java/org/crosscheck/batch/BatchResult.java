package org.crosscheck.batch;

import java.util.List;

/**
 * The outcome of a batch: one result per manifest set, in manifest order.
 *
 * @param sets the results, in the manifest's order
 */
public record BatchResult(List<SetResult> sets) {

    /** Copies the list. */
    public BatchResult {
        sets = List.copyOf(sets);
    }

    /** Whether any set failed. */
    public boolean anyFailed() {
        return sets.stream().anyMatch(s -> !s.ok());
    }

    /** Whether any set that ran found a contradiction. */
    public boolean anyContradiction() {
        return sets.stream().anyMatch(s -> s.contradictions() > 0);
    }

    /**
     * The batch's exit status: 2 when any set failed (the others still ran and were written),
     * else 1 when any set has a contradiction, else 0.
     */
    public int exitStatus() {
        return anyFailed() ? 2 : anyContradiction() ? 1 : 0;
    }
}
