package org.crosscheck.batch;

import java.util.Map;
import java.util.Objects;

/**
 * What happened to one set of a batch.
 *
 * @param id the set's id from the manifest
 * @param ok whether the set was compared and its reports written
 * @param exitStatus what {@code crosscheck report} would have exited with for this set alone:
 *     0 no contradiction, 1 at least one, 2 trouble
 * @param contradictions the number of contradictions found (0 for a failed set)
 * @param findingsByType the number of findings of each discrepancy type, in a stable order
 *     (empty for a failed set)
 * @param error the one-line reason a failed set failed, or {@code null} when it did not
 */
public record SetResult(String id, boolean ok, int exitStatus, int contradictions,
        Map<String, Integer> findingsByType, String error) {

    /** Copies the map; rejects a failed set without a reason and an ok set with one. */
    public SetResult {
        Objects.requireNonNull(id, "id");
        findingsByType = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(findingsByType));
        if (ok == (error != null)) {
            throw new IllegalArgumentException("error must be given exactly when the set failed, got ok=" + ok + " error=" + error);
        }
    }

    /** The status word of the summary: {@code "ok"} or {@code "error"}. */
    public String status() {
        return ok ? "ok" : "error";
    }

    /** The total number of findings. */
    public int findings() {
        return findingsByType.values().stream().mapToInt(Integer::intValue).sum();
    }
}
