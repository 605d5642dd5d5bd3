package org.crosscheck.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.crosscheck.ingest.ArticleReader;

/** Checks that a JSON report is well formed and quotes its sources exactly. */
final class ReportChecks {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportChecks() {
    }

    /** Parses the report file and checks it; see {@link #checkJson(String)}. */
    static JsonNode checkJsonFile(Path json) throws IOException {
        assertThat(json).as("JSON report").isRegularFile();
        return checkJson(Files.readString(json));
    }

    /**
     * Parses the report, checks it has the sources, alignments and discrepancies arrays, and that
     * every discrepancy's left and right text is the source text (read back from its path through
     * {@link ArticleReader}) between its start and end.
     */
    static JsonNode checkJson(String json) throws IOException {
        JsonNode root = MAPPER.readTree(json);
        assertThat(root.path("sources").isArray()).as("sources is an array in %s", json).isTrue();
        assertThat(root.path("alignments").isArray()).as("alignments is an array").isTrue();
        assertThat(root.path("discrepancies").isArray()).as("discrepancies is an array").isTrue();
        Map<String, String> texts = new HashMap<>();
        ArticleReader reader = new ArticleReader();
        for (JsonNode source : root.path("sources")) {
            String id = source.path("id").asText();
            texts.put(id, reader.read(Path.of(source.path("path").asText()), id).text());
        }
        for (JsonNode d : root.path("discrepancies")) {
            for (String side : new String[] {"left", "right"}) {
                JsonNode e = d.path(side);
                String text = texts.get(e.path("source").asText());
                assertThat(text).as("source %s of %s", e.path("source"), d).isNotNull();
                int start = e.path("start").asInt();
                int end = e.path("end").asInt();
                assertThat(start).as("%s start of %s", side, d).isBetween(0, end);
                assertThat(end).as("%s end of %s", side, d).isLessThanOrEqualTo(text.length());
                assertThat(e.path("text").asText()).as("%s text of %s", side, d).isEqualTo(text.substring(start, end));
            }
        }
        return root;
    }

    /** Asserts that standard error is exactly one "crosscheck: " line with no stack trace. */
    static void assertOneLineError(String err) {
        assertThat(err).as("stderr").startsWith("crosscheck: ").endsWith(System.lineSeparator());
        assertThat(err.strip()).as("stderr").doesNotContain("\n", "\r", "Exception", "at org.", "internal error");
    }
}
