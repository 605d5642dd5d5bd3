package org.crosscheck.align;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crosscheck.embed.SentenceEncoder;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.SentenceRef;

/**
 * The sentence vectors one pair of sources asks the encoder for, within a budget: asked for in
 * rounds, encoded in one call per round and kept.
 */
final class Vectors {

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}{2,}");

    private final SentenceEncoder encoder;
    private final AnalyzedArticle left;
    private final AnalyzedArticle right;
    private final int budget;
    private final Map<SentenceRef, float[]> known = new HashMap<>();
    private final Set<SentenceRef> wanted = new LinkedHashSet<>();
    private int spent;

    Vectors(SentenceEncoder encoder, AnalyzedArticle left, AnalyzedArticle right, int budget) {
        this.encoder = encoder;
        this.left = left;
        this.right = right;
        this.budget = budget;
    }

    /** Asks for the vectors of {@code refs}; false, asking for none, when that would pass the budget. */
    boolean want(SentenceRef... refs) {
        Set<SentenceRef> fresh = new LinkedHashSet<>();
        for (SentenceRef r : refs) {
            if (!known.containsKey(r) && !wanted.contains(r)) {
                fresh.add(r);
            }
        }
        if (!spend(fresh.size())) {
            return false;
        }
        wanted.addAll(fresh);
        return true;
    }

    /** Takes {@code n} encodings from the budget; false, taking none, when too few are left. */
    boolean spend(int n) {
        if (spent + n > budget) {
            return false;
        }
        spent += n;
        return true;
    }

    /** Encodes the sentences asked for since the last call. */
    void encode() {
        if (wanted.isEmpty()) {
            return;
        }
        List<SentenceRef> refs = List.copyOf(wanted);
        List<float[]> vectors = encoder.encode(refs.stream().map(this::text).toList());
        for (int i = 0; i < refs.size(); i++) {
            known.put(refs.get(i), vectors.get(i));
        }
        wanted.clear();
    }

    /** Whether the sentence has words enough to make a statement to judge by meaning. */
    boolean statement(SentenceRef ref) {
        return WORD.matcher(text(ref)).results().count() >= MeaningMatcher.MIN_WORDS;
    }

    /**
     * The vectors of {@code texts} (joined sentences, say), in order, encoded in one call together
     * with the sentences asked for since the last {@link #encode()}: a call of several runs them
     * side by side, where one call per text would run them one after another.
     */
    List<float[]> encodeWith(List<String> texts) {
        List<SentenceRef> refs = List.copyOf(wanted);
        List<String> all = new java.util.ArrayList<>(refs.size() + texts.size());
        refs.forEach(r -> all.add(text(r)));
        all.addAll(texts);
        if (all.isEmpty()) {
            return List.of();
        }
        List<float[]> vectors = encoder.encode(all);
        for (int i = 0; i < refs.size(); i++) {
            known.put(refs.get(i), vectors.get(i));
        }
        wanted.clear();
        return vectors.subList(refs.size(), vectors.size());
    }

    String text(SentenceRef ref) {
        return (ref.source().equals(left.id()) ? left : right).sentence(ref.sentence()).text();
    }

    float[] of(SentenceRef ref) {
        return known.get(ref);
    }

    double cosine(SentenceRef a, SentenceRef b) {
        return SentenceEncoder.cosine(known.get(a), known.get(b));
    }
}
