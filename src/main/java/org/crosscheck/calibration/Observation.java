package org.crosscheck.calibration;

/**
 * One reported contradiction of a gold case, as the calibration sees it.
 *
 * @param type the discrepancy type ("NUMBER")
 * @param raw the detector's own confidence
 * @param similarity the alignment similarity of the two sentences, or a negative number when they
 *     are not an aligned pair (a finding inside one source)
 * @param closeness the median similarity of the alignments between its two sources, negative when
 *     there are none (see {@link Features#closeness})
 * @param real whether it matches a required gold finding or an allowed entry
 */
public record Observation(String type, double raw, double similarity, double closeness, boolean real) {
}
