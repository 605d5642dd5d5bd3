package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.crosscheck.model.Article;
import org.crosscheck.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * In-flight limits, slow requests and failing analyses, with an archive whose check blocks until
 * the test lets it go, so that "in flight" is exact rather than a matter of timing.
 */
@Timeout(120)
class ConcurrencyTest {

    private static final PrintStream NO_LOG = new PrintStream(OutputStream.nullOutputStream());

    /** An archive whose checks wait for {@link #release} and answer with the article's id and {@code top}. */
    private static final class GatedArchive implements ArchiveLookup {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String check(Article article, int top) {
            entered.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "{\"checked\": \"" + article.id() + "\", \"top\": " + top + "}";
        }
    }

    @Test
    void refusesAnalysisBeyondTheInFlightLimitWith503AndRetryAfterThenServesAgain() throws Exception {
        GatedArchive archive = new GatedArchive();
        try (CrossCheckService service = CrossCheckService.start(
                new CrossCheckService.Options("127.0.0.1", 0, 1, 1, Optional.of(archive), NO_LOG))) {
            TestHttp http = new TestHttp(service.address());
            CompletableFuture<TestHttp.Answer> slow = CompletableFuture.supplyAsync(
                    () -> http.post("/v1/check?top=3", "{\"id\": \"late-edition\", \"text\": \"The council closed three schools.\"}"));
            assertThat(archive.entered.await(30, TimeUnit.SECONDS)).isTrue();

            TestHttp.Answer busy = http.post("/v1/compare", TestHttp.goodCompare());
            TestHttp.Answer health = http.get("/v1/health");
            archive.release.countDown();

            assertThat(busy.status()).isEqualTo(503);
            assertThat(busy.header("Retry-After")).isEqualTo("1");
            assertThat(busy.json().path("error").asText()).isEqualTo("server busy: 1 requests in flight, retry after 1 s");
            assertThat(health.status()).isEqualTo(200);
            assertThat(slow.get(30, TimeUnit.SECONDS).json()).isEqualTo(TestHttp.JSON.readTree("{\"checked\": \"late-edition\", \"top\": 3}"));
            assertThat(http.post("/v1/compare", TestHttp.goodCompare()).status()).isEqualTo(200);
        }
    }

    @Test
    void aSlowRequestDoesNotBlockOthers() throws Exception {
        GatedArchive archive = new GatedArchive();
        try (CrossCheckService service = CrossCheckService.start(
                new CrossCheckService.Options("127.0.0.1", 0, 2, 8, Optional.of(archive), NO_LOG))) {
            TestHttp http = new TestHttp(service.address());
            CompletableFuture<TestHttp.Answer> slow = CompletableFuture.supplyAsync(
                    () -> http.post("/v1/check", "{\"text\": \"The council closed three schools.\"}"));
            assertThat(archive.entered.await(30, TimeUnit.SECONDS)).isTrue();

            for (int i = 0; i < 3; i++) {
                assertThat(http.post("/v1/compare", TestHttp.goodCompare()).status()).isEqualTo(200);
            }
            assertThat(slow).isNotDone();
            archive.release.countDown();
            assertThat(slow.get(30, TimeUnit.SECONDS).json().path("checked").asText()).isEqualTo("article");
        }
    }

    @Test
    void aFailingAnalysisIsThatRequestsErrorAndTheServerGoesOn() {
        ArchiveLookup broken = (article, top) -> {
            if (article.text().contains("crash")) {
                throw new IllegalStateException("index corrupt");
            }
            throw new InputException(article.id() + ": too short to check");
        };
        try (CrossCheckService service = CrossCheckService.start(
                new CrossCheckService.Options("127.0.0.1", 0, 1, 4, Optional.of(broken), NO_LOG))) {
            TestHttp http = new TestHttp(service.address());

            TestHttp.Answer crashed = http.post("/v1/check", "{\"id\": \"x\", \"text\": \"crash now\"}");
            TestHttp.Answer refused = http.post("/v1/check", "{\"id\": \"y\", \"text\": \"hello\"}");
            TestHttp.Answer badTop = http.post("/v1/check?top=0", "{\"id\": \"y\", \"text\": \"hello\"}");

            assertThat(crashed.status()).isEqualTo(500);
            assertThat(crashed.json().path("error").asText()).isEqualTo("internal error: IllegalStateException: index corrupt");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().path("error").asText()).isEqualTo("y: too short to check");
            assertThat(badTop.status()).isEqualTo(400);
            assertThat(badTop.json().path("error").asText()).isEqualTo("top must be a whole number from 1 to 50, got '0'");
            assertThat(http.post("/v1/compare", TestHttp.goodCompare()).status()).isEqualTo(200);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
