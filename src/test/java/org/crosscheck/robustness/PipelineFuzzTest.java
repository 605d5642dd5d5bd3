package org.crosscheck.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.crosscheck.CrossCheck;
import org.crosscheck.cli.Main;
import org.crosscheck.model.InputException;
import org.crosscheck.report.JsonReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates excerpts of the real fixture articles and runs each pair through the whole pipeline:
 * reading the files, analysis, alignment, detection and the JSON report. Every tenth pair goes
 * through the command line itself. Nothing may escape but a one-line {@link InputException}, and
 * every report must quote its sources exactly.
 *
 * <p>A failing input is saved under {@code target/fuzz-failures/} so that it can become a case in
 * {@code src/test/resources/org/crosscheck/robustness/regressions/}.
 */
class PipelineFuzzTest {

    private static final long SEED = 20250606L;
    private static final int INPUTS = Integer.getInteger("fuzz.inputs", 5_000);
    private static final int CLI_EVERY = 10;
    private static final String[] QUOTES = {"\"", "\u201C", "\u201D", "\u2018", "\u2019", "'", "\u00AB", "\u00BB", "``", "''"};
    private static final String[] TAGS = {"<p>", "</p>", "<div class=\"ad\">", "</div>", "<script>", "</script>", "<h1>",
            "<!--", "-->", "<br>", "<b>", "</i>", "<blockquote>", "&amp;", "&#8220;", "&nbsp;", "<", ">", "<html>", "<!DOCTYPE html>"};

    @TempDir
    Path dir;

    @Test
    void wholePipelineNeverLetsAnExceptionEscapeAndEveryReportQuotesItsSources() throws IOException {
        List<List<byte[]>> cases = fixtureCases();
        Random random = new Random(SEED);
        int reports = 0;
        int rejected = 0;
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < INPUTS; i++) {
            List<byte[]> sources = cases.get(random.nextInt(cases.size()));
            int a = random.nextInt(sources.size());
            int b = sources.size() == 1 ? a : (a + 1 + random.nextInt(sources.size() - 1)) % sources.size();
            int from = random.nextInt(3) == 0 ? 0 : random.nextInt(2000);
            byte[] left = excerpt(sources.get(a), from, 100 + random.nextInt(350));
            byte[] right = random.nextInt(4) == 0 ? left.clone() : excerpt(sources.get(b), from, 100 + random.nextInt(350));
            right = mutate(right, random);
            if (random.nextInt(3) == 0) {
                left = mutate(left, random);
            }
            Path caseDir = Files.createDirectories(dir.resolve("case" + i));
            Path leftFile = Files.write(caseDir.resolve("left" + extension(random)), left);
            Path rightFile = Files.write(caseDir.resolve("right" + extension(random)), right);
            long t = System.nanoTime();
            try {
                boolean reported = i % CLI_EVERY == 0
                        ? throughCommandLine(leftFile, rightFile, caseDir.resolve("report.json"))
                        : throughLibrary(leftFile, rightFile);
                if (reported) {
                    reports++;
                } else {
                    rejected++;
                }
            } catch (Throwable e) {
                failures.add("input " + i + " (" + save(i, leftFile, rightFile) + "): " + e);
            }
            long took = (System.nanoTime() - t) / 1_000_000;
            if (took > 500) {
                System.out.printf("fuzz: input %d took %d ms (%d + %d bytes)%n", i, took, left.length, right.length);
            }
            deleteTree(caseDir);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("fuzz: %d inputs, %d reports, %d rejected (%d through the command line) in %d ms%n",
                INPUTS, reports, rejected, INPUTS / CLI_EVERY, millis);
        assertThat(failures).as("inputs that broke the pipeline").isEmpty();
        // Both outcomes must be common, or the mutations no longer exercise the pipeline.
        assertThat(reports).isGreaterThan(INPUTS / 2);
        assertThat(rejected).isGreaterThan(INPUTS / 100);
    }

