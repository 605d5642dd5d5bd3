package org.crosscheck.embed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * ONNX Runtime's native libraries kept in a folder that outlives the process. By default ONNX
 * Runtime copies its 16 MB library out of the jar into a new temporary folder on every start and
 * deletes it on exit; given a folder (system property {@value #PROPERTY}, which bin/crosscheck sets
 * to one beside its start-up cache, named after the jar), the first run copies the libraries there
 * and later runs load them from it.
 *
 * <p>Anything that goes wrong (no such platform in the jar, a folder that cannot be written) leaves
 * ONNX Runtime to its own copy, as without the property.
 */
final class NativeLibraries {

    /** The system property naming the folder. */
    static final String PROPERTY = "crosscheck.native.dir";
    /** ONNX Runtime's own property: the folder it loads its libraries from instead of copying them. */
    static final String ONNX_PATH = "onnxruntime.native.path";
    private static final List<String> LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");

    private NativeLibraries() {
    }

    /**
     * Points ONNX Runtime at the kept libraries, copying them into the folder first when it lacks
     * them; does nothing when the property is not set or ONNX Runtime's own is. Call before ONNX
     * Runtime's first use.
     */
    static void useKeptCopy() {
        String dir = System.getProperty(PROPERTY, "");
        String platform = platform();
        if (dir.isBlank() || System.getProperty(ONNX_PATH) != null || platform == null) {
            return;
        }
        Path folder = Path.of(dir);
        try {
            for (String library : LIBRARIES) {
                if (!keep(platform, System.mapLibraryName(library), folder)) {
                    return;
                }
            }
            System.setProperty(ONNX_PATH, folder.toAbsolutePath().toString());
        } catch (IOException | RuntimeException e) {
            // ONNX Runtime copies its libraries out of the jar itself, as it does without the property
        }
    }

    /**
     * Where a file derived from the jar's contents (an optimised model graph, say) may be kept
     * between processes: in the same folder, or null when no folder was given.
     */
    static Path keptFile(String name) {
        String dir = System.getProperty(PROPERTY, "");
        return dir.isBlank() ? null : Path.of(dir).resolve(name);
    }

    /** Whether {@code folder} holds the library, copied there now if it did not; false when the jar lacks it. */
    private static boolean keep(String platform, String file, Path folder) throws IOException {
        Path target = folder.resolve(file);
        if (Files.isRegularFile(target)) {
            return true;
        }
        try (InputStream in = NativeLibraries.class.getResourceAsStream("/ai/onnxruntime/native/" + platform + "/" + file)) {
            if (in == null) {
                return false;
            }
            Files.createDirectories(folder);
            // written under a name of its own and moved into place whole: a run beside this one
            // never loads half a library
            Path part = Files.createTempFile(folder, file, ".part");
            try {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
        }
        return true;
    }

    /** The jar's folder name for this platform, as ONNX Runtime names it ("linux-x64"), or null. */
    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String o = os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win" : os.contains("nux") ? "linux" : null;
        String a = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") ? "aarch64" : null;
        return o == null || a == null ? null : o + "-" + a;
    }
}
