package org.crosscheck.diff;

import java.util.List;

import org.crosscheck.model.Discrepancy;

/**
 * Finds one kind of discrepancy between two sources.
 *
 * <p>{@link DiffEngine} may run an engine's detectors side by side on one comparison, each on a
 * thread of its own: a detector keeps nothing of a comparison between calls, and whatever it
 * shares with other detectors (a dictionary, the sentence model) is safe to use from several
 * threads at once.
 */
public interface Detector {

    /** Discrepancies of this detector's kind in {@code comparison}; empty when there are none. */
    List<Discrepancy> detect(Comparison comparison);
}
