package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.crosscheck.archive.Archive;
import org.crosscheck.archive.LuceneArchiveWriter;
import org.crosscheck.ingest.ArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /v1/check} over a real on-disk archive, through the server's own archive wiring. */
@Timeout(120)
class ArchiveCheckTest {

    private static final PrintStream NO_LOG = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void checksACopyAgainstTheArchivedOriginalAndNamesTheMatch(@TempDir Path dir) throws Exception {
        ArticleReader reader = new ArticleReader();
        Path seeds = Path.of("fixtures", "seeds");
        try (LuceneArchiveWriter writer = LuceneArchiveWriter.open(dir)) {
            writer.put(Archive.archived(reader.read(seeds.resolve("sky-news.txt"), "sky-news")));
            writer.commit();
        }
        String copy = Files.readString(seeds.resolve("forces-news.txt"));
        try (CrossCheckService service = CrossCheckService.start(new CrossCheckService.Options(
                "127.0.0.1", 0, 1, 4, Optional.of(ServeCommand.openArchive(dir)), NO_LOG))) {
            TestHttp http = new TestHttp(service.address());
            TestHttp.Answer answer = http.post("/v1/check",
                    TestHttp.JSON.writeValueAsString(Map.of("id", "forces-news", "text", copy)));

            assertThat(answer.status()).isEqualTo(200);
            JsonNode body = answer.json();
            assertThat(body.path("matches").get(0).path("id").asText()).isEqualTo("sky-news");
            assertThat(body.path("discrepancies").findValuesAsText("type")).contains("ATTRIBUTION");
            assertThat(http.get("/v1/health").status()).isEqualTo(200);
        }
    }
}
