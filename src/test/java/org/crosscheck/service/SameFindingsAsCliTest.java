package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.crosscheck.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service and the command line give the same report for the same sources. */
class SameFindingsAsCliTest {

    private static final Path SKY = Path.of("fixtures/seeds/sky-news.txt");
    private static final Path FORCES = Path.of("fixtures/seeds/forces-news.txt");

    @Test
    void reportsTheSeedPairAsTheCommandLineDoes(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("seed.json");
        int status = Main.run(new String[] {"report", SKY.toString(), FORCES.toString(), "--json", json.toString(), "--quiet"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        JsonNode cli = TestHttp.JSON.readTree(json.toFile());

        JsonNode served;
        try (CrossCheckService service = CrossCheckService.start(
                CrossCheckService.Options.loopback(2, new PrintStream(OutputStream.nullOutputStream())))) {
            TestHttp.Answer answer = new TestHttp(service.address()).post("/v1/compare",
                    TestHttp.sources("sky-news", Files.readString(SKY), "forces-news", Files.readString(FORCES)));
            assertThat(answer.status()).isEqualTo(200);
            served = answer.json();
        }

        assertThat(status).isEqualTo(1);
        assertThat(cli.path("discrepancies")).isNotEmpty();
        assertThat(served.path("discrepancies")).isEqualTo(cli.path("discrepancies"));
        assertThat(served.path("alignments")).isEqualTo(cli.path("alignments"));
        assertThat(served.path("summary")).isEqualTo(cli.path("summary"));
        // the one difference: a source posted as text has no path
        assertThat(served.path("sources").get(0).path("id").asText()).isEqualTo("sky-news");
        assertThat(served.path("sources").get(0).path("title")).isEqualTo(cli.path("sources").get(0).path("title"));
    }

    @Test
    void answersWithTheHtmlReportWhenAskedForHtml() throws Exception {
        try (CrossCheckService service = CrossCheckService.start(
                CrossCheckService.Options.loopback(1, new PrintStream(OutputStream.nullOutputStream())))) {
            TestHttp.Answer answer = new TestHttp(service.address()).post("/v1/compare?format=html", TestHttp.goodCompare());

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
            assertThat(answer.body()).startsWithIgnoringCase("<!doctype html>").contains("<title>crosscheck: wire vs rewrite</title>");
        }
    }

    @Test
    void readsHtmlSourcesAsTheCommandLineReadsHtmlFiles() throws Exception {
        Path page = Path.of("fixtures/health-study/c7-news.html");
        String body = "{\"sources\": [{\"id\": \"original\", \"text\": " + TestHttp.JSON.writeValueAsString(
                Files.readString(Path.of("fixtures/health-study/original.txt"))) + "}, {\"id\": \"c7-news\", \"html\": "
                + TestHttp.JSON.writeValueAsString(Files.readString(page)) + "}]}";
        try (CrossCheckService service = CrossCheckService.start(
                CrossCheckService.Options.loopback(1, new PrintStream(OutputStream.nullOutputStream())))) {
            JsonNode served = new TestHttp(service.address()).post("/v1/compare", body).json();

            assertThat(served.path("sources").get(1).path("sentences").asInt())
                    .isEqualTo(org.crosscheck.CrossCheck.analyzeFile(page).sentences().size());
        }
    }
}
