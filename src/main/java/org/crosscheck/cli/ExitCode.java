package org.crosscheck.cli;

/** Exit statuses of the command line, as diff(1) has them. */
public final class ExitCode {

    /** No contradiction found. */
    public static final int SAME = 0;
    /** At least one contradiction found. */
    public static final int DIFFERENT = 1;
    /** Trouble: unreadable input, bad arguments, an output that cannot be written. */
    public static final int TROUBLE = 2;

    private ExitCode() {
    }
}
