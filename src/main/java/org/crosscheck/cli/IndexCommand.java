package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.crosscheck.CrossCheck;
import org.crosscheck.archive.Archive;
import org.crosscheck.archive.LuceneArchiveWriter;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.model.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crosscheck index --archive DIR FILE...}: adds articles to an on-disk archive. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Adds articles (.txt or .html, read as report reads them) to the archive at DIR, creating it "
                + "if needed. An article's id is its file name without extension (or --name); an id indexed again "
                + "replaces the archived article.",
                "Articles are committed every --batch articles and at the end; a commit is atomic, so an interrupted "
                        + "run leaves the archive as of its last commit. One index run at a time: a second fails at once "
                        + "while the first holds the archive's lock. Checks may read meanwhile."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every file was indexed",
                "2:trouble: bad arguments, a DIR that is not an archive (or of an incompatible version), an archive "
                        + "another index run is writing, or a file that could not be read (the others are still indexed)"})
final class IndexCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--archive", paramLabel = "DIR", required = true, description = "The archive directory.")
    Path archive;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The articles to add.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--name", paramLabel = "ID", description = "Name the articles in order (default: file name without extension).")
    List<String> names = new ArrayList<>();

    @Option(names = "--batch", paramLabel = "N", defaultValue = "500",
            description = "Commit every N articles (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--quiet", description = "Print nothing on success.")
    boolean quiet;

    @Override
    public Integer call() {
        UsageException.requireAtMostOneNameAFile(names, files);
        if (batch < 1) {
            throw new UsageException("--batch must be at least 1, got " + batch);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleReader reader = new ArticleReader();
        int added = 0;
        int replaced = 0;
        int failed = 0;
        long started = System.nanoTime();
        try (LuceneArchiveWriter writer = LuceneArchiveWriter.open(archive)) {
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                String id = CrossCheck.idOf(file, names, i);
                try {
                    if (writer.put(Archive.archived(reader.read(file, id)))) {
                        replaced++;
                    } else {
                        added++;
                    }
                } catch (InputException e) {
                    failed++;
                    err.println("crosscheck: skipped " + Main.oneLine(e.getMessage()));
                    err.flush();
                }
                if ((i + 1) % batch == 0 && i + 1 < files.size()) {
                    writer.commit();
                    double seconds = (System.nanoTime() - started) / 1e9;
                    err.printf(Locale.ROOT, "crosscheck: committed %d of %d files (%.0f articles/s)%n", i + 1, files.size(),
                            (i + 1) / seconds);
                    err.flush();
                }
            }
            writer.commit();
            if (!quiet) {
                out.printf(Locale.ROOT, "%d added, %d replaced%s; the archive holds %d article%s%n", added, replaced,
                        failed == 0 ? "" : ", " + failed + " skipped", writer.size(), writer.size() == 1 ? "" : "s");
                out.flush();
            }
        }
        return failed == 0 ? ExitCode.SAME : ExitCode.TROUBLE;
    }
}