    private static boolean throughCommandLine(Path left, Path right, Path json) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"report", left.toString(), right.toString(), "--json", json.toString(), "--quiet"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String errText = err.toString(StandardCharsets.UTF_8);
        assertThat(status).as("exit status, stderr %s", errText).isIn(0, 1, 2);
        if (status == 2) {
            ReportChecks.assertOneLineError(errText);
            assertThat(json).doesNotExist();
            return false;
        }
        assertThat(errText).isEmpty();
        ReportChecks.checkJsonFile(json);
        return true;
    }

    private static boolean throughLibrary(Path left, Path right) throws IOException {
        String json;
        try {
            json = new JsonReport().render(CrossCheck.compareFiles(List.of(left, right)));
        } catch (InputException e) {
            assertThat(e.getMessage()).doesNotContain("\n", "\r").isNotBlank();
            return false;
        }
        ReportChecks.checkJson(json);
        return true;
    }

    private static byte[] excerpt(byte[] source, int from, int length) {
        int start = Math.min(from, Math.max(0, source.length - length));
        return Arrays.copyOfRange(source, start, Math.min(source.length, start + length));
    }

    private static String extension(Random random) {
        return random.nextInt(8) == 0 ? ".html" : ".txt";
    }

    /** Applies one to three of the mutations, as bytes, so that UTF-8 sequences can be cut. */
    static byte[] mutate(byte[] input, Random random) {
        byte[] bytes = input;
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            bytes = switch (random.nextInt(12)) {
                case 0 -> Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1));
                case 1 -> insert(bytes, random, randomBytes(random, 1 + random.nextInt(8)));
                case 2 -> text(shuffleLines(string(bytes), random));
                case 3 -> text(repeatLine(string(bytes), random, random.nextInt(50) == 0 ? 300 : 12));
                case 4, 5 -> insert(bytes, random, text(QUOTES[random.nextInt(QUOTES.length)]));
                case 6 -> insert(bytes, random, text(TAGS[random.nextInt(TAGS.length)]));
                case 7 -> insert(bytes, random, new byte[] {(byte) random.nextInt(32)});
                case 8 -> text("\n".repeat(random.nextInt(6)) + " \r\n\t".repeat(random.nextInt(3)));
                case 9 -> insert(bytes, random, text("x".repeat(200 + random.nextInt(random.nextInt(50) == 0 ? 20_000 : 2_000))));
                case 10 -> insert(bytes, random, text(" " + "\u00E9\u201C\u00A3".repeat(100 + random.nextInt(500)) + " "));
                default -> bytes;
            };
        }
        return bytes;
    }

    private static byte[] insert(byte[] bytes, Random random, byte[] piece) {
        int at = random.nextInt(bytes.length + 1);
        byte[] result = new byte[bytes.length + piece.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(piece, 0, result, at, piece.length);
        System.arraycopy(bytes, at, result, at + piece.length, bytes.length - at);
        return result;
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] result = new byte[n];
        random.nextBytes(result);
        return result;
    }

    private static String shuffleLines(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        Collections.shuffle(lines, random);
        return String.join("\n", lines);
    }

    private static String repeatLine(String text, Random random, int times) {
        String[] lines = text.split("\n");
        String line = lines.length == 0 ? "" : lines[random.nextInt(lines.length)];
        return text + "\n" + (line + "\n").repeat(2 + random.nextInt(times));
    }

    private static String string(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<List<byte[]>> fixtureCases() throws IOException {
        List<List<byte[]>> cases = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of("fixtures"))) {
            for (Path caseDir : dirs.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(caseDir)) {
                    List<byte[]> sources = files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html"))
                            .sorted().map(PipelineFuzzTest::bytes).toList();
                    if (!sources.isEmpty()) {
                        cases.add(sources);
                    }
                }
            }
        }
        assertThat(cases).as("fixture cases").hasSizeGreaterThanOrEqualTo(5);
        return cases;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String save(int input, Path left, Path right) {
        Path target = Path.of("target", "fuzz-failures", "input" + input);
        try {
            Files.createDirectories(target);
            Files.copy(left, target.resolve(left.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(right, target.resolve(right.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return "saved in " + target;
        } catch (IOException e) {
            return "not saved: " + e;
        }
    }

    private static void deleteTree(Path caseDir) throws IOException {
        try (Stream<Path> files = Files.walk(caseDir)) {
            for (Path p : files.sorted(Collections.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
