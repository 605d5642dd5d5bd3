package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.crosscheck.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad arguments to {@code crosscheck serve} fail with one line and exit status 2, before anything starts. */
class ServeCommandTest {

    private record Run(int status, String err) {
    }

    private static Run serve(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 1];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        int status = Main.run(all, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void refusesZeroThreads() {
        assertThat(serve("--threads", "0")).isEqualTo(new Run(2, "crosscheck: --threads must be at least 1, got 0\n"));
    }

    @Test
    void refusesFewerAdmittedRequestsThanThreads() {
        assertThat(serve("--threads", "4", "--max-in-flight", "2"))
                .isEqualTo(new Run(2, "crosscheck: --max-in-flight must be at least --threads (4), got 2\n"));
    }

    @Test
    void refusesAPortOutOfRange() {
        assertThat(serve("--port", "70000")).isEqualTo(new Run(2, "crosscheck: --port must be from 0 to 65535, got 70000\n"));
    }

    @Test
    void refusesAnArchiveThatIsNotADirectory(@TempDir Path dir) {
        Path missing = dir.resolve("missing");
        assertThat(serve("--archive", missing.toString()))
                .isEqualTo(new Run(2, "crosscheck: --archive " + missing + ": not a directory\n"));
    }

    @Test
    void refusesADirectoryThatIsNotAnArchive(@TempDir Path dir) throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("notes.txt"), "not an archive");
        assertThat(serve("--archive", dir.toString()))
                .isEqualTo(new Run(2, "crosscheck: " + dir + ": not a crosscheck archive (no index in it)\n"));
    }
}
