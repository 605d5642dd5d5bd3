package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a newsroom pipeline sees it: the exit status and the one line on standard
 * error for each kind of bad input, and the reports and summary on success.
 */
class MainTest {

    private static final Path SKY = Path.of("fixtures/seeds/sky-news.txt");
    private static final Path FORCES = Path.of("fixtures/seeds/forces-news.txt");
    private static final String STORY = "Council shuts three schools\n\n"
            + "The council closed three schools on Monday after the storm, its leader said.\n";

    @TempDir
    Path dir;

    /** The outcome of one run. */
    record Run(int status, String out, String err) {
    }

    @Test
    void missingFileIsTroubleNamingIt() throws IOException {
        Path missing = dir.resolve("nowhere.txt");

        assertTrouble(run("report", story("a.txt"), missing.toString()), missing + ": file not found");
    }

    @Test
    void unreadableFileIsTroubleNamingIt() throws IOException {
        Path locked = Path.of(story("locked.txt"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        // Root reads any file whatever its permissions, so only an ordinary user can observe this.
        assumeFalse(Files.isReadable(locked), "running as a user who can read any file");

        assertTrouble(run("report", story("a.txt"), locked.toString()), locked + ": cannot read file (permission denied)");
    }

    @Test
    void directoryIsTroubleNamingIt() throws IOException {
        assertTrouble(run("report", story("a.txt"), dir.toString()), dir + ": is a directory, expected a text or HTML file");
    }

    @Test
    void noSourceIsAUsageErrorPointingToHelp() {
        assertUsageError(run("report"), "report needs at least two files (FILE FILE...), got 0");
    }

    @Test
    void oneSourceIsAUsageErrorPointingToHelp() throws IOException {
        assertUsageError(run("report", story("a.txt")), "report needs at least two files (FILE FILE...), got 1");
    }

    @Test
    void moreNamesThanFilesIsAUsageError() throws IOException {
        assertUsageError(run("report", story("a.txt"), story("b.txt"), "--name", "x", "--name", "y", "--name", "z"),
                "--name given 3 times for 2 files: give at most one name a file");
    }

    @Test
    void threadsWithoutManifestNamesThreads() throws IOException {
        assertUsageError(run("report", story("a.txt"), story("b.txt"), "--threads", "2"), "--threads needs --manifest");
    }

    @Test
    void outWithoutManifestNamesOut() throws IOException {
        assertUsageError(run("report", story("a.txt"), story("b.txt"), "--out", dir.toString()), "--out needs --manifest");
    }

    @Test
    void optionWithoutItsValueIsAUsageErrorInLowerCase() throws IOException {
        assertUsageError(run("report", story("a.txt"), story("b.txt"), "--json"),
                "missing required parameter for option '--json' (OUT)");
    }

    @Test
    void helpSubcommandPrintsTheCommandsAndExitsZero() {
        Run run = run("help");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Usage: crosscheck").contains("report", "attributions", "help");
    }

    @Test
    void helpReportShowsThatReportNeedsTwoFiles() {
        Run run = run("help", "report");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().findFirst()).hasValue("Usage: crosscheck report [OPTIONS] FILE FILE...");
    }

    @Test
    void emptyArticleIsTrouble() throws IOException {
        Path empty = write("empty.txt", new byte[0]);

        assertTrouble(run("report", story("a.txt"), empty.toString()), empty + ": empty file (0 bytes), expected article text");
    }

    @Test
    void whiteSpaceOnlyArticleIsTrouble() throws IOException {
        Path blank = write("blank.txt", " \n\t\r\n   \n".getBytes(StandardCharsets.UTF_8));

        assertTrouble(run("report", story("a.txt"), blank.toString()), blank + ": article is empty (only white space)");
    }

    @Test
    void pngImageIsTrouble() throws IOException {
        Path png = write("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});

        assertTrouble(run("report", story("a.txt"), png.toString()), png + ": binary file (PNG), expected text or HTML");
    }

    @Test
    void pdfIsTroubleEvenNamedAsText() throws IOException {
        Path pdf = write("story.txt", "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));

        assertTrouble(run("report", pdf.toString(), story("b.txt")), pdf + ": binary file (PDF), expected text or HTML");
    }

    @Test
    void fileLargerThanTheLimitIsTroubleStatingTheLimit() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            // A sparse file: its length exceeds the limit without occupying the disk.
            sparse.setLength(20L * 1024 * 1024 + 1);
        }

        assertTrouble(run("report", story("a.txt"), huge.toString()),
                huge + ": file too large (20971521 bytes), the limit is 20971520 bytes (20 MiB)");
    }

    @Test
    void jsonInMissingDirectoryIsTroubleBeforeAnyWork() throws IOException {
        Path out = dir.resolve("no/such/dir/report.json");

        assertTrouble(run("report", story("a.txt"), story("b.txt"), "--json", out.toString()),
                "cannot write --json " + out + ": directory " + out.getParent() + " does not exist");
    }

    @Test
    void htmlOutputThatIsADirectoryIsTrouble() throws IOException {
        Path out = Files.createDirectory(dir.resolve("report.html"));

        assertTrouble(run("report", story("a.txt"), story("b.txt"), "--html", out.toString()),
                "cannot write --html " + out + ": it is a directory");
    }

    @Test
    void unknownOptionIsTroubleNamingIt() throws IOException {
        Run run = run("report", story("a.txt"), story("b.txt"), "--colour");

        assertUsageError(run, "unknown option: '--colour'");
    }

    @Test
    void noCommandIsAUsageErrorPointingToHelp() {
        assertUsageError(run(), "name a command: report, attributions, index, check or help");
    }

    @Test
    void seedsDisagreeSoExitStatusIsOneWithJsonHtmlAndSummary() throws IOException {
        Path json = dir.resolve("report.json");
        Path html = dir.resolve("report.html");

        Run run = run("report", SKY.toString(), FORCES.toString(), "--json", json.toString(), "--html", html.toString());

        assertThat(run.status()).as("stderr: %s", run.err()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.path("sources")).extracting(s -> s.path("id").asText()).containsExactly("sky-news", "forces-news");
        List<String> types = new ArrayList<>();
        report.path("discrepancies").forEach(d -> types.add(d.path("type").asText()));
        assertThat(types).isNotEmpty().anyMatch(t -> !t.equals("OMISSION") && !t.equals("ADDITION"));
        assertThat(report.path("summary").path("contradictions").asInt()).isPositive();
        assertThat(Files.readString(html)).startsWithIgnoringCase("<!DOCTYPE html>").contains("sky-news", "forces-news");
        assertThat(run.out()).isNotBlank().contains("sky-news", "forces-news");
    }

    @Test
    void identicalArticlesExitZeroWithAnEmptyContradictionCount() throws IOException {
        Path json = dir.resolve("report.json");

        Run run = run("report", SKY.toString(), SKY.toString(), "--json", json.toString(), "--name", "wire", "--name", "copy");

        assertThat(run.status()).as("stderr: %s", run.err()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.path("sources")).extracting(s -> s.path("id").asText()).containsExactly("wire", "copy");
        assertThat(report.path("discrepancies")).isEmpty();
        assertThat(report.path("summary").path("contradictions").asInt()).isZero();
        assertThat(run.out()).isNotBlank();
    }

    @Test
    void aPlaceInTwoRegionsOneOfThemQuotedIsShownLowAndAloneExitsZero() throws IOException {
        Path json = dir.resolve("report.json");
        Path a = write("a.txt", ("Shelling hits Mariupol\n\nMariupol, in the Donetsk region, was shelled again on Monday, "
                + "officials said.\n\nA Russian official said Mariupol was part of the \"Luhansk people's republic\" "
                + "and would be protected.\n").getBytes(StandardCharsets.UTF_8));
        Path b = write("b.txt", "Shelling hits Mariupol\n\nMariupol was shelled again on Monday, officials said.\n"
                .getBytes(StandardCharsets.UTF_8));

        Run run = run("report", a.toString(), b.toString(), "--json", json.toString(), "--min-confidence", "0");

        assertThat(run.status()).as("stderr: %s", run.err()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode entity = new ObjectMapper().readTree(json.toFile()).path("discrepancies").get(0);
        assertThat(entity.path("type").asText()).isEqualTo("ENTITY");
        assertThat(entity.path("severity").asText()).isEqualTo("LOW");
    }

    @Test
    void quietPrintsNothingOnSuccess() throws IOException {
        Path json = dir.resolve("report.json");

        Run run = run("report", SKY.toString(), FORCES.toString(), "--json", json.toString(), "--quiet");

        assertThat(run).isEqualTo(new Run(1, "", ""));
        assertThat(json).isRegularFile();
    }

    @Test
    void minConfidenceOutsideZeroToOneIsTroubleNamingTheValue() throws IOException {
        Path json = dir.resolve("report.json");

        assertUsageError(run("report", SKY.toString(), FORCES.toString(), "--json", json.toString(), "--min-confidence", "1.5"),
                "--min-confidence must be a number from 0 to 1, got '1.5'");
        assertUsageError(run("report", SKY.toString(), FORCES.toString(), "--min-confidence", "-0.1"),
                "--min-confidence must be a number from 0 to 1, got '-0.1'");
        assertUsageError(run("report", SKY.toString(), FORCES.toString(), "--min-confidence", "high"),
                "--min-confidence must be a number from 0 to 1, got 'high'");
        assertThat(json).doesNotExist();
    }

    @Test
    void minConfidenceHidesContradictionsBelowItAndTheExitStatusCountsOnlyThoseShown() throws IOException {
        Path all = dir.resolve("all.json");
        Path none = dir.resolve("none.json");

        Run shown = run("report", SKY.toString(), FORCES.toString(), "--json", all.toString(), "--min-confidence", "0", "--quiet");
        Run hidden = run("report", SKY.toString(), FORCES.toString(), "--json", none.toString(), "--min-confidence", "1");

        assertThat(shown.status()).isEqualTo(1);
        assertThat(hidden.status()).as("stderr: %s", hidden.err()).isZero();
        assertThat(hidden.out()).containsPattern("\\(\\d+ contradictions? below confidence 1.00 hidden; --min-confidence 0 shows all\\)");
        JsonNode full = new ObjectMapper().readTree(all.toFile());
        JsonNode cut = new ObjectMapper().readTree(none.toFile());
        assertThat(full.path("summary").path("contradictions").asInt()).isPositive();
        assertThat(cut.path("summary").path("contradictions").asInt()).isZero();
        // omissions and additions are informational and never hidden
        assertThat(cut.path("discrepancies").size())
                .isEqualTo(full.path("discrepancies").size() - full.path("summary").path("contradictions").asInt());
    }

    @Test
    void jsonKeepsTheDetectorsRawConfidenceBesideTheCalibratedOne() throws IOException {
        Path json = dir.resolve("report.json");

        run("report", SKY.toString(), FORCES.toString(), "--json", json.toString(), "--min-confidence", "0", "--quiet");

        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.path("discrepancies")).isNotEmpty().allSatisfy(d -> {
            assertThat(d.path("confidence").asDouble()).isBetween(0.0, 1.0);
            assertThat(d.path("raw_confidence").isNumber()).as(d.toString()).isTrue();
        });
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertTrouble(Run run, String message) {
        assertThat(run).isEqualTo(new Run(2, "", "crosscheck: " + message + System.lineSeparator()));
        assertThat(run.err()).doesNotContain("Exception", "at org.");
        assertThat(run.err().lines()).hasSize(1);
    }

    /** A usage error: status 2, the message in lower case, then the pointer to --help, as diff has it. */
    private static void assertUsageError(Run run, String message) {
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).containsExactly("crosscheck: " + message, "Try 'crosscheck --help' for more.");
    }

    private String story(String name) throws IOException {
        return write(name, STORY.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }
}
