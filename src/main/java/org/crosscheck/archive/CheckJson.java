package org.crosscheck.archive;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.crosscheck.report.JsonReport;

/**
 * Renders a check as the JSON report contract ({@link JsonReport}: the compared archived articles
 * first, the copy last) plus {@code "matches"}: every archived article that reports the same
 * story, best first, as {@code {"id", "score", "closeness", "shared_sentences", "copy_sentences", "title",
 * "compared", "examples"}}; {@code []} when none does.
 */
public final class CheckJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The JSON text of {@code result}. */
    public String render(CheckResult result) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(new JsonReport().render(result.report()));
            root.set("matches", MAPPER.valueToTree(matches(result)));
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("check result could not be serialised", e);
        }
    }

    private static List<Map<String, Object>> matches(CheckResult result) {
        return result.matches().stream().map(m -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", m.id());
            o.put("score", Math.round(m.score() * 1000) / 1000.0);
            o.put("closeness", Math.round(m.closeness() * 1000) / 1000.0);
            o.put("shared_sentences", m.sharedSentences());
            o.put("copy_sentences", m.copySentences());
            o.put("title", m.title());
            o.put("compared", result.comparedMatches().contains(m));
            o.put("examples", m.pairs().stream().map(p -> {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("copy_sentence", p.copySentence());
                e.put("archived_sentence", p.archivedSentence());
                e.put("similarity", Math.round(p.similarity() * 1000) / 1000.0);
                return e;
            }).toList());
            return o;
        }).toList();
    }
}
