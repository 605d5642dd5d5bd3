package org.crosscheck.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crosscheck.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    @TempDir
    Path dir;

    private Path manifest(String... lines) throws IOException {
        return Files.write(dir.resolve("sets.jsonl"), List.of(lines));
    }

    @Test
    void readsSetsInOrderResolvingSourcesAgainstTheManifestsDirectory() throws IOException {
        Path m = manifest("{\"id\": \"a\", \"sources\": [\"x/orig.html\", \"copy.txt\"]}", "",
                "{\"id\": \"b-2.v1\", \"sources\": [\"/abs/one.txt\", \"two.txt\", \"three.txt\"]}");

        List<ManifestEntry> sets = Manifest.read(m);

        Path base = dir.toAbsolutePath();
        assertThat(sets).containsExactly(
                new ManifestEntry(1, "a", List.of(base.resolve("x/orig.html"), base.resolve("copy.txt"))),
                new ManifestEntry(3, "b-2.v1", List.of(Path.of("/abs/one.txt"), base.resolve("two.txt"), base.resolve("three.txt"))));
    }

    @Test
    void rejectsALineThatIsNotJsonNamingTheLine() throws IOException {
        Path m = manifest("{\"id\": \"a\", \"sources\": [\"1\", \"2\"]}", "{\"id\": \"b\", \"sources\": [");

        assertThatThrownBy(() -> Manifest.read(m)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("manifest " + m + " line 2: not valid JSON");
    }

    @Test
    void rejectsALineWithoutSources() throws IOException {
        Path m = manifest("{\"id\": \"a\"}");

        assertThatThrownBy(() -> Manifest.read(m)).isInstanceOf(InputException.class)
                .hasMessage("manifest " + m + " line 1: \"sources\" is missing or not an array");
    }

    @Test
    void rejectsASetOfFewerThanTwoSources() throws IOException {
        Path m = manifest("{\"id\": \"a\", \"sources\": [\"only.txt\"]}");

        assertThatThrownBy(() -> Manifest.read(m)).isInstanceOf(InputException.class)
                .hasMessage("manifest " + m + " line 1: \"sources\" needs at least two files, got 1");
    }

    @Test
    void rejectsAnIdThatIsNotASafeFileNameQuotingIt() throws IOException {
        for (String bad : List.of("../x", "a/b", ".hidden", "", "a b", "x".repeat(101))) {
            Path m = manifest("{\"id\": \"" + bad + "\", \"sources\": [\"1\", \"2\"]}");

            assertThatThrownBy(() -> Manifest.read(m)).isInstanceOf(InputException.class)
                    .hasMessageStartingWith("manifest " + m + " line 1: id \"" + bad + "\" is not a safe file name");
        }
    }

    @Test
    void rejectsAMissingIdARepeatedIdAndANonObjectLine() throws IOException {
        Path noId = manifest("{\"sources\": [\"1\", \"2\"]}");
        assertThatThrownBy(() -> Manifest.read(noId)).hasMessage("manifest " + noId + " line 1: \"id\" is missing or not a string");

        Path twice = manifest("{\"id\": \"a\", \"sources\": [\"1\", \"2\"]}", "{\"id\": \"a\", \"sources\": [\"3\", \"4\"]}");
        assertThatThrownBy(() -> Manifest.read(twice)).hasMessage("manifest " + twice + " line 2: id \"a\" repeats the id of line 1");

        Path array = manifest("[1, 2]");
        assertThatThrownBy(() -> Manifest.read(array)).hasMessageStartingWith("manifest " + array + " line 1: expected a JSON object");
    }

    @Test
    void rejectsAnEmptyOrMissingManifest() throws IOException {
        Path empty = manifest("", "  ");
        assertThatThrownBy(() -> Manifest.read(empty)).isInstanceOf(InputException.class)
                .hasMessage("manifest " + empty + " names no set");

        Path missing = dir.resolve("nope.jsonl");
        assertThatThrownBy(() -> Manifest.read(missing)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("cannot read manifest " + missing);
    }
}
