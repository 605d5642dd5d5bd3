package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entry of a gold file: a finding that must be reported, or an allowed extra.
 *
 * @param id the entry's id, or ""
 * @param type the entry's {@code type}, or "" when it names only {@code types}
 * @param types the types a report may give it: {@code types} when present and not empty, else
 *     {@code type}
 * @param anchors texts each of which must occur in the left or right sentence
 * @param values texts each of which must occur in a side's value or the summary
 */
public record GoldEntry(String id, String type, List<String> types, List<String> anchors, List<String> values) {

    /** Copies the lists. */
    public GoldEntry {
        types = List.copyOf(types);
        anchors = List.copyOf(anchors);
        values = List.copyOf(values);
    }

    /** The entry a gold file's JSON object describes. */
    static GoldEntry of(JsonNode node) {
        List<String> types = texts(node.path("types"));
        String type = node.path("type").asText("");
        if (types.isEmpty()) {
            types = List.of(type);
        }
        return new GoldEntry(node.path("id").asText(""), type, types, texts(node.path("anchors")), texts(node.path("values")));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
