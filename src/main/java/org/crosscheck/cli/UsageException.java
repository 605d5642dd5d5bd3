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

    /** The {@code --name} option of report, index and check: at most one name a file. */
    static void requireAtMostOneNameAFile(java.util.List<String> names, java.util.List<?> files) {
        if (names.size() > files.size()) {
            throw new UsageException("--name given " + names.size() + " times for " + files.size()
                    + " files: give at most one name a file");
        }
    }
}
