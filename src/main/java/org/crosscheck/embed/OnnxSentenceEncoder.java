package org.crosscheck.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * A BERT-style sentence-embedding model in ONNX form run with ONNX Runtime: WordPiece tokens in,
 * the mean of the last hidden states over the tokens out, scaled to unit length.
 *
 * <p>The model is the quantized e5-small-v2 (intfloat, MIT licence; 34 MB), shipped in the build
 * from Maven Central. It is loaded once per JVM, on first use, and shared: ONNX Runtime sessions may be run
 * from several threads at once. Each run uses one thread of its own, since the callers already run
 * side by side. Nothing is fetched from the network; ONNX Runtime extracts its native library to
 * the JVM's temporary directory and removes it on exit.
 */
final class OnnxSentenceEncoder implements SentenceEncoder {

    /**
     * Sentences whose vectors the shared encoder keeps: about 1.6 KB each, 6.5 MB in all, the
     * sentences of a hundred news articles or so.
     */
    static final int CACHED = 4096;

    static final SentenceEncoder SHARED = new VectorCache(
            sentences -> sentences.isEmpty() ? List.of() : shared().encode(sentences), CACHED);

    private static final String MODEL = "/e5-small-v2-q.onnx";
    private static final String VOCABULARY = "/e5-small-v2-q-tokenizer.json";
    /** E5 models are trained to read a text after "query: " when texts of one kind are compared. */
    private static final String PREFIX = "query: ";
    private static final int MAX_TOKENS = 128;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;
    private final boolean typeIds;
    private final boolean firstToken;

    /** Runs once per JVM, in whichever thread asks first; the others wait for it. */
    private static final FutureTask<OnnxSentenceEncoder> LOADING = new FutureTask<>(() -> warm(load(MODEL, VOCABULARY)));

    private static final java.util.concurrent.atomic.AtomicBoolean STARTED = new java.util.concurrent.atomic.AtomicBoolean();
    /** How long {@link #awaitBackgroundLoad()} waits at most. */
    private static final long WAIT_SECONDS = 30;

