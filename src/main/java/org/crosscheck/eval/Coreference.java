package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The gold name of a pronoun or descriptive PolNeAR source, read from CoreNLP's coreference
 * chain (automatic, so the figures it feeds are approximate).
 */
final class Coreference {

    private Coreference() {
    }

    /**
     * The chain of the mention covering the source (its head inside the source preferred); among
     * the chain's named mentions whose head is tagged PERSON (else ORGANIZATION), the longest with
     * the most frequent surname. A bare relative "who" with no chain takes the last name run of
     * the clause before it. Null when nothing names the source.
     */
    static String name(String text, PolnearDocs.Segments source, List<PolnearDocs.CorefMention> coref) {
        if (coref != null) {
            Integer chain = chainFor(source, coref);
            if (chain != null) {
                for (String want : List.of("PERSON", "ORGANIZATION")) {
                    List<String> named = new ArrayList<>();
                    for (PolnearDocs.CorefMention m : coref) {
                        if (m.chain() != chain || !want.equals(m.ner())) {
                            continue;
                        }
                        String t = text.substring(m.start(), m.end());
                        if (GoldNames.classify(t) == GoldNames.SourceClass.NAMED) {
                            String g = GoldNames.nameOfNamed(t);
                            if (g != null) {
                                named.add(g);
                            }
                        }
                    }
                    if (!named.isEmpty()) {
                        Map<String, Integer> counts = new HashMap<>();
                        named.forEach(n -> counts.merge(GoldNames.surname(n), 1, Integer::sum));
                        String top = null;
                        for (String n : named) { // first most frequent, as Counter.most_common keeps insertion order
                            String sn = GoldNames.surname(n);
                            if (top == null || counts.get(sn) > counts.get(top)) {
                                top = sn;
                            }
                        }
                        String best = null;
                        for (String n : named) {
                            if (java.util.Objects.equals(GoldNames.surname(n), top) && (best == null || n.length() > best.length())) {
                                best = n;
                            }
                        }
                        return best;
                    }
                }
            }
        }
        String src = source.of(text).strip().toLowerCase(Locale.ROOT);
        if (GoldNames.RELATIVES.contains(src)) {
            int b = source.parts().get(0)[0];
            String before = text.substring(Math.max(0, b - 120), b);
            String[] clauses = before.split("[.;:!?\n]", -1);
            List<List<String>> runs = GoldNames.nameRuns(clauses[clauses.length - 1]);
            if (!runs.isEmpty()) {
                return String.join(" ", runs.get(runs.size() - 1));
            }
        }
        return null;
    }

    private static Integer chainFor(PolnearDocs.Segments source, List<PolnearDocs.CorefMention> coref) {
        Integer best = null;
        boolean bestHeadIn = false;
        int bestScore = Integer.MIN_VALUE;
        for (PolnearDocs.CorefMention m : coref) {
            int ov = source.overlap(m.start(), m.end());
            if (ov <= 0) {
                continue;
            }
            boolean headIn = source.parts().stream().anyMatch(p -> p[0] <= m.headStart() && m.headEnd() <= p[1]);
            int score = headIn ? -(m.end() - m.start()) : ov;
            if (best == null || headIn && !bestHeadIn || headIn == bestHeadIn && score > bestScore) {
                best = m.chain();
                bestHeadIn = headIn;
                bestScore = score;
            }
        }
        return best;
    }
}
