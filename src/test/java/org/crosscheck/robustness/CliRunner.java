package org.crosscheck.robustness;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.crosscheck.cli.Main;

/** Runs the command line in process and captures what it prints. */
final class CliRunner {

    /** The outcome of one run. */
    record Run(int status, String out, String err) {
    }

    private CliRunner() {
    }

    /** Runs {@code crosscheck args...}. */
    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
