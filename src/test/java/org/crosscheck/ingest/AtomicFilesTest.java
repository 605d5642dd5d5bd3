package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.crosscheck.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesNewFileAsUtf8() throws IOException {
        Path target = dir.resolve("report.json");

        AtomicFiles.writeString(target, "{\"fare\": \"\u00a35\"}");

        assertThat(Files.readAllBytes(target)).isEqualTo("{\"fare\": \"\u00a35\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(listing()).containsExactly("report.json");
    }

    @Test
    void replacesExistingFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("report.json"), "old and longer content");

        AtomicFiles.writeString(target, "new");

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(listing()).containsExactly("report.json");
    }

    @Test
    void rejectsMissingDirectoryNamingThePath() {
        Path target = Path.of("/nope/x.json");

        assertThatThrownBy(() -> AtomicFiles.writeString(target, "{}"))
                .isInstanceOf(InputException.class)
                .hasMessage("cannot write report /nope/x.json: directory does not exist");
    }

    @Test
    void rejectsParentThatIsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        Path target = file.resolve("x.json");

        assertThatThrownBy(() -> AtomicFiles.writeString(target, "{}"))
                .isInstanceOf(InputException.class)
                .hasMessage("cannot write report " + target + ": directory does not exist");
    }

    @Test
    void rejectsDirectoryAsTarget() throws IOException {
        Path target = Files.createDirectory(dir.resolve("out"));

        assertThatThrownBy(() -> AtomicFiles.writeString(target, "{}"))
                .isInstanceOf(InputException.class)
                .hasMessage("cannot write report " + target + ": it is a directory");
    }

    @Test
    void leavesExistingTargetUntouchedAndRemovesTemporaryFileWhenMoveFails() throws IOException {
        Path target = Files.writeString(dir.resolve("report.json"), "previous report");

        assertThatThrownBy(() -> AtomicFiles.writeString(target, "new report", (source, destination) -> {
            throw new FileSystemException(source.toString(), destination.toString(), "No space left on device");
        })).isInstanceOf(InputException.class)
                .hasMessage("cannot write report " + target + ": No space left on device");

        assertThat(Files.readString(target)).isEqualTo("previous report");
        assertThat(listing()).containsExactly("report.json");
    }

    @Test
    void writesUnpairedSurrogateAsQuestionMark() throws IOException {
        Path target = dir.resolve("r.txt");

        AtomicFiles.writeString(target, "a\ud800b");

        assertThat(Files.readString(target)).isEqualTo("a?b");
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void newReportIsReadableByOthersLikeAnyOrdinaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("report.json");
        AtomicFiles.writeString(target, "{}");
        assertThat(Files.getPosixFilePermissions(target))
                .isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
    }

    @Test
    void replacedReportKeepsThePermissionsItHad(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("report.json");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.writeString(target, "new");
        assertThat(Files.getPosixFilePermissions(target))
                .isEqualTo(PosixFilePermissions.fromString("rw-rw----"));
    }
}
