package org.crosscheck.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.crosscheck.CrossCheck;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.InputException;
import org.crosscheck.model.Report;
import org.crosscheck.report.JsonReport;
import org.crosscheck.report.TerminalSummary;
import org.crosscheck.report.html.HtmlReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crosscheck report A B [C...] --json OUT --html OUT}: compares the sources and writes the reports. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Compares two or more articles (.txt or .html) and reports where they disagree.")
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "The articles; the first is the reference.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--json", paramLabel = "OUT", description = "Write the JSON report here.")
    Path json;

    @Option(names = "--html", paramLabel = "OUT", description = "Write the HTML report here.")
    Path html;

    @Option(names = "--name", paramLabel = "ID", description = "Name the sources in order (default: file name without extension).")
    List<String> names = new ArrayList<>();

    @Option(names = "--quiet", description = "Print nothing on success.")
    boolean quiet;

    @Override
    public Integer call() {
        if (files.size() < 2) {
            throw new InputException("need at least two sources to compare, got " + files.size());
        }
        checkWritable(json, "--json");
        checkWritable(html, "--html");
        Report report = CrossCheck.compareFiles(files, names);
        // render everything before writing anything, so a failure leaves no half-written report
        String jsonText = json == null ? null : new JsonReport().render(report);
        String htmlText = html == null ? null : new HtmlReport().render(report);
        if (jsonText != null) {
            writeAtomically(json, jsonText);
        }
        if (htmlText != null) {
            writeAtomically(html, htmlText);
        }
        if (!quiet) {
            spec.commandLine().getOut().print(new TerminalSummary().render(report));
            spec.commandLine().getOut().flush();
        }
        return report.hasContradictions() ? ExitCode.DIFFERENT : ExitCode.SAME;
    }

    private static void checkWritable(Path out, String option) {
        if (out == null) {
            return;
        }
        Path parent = out.toAbsolutePath().getParent();
        if (Files.isDirectory(out)) {
            throw new InputException("cannot write " + option + " " + out + ": it is a directory");
        }
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InputException("cannot write " + option + " " + out + ": directory " + parent + " does not exist");
        }
        if (!Files.isWritable(parent)) {
            throw new InputException("cannot write " + option + " " + out + ": directory " + parent + " is not writable");
        }
    }

    static void writeAtomically(Path target, String content) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            Files.writeString(tmp, content);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new InputException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and harmless; the report itself is intact
                }
            }
        }
    }

    static boolean contradicts(Discrepancy d) {
        return d.isContradiction();
    }
}
