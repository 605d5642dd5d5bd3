package org.crosscheck.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed run leaves the old report untouched; a successful one leaves only the final files. */
class AtomicReportTest {

    private static final Path SKY = Path.of("fixtures/seeds/sky-news.txt");
    private static final Path FORCES = Path.of("fixtures/seeds/forces-news.txt");

    @TempDir
    Path dir;

    @TempDir
    Path inputs;

    @Test
    void failedRunLeavesTheOldReportIntactAndNoTemporaryFile() throws IOException {
        Path json = Files.writeString(dir.resolve("report.json"), "{\"old\": true}\n");
        Path html = Files.writeString(dir.resolve("report.html"), "<p>old</p>\n");
        Path png = Files.write(inputs.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0});

        CliRunner.Run run = CliRunner.run("report", SKY.toString(), png.toString(), "--json", json.toString(), "--html", html.toString());

        assertThat(run).isEqualTo(new CliRunner.Run(2, "", "crosscheck: " + png + ": binary file (PNG), expected text or HTML\n"));
        assertThat(Files.readString(json)).isEqualTo("{\"old\": true}\n");
        assertThat(Files.readString(html)).isEqualTo("<p>old</p>\n");
        assertThat(names()).containsExactlyInAnyOrder("report.json", "report.html");
    }

    @Test
    void successfulRunLeavesOnlyTheFinalReports() throws IOException {
        Files.writeString(dir.resolve("report.json"), "{\"old\": true}\n", StandardCharsets.UTF_8);
        Path json = dir.resolve("report.json");
        Path html = dir.resolve("report.html");

        CliRunner.Run run = CliRunner.run("report", SKY.toString(), FORCES.toString(), "--json", json.toString(),
                "--html", html.toString(), "--quiet");

        assertThat(run).isEqualTo(new CliRunner.Run(1, "", ""));
        assertThat(names()).containsExactlyInAnyOrder("report.json", "report.html");
        assertThat(ReportChecks.checkJsonFile(json).path("sources")).hasSize(2);
    }

    private java.util.List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
