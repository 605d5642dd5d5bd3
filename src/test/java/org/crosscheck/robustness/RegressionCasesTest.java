package org.crosscheck.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input that ever broke the pipeline, one folder of two or more source files per case under
 * {@code regressions/}: each runs through the command line without an internal error or stack trace.
 */
class RegressionCasesTest {

    @TempDir
    Path dir;

    static List<Path> cases() throws IOException, URISyntaxException {
        Path root = Path.of(RegressionCasesTest.class.getResource("regressions").toURI());
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    @Test
    void thereAreRegressionCases() throws Exception {
        assertThat(cases()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void runsWithoutInternalErrorOrStackTrace(Path caseDir) throws IOException {
        List<String> args = new ArrayList<>(List.of("report"));
        try (Stream<Path> files = Files.list(caseDir)) {
            files.filter(f -> !f.getFileName().toString().equals("README")).sorted().forEach(f -> args.add(f.toString()));
        }
        assertThat(args).as("sources in %s", caseDir).hasSizeGreaterThanOrEqualTo(3);
        Path json = dir.resolve("report.json");
        args.addAll(List.of("--json", json.toString(), "--quiet"));

        CliRunner.Run run = CliRunner.run(args.toArray(String[]::new));

        assertThat(run.status()).as("exit status, stderr %s", run.err()).isIn(0, 1, 2);
        if (run.status() == 2) {
            ReportChecks.assertOneLineError(run.err());
        } else {
            assertThat(run.err()).isEmpty();
            ReportChecks.checkJsonFile(json);
        }
    }
}