    /**
     * Starts loading the shared model in a background thread unless it is loaded or loading, so
     * that a comparison about to need it finds it ready. Returns at once.
     */
    static void loadInBackground() {
        if (!LOADING.isDone() && STARTED.compareAndSet(false, true)) {
            Thread t = new Thread(LOADING, "crosscheck-sentence-model");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Waits until a load started by {@link #loadInBackground()} has ended, if one was started. */
    static void awaitBackgroundLoad() {
        if (!STARTED.get()) {
            return;
        }
        try {
            LOADING.get(WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            // a load that failed or hangs has nothing left to finish
        }
    }

    private static OnnxSentenceEncoder shared() {
        LOADING.run();
        try {
            return LOADING.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the sentence model loaded", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot load the sentence model: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private OnnxSentenceEncoder(OrtEnvironment environment, OrtSession session, WordPieceTokenizer tokenizer,
                                boolean firstToken) {
        this.firstToken = firstToken;
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.typeIds = session.getInputNames().contains("token_type_ids");
    }

    /**
     * Runs the encoder once, so that the first run's set-up (ONNX Runtime's buffers, the
     * tokenizer's classes) happens while it loads, not when a comparison waits for it. A run has no
     * effect on later ones.
     */
    private static OnnxSentenceEncoder warm(OnnxSentenceEncoder encoder) {
        encoder.encode(List.of("The sentence model is ready."));
        return encoder;
    }

    /** Loads the model and vocabulary named as class-path resources. */
    static OnnxSentenceEncoder load(String model, String vocabulary) {
        return load(model, vocabulary, false);
    }

    /** Loads a model that reads its sentence vector off the first ([CLS]) token when {@code firstToken}. */
    static OnnxSentenceEncoder load(String model, String vocabulary, boolean firstToken) {
        try (InputStream v = resource(vocabulary)) {
            WordPieceTokenizer tokenizer = WordPieceTokenizer.read(v);
            NativeLibraries.useKeptCopy();
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession session = KeptSessions.open(env, model, () -> {
                try (InputStream m = resource(model)) {
                    return readAll(m);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the sentence model " + model, e);
                }
            }, () -> {
                OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                try {
                    options.setIntraOpNumThreads(1);
                    options.setInterOpNumThreads(1);
                } catch (OrtException e) {
                    throw new IllegalStateException("cannot set up the sentence model: " + e.getMessage(), e);
                }
                return options;
            });
            return new OnnxSentenceEncoder(env, session, tokenizer, firstToken);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentence model " + model, e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the sentence model " + model + ": " + e.getMessage(), e);
        }
    }

    /**
     * The whole stream, read into a direct buffer: ONNX Runtime reads the model from it where it
     * stands, where an array would be copied once more into native memory (34 MB of memory touched
     * and 16,000 page faults less per process).
     */
    private static ByteBuffer readAll(InputStream in) throws IOException {
        int size = in.available();
        if (size <= 0) {
            byte[] all = in.readAllBytes();
            return ByteBuffer.allocateDirect(all.length).put(all).flip();
        }
        ByteBuffer buffer = ByteBuffer.allocateDirect(size);
        ReadableByteChannel channel = Channels.newChannel(in);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // a jar entry's stream may hand over less than asked at a time
        }
        byte[] rest = in.readAllBytes();
        if (rest.length == 0) {
            return buffer.flip();
        }
        buffer.flip();
        return ByteBuffer.allocateDirect(buffer.remaining() + rest.length).put(buffer).put(rest).flip();
    }

    private static InputStream resource(String name) {
        InputStream in = OnnxSentenceEncoder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the build lacks the resource " + name);
        }
        return in;
    }

    @Override
    public List<float[]> encode(List<String> sentences) {
        // one sentence per run: the quantized model scales its activations over the whole input, so
        // a sentence batched with others would come out a little different from one run alone
        // side by side when there are several: one report alone leaves a core idle
        return (sentences.size() > 1 ? sentences.parallelStream() : sentences.stream())
                .map(s -> run(new long[][] {tokenizer.ids(PREFIX + s, MAX_TOKENS)})[0]).toList();
    }

    private float[][] run(long[][] batch) {
        int width = Arrays.stream(batch).mapToInt(a -> a.length).max().orElse(0);
        long[][] ids = new long[batch.length][width];
        long[][] mask = new long[batch.length][width];
        for (int b = 0; b < batch.length; b++) {
            System.arraycopy(batch[b], 0, ids[b], 0, batch[b].length);
            Arrays.fill(mask[b], 0, batch[b].length, 1L);
        }
        List<OnnxTensor> tensors = new ArrayList<>();
        try {
            OnnxTensor idTensor = OnnxTensor.createTensor(environment, ids);
            tensors.add(idTensor);
            OnnxTensor maskTensor = OnnxTensor.createTensor(environment, mask);
            tensors.add(maskTensor);
            Map<String, OnnxTensor> inputs = new java.util.HashMap<>(Map.of("input_ids", idTensor, "attention_mask", maskTensor));
            if (typeIds) {
                OnnxTensor types = OnnxTensor.createTensor(environment, new long[batch.length][width]);
                tensors.add(types);
                inputs.put("token_type_ids", types);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                float[][] out = new float[batch.length][];
                for (int b = 0; b < batch.length; b++) {
                    out[b] = meanOfTokens(hidden[b], firstToken ? 1 : batch[b].length);
                }
                return out;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence model failed: " + e.getMessage(), e);
        } finally {
            tensors.forEach(OnnxTensor::close);
        }
    }

    private static float[] meanOfTokens(float[][] hidden, int tokens) {
        float[] v = new float[hidden[0].length];
        for (int t = 0; t < tokens; t++) {
            for (int d = 0; d < v.length; d++) {
                v[d] += hidden[t][d];
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < v.length; d++) {
            v[d] *= scale;
        }
        return v;
    }
}
