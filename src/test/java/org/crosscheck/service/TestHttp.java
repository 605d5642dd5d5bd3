package org.crosscheck.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for the service tests: one call, one whole answer. */
final class TestHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** An answer: status, headers and body. */
    record Answer(int status, Map<String, List<String>> headers, String body) {

        /** The body read as JSON. */
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        /** The first value of header {@code name}, or null. */
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final String base;

    TestHttp(InetSocketAddress address) {
        this.base = "http://127.0.0.1:" + address.getPort();
    }

    Answer get(String path) {
        return send("GET", path, HttpRequest.BodyPublishers.noBody());
    }

    Answer post(String path, String body) {
        return send("POST", path, HttpRequest.BodyPublishers.ofString(body));
    }

    Answer send(String method, String path, HttpRequest.BodyPublisher body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").method(method, body).build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A compare request body for sources given as id, then text, alternately. */
    static String sources(String... idsAndTexts) {
        List<Map<String, String>> sources = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < idsAndTexts.length; i += 2) {
            Map<String, String> source = new LinkedHashMap<>();
            source.put("id", idsAndTexts[i]);
            source.put("text", idsAndTexts[i + 1]);
            sources.add(source);
        }
        try {
            return JSON.writeValueAsString(Map.of("sources", sources));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The field names of a JSON object, in order. */
    static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Two short articles that disagree on a figure: a good request that is quick to answer. */
    static String goodCompare() {
        return sources("wire", "Council shuts schools\n\nThe council closed three schools on Monday, the mayor said.",
                "rewrite", "Schools shut\n\nThe council closed four schools on Monday, the mayor said.");
    }
}
