package org.crosscheck.embed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A sentence encoder that remembers the vectors it gave, by the exact text encoded, and encodes
 * only texts it has not seen: the original a desk checks many rewrites against, or a source shared
 * by several sets of a manifest, is encoded once per JVM. Bounded: past its capacity the text used
 * least recently is forgotten.
 *
 * <p>The vectors are the ones the wrapped encoder gives, which must encode a text the same whatever
 * else it is encoded with (the shipped model does: one text per run). Safe to call from several
 * threads at once when the wrapped encoder is.
 */
final class VectorCache implements SentenceEncoder {

    private final SentenceEncoder encoder;
    private final int capacity;
    /** Guarded by itself; in access order, so the eldest entry is the one used least recently. */
    private final LinkedHashMap<String, float[]> known;

    /**
     * A cache of at most {@code capacity} vectors in front of {@code encoder}; capacity 0 keeps none.
     */
    VectorCache(SentenceEncoder encoder, int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative, got " + capacity);
        }
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.capacity = capacity;
        this.known = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > VectorCache.this.capacity;
            }
        };
    }

    @Override
    public List<float[]> encode(List<String> sentences) {
        float[][] out = new float[sentences.size()][];
        Set<String> missing = new LinkedHashSet<>();
        synchronized (known) {
            for (int i = 0; i < out.length; i++) {
                float[] v = known.get(sentences.get(i));
                if (v == null) {
                    missing.add(sentences.get(i));
                } else {
                    out[i] = v;
                }
            }
        }
        if (!missing.isEmpty()) {
            List<String> texts = new ArrayList<>(missing);
            List<float[]> fresh = encoder.encode(texts);
            Map<String, float[]> byText = new LinkedHashMap<>();
            for (int i = 0; i < texts.size(); i++) {
                byText.put(texts.get(i), fresh.get(i));
            }
            synchronized (known) {
                known.putAll(byText);
            }
            for (int i = 0; i < out.length; i++) {
                if (out[i] == null) {
                    out[i] = byText.get(sentences.get(i));
                }
            }
        }
        // callers get copies: a vector changed by one caller must not change another's
        List<float[]> copies = new ArrayList<>(out.length);
        for (float[] v : out) {
            copies.add(v.clone());
        }
        return copies;
    }

    /** How many vectors are kept now. */
    int size() {
        synchronized (known) {
            return known.size();
        }
    }
}
