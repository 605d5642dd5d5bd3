package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.crosscheck.batch.BatchResult;
import org.crosscheck.batch.BatchRunner;
import org.crosscheck.batch.Manifest;
import org.crosscheck.batch.ManifestEntry;
import org.crosscheck.batch.Progress;

/** {@code report --manifest M --out DIR}: checks the batch options, then hands over to {@link BatchRunner}. */
final class ManifestRun {

    private final Path manifest;
    private final Path out;
    private final Integer threads;
    private final boolean progress;
    private final boolean quiet;
    private final int files;
    private final Path json;
    private final Path html;
    private final double minConfidence;

    ManifestRun(Path manifest, Path out, Integer threads, boolean progress, boolean quiet, int files, Path json, Path html,
                double minConfidence) {
        this.minConfidence = minConfidence;
        this.manifest = manifest;
        this.out = out;
        this.threads = threads;
        this.progress = progress;
        this.quiet = quiet;
        this.files = files;
        this.json = json;
        this.html = html;
    }

    int run(PrintWriter stdout, PrintWriter stderr) {
        if (manifest == null) {
            String given = out != null && threads != null ? "--out and --threads need" : out != null ? "--out needs" : "--threads needs";
            throw new UsageException(given + " --manifest");
        }
        if (out == null) {
            throw new UsageException("--manifest needs --out DIR");
        }
        if (files > 0 || json != null || html != null) {
            throw new UsageException("--manifest takes no FILE, --json or --html: each set is written to --out");
        }
        if (threads != null && threads < 1) {
            throw new UsageException("--threads must be at least 1, got " + threads);
        }
        List<ManifestEntry> sets = Manifest.read(manifest);
        BatchRunner.prepareOutput(out);
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        ProgressBar bar = progress || System.console() != null ? new ProgressBar(stderr) : null;
        BatchResult result = new BatchRunner(out, workers, bar == null ? Progress.NONE : bar, minConfidence).run(sets);
        if (bar != null) {
            bar.end();
        }
        result.sets().stream().filter(s -> !s.ok())
                .forEach(s -> stderr.println("crosscheck: set " + s.id() + " failed: " + s.error()));
        stderr.flush();
        if (!quiet) {
            long differ = result.sets().stream().filter(s -> s.contradictions() > 0).count();
            long failed = result.sets().stream().filter(s -> !s.ok()).count();
            stdout.println(result.sets().size() + " sets: " + differ + " with contradictions, " + failed
                    + " failed; see " + out.resolve("index.html"));
            stdout.flush();
        }
        return result.exitStatus();
    }

    /** A one-line bar redrawn with a carriage return; synchronized because workers report. */
    private static final class ProgressBar implements Progress {
        private static final int WIDTH = 30;
        private final PrintWriter err;
        private final long started = System.nanoTime();
        private int drawn = -1;

        ProgressBar(PrintWriter err) {
            this.err = err;
        }

        @Override
        public synchronized void finished(int finished, int total) {
            int filled = total == 0 ? WIDTH : finished * WIDTH / total;
            int percent = total == 0 ? 100 : finished * 100 / total;
            if (percent == drawn && finished != total) {
                return;
            }
            drawn = percent;
            double seconds = (System.nanoTime() - started) / 1e9;
            err.printf("\r[%s%s] %d/%d sets %3d%% %.1f sets/s", "#".repeat(filled), " ".repeat(WIDTH - filled),
                    finished, total, percent, seconds > 0 ? finished / seconds : 0.0);
            err.flush();
        }

        synchronized void end() {
            err.println();
            err.flush();
        }
    }
}
