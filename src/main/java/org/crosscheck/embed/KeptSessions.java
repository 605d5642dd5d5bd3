package org.crosscheck.embed;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;

/**
 * ONNX Runtime sessions whose optimised graph is kept on disk between processes. Optimising the
 * shipped model's graph (ONNX Runtime's level "all") takes about half of a session's set-up, every
 * process alike. Given a folder (the one {@link NativeLibraries} keeps the native libraries in,
 * named after the jar), the first session writes its optimised graph there and later ones load that
 * graph, in ONNX Runtime's own format, mapped into memory and read in place, with no optimisation
 * left to do: the same graph, so the same vectors, bit for bit.
 *
 * <p>Anything that goes wrong with the kept graph (no folder, a folder that cannot be written, a
 * file ONNX Runtime cannot read) leaves the session to be made from the model as shipped, as
 * without a folder.
 */
final class KeptSessions {

    /**
     * The kept graphs mapped into memory, which ONNX Runtime reads in place for as long as their
     * sessions live: held here so that they are never unmapped.
     */
    private static final List<ByteBuffer> MAPPED = new CopyOnWriteArrayList<>();

    private KeptSessions() {
    }

    /**
     * A session of the model {@code name}, whose bytes {@code model} gives (read only when no kept
     * graph serves), run with the options {@code base} makes (their optimisation level is set here).
     */
    static OrtSession open(OrtEnvironment env, String name, Supplier<ByteBuffer> model,
                           Supplier<OrtSession.SessionOptions> base) throws OrtException {
        Path kept = NativeLibraries.keptFile(name.replaceFirst("^/", "").replaceFirst("\\.onnx$", "") + ".optimised.ort");
        if (kept != null && Files.isRegularFile(kept)) {
            try (FileChannel channel = FileChannel.open(kept)) {
                MappedByteBuffer graph = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
                OrtSession.SessionOptions options = base.get();
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.NO_OPT);
                // the weights are read where the file is mapped, not copied into memory of the process
                options.addConfigEntry("session.use_ort_model_bytes_directly", "1");
                options.addConfigEntry("session.use_ort_model_bytes_for_initializers", "1");
                OrtSession session = env.createSession(graph, options);
                MAPPED.add(graph);
                return session;
            } catch (IOException | OrtException | RuntimeException e) {
                // a damaged or foreign file: the model as shipped serves
            }
        }
        ByteBuffer bytes = model.get();
        if (kept == null) {
            return env.createSession(bytes, optimising(base));
        }
        Path part = null;
        try {
            Files.createDirectories(kept.getParent());
            // written under a name of its own and moved into place whole: a run beside this one
            // never reads half a graph
            // ONNX Runtime writes its own format (which it can read in place) for a name ending ".ort"
            part = Files.createTempFile(kept.getParent(), kept.getFileName().toString(), ".part.ort");
            OrtSession.SessionOptions options = optimising(base);
            options.setOptimizedModelFilePath(part.toString());
            // ONNX Runtime warns that a graph optimised at this level suits this machine only: so
            // it is kept, in a folder of this machine's
            options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
            OrtSession session = env.createSession(bytes, options);
            if (Files.size(part) > 0) {
                Files.move(part, kept, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return session;
        } catch (IOException | OrtException e) {
            return env.createSession(bytes, optimising(base));
        } finally {
            if (part != null) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException e) {
                    // a leftover part file is never read
                }
            }
        }
    }

    private static OrtSession.SessionOptions optimising(Supplier<OrtSession.SessionOptions> base) throws OrtException {
        OrtSession.SessionOptions options = base.get();
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        return options;
    }
}
