package org.crosscheck.model;

/** How urgently an editor must look at a finding, most urgent first. */
public enum Severity {
    /** A fact is wrong in a way readers would notice: a speaker, a toll, a verdict. */
    HIGH,
    /** A fact differs but its weight is unclear. */
    MEDIUM,
    /** A nuance: a dropped qualifier, an uncertain speaker, an omission. */
    LOW
}
