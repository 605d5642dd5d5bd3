package org.crosscheck.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Renders {@code summary.json}: totals, then one object per set with {@code id}, {@code status}
 * ({@code "ok"} or {@code "error"}), {@code exit} (what a single {@code report} would exit with),
 * {@code contradictions}, {@code findings} (by discrepancy type), and {@code error} for a failed
 * set. Field names are stable: add, never rename or drop.
 */
public final class BatchSummary {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The JSON text for {@code result}. */
    public String render(BatchResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("sets", result.sets().size());
        root.put("ok", result.sets().stream().filter(SetResult::ok).count());
        root.put("errors", result.sets().stream().filter(s -> !s.ok()).count());
        root.put("withContradictions", result.sets().stream().filter(s -> s.contradictions() > 0).count());
        root.put("exit", result.exitStatus());
        List<Map<String, Object>> sets = result.sets().stream().map(BatchSummary::set).toList();
        root.put("results", sets);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("summary could not be serialised", e);
        }
    }

    private static Map<String, Object> set(SetResult s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("status", s.status());
        m.put("exit", s.exitStatus());
        m.put("contradictions", s.contradictions());
        m.put("findings", s.findingsByType());
        if (!s.ok()) {
            m.put("error", s.error());
        }
        return m;
    }
}
