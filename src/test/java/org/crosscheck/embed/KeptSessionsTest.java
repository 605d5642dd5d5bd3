package org.crosscheck.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptSessionsTest {

    private static final String MODEL = "/e5-small-v2-q.onnx";
    private static final String VOCABULARY = "/e5-small-v2-q-tokenizer.json";
    private static final List<String> SENTENCES = List.of(
            "The ministry did not rule out temporary support for farmers, a spokesman said on Tuesday.",
            "Buying will go on until June 30, Sandhu added.",
            "Mariupol is in the Donetsk region.");

    @TempDir
    Path temp;

    @AfterEach
    void clearProperties() {
        System.clearProperty(NativeLibraries.PROPERTY);
        System.clearProperty(NativeLibraries.ONNX_PATH);
    }

    @Test
    void aSessionFromTheKeptGraphEncodesExactlyAsOneFromTheModelAsShipped() throws IOException {
        List<float[]> shipped = OnnxSentenceEncoder.load(MODEL, VOCABULARY).encode(SENTENCES);
        System.setProperty(NativeLibraries.PROPERTY, temp.toString());

        List<float[]> writing = OnnxSentenceEncoder.load(MODEL, VOCABULARY).encode(SENTENCES);
        Path kept = temp.resolve("e5-small-v2-q.optimised.ort");
        assertThat(kept).isRegularFile();
        long written = Files.getLastModifiedTime(kept).toMillis();
        List<float[]> reading = OnnxSentenceEncoder.load(MODEL, VOCABULARY).encode(SENTENCES);

        assertThat(Files.getLastModifiedTime(kept).toMillis()).isEqualTo(written);
        try (var files = Files.list(temp)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".part.ort"));
        }
        for (int i = 0; i < SENTENCES.size(); i++) {
            assertThat(writing.get(i)).containsExactly(shipped.get(i));
            assertThat(reading.get(i)).containsExactly(shipped.get(i));
        }
    }

    @Test
    void aDamagedKeptGraphLeavesTheModelAsShippedToServe() throws IOException {
        List<float[]> shipped = OnnxSentenceEncoder.load(MODEL, VOCABULARY).encode(SENTENCES);
        System.setProperty(NativeLibraries.PROPERTY, temp.toString());
        Files.writeString(temp.resolve("e5-small-v2-q.optimised.ort"), "not a model");

        List<float[]> vectors = OnnxSentenceEncoder.load(MODEL, VOCABULARY).encode(SENTENCES);

        for (int i = 0; i < SENTENCES.size(); i++) {
            assertThat(vectors.get(i)).containsExactly(shipped.get(i));
        }
    }
}
