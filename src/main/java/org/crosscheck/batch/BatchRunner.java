package org.crosscheck.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.crosscheck.CrossCheck;
import org.crosscheck.ingest.AtomicFiles;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.InputException;
import org.crosscheck.model.Report;
import org.crosscheck.report.JsonReport;
import org.crosscheck.report.html.HtmlReport;

/**
 * Runs every set of a manifest on a fixed pool of threads and writes, into one output directory,
 * {@code <id>.json} and {@code <id>.html} per set, {@code index.html} and {@code summary.json}.
 * A set that fails (missing or binary source, anything else thrown while comparing it) is
 * recorded in the summary with its reason and does not stop the others.
 */
public final class BatchRunner {

    private final Path out;
    private final int threads;
    private final Progress progress;
    private final double minConfidence;

    /**
     * A runner writing into {@code out} with {@code threads} workers that reports every
     * contradiction, whatever its confidence.
     *
     * @throws IllegalArgumentException when {@code threads} is below 1
     */
    public BatchRunner(Path out, int threads, Progress progress) {
        this(out, threads, progress, 0);
    }

    /**
     * A runner writing into {@code out} with {@code threads} workers that hides contradictions whose
     * confidence is below {@code minConfidence} (see {@link Report#withMinConfidence(double)}).
     *
     * @throws IllegalArgumentException when {@code threads} is below 1 or {@code minConfidence} is not in [0,1]
     */
    public BatchRunner(Path out, int threads, Progress progress, double minConfidence) {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be in [0,1], got " + minConfidence);
        }
        this.minConfidence = minConfidence;
        if (out == null) {
            throw new IllegalArgumentException("out must not be null");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.out = out;
        this.threads = threads;
        this.progress = progress == null ? Progress.NONE : progress;
    }

    /**
     * Prepares the output directory: creates it and any missing parents.
     *
     * @throws InputException naming the directory when it is a file or cannot be created or written
     */
    public static void prepareOutput(Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputException("cannot write --out " + out + ": it is not a directory");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new InputException("cannot create --out " + out + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        if (!Files.isWritable(out)) {
            throw new InputException("cannot write --out " + out + ": directory is not writable");
        }
    }

    /**
     * Runs {@code sets}, writes every report, the index and the summary, and returns the results
     * in manifest order.
     *
     * @throws InputException when the output directory cannot be prepared or the index or summary
     *     cannot be written
     */
    public BatchResult run(List<ManifestEntry> sets) {
        prepareOutput(out);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, sets.size())), r -> {
            Thread t = new Thread(r, "crosscheck-batch");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger finished = new AtomicInteger();
        List<SetResult> results = new ArrayList<>();
        try {
            List<Future<SetResult>> futures = new ArrayList<>();
            for (ManifestEntry set : sets) {
                futures.add(pool.submit(() -> {
                    SetResult r = runOne(set);
                    progress.finished(finished.incrementAndGet(), sets.size());
                    return r;
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                results.add(await(futures.get(i), sets.get(i)));
            }
        } finally {
            pool.shutdownNow();
        }
        BatchResult result = new BatchResult(results);
        AtomicFiles.writeString(out.resolve("summary.json"), new BatchSummary().render(result));
        AtomicFiles.writeString(out.resolve("index.html"), new BatchIndex().render(result));
        return result;
    }

    private SetResult runOne(ManifestEntry set) {
        try {
            Report report = CrossCheck.compareFiles(set.sources(), List.of()).withMinConfidence(minConfidence);
            String json = new JsonReport().render(report);
            String html = new HtmlReport().render(report);
            AtomicFiles.writeString(out.resolve(set.id() + ".json"), json);
            AtomicFiles.writeString(out.resolve(set.id() + ".html"), html);
            Map<String, Integer> byType = new TreeMap<>();
            for (Discrepancy d : report.discrepancies()) {
                byType.merge(d.type(), 1, Integer::sum);
            }
            int contradictions = report.contradictions().size();
            return new SetResult(set.id(), true, contradictions > 0 ? 1 : 0, contradictions, byType, null);
        } catch (InputException e) {
            return failed(set, oneLine(e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return failed(set, "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage())));
        } catch (OutOfMemoryError e) {
            return failed(set, "out of memory: the set is too large for the memory given to Java (-Xmx)");
        }
    }

    private static SetResult await(Future<SetResult> future, ManifestEntry set) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("batch interrupted before set " + set.id() + " finished", e);
        } catch (ExecutionException e) {
            return failed(set, "internal error: " + e.getCause());
        }
    }

    private static SetResult failed(ManifestEntry set, String reason) {
        return new SetResult(set.id(), false, 2, 0, Map.of(), "line " + set.line() + ": " + reason);
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
