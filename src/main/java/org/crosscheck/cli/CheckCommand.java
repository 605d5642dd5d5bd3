package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.crosscheck.CrossCheck;
import org.crosscheck.archive.Archive;
import org.crosscheck.archive.CheckHtml;
import org.crosscheck.archive.CheckJson;
import org.crosscheck.archive.CheckResult;
import org.crosscheck.archive.Match;
import org.crosscheck.batch.BatchIndex;
import org.crosscheck.batch.BatchResult;
import org.crosscheck.batch.BatchRunner;
import org.crosscheck.batch.BatchSummary;
import org.crosscheck.batch.SetResult;
import org.crosscheck.calibration.Calibration;
import org.crosscheck.ingest.AtomicFiles;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.InputException;
import org.crosscheck.model.Report;
import org.crosscheck.report.TerminalSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crosscheck check --archive DIR FILE... --json OUT}: finds a copy's originals in the archive and compares. */
@Command(name = "check", mixinStandardHelpOptions = true,
        customSynopsis = {"crosscheck check --archive DIR [OPTIONS] FILE [--json OUT] [--html OUT]",
                "   or: crosscheck check --archive DIR [OPTIONS] FILE... --out DIR"},
        description = {"Finds the archived articles that report the same story as FILE and compares FILE with the best "
                + "match (or the best --top N): the report has the archived articles first and FILE last, plus "
                + "\"matches\" (best first). Without a match the JSON says \"matches\": [] and the run exits 0.",
                "With --out, checks every FILE and writes OUT/<id>.json, OUT/<id>.html, OUT/index.html and OUT/summary.json."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no contradiction found (or no archived article reports the story)",
                "1:at least one contradiction found (for some FILE)",
                "2:trouble: unreadable input, bad arguments, a DIR that is not an archive or of an incompatible "
                        + "version; with --out also when any FILE failed, after the others were checked"})
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--archive", paramLabel = "DIR", required = true, description = "The archive directory.")
    Path archive;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The copies to check.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--json", paramLabel = "OUT", description = "Write the JSON report here.")
    Path json;

    @Option(names = "--html", paramLabel = "OUT", description = "Write the HTML report here.")
    Path html;

    @Option(names = "--out", paramLabel = "DIR", description = "Check every FILE and write the reports here (created if missing).")
    Path out;

    @Option(names = "--top", paramLabel = "N", defaultValue = "1", description = "Compare with the best N matches (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--name", paramLabel = "ID", description = "Name the copies in order (default: file name without extension).")
    List<String> names = new ArrayList<>();

    @Option(names = "--min-confidence", paramLabel = "X",
            description = "Hide contradictions whose calibrated confidence is below X, from 0 to 1, as report does (default: ${DEFAULT-VALUE}).")
    double minConfidence = Calibration.standard().minConfidence();

    @Option(names = "--quiet", description = "Print nothing on success.")
    boolean quiet;

    @Override
    public Integer call() {
        if (top < 1) {
            throw new UsageException("--top must be at least 1, got " + top);
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new UsageException("--min-confidence must be a number from 0 to 1, got " + minConfidence);
        }
        UsageException.requireAtMostOneNameAFile(names, files);
        if (out == null && files.size() > 1) {
            throw new UsageException("check of " + files.size() + " files needs --out DIR (one file takes --json and --html)");
        }
        if (out != null && (json != null || html != null)) {
            throw new UsageException("--out takes no --json or --html: each file's reports are written to --out");
        }
        Outputs.checkWritable(json, "--json");
        Outputs.checkWritable(html, "--html");
        if (out != null) {
            BatchRunner.prepareOutput(out);
        }
        try (Archive store = Archive.open(archive)) {
            return out == null ? single(store) : many(store);
        }
    }

    private int single(Archive store) {
        Path file = files.get(0);
        CheckResult result = store.check(file, names.isEmpty() ? null : names.get(0), top);
        Report full = result.report();
        Report report = full.withMinConfidence(minConfidence);
        CheckResult shown = new CheckResult(result.matches(), result.compared(), report);
        String jsonText = json == null ? null : new CheckJson().render(shown);
        String htmlText = html == null ? null : new CheckHtml().render(shown);
        if (jsonText != null) {
            AtomicFiles.writeString(json, jsonText);
        }
        if (htmlText != null) {
            AtomicFiles.writeString(html, htmlText);
        }
        if (!quiet) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println(matchLine(file, shown));
            if (shown.found()) {
                stdout.print(new TerminalSummary().render(report));
                int hidden = full.contradictions().size() - report.contradictions().size();
                if (hidden > 0) {
                    stdout.printf(Locale.ROOT, "(%d contradiction%s below confidence %.2f hidden; --min-confidence 0 shows all)%n",
                            hidden, hidden == 1 ? "" : "s", minConfidence);
                }
            }
            stdout.flush();
        }
        return report.decidesDifference() ? ExitCode.DIFFERENT : ExitCode.SAME;
    }

    private int many(Archive store) {
        List<SetResult> results = new ArrayList<>();
        Set<String> used = new HashSet<>();
        long matched = 0;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String base = CrossCheck.idOf(file, names, i);
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "-" + n;
            }
            try {
                CheckResult result = store.check(file, id, top);
                Report report = result.report().withMinConfidence(minConfidence);
                CheckResult shown = new CheckResult(result.matches(), result.compared(), report);
                AtomicFiles.writeString(out.resolve(id + ".json"), new CheckJson().render(shown));
                AtomicFiles.writeString(out.resolve(id + ".html"), new CheckHtml().render(shown));
                matched += shown.found() ? 1 : 0;
                results.add(new SetResult(id, true, report.decidesDifference() ? ExitCode.DIFFERENT : ExitCode.SAME,
                        report.contradictions().size(), byType(report), null));
            } catch (InputException e) {
                results.add(new SetResult(id, false, ExitCode.TROUBLE, 0, Map.of(), Main.oneLine(e.getMessage())));
                spec.commandLine().getErr().println("crosscheck: " + id + " failed: " + Main.oneLine(e.getMessage()));
            }
        }
        BatchResult batch = new BatchResult(results);
        AtomicFiles.writeString(out.resolve("summary.json"), new BatchSummary().render(batch));
        AtomicFiles.writeString(out.resolve("index.html"), new BatchIndex().render(batch));
        spec.commandLine().getErr().flush();
        if (!quiet) {
            long differ = results.stream().filter(s -> s.contradictions() > 0).count();
            long failed = results.stream().filter(s -> !s.ok()).count();
            spec.commandLine().getOut().println(results.size() + " files: " + matched + " found in the archive, " + differ
                    + " with contradictions, " + failed + " failed; see " + out.resolve("index.html"));
            spec.commandLine().getOut().flush();
        }
        return batch.exitStatus();
    }

    private static Map<String, Integer> byType(Report report) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Discrepancy d : report.discrepancies()) {
            m.merge(d.type(), 1, Integer::sum);
        }
        return m;
    }

    private static String matchLine(Path file, CheckResult result) {
        if (!result.found()) {
            return "no archived article reports the same story as " + file;
        }
        Match best = result.matches().get(0);
        return String.format(Locale.ROOT, "%s: best match %s (score %.2f, %d of %d sentences shared)%s", file, best.id(),
                best.score(), best.sharedSentences(), best.copySentences(),
                result.matches().size() > 1 ? "; " + (result.matches().size() - 1) + " more match" + (result.matches().size() > 2 ? "es" : "") : "");
    }
}
