package org.crosscheck.model;

import java.util.Objects;

/**
 * What every discrepancy says, whatever its kind.
 *
 * @param severity how urgent it is
 * @param summary one line an editor reads first ("Quote credited to X in a but to Y in b")
 * @param explanation why it was reported, in one or two sentences
 * @param confidence how likely the finding is real, from 0 to 1: the detector's own figure until
 *     the diff stage calibrates it against gold cases
 * @param left the side from the earlier source
 * @param right the side from the later source
 * @param consensus with three or more sources, which ones agree ("2 of 3 sources say 5,000"),
 *     otherwise ""
 * @param rawConfidence the detector's own confidence, before calibration, from 0 to 1
 */
public record Finding(Severity severity, String summary, String explanation, double confidence,
                      Evidence left, Evidence right, String consensus, double rawConfidence) {

    /** Validates the required parts. */
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        explanation = explanation == null ? "" : explanation;
        consensus = consensus == null ? "" : consensus;
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("finding confidence must be in [0,1], got " + confidence);
        }
        if (!(rawConfidence >= 0 && rawConfidence <= 1)) {
            throw new IllegalArgumentException("finding rawConfidence must be in [0,1], got " + rawConfidence);
        }
    }

    /** A finding as a detector states it: its confidence is also its raw confidence. */
    public Finding(Severity severity, String summary, String explanation, double confidence, Evidence left, Evidence right,
                   String consensus) {
        this(severity, summary, explanation, confidence, left, right, consensus, confidence);
    }

    /** A finding without consensus information. */
    public Finding(Severity severity, String summary, String explanation, double confidence, Evidence left, Evidence right) {
        this(severity, summary, explanation, confidence, left, right, "");
    }

    /** This finding with another severity. */
    public Finding withSeverity(Severity other) {
        return new Finding(other, summary, explanation, confidence, left, right, consensus, rawConfidence);
    }

    /** This finding with a consensus line. */
    public Finding withConsensus(String text) {
        return new Finding(severity, summary, explanation, confidence, left, right, text, rawConfidence);
    }

    /** This finding with a calibrated confidence; the raw confidence stays as it was. */
    public Finding withConfidence(double calibrated) {
        return new Finding(severity, summary, explanation, calibrated, left, right, consensus, rawConfidence);
    }
}
