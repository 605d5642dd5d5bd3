package org.crosscheck.cli;

/**
 * Arguments that do not make a valid command: the command line reports the message, then
 * "Try 'crosscheck --help' for more.", and exits with {@value ExitCode#TROUBLE}.
 */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
