package org.crosscheck.embed;

import java.util.List;

/**
 * Turns sentences into points of a meaning space: two sentences that say the same thing in other
 * words lie close together.
 *
 * <p>An implementation must be safe to call from several threads at once.
 */
@FunctionalInterface
public interface SentenceEncoder {

    /**
     * One unit vector per sentence, in the order given, all of the same dimension. An empty list
     * gives an empty list.
     */
    List<float[]> encode(List<String> sentences);

    /**
     * The encoder that ships in the build (a small sentence-embedding model), loaded on first use.
     * It keeps the vectors of the last few thousand texts it encoded, so a text met again (the
     * original of several rewrites) is encoded once.
     */
    static SentenceEncoder shared() {
        return OnnxSentenceEncoder.SHARED;
    }

    /**
     * Starts loading the shared encoder in the background, so that it is ready when a comparison
     * needs it; returns at once. Loading happens once per JVM whoever asks first.
     */
    static void prepareShared() {
        OnnxSentenceEncoder.loadInBackground();
    }

    /**
     * Waits until a load started by {@link #prepareShared()} has ended (at most half a minute); returns
     * at once when none was started. Call it before {@code System.exit}: ONNX Runtime crashes the
     * process (SIGBUS, exit status 134) when the JVM exits while the model is being loaded.
     */
    static void awaitPrepared() {
        OnnxSentenceEncoder.awaitBackgroundLoad();
    }

    /** Cosine of two unit vectors of the same dimension: their dot product. */
    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors differ in dimension: " + a.length + " and " + b.length);
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
