package org.crosscheck.batch;

/** Hears about a batch as it runs; called from worker threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface Progress {

    /** Does nothing. */
    Progress NONE = (finished, total) -> { };

    /** Called after each set finishes, with how many have finished so far and how many there are. */
    void finished(int finished, int total);
}
