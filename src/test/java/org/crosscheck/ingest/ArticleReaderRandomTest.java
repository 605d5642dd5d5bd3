package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.crosscheck.model.Article;
import org.crosscheck.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderRandomTest {

    private static final long SEED = 20240406L;
    private static final int CASES = 2000;
    private static final String[] EXTENSIONS = {".txt", ".html", ".htm", ".md", ""};
    private static final String[] MARKUP = {"<p>", "</p>", "<div class='ad'>", "</div>", "<script>", "<h1>", "<!--",
            "<meta charset='", "<![CDATA[", "&", "&#x", "<", ">", "\"", "</html>", "<!DOCTYPE html>", "<br/>", "<li>"};

    private final ArticleReader reader = new ArticleReader();

    @TempDir
    Path dir;

    @Test
    void eitherReadsAnArticleOrFailsWithOneLineInputException() throws IOException {
        Random random = new Random(SEED);
        List<byte[]> seeds = List.of(resource("seed-article.txt"), resource("news-page.html"));
        int read = 0;
        int rejected = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] content = i % 4 == 0 ? randomBytes(random) : mutate(seeds.get(random.nextInt(seeds.size())), random);
            Path file = Files.write(dir.resolve("case" + i + EXTENSIONS[random.nextInt(EXTENSIONS.length)]), content);
            try {
                Article article = reader.read(file, "case" + i);
                assertThat(article.text()).as("text of %s", file).isNotBlank();
                read++;
            } catch (InputException e) {
                assertThat(e.getMessage()).as("message for %s", file).startsWith(file + ": ").doesNotContain("\n", "\r");
                rejected++;
            } catch (RuntimeException e) {
                throw new AssertionError("case " + i + " (" + file.getFileName() + ", first bytes "
                        + Arrays.toString(Arrays.copyOf(content, Math.min(24, content.length))) + ") threw " + e, e);
            }
        }
        // Both outcomes must occur, or the generator no longer exercises the reader.
        assertThat(read).isGreaterThan(CASES / 4);
        assertThat(rejected).isGreaterThan(CASES / 20);
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(600)];
        random.nextBytes(bytes);
        if (random.nextBoolean()) {
            // Mostly printable ASCII with occasional raw bytes: text-like, yet not always UTF-8.
            for (int j = 0; j < bytes.length; j++) {
                bytes[j] = random.nextInt(20) == 0 ? bytes[j] : (byte) (0x20 + random.nextInt(0x5F));
            }
        }
        return bytes;
    }

    private static byte[] mutate(byte[] seed, Random random) {
        List<Byte> bytes = new ArrayList<>(seed.length + 64);
        for (byte b : seed) {
            bytes.add(b);
        }
        int edits = 1 + random.nextInt(12);
        for (int e = 0; e < edits && !bytes.isEmpty(); e++) {
            int at = random.nextInt(bytes.size());
            switch (random.nextInt(6)) {
                case 0 -> bytes.set(at, (byte) random.nextInt(256));
                case 1 -> bytes.subList(at, Math.min(bytes.size(), at + random.nextInt(200))).clear();
                case 2 -> insert(bytes, at, MARKUP[random.nextInt(MARKUP.length)].getBytes(StandardCharsets.UTF_8));
                case 3 -> insert(bytes, 0, prefix(random));
                case 4 -> bytes.subList(random.nextInt(bytes.size()), bytes.size()).clear();
                default -> insert(bytes, at, new byte[] {(byte) random.nextInt(256), (byte) random.nextInt(256)});
            }
        }
        byte[] result = new byte[bytes.size()];
        for (int j = 0; j < result.length; j++) {
            result[j] = bytes.get(j);
        }
        return result;
    }

    /** A byte-order mark or magic number, so that mutated text also meets those paths. */
    private static byte[] prefix(Random random) {
        int[][] prefixes = {{0xEF, 0xBB, 0xBF}, {0xFF, 0xFE}, {0xFE, 0xFF}, {'%', 'P', 'D', 'F', '-'}, {0x1F, 0x8B},
                {' ', '\n'}, {0}};
        int[] chosen = prefixes[random.nextInt(prefixes.length)];
        byte[] bytes = new byte[chosen.length];
        for (int j = 0; j < chosen.length; j++) {
            bytes[j] = (byte) chosen[j];
        }
        return bytes;
    }

    private static void insert(List<Byte> bytes, int at, byte[] inserted) {
        List<Byte> boxed = new ArrayList<>(inserted.length);
        for (byte b : inserted) {
            boxed.add(b);
        }
        bytes.addAll(at, boxed);
    }

    private byte[] resource(String name) {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
