package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.crosscheck.model.Article;
import org.crosscheck.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderValidationTest {

    private final ArticleReader reader = new ArticleReader();

    @TempDir
    Path dir;

    @Test
    void rejectsMissingFileNamingIt() {
        Path missing = dir.resolve("nowhere.txt");

        assertThatThrownBy(() -> reader.read(missing, "a"))
                .isInstanceOf(InputException.class)
                .hasMessage(missing + ": file not found");
    }

    @Test
    void rejectsDirectory() {
        assertThatThrownBy(() -> reader.read(dir, "a"))
                .isInstanceOf(InputException.class)
                .hasMessage(dir + ": is a directory, expected a text or HTML file");
    }

    @Test
    void rejectsUnreadableFile() throws IOException {
        Path file = write("locked.txt", "Some text.".getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        // Root reads any file whatever its permissions, so only an ordinary user can observe this.
        assumeFalse(Files.isReadable(file), "running as a user who can read any file");

        assertThatThrownBy(() -> reader.read(file, "a"))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": cannot read file (permission denied)");
    }

    @Test
    void rejectsZeroByteFile() throws IOException {
        Path file = write("empty.txt", new byte[0]);

        assertThatThrownBy(() -> reader.read(file, "a"))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": empty file (0 bytes), expected article text");
    }

    @Test
    void rejectsWhiteSpaceOnlyText() throws IOException {
        Path file = write("blank.txt", " \r\n\t\n  \n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> reader.read(file, "a"))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": article is empty (only white space)");
    }

    @Test
    void rejectsHtmlWithoutArticleText() throws IOException {
        Path file = write("menu.html", ("<!DOCTYPE html><html><head><title></title><script>var x = 'text';</script></head>"
                + "<body><nav><a href='/'>Home</a></nav><footer><p>Contact us</p></footer></body></html>")
                .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> reader.read(file, "a"))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": no article text found in the HTML");
    }

    @Test
    void namesKindOfBinaryFileFromItsMagicBytes() throws IOException {
        assertBinary("forces.pdf", "PDF", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        assertBinary("photo.png", "PNG", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13));
        assertBinary("photo.txt", "JPEG", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F'));
        assertBinary("anim.gif", "GIF", "GIF89a\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1));
        assertBinary("story.docx", "ZIP", bytes('P', 'K', 3, 4, 20, 0, 6, 0));
        assertBinary("story.txt.gz", "gzip", bytes(0x1F, 0x8B, 8, 0, 0, 0, 0, 0));
    }

    @Test
    void rejectsTextWithNulBytes() throws IOException {
        byte[] content = "Ministers met on Monday.\u0000\u0000\u0001more".getBytes(StandardCharsets.UTF_8);

        assertBinary("odd.txt", "NUL bytes", content);
    }

    @Test
    void rejectsTextMostlyMadeOfControlCharacters() throws IOException {
        byte[] content = new byte[200];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i % 3 == 0 ? 0x07 : 'a' + i % 26);
        }

        assertBinary("noise.txt", "mostly control characters", content);
    }

    @Test
    void acceptsTextWithAnOccasionalControlCharacter() throws IOException {
        String text = "Headline of the story here\n\n" + "The council met on Tuesday. ".repeat(10) + "\u001B";
        Path file = write("story.txt", text.getBytes(StandardCharsets.UTF_8));

        assertThat(reader.read(file, "a").text()).isEqualTo(text);
    }

    @Test
    void rejectsFileLargerThanLimitBeforeReadingIt() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            // A sparse file: its length exceeds the limit without occupying the disk.
            sparse.setLength(ArticleReader.MAX_BYTES + 1);
        }

        assertThatThrownBy(() -> reader.read(file, "a"))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": file too large (20971521 bytes), the limit is 20971520 bytes (20 MiB)");
    }

    @Test
    void acceptsFileOfExactlyTheLimit() throws IOException {
        byte[] content = new byte[(int) ArticleReader.MAX_BYTES];
        java.util.Arrays.fill(content, (byte) 'a');
        content[0] = 'A';
        content[1] = '\n';
        Path file = write("limit.txt", content);

        assertThat(reader.read(file, "a").text()).hasSize((int) ArticleReader.MAX_BYTES);
    }

    @Test
    void keepsMessageOnOneLineWhenFileNameHasLineBreak() throws IOException {
        Path file = write("bad\nname.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> reader.read(file, "a"))
                .isInstanceOf(InputException.class)
                .hasMessage(dir + "/bad?name.pdf: binary file (PDF), expected text or HTML");
    }

    @Test
    void rejectsBlankIdAsMisuse() throws IOException {
        Path file = write("story.txt", "Text".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> reader.read(file, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id must not be blank, got ' '");
    }

    @Test
    void fromTextRejectsEmptyTextNamingTheSource() {
        assertThatThrownBy(() -> reader.fromText("bbc", ""))
                .isInstanceOf(InputException.class)
                .hasMessage("bbc: article is empty (no text)");
    }

    @Test
    void fromTextAndFromHtmlRejectBinaryContentNamingTheSource() {
        assertThatThrownBy(() -> reader.fromText("bbc", "Storm\u0000closes"))
                .isInstanceOf(InputException.class)
                .hasMessage("bbc: binary content (NUL bytes), expected text or HTML");
        assertThatThrownBy(() -> reader.fromHtml("bbc", "\u0001\u0002\u0003<p>x</p>", ""))
                .isInstanceOf(InputException.class)
                .hasMessage("bbc: binary content (mostly control characters), expected text or HTML");
    }

    @Test
    void fromTextKeepsTextAsGiven() {
        assertThat(reader.fromText("bbc", "Storm closes three schools\n\nSchools shut on Monday."))
                .isEqualTo(new Article("bbc", "", "Storm closes three schools", "Storm closes three schools\n\nSchools shut on Monday."));
    }

    private void assertBinary(String fileName, String kind, byte[] content) throws IOException {
        Path file = write(fileName, content);

        assertThatThrownBy(() -> reader.read(file, "a"))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": binary file (" + kind + "), expected text or HTML");
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }
}
