package org.crosscheck.service;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A complete response: status, content type and body, written in one go. */
record Response(int status, String contentType, byte[] body, Map<String, String> headers) {

    static final String JSON = "application/json; charset=utf-8";
    static final String HTML = "text/html; charset=utf-8";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** 200 with {@code text} of the given content type. */
    static Response ok(String contentType, String text) {
        return new Response(200, contentType, text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** 200 with {@code value} written as JSON. */
    static Response json(Object value) {
        return ok(JSON, write(value));
    }

    /** The error's status and headers with the body {@code {"error": "<reason>"}}. */
    static Response error(ApiError error) {
        return error(error.status(), error.getMessage(), error.headers());
    }

    /** {@code status} with the body {@code {"error": "<reason>"}}, the reason on one line. */
    static Response error(int status, String reason, Map<String, String> headers) {
        String line = reason == null ? "" : reason.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        return new Response(status, JSON, write(Map.of("error", line)).getBytes(StandardCharsets.UTF_8), headers);
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response could not be serialised", e);
        }
    }
}
