package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crosscheck.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderEncodingTest {

    private static final String TEXT = "Fares rise to \u00a35\n\n\u201cIt is too much,\u201d said one commuter. Caf\u00e9 owners agree.\n";

    private final ArticleReader reader = new ArticleReader();

    @TempDir
    Path dir;

    @Test
    void readsUtf8WithoutBom() throws IOException {
        assertThat(read(TEXT.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(TEXT);
    }

    @Test
    void readsUtf8AndRemovesItsBom() throws IOException {
        Article article = read(concat(bytes(0xEF, 0xBB, 0xBF), TEXT.getBytes(StandardCharsets.UTF_8)));

        assertThat(article).isEqualTo(new Article("a", dir.resolve("story.txt").toString(), "Fares rise to \u00a35", TEXT));
    }

    @Test
    void readsUtf16LittleEndianByBom() throws IOException {
        assertThat(read(concat(bytes(0xFF, 0xFE), TEXT.getBytes(StandardCharsets.UTF_16LE))).text()).isEqualTo(TEXT);
    }

    @Test
    void readsUtf16BigEndianByBom() throws IOException {
        assertThat(read(concat(bytes(0xFE, 0xFF), TEXT.getBytes(StandardCharsets.UTF_16BE))).text()).isEqualTo(TEXT);
    }

    @Test
    void readsWindows1252CurlyQuotesAndPoundSign() throws IOException {
        // 0x93 and 0x94 are curly quotes and 0xA3 the pound sign in Windows-1252; none is valid UTF-8.
        byte[] content = bytes(0x93, 0xA3, '5', 0x94, ' ', 'f', 'a', 'r', 'e', 's');

        assertThat(read(content).text()).isEqualTo("\u201c\u00a35\u201d fares");
    }

    @Test
    void readsWholeWindows1252Article() throws IOException {
        assertThat(read(TEXT.getBytes(Charset.forName("windows-1252"))).text()).isEqualTo(TEXT);
    }

    @Test
    void readsLatin1() throws IOException {
        String latin = "Prix: \u00a35, caf\u00e9 cr\u00e8me, \u00abnon\u00bb, 20\u00b0C\n";

        assertThat(read(latin.getBytes(StandardCharsets.ISO_8859_1)).text()).isEqualTo(latin);
    }

    @Test
    void keepsCrlfLineEndingsSoOffsetsMatchTheFile() throws IOException {
        String crlf = "Storm closes schools\r\n\r\nThree schools shut.\r\n  Indented   line\twith tab.\r\n";

        Article article = read(crlf.getBytes(StandardCharsets.UTF_8));

        assertThat(article.text()).isEqualTo(crlf);
        assertThat(article.text().indexOf("Three")).isEqualTo(crlf.indexOf("Three"));
        assertThat(article.title()).isEqualTo("Storm closes schools");
    }

    private Article read(byte[] content) throws IOException {
        return reader.read(Files.write(dir.resolve("story.txt"), content), "a");
    }

    static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }

    static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }
}
