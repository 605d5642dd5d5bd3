package org.crosscheck.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class VectorCacheTest {

    /** Encodes a text as {length, first character} and records every text it was asked for. */
    private static final class Recording implements SentenceEncoder {
        final List<String> asked = new ArrayList<>();

        @Override
        public synchronized List<float[]> encode(List<String> sentences) {
            asked.addAll(sentences);
            return sentences.stream().map(s -> new float[] {s.length(), s.isEmpty() ? 0 : s.charAt(0)}).toList();
        }
    }

    @Test
    void encodesEachTextOnceAndGivesTheSameVectorsInTheOrderAsked() {
        Recording inner = new Recording();
        VectorCache cache = new VectorCache(inner, 10);

        List<float[]> first = cache.encode(List.of("alpha", "be", "alpha"));
        List<float[]> second = cache.encode(List.of("be", "gamma", "alpha"));

        assertThat(first).containsExactly(new float[] {5, 'a'}, new float[] {2, 'b'}, new float[] {5, 'a'});
        assertThat(second).containsExactly(new float[] {2, 'b'}, new float[] {5, 'g'}, new float[] {5, 'a'});
        assertThat(inner.asked).containsExactly("alpha", "be", "gamma");
    }

    @Test
    void forgetsTheTextUsedLeastRecentlyPastItsCapacity() {
        Recording inner = new Recording();
        VectorCache cache = new VectorCache(inner, 2);

        cache.encode(List.of("a"));
        cache.encode(List.of("b"));
        cache.encode(List.of("a"));
        cache.encode(List.of("c"));
        cache.encode(List.of("a", "b"));

        assertThat(cache.size()).isEqualTo(2);
        assertThat(inner.asked).containsExactly("a", "b", "c", "b");
    }

    @Test
    void aVectorChangedByOneCallerDoesNotChangeWhatTheNextGets() {
        VectorCache cache = new VectorCache(new Recording(), 4);

        cache.encode(List.of("abc")).get(0)[0] = 99;

        assertThat(cache.encode(List.of("abc")).get(0)).containsExactly(3, 'a');
    }

    @Test
    void keepsNothingAtCapacityZeroAndRejectsANegativeOne() {
        Recording inner = new Recording();
        VectorCache none = new VectorCache(inner, 0);
        none.encode(List.of("x"));
        none.encode(List.of("x"));

        assertThat(inner.asked).containsExactly("x", "x");
        assertThatThrownBy(() -> new VectorCache(inner, -1)).hasMessageContaining("-1");
    }

    @Test
    void theSharedEncoderGivesACachedTextTheVectorTheModelGives() {
        String s = "The council approved the new budget on Tuesday after a long debate.";
        float[] fresh = OnnxSentenceEncoder.load("/e5-small-v2-q.onnx", "/e5-small-v2-q-tokenizer.json").encode(List.of(s)).get(0);

        SentenceEncoder.shared().encode(List.of(s));

        assertThat(SentenceEncoder.shared().encode(List.of(s)).get(0)).containsExactly(fresh);
    }
}
