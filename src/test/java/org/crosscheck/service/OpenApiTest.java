package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The checked-in OpenAPI description parses, describes every route and only those, and is what the server serves. */
class OpenApiTest {

    private static JsonNode description() throws Exception {
        try (InputStream in = OpenApiTest.class.getResourceAsStream(Endpoints.OPENAPI_RESOURCE)) {
            return TestHttp.JSON.readTree(in);
        }
    }

    @Test
    void isAnOpenApi3DocumentListingExactlyTheServedRoutes() throws Exception {
        JsonNode api = description();
        List<String> described = new ArrayList<>();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        List<String> served = new Routes(new Endpoints(1, Optional.empty())).all().stream()
                .map(r -> r.method() + " " + r.path()).toList();

        assertThat(api.path("openapi").asText()).startsWith("3.");
        assertThat(api.path("info").path("version").asText()).isEqualTo(CrossCheckService.VERSION);
        assertThat(described).containsExactlyInAnyOrderElementsOf(served);
    }

    @Test
    void everyReferenceResolves() throws Exception {
        JsonNode api = description();
        List<String> refs = new ArrayList<>();
        collectRefs(api, refs);

        assertThat(refs).isNotEmpty().allSatisfy(ref -> {
            assertThat(ref).startsWith("#/");
            assertThat(api.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        });
    }

    @Test
    void isServedAtV1OpenApiJson() throws Exception {
        try (CrossCheckService service = CrossCheckService.start(
                CrossCheckService.Options.loopback(1, new PrintStream(OutputStream.nullOutputStream())))) {
            TestHttp.Answer answer = new TestHttp(service.address()).get("/v1/openapi.json");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json()).isEqualTo(description());
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }
}
