package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportManifestModeTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path manifest(String... lines) throws IOException {
        return Files.write(dir.resolve("sets.jsonl"), List.of(lines));
    }

    private static String set(String id, String... sources) {
        return "{\"id\": \"" + id + "\", \"sources\": [\"" + String.join("\", \"", sources) + "\"]}";
    }

    private static String fixture(String path) {
        return Path.of("fixtures", path).toAbsolutePath().toString();
    }

    @Test
    void runsThreeFixtureSetsExitingOneForContradictionsWithoutAProgressBar() throws IOException {
        Path m = manifest(set("court", fixture("court-verdict/original.txt"), fixture("court-verdict/daily-clarion.txt")),
                set("storm", fixture("storm-weather/bbn-news.txt"), fixture("storm-weather/western-ledger.txt")),
                set("seeds", fixture("seeds/sky-news.txt"), fixture("seeds/forces-news.txt")));
        Path o = dir.resolve("reports");

        int status = run("report", "--manifest", m.toString(), "--out", o.toString(), "--threads", "2");

        assertThat(status).isEqualTo(ExitCode.DIFFERENT);
        assertThat(err()).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "3 sets: 3 with contradictions, 0 failed; see " + o.resolve("index.html") + System.lineSeparator());
        for (String f : List.of("court.json", "court.html", "storm.json", "storm.html", "seeds.json", "seeds.html", "index.html", "summary.json")) {
            assertThat(o.resolve(f)).isNotEmptyFile();
        }
    }

    @Test
    void minConfidenceAppliesToEverySetAndToTheExitStatus() throws IOException {
        Path m = manifest(set("seeds", fixture("seeds/sky-news.txt"), fixture("seeds/forces-news.txt")));
        Path o = dir.resolve("reports");

        int status = run("report", "--manifest", m.toString(), "--out", o.toString(), "--min-confidence", "1", "--quiet");

        assertThat(status).isEqualTo(ExitCode.SAME);
        assertThat(Files.readString(o.resolve("seeds.json"))).contains("\"contradictions\" : 0");
        assertThat(run("report", "--manifest", m.toString(), "--out", o.toString(), "--min-confidence", "2")).isEqualTo(ExitCode.TROUBLE);
        assertThat(err()).isEqualTo("crosscheck: --min-confidence must be a number from 0 to 1, got '2'" + System.lineSeparator()
                + "Try 'crosscheck --help' for more." + System.lineSeparator());
    }

    @Test
    void finishesTheOtherSetsWhenOneFailsAndExitsTwo() throws IOException {
        Path m = manifest(set("gone", "missing.txt", fixture("seeds/sky-news.txt")),
                set("seeds", fixture("seeds/sky-news.txt"), fixture("seeds/forces-news.txt")));
        Path o = dir.resolve("reports");

        int status = run("report", "--manifest", m.toString(), "--out", o.toString(), "--quiet");

        assertThat(status).isEqualTo(ExitCode.TROUBLE);
        assertThat(err()).startsWith("crosscheck: set gone failed: line 1: ").contains("missing.txt");
        assertThat(o.resolve("seeds.json")).isNotEmptyFile();
        assertThat(o.resolve("summary.json")).content().contains("\"status\" : \"error\"");
    }

    @Test
    void rejectsAnInvalidManifestLineWithOneLineBeforeWritingAnything() throws IOException {
        Path m = manifest(set("ok", "a.txt", "b.txt"), set("../x", "a.txt", "b.txt"));
        Path o = dir.resolve("reports");

        int status = run("report", "--manifest", m.toString(), "--out", o.toString());

        assertThat(status).isEqualTo(ExitCode.TROUBLE);
        assertThat(err()).isEqualTo("crosscheck: manifest " + m + " line 2: id \"../x\" is not a safe file name"
                + " (use 1-100 letters, digits, '.', '-', '_', not starting with '.')" + System.lineSeparator());
        assertThat(o).doesNotExist();
    }

    @Test
    void drawsAProgressBarOnlyWhenAskedOutsideATerminal() throws IOException {
        Path m = manifest(set("seeds", fixture("seeds/sky-news.txt"), fixture("seeds/forces-news.txt")));

        run("report", "--manifest", m.toString(), "--out", dir.resolve("o").toString(), "--progress", "--quiet");

        assertThat(err()).startsWith("\r[").contains("1/1 sets 100%").endsWith(System.lineSeparator());
    }

    @Test
    void refusesMixingManifestModeWithFilesOrMissingOut() throws IOException {
        Path m = manifest(set("a", "a.txt", "b.txt"));

        assertThat(run("report", "--manifest", m.toString())).isEqualTo(ExitCode.TROUBLE);
        assertThat(run("report", "--manifest", m.toString(), "--out", dir.toString(), "x.txt")).isEqualTo(ExitCode.TROUBLE);
        assertThat(run("report", "--out", dir.toString())).isEqualTo(ExitCode.TROUBLE);
        assertThat(run("report", "--manifest", m.toString(), "--out", dir.toString(), "--threads", "0")).isEqualTo(ExitCode.TROUBLE);

        String tryHelp = "Try 'crosscheck --help' for more.";
        assertThat(err()).isEqualTo(String.join(System.lineSeparator(),
                "crosscheck: --manifest needs --out DIR", tryHelp,
                "crosscheck: --manifest takes no FILE, --json or --html: each set is written to --out", tryHelp,
                "crosscheck: --out needs --manifest", tryHelp,
                "crosscheck: --threads must be at least 1, got 0", tryHelp) + System.lineSeparator());
    }

    @Test
    void refusesAnOutputPathThatIsAFile() throws IOException {
        Path m = manifest(set("a", fixture("seeds/sky-news.txt"), fixture("seeds/forces-news.txt")));
        Path file = Files.writeString(dir.resolve("taken"), "x");

        assertThat(run("report", "--manifest", m.toString(), "--out", file.toString())).isEqualTo(ExitCode.TROUBLE);
        assertThat(err()).isEqualTo("crosscheck: cannot write --out " + file + ": it is not a directory" + System.lineSeparator());
    }
}
