package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI in a process with no network at all ({@code unshare -n}, which needs root or user
 * namespaces; skipped where it is unavailable) writes the same report on the seed articles as a
 * normal run, and leaves the home directory untouched: the sentence model and everything else
 * ship in the build.
 */
class OfflineRunTest {

    private static final Path SKY = Path.of("fixtures", "seeds", "sky-news.txt");
    private static final Path FORCES = Path.of("fixtures", "seeds", "forces-news.txt");

    @Test
    void writesTheSameSeedReportWithoutANetworkAndWritesNothingInHome(@TempDir Path tmp) throws Exception {
        assumeTrue(run(List.of("unshare", "-n", "true"), tmp) == 0, "unshare -n is not available here");
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path temp = Files.createDirectories(tmp.resolve("tmp"));
        Path online = tmp.resolve("online.json");
        Path offline = tmp.resolve("offline.json");

        assertThat(run(report(List.of(), home, temp, online), tmp)).isEqualTo(1);
        assertThat(run(report(List.of("unshare", "-n"), home, temp, offline), tmp)).isEqualTo(1);

        assertThat(Files.readString(offline)).isEqualTo(Files.readString(online)).contains("\"ATTRIBUTION\"");
        try (Stream<Path> written = Files.walk(home)) {
            assertThat(written.filter(p -> !p.equals(home)).toList()).isEmpty();
        }
    }

    private static List<String> report(List<String> prefix, Path home, Path temp, Path json) {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-Djava.io.tmpdir=" + temp,
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "report", SKY.toString(), FORCES.toString(), "--json", json.toString(), "--quiet"));
        return cmd;
    }

    private static int run(List<String> command, Path tmp) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("out-" + System.nanoTime() + ".log").toFile());
        pb.environment().put("HOME", tmp.resolve("home").toString());
        try {
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1;
        }
    }
}
