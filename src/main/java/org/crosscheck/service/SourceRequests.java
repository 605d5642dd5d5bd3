package org.crosscheck.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.model.Article;
import org.crosscheck.model.InputException;

/**
 * Turns the JSON bodies of {@code /v1/compare} and {@code /v1/check} into articles, read exactly as
 * the command line reads files: plain text kept as given, HTML reduced to the article body. Every
 * problem is a 400 {@link ApiError} whose reason names the field and the bad value.
 */
final class SourceRequests {

    /** Jackson's default cap on one string (20 M chars) would refuse texts the byte limit allows. */
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength((int) Math.min(Integer.MAX_VALUE, ArticleReader.MAX_BYTES)).build())
            .build());

    private final ArticleReader reader = new ArticleReader();

    /** A compare request: the sources in order and the lowest confidence of a contradiction shown. */
    record Compare(List<Article> sources, double minConfidence) {
    }

    /**
     * Reads {@code {"sources": [{"id": "...", "text"|"html": "..."}, ...], "minConfidence": x}}.
     * A source without an id is named {@code source-N} (N from 1); a repeated id gets {@code -2},
     * {@code -3}..., as the command line does with file names.
     */
    Compare compare(byte[] body, double defaultMinConfidence) {
        JsonNode root = object(body);
        JsonNode sources = root.get("sources");
        if (sources == null || !sources.isArray()) {
            throw ApiError.badRequest("field 'sources' must be an array of sources, got " + describe(sources));
        }
        if (sources.size() < 2) {
            throw ApiError.badRequest("need at least two sources to compare, got " + sources.size());
        }
        List<Article> articles = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            JsonNode source = sources.get(i);
            String where = "sources[" + i + "]";
            String id = id(source, where, "source-" + (i + 1));
            String unique = id;
            for (int n = 2; !used.add(unique); n++) {
                unique = id + "-" + n;
            }
            articles.add(article(source, where, unique));
        }
        return new Compare(articles, minConfidence(root.get("minConfidence"), defaultMinConfidence));
    }

    /** Reads {@code {"id": "...", "text"|"html": "..."}}, the article of a check request. */
    Article single(byte[] body) {
        JsonNode root = object(body);
        return article(root, "request", id(root, "request", "article"));
    }

    private Article article(JsonNode source, String where, String id) {
        if (!source.isObject()) {
            throw ApiError.badRequest(where + " must be an object with 'text' or 'html', got " + describe(source));
        }
        JsonNode text = source.get("text");
        JsonNode html = source.get("html");
        if ((text == null) == (html == null)) {
            throw ApiError.badRequest(where + " ('" + id + "') must have exactly one of 'text' and 'html'");
        }
        String field = text != null ? "text" : "html";
        JsonNode value = text != null ? text : html;
        if (!value.isTextual()) {
            throw ApiError.badRequest(where + "." + field + " ('" + id + "') must be a string, got " + describe(value));
        }
        try {
            return text != null ? reader.fromText(id, value.asText()) : reader.fromHtml(id, value.asText(), "");
        } catch (InputException e) {
            throw ApiError.badRequest(where + "." + field + ": " + e.getMessage());
        }
    }

    private static String id(JsonNode source, String where, String fallback) {
        JsonNode id = source.get("id");
        if (id == null || id.isNull()) {
            return fallback;
        }
        if (!id.isTextual() || id.asText().isBlank()) {
            throw ApiError.badRequest(where + ".id must be a non-blank string, got " + describe(id));
        }
        return id.asText().strip();
    }

    private static double minConfidence(JsonNode value, double fallback) {
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isNumber() || value.asDouble() < 0 || value.asDouble() > 1) {
            throw ApiError.badRequest("field 'minConfidence' must be a number from 0 to 1, got " + describe(value));
        }
        return value.asDouble();
    }

    private static JsonNode object(byte[] body) {
        if (body.length == 0) {
            throw ApiError.badRequest("invalid JSON: empty request body");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("invalid JSON: " + oneLine(e.getOriginalMessage()) + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw ApiError.badRequest("invalid JSON: " + oneLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw ApiError.badRequest("request body must be a JSON object, got " + describe(root));
        }
        return root;
    }

    /** The JSON type of {@code node} and, for short scalars, its value. */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        String type = node.getNodeType().name().toLowerCase(Locale.ROOT);
        if (node.isValueNode() && !node.isNull()) {
            String text = node.toString();
            return type + " " + (text.length() > 40 ? text.substring(0, 40) + "..." : text);
        }
        if (node.isArray()) {
            return "array of " + node.size();
        }
        return type;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
