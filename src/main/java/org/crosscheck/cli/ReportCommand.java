package org.crosscheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.crosscheck.CrossCheck;
import org.crosscheck.calibration.Calibration;
import org.crosscheck.ingest.AtomicFiles;
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
        customSynopsis = {"crosscheck report [OPTIONS] FILE FILE...",
                "   or: crosscheck report [OPTIONS] --manifest JSONL --out DIR"},
        description = {"Compares two or more articles (.txt or .html) and reports where they disagree.",
                "With --manifest, compares every set a JSON Lines manifest names "
                        + "({\"id\": \"...\", \"sources\": [\"orig.html\", \"copy.html\"]} a line, paths relative "
                        + "to the manifest) and writes OUT/<id>.json, OUT/<id>.html, OUT/index.html and OUT/summary.json."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no contradiction found (in any set)",
                "1:at least one contradiction found (in some set); a LOW one within a single article, which may "
                        + "be a claim the article reports, does not count on its own",
                "2:trouble: unreadable input, bad arguments or an invalid manifest line; with --manifest "
                        + "also when any set failed, after every other set has run and been written"})
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "The articles, at least two; the first is the reference.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--json", paramLabel = "OUT", description = "Write the JSON report here.")
    Path json;

    @Option(names = "--html", paramLabel = "OUT", description = "Write the HTML report here.")
    Path html;

    @Option(names = "--name", paramLabel = "ID", description = "Name the sources in order (default: file name without extension).")
    List<String> names = new ArrayList<>();

    @Option(names = "--quiet", description = "Print nothing on success.")
    boolean quiet;

    @Option(names = "--manifest", paramLabel = "JSONL", description = "Compare every set this manifest names (batch mode; needs --out).")
    Path manifest;

    @Option(names = "--out", paramLabel = "DIR", description = "Batch mode: write the reports here (created if missing).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Batch mode: worker threads (default: the number of processors).")
    Integer threads;

    @Option(names = "--min-confidence", paramLabel = "X",
            description = "Hide contradictions whose calibrated confidence is below X, from 0 to 1; the exit status "
                    + "counts only those shown (default: ${DEFAULT-VALUE}, the threshold that maximised F1 on the tuned dev cases).")
    String minConfidence = Double.toString(Calibration.standard().minConfidence());

    @Option(names = "--progress", description = "Batch mode: draw a progress bar on standard error even when it is not a terminal.")
    boolean progress;

    @Override
    public Integer call() {
        double min = minConfidence();
        if (manifest != null || out != null || threads != null) {
            return new ManifestRun(manifest, out, threads, progress, quiet, files.size(), json, html, min)
                    .run(spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        if (files.size() < 2) {
            throw new UsageException("report needs at least two files (FILE FILE...), got " + files.size());
        }
        UsageException.requireAtMostOneNameAFile(names, files);
        Outputs.checkWritable(json, "--json");
        Outputs.checkWritable(html, "--html");
        if (json != null) {
            // Jackson is set up beside the comparison instead of after it, when the report waits
            Thread jackson = new Thread(JsonReport::prepare, "crosscheck-json");
            jackson.setDaemon(true);
            jackson.start();
        }
        Report full = CrossCheck.compareFiles(files, names);
        Report report = full.withMinConfidence(min);
        int hidden = full.contradictions().size() - report.contradictions().size();
        // render everything before writing anything, so a failure leaves no half-written report
        // the two renderings are independent; on two cores they take the time of the slower one
        java.util.concurrent.CompletableFuture<String> htmlFuture = html == null
                ? java.util.concurrent.CompletableFuture.completedFuture(null)
                : java.util.concurrent.CompletableFuture.supplyAsync(() -> new HtmlReport().render(report));
        String jsonText = json == null ? null : new JsonReport().render(report);
        String htmlText = joined(htmlFuture);
        if (jsonText != null) {
            AtomicFiles.writeString(json, jsonText);
        }
        if (htmlText != null) {
            AtomicFiles.writeString(html, htmlText);
        }
        if (!quiet) {
            spec.commandLine().getOut().print(new TerminalSummary().render(report));
            if (hidden > 0) {
                spec.commandLine().getOut().printf(java.util.Locale.ROOT,
                        "(%d contradiction%s below confidence %.2f hidden; --min-confidence 0 shows all)%n",
                        hidden, hidden == 1 ? "" : "s", min);
            }
            spec.commandLine().getOut().flush();
        }
        return report.decidesDifference() ? ExitCode.DIFFERENT : ExitCode.SAME;
    }



    /** The --min-confidence value; fails naming it unless it is a number from 0 to 1. */
    private double minConfidence() {
        try {
            double min = Double.parseDouble(minConfidence.strip());
            if (min >= 0 && min <= 1) {
                return min;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--min-confidence must be a number from 0 to 1, got '" + minConfidence + "'");
    }

    /** The future's value; a failure surfaces as itself, not wrapped, so the exit handler reads it. */
    private static String joined(java.util.concurrent.CompletableFuture<String> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
