package org.crosscheck.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeLibrariesTest {

    @TempDir
    Path temp;

    @AfterEach
    void clearProperties() {
        System.clearProperty(NativeLibraries.PROPERTY);
        System.clearProperty(NativeLibraries.ONNX_PATH);
    }

    @Test
    void copiesTheLibrariesOnceIntoTheFolderAndPointsOnnxRuntimeAtIt() throws IOException {
        Path folder = temp.resolve("native");
        System.setProperty(NativeLibraries.PROPERTY, folder.toString());

        NativeLibraries.useKeptCopy();

        Path library = folder.resolve(System.mapLibraryName("onnxruntime"));
        assertThat(System.getProperty(NativeLibraries.ONNX_PATH)).isEqualTo(folder.toAbsolutePath().toString());
        assertThat(library).isRegularFile();
        assertThat(folder.resolve(System.mapLibraryName("onnxruntime4j_jni"))).isRegularFile();
        try (var files = Files.list(folder)) {
            assertThat(files).hasSize(2);
        }

        // a later run finds them and copies nothing
        long written = Files.getLastModifiedTime(library).toMillis();
        System.clearProperty(NativeLibraries.ONNX_PATH);
        Files.setLastModifiedTime(library, java.nio.file.attribute.FileTime.fromMillis(written - 60_000));
        NativeLibraries.useKeptCopy();
        assertThat(Files.getLastModifiedTime(library).toMillis()).isEqualTo(written - 60_000);
        assertThat(System.getProperty(NativeLibraries.ONNX_PATH)).isEqualTo(folder.toAbsolutePath().toString());
    }

    @Test
    void leavesOnnxRuntimeToItsOwnCopyWhenTheFolderCannotBeMade() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "not a folder");
        System.setProperty(NativeLibraries.PROPERTY, file.resolve("native").toString());

        NativeLibraries.useKeptCopy();

        assertThat(System.getProperty(NativeLibraries.ONNX_PATH)).isNull();
    }

    @Test
    void doesNothingWithoutTheProperty() {
        NativeLibraries.useKeptCopy();

        assertThat(System.getProperty(NativeLibraries.ONNX_PATH)).isNull();
    }

    @Test
    void namesThisPlatformAsTheJarDoes() {
        assertThat(NativeLibraries.platform()).isIn("linux-x64", "linux-aarch64", "osx-x64", "osx-aarch64", "win-x64");
    }
}
