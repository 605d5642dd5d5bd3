package org.crosscheck.diff;

import java.util.List;

import org.crosscheck.model.Discrepancy;

/** Finds one kind of discrepancy between two sources. */
public interface Detector {

    /** Discrepancies of this detector's kind in {@code comparison}; empty when there are none. */
    List<Discrepancy> detect(Comparison comparison);
}
