package org.crosscheck.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles in the encodings newsrooms send, run through {@code crosscheck report}: the JSON report
 * quotes the sentences with their curly quotes and pound signs intact.
 */
class EncodingsEndToEndTest {

    private static final String LEFT = "Council raises parking fees\n\n"
            + "\u201CWe had no choice,\u201D said council leader Anna Price on Monday.\n\n"
            + "Parking will cost \u00A35 an hour from 1 May, the council said.\n";
    private static final String RIGHT = "Council raises parking fees\n\n"
            + "\u201CWe had no choice,\u201D said council leader Anna Price on Monday.\n\n"
            + "Parking will cost \u00A38 an hour from 1 May, the council said.\n";

    @TempDir
    Path dir;

    @Test
    void readsUtf8WithoutByteOrderMark() throws IOException {
        assertQuotedExactly(LEFT.getBytes(StandardCharsets.UTF_8), RIGHT.getBytes(StandardCharsets.UTF_8), ".txt");
    }

    @Test
    void readsUtf8WithByteOrderMark() throws IOException {
        assertQuotedExactly(bom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, LEFT.getBytes(StandardCharsets.UTF_8)),
                RIGHT.getBytes(StandardCharsets.UTF_8), ".txt");
    }

    @Test
    void readsUtf16WithByteOrderMark() throws IOException {
        // Java's "UTF-16" encoder writes a big-endian byte-order mark.
        assertQuotedExactly(LEFT.getBytes(StandardCharsets.UTF_16),
                bom(new byte[] {(byte) 0xFF, (byte) 0xFE}, RIGHT.getBytes(StandardCharsets.UTF_16LE)), ".txt");
    }

    @Test
    void readsWindows1252() throws IOException {
        Charset cp1252 = Charset.forName("windows-1252");
        assertQuotedExactly(LEFT.getBytes(cp1252), RIGHT.getBytes(cp1252), ".txt");
    }

    @Test
    void readsLatin1WithPoundSign() throws IOException {
        // Latin-1 has no curly quotes, so these articles use straight ones.
        String left = LEFT.replace('\u201C', '"').replace('\u201D', '"');
        String right = RIGHT.replace('\u201C', '"').replace('\u201D', '"');
        JsonNode report = report(left.getBytes(StandardCharsets.ISO_8859_1), right.getBytes(StandardCharsets.ISO_8859_1), ".txt", 1);

        assertThat(sentenceTexts(report)).contains("Parking will cost \u00A35 an hour from 1 May, the council said.",
                "Parking will cost \u00A38 an hour from 1 May, the council said.");
    }

    @Test
    void honoursTheCharsetAnHtmlPageDeclares() throws IOException {
        String page = "<html><head><meta charset=\"windows-1252\"><title>Fees</title></head><body><article>"
                + "<h1>Council raises parking fees</h1>"
                + "<p>\u201CWe had no choice,\u201D said council leader Anna Price on Monday.</p>"
                + "<p>Parking will cost \u00A35 an hour from 1 May, the council said.</p></article></body></html>";
        Path left = Files.write(dir.resolve("left.html"), page.getBytes(Charset.forName("windows-1252")));
        Path right = Files.write(dir.resolve("right.txt"), RIGHT.getBytes(StandardCharsets.UTF_8));
        Path json = dir.resolve("report.json");

        CliRunner.Run run = CliRunner.run("report", left.toString(), right.toString(), "--json", json.toString(), "--quiet");

        assertThat(run).isEqualTo(new CliRunner.Run(1, "", ""));
        List<String> texts = sentenceTexts(ReportChecks.checkJsonFile(json));
        assertThat(texts).contains("Parking will cost \u00A35 an hour from 1 May, the council said.",
                "Parking will cost \u00A38 an hour from 1 May, the council said.");
    }

    private void assertQuotedExactly(byte[] left, byte[] right, String extension) throws IOException {
        JsonNode report = report(left, right, extension, 1);

        assertThat(sentenceTexts(report)).contains("Parking will cost \u00A35 an hour from 1 May, the council said.",
                "Parking will cost \u00A38 an hour from 1 May, the council said.");
        assertThat(report.path("sources")).extracting(s -> s.path("quotes").asInt()).containsExactly(1, 1);
    }

    private JsonNode report(byte[] left, byte[] right, String extension, int status) throws IOException {
        Path a = Files.write(dir.resolve("left" + extension), left);
        Path b = Files.write(dir.resolve("right" + extension), right);
        Path json = dir.resolve("report.json");

        CliRunner.Run run = CliRunner.run("report", a.toString(), b.toString(), "--json", json.toString(), "--quiet");

        assertThat(run).isEqualTo(new CliRunner.Run(status, "", ""));
        return ReportChecks.checkJsonFile(json);
    }

    private static List<String> sentenceTexts(JsonNode report) {
        List<String> texts = new ArrayList<>();
        report.path("discrepancies").forEach(d -> {
            texts.add(d.path("left").path("text").asText());
            texts.add(d.path("right").path("text").asText());
        });
        return texts;
    }

    private static byte[] bom(byte[] mark, byte[] body) {
        byte[] result = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, result, 0, mark.length);
        System.arraycopy(body, 0, result, mark.length, body.length);
        return result;
    }
}
