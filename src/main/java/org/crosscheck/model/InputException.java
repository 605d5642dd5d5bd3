package org.crosscheck.model;

/**
 * Input crosscheck cannot work with: a missing, empty, binary, oversized or undecodable file, or
 * an unusable argument. Its message is one line that names the bad value; the command line
 * prints it and exits with status 2.
 */
public final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An input problem described by {@code message}. */
    public InputException(String message) {
        super(message);
    }

    /** An input problem described by {@code message}, caused by {@code cause}. */
    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
