package org.crosscheck.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.crosscheck.model.Discrepancy;

/**
 * The order in which the page lists discrepancies and their kinds: contradictions before the
 * informational omissions and additions, each group most severe first, keeping the report's
 * order among equals.
 */
final class FindingOrder {

    private static final List<String> KNOWN_TYPES = List.of(
            "ATTRIBUTION", "QUOTE_WORDING", "NUMBER", "ENTITY", "NEGATION", "DATE", "OMISSION", "ADDITION");

    private FindingOrder() {
    }

    /** Positions in {@code discrepancies} of the contradictions, most severe first. */
    static List<Integer> contradictions(List<Discrepancy> discrepancies) {
        return ordered(discrepancies, true);
    }

    /** Positions in {@code discrepancies} of omissions and additions, most severe first. */
    static List<Integer> informational(List<Discrepancy> discrepancies) {
        return ordered(discrepancies, false);
    }

    /** The kinds present in {@code discrepancies}, known kinds in a fixed order, others after them. */
    static List<String> types(List<Discrepancy> discrepancies) {
        Set<String> present = new LinkedHashSet<>();
        discrepancies.forEach(d -> present.add(d.type()));
        List<String> out = new ArrayList<>();
        KNOWN_TYPES.stream().filter(present::contains).forEach(out::add);
        present.stream().filter(t -> !KNOWN_TYPES.contains(t)).sorted().forEach(out::add);
        return out;
    }

    private static List<Integer> ordered(List<Discrepancy> discrepancies, boolean contradiction) {
        return IntStream.range(0, discrepancies.size()).boxed()
                .filter(i -> discrepancies.get(i).isContradiction() == contradiction)
                .sorted(Comparator.comparing((Integer i) -> discrepancies.get(i).finding().severity()))
                .toList();
    }
}
