import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites the class files of a jar under the named packages that are older than Java 6 (class
 * file version 49 or less) as Java 8 ones (version 52) with stack map frames, the same bytecode
 * otherwise. A class file older than Java 6 has no stack map frames: the JVM verifies it with its
 * old, slower verifier on every start, and neither a class-data-sharing archive nor JDK 25's AOT
 * cache keeps it. picocli's classes are such (its jar targets Java 5), and SLF4J 1.7's: about 190
 * of them loaded from the jar and were verified on every run of a report, picocli's before the
 * report could start.
 *
 * <p>Run by the build after the jar is shaded, before the start-up archive is made (JDK source
 * launcher, with ASM on the class path; nothing compiled into the product):
 * {@code java -cp ASM.jar scripts/ModernClassFiles.java JAR PACKAGE_PATH...}, a package path such
 * as {@code picocli/}. Every class rewritten is then loaded, linked and verified from the jar by
 * the running JVM: a frame ASM got wrong fails the build here, not a user's run. Exit status 2 on
 * bad arguments or when a package path names no class; 1 when a rewritten class fails verification.
 */
public final class ModernClassFiles {

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java -cp ASM.jar scripts/ModernClassFiles.java JAR PACKAGE_PATH...");
            System.exit(2);
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            System.err.println("modern-class-files: no such jar: " + jar);
            System.exit(2);
        }
        List<String> rewritten = new ArrayList<>();
        // the frames name the common superclass of two types: read from the jar itself, the JDK's
        // classes from the platform
        try (URLClassLoader original = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
             FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            Path root = zip.getPath("/");
            for (int a = 1; a < args.length; a++) {
                Path dir = zip.getPath("/" + args[a]);
                if (!Files.isDirectory(dir)) {
                    System.err.println("modern-class-files: " + jar.getFileName() + " has no package " + args[a]);
                    System.exit(2);
                }
                List<Path> classes;
                try (Stream<Path> all = Files.walk(dir)) {
                    classes = all.filter(p -> p.toString().endsWith(".class")).toList();
                }
                for (Path p : classes) {
                    byte[] bytes = Files.readAllBytes(p);
                    int major = ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
                    if (major >= Opcodes.V1_6) {
                        continue;
                    }
                    byte[] modern = modernise(bytes, original);
                    Files.delete(p);
                    Files.write(p, modern);
                    String name = root.relativize(p).toString();
                    rewritten.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                }
            }
        }
        if (rewritten.isEmpty()) {
            System.out.println("modern-class-files: no class older than Java 6 under " + List.of(args).subList(1, args.length));
            return;
        }
        verify(jar, rewritten);
        System.out.println("modern-class-files: " + rewritten.size() + " classes of " + jar.getFileName()
                + " rewritten as Java 8 class files with stack map frames, and verified");
    }

    private static byte[] modernise(byte[] bytes, ClassLoader types) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return types;
            }
        };
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }

    /** Loads and initialises each rewritten class from the jar, so that the JVM verifies every method of it. */
    private static void verify(Path jar, List<String> names) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            for (String name : names) {
                try {
                    Class.forName(name, true, loader);
                } catch (VerifyError | ClassFormatError e) {
                    System.err.println("modern-class-files: " + name + " fails verification once rewritten: " + e.getMessage());
                    System.exit(1);
                } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
                    // a class whose initialiser needs what a bare loader lacks was still verified first
                }
            }
        }
    }
}
