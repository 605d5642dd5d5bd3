package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;

import org.crosscheck.ingest.ArticleReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every refused request gets its status and a one-line JSON error, and the server answers the next good request. */
class BadRequestsTest {

    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static CrossCheckService service;
    private static TestHttp http;

    @BeforeAll
    static void start() throws Exception {
        service = CrossCheckService.start(CrossCheckService.Options.loopback(2, new PrintStream(LOG, true, StandardCharsets.UTF_8)));
        http = new TestHttp(service.address());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("POST", "/v1/compare", "{\"sources\": [", 400, "invalid JSON: "),
                Arguments.of("POST", "/v1/compare", "", 400, "invalid JSON: empty request body"),
                Arguments.of("POST", "/v1/compare", "[1, 2]", 400, "request body must be a JSON object, got array"),
                Arguments.of("POST", "/v1/compare", "{\"articles\": []}", 400, "field 'sources' must be an array of sources, got nothing"),
                Arguments.of("POST", "/v1/compare", TestHttp.sources("only", "The council closed three schools."), 400,
                        "need at least two sources to compare, got 1"),
                Arguments.of("POST", "/v1/compare", "{\"sources\": []}", 400, "need at least two sources to compare, got 0"),
                Arguments.of("POST", "/v1/compare", TestHttp.sources("a", "The council closed three schools.", "b", ""), 400,
                        "sources[1].text: b: article is empty (no text)"),
                Arguments.of("POST", "/v1/compare", TestHttp.sources("a", " \n\t", "b", "The council closed three schools."), 400,
                        "sources[0].text: a: article is empty (only white space)"),
                Arguments.of("POST", "/v1/compare", TestHttp.sources("a", "The council closed three schools.", "b", "PNG\u0000\u0001\u0002"),
                        400, "sources[1].text: b: binary content (NUL bytes), expected text or HTML"),
                Arguments.of("POST", "/v1/compare", TestHttp.sources("a", "The council closed three schools.",
                        "b", "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008 abc"), 400,
                        "sources[1].text: b: binary content (mostly control characters), expected text or HTML"),
                Arguments.of("POST", "/v1/compare", "{\"sources\": [{\"id\": \"a\", \"text\": 5}, {\"id\": \"b\", \"text\": \"x\"}]}",
                        400, "sources[0].text ('a') must be a string, got number 5"),
                Arguments.of("POST", "/v1/compare", "{\"sources\": [{\"id\": \"a\"}, {\"id\": \"b\", \"text\": \"x\"}]}",
                        400, "sources[0] ('a') must have exactly one of 'text' and 'html'"),
                Arguments.of("POST", "/v1/compare", "{\"sources\": [{\"text\": \"x\", \"html\": \"<p>x</p>\"}, {\"text\": \"y\"}]}",
                        400, "sources[0] ('source-1') must have exactly one of 'text' and 'html'"),
                Arguments.of("POST", "/v1/compare", "{\"sources\": [{\"html\": \"<html><body><nav>Home</nav></body></html>\"}, {\"text\": \"y\"}]}",
                        400, "sources[0].html: source-1: no article text found in the HTML"),
                Arguments.of("POST", "/v1/compare", "{\"sources\": [\"a.txt\", \"b.txt\"]}",
                        400, "sources[0] must be an object with 'text' or 'html', got string \"a.txt\""),
                Arguments.of("POST", "/v1/compare", "{\"sources\": [{\"id\": 7, \"text\": \"x\"}, {\"text\": \"y\"}]}",
                        400, "sources[0].id must be a non-blank string, got number 7"),
                Arguments.of("POST", "/v1/compare?format=pdf", TestHttp.goodCompare(), 400, "format must be 'json' or 'html', got 'pdf'"),
                Arguments.of("POST", "/v1/compare", TestHttp.goodCompare().replace("{\"sources\"", "{\"minConfidence\": 2, \"sources\""),
                        400, "field 'minConfidence' must be a number from 0 to 1, got number 2"),
                Arguments.of("GET", "/v2/compare", "", 404, "no endpoint at /v2/compare; the API is described at GET /v1/openapi.json"),
                Arguments.of("GET", "/", "", 404, "no endpoint at /; the API is described at GET /v1/openapi.json"),
                Arguments.of("POST", "/v1/check", "{\"id\": \"a\", \"text\": \"The council closed three schools.\"}", 404,
                        "no archive: this server was started without --archive, so /v1/check is not available"),
                Arguments.of("GET", "/v1/compare", "", 405, "method GET not allowed on /v1/compare, use POST"),
                Arguments.of("DELETE", "/v1/health", "", 405, "method DELETE not allowed on /v1/health, use GET"),
                Arguments.of("PUT", "/v1/openapi.json", "{}", 405, "method PUT not allowed on /v1/openapi.json, use GET"));
    }

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @MethodSource("badRequests")
    void refusesWithStatusAndOneLineJsonErrorThenAnswersTheNextGoodRequest(String method, String path, String body,
            int status, String error) {
        TestHttp.Answer answer = http.send(method, path, body.isEmpty() && !method.equals("POST")
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));

        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(TestHttp.fieldNames(answer.json())).containsExactly("error");
        assertThat(answer.json().path("error").asText()).startsWith(error).doesNotContain("\n");
        assertAnswersAGoodRequest();
    }

    @Test
    void namesTheMethodThePathTakesInTheAllowHeader() {
        assertThat(http.get("/v1/compare").header("Allow")).isEqualTo("POST");
    }

    @Test
    void refusesABodyOverTwentyMebibytesWith413() {
        byte[] body = new byte[(int) ArticleReader.MAX_BYTES + 1];
        Arrays.fill(body, (byte) ' ');

        TestHttp.Answer answer = http.send("POST", "/v1/compare", HttpRequest.BodyPublishers.ofByteArray(body));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().path("error").asText())
                .isEqualTo("request body too large (20971521 bytes), the limit is 20971520 bytes (20 MiB)");
        assertAnswersAGoodRequest();
    }

    @Test
    void refusesAnOversizedBodySentWithoutALengthWith413() {
        byte[] body = new byte[(int) ArticleReader.MAX_BYTES + 1000];
        Arrays.fill(body, (byte) ' ');

        TestHttp.Answer answer = http.send("POST", "/v1/compare",
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().path("error").asText())
                .isEqualTo("request body too large (more than 20971520 bytes), the limit is 20971520 bytes (20 MiB)");
        assertAnswersAGoodRequest();
    }

    @Test
    void answersHealthWithStatusAndVersion() {
        TestHttp.Answer answer = http.get("/v1/health");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json()).isEqualTo(TestHttp.JSON.createObjectNode()
                .put("status", "ok").put("version", CrossCheckService.VERSION).put("archive", false));
    }

    @Test
    void writesOneAccessLogLinePerRequestWithTheTimeTaken() {
        http.get("/v1/health?probe=1");

        // the line is written once the answer has gone, and other requests' lines may interleave
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!LOG.toString(StandardCharsets.UTF_8).contains("probe=1") && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(LOG.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("probe=1"))).singleElement().asString()
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z 127\\.0\\.0\\.1 \"GET /v1/health\\?probe=1\" 200 \\d+ \\d+\\.\\dms");
    }

    private static void assertAnswersAGoodRequest() {
        TestHttp.Answer answer = http.post("/v1/compare", TestHttp.goodCompare());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("discrepancies")).anySatisfy(d -> assertThat(d.path("type").asText()).isEqualTo("NUMBER"));
    }
}
