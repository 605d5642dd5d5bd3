package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import org.crosscheck.CrossCheck;

/** Runs the library facade over gold cases on a pool of threads and scores each report. */
final class CaseRunner {

    private CaseRunner() {
    }

    /** Every case's result, in the order given; {@code aside} says which cases are set aside, by name. */
    static List<CaseResult> run(List<GoldCase> cases, Predicate<String> aside, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, cases.size())), r -> {
            Thread t = new Thread(r, "crosscheck-eval");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<CaseResult>> futures = new ArrayList<>();
            for (GoldCase c : cases) {
                futures.add(pool.submit(() -> runOne(c, aside.test(c.name()))));
            }
            List<CaseResult> out = new ArrayList<>();
            for (Future<CaseResult> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("evaluation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static CaseResult runOne(GoldCase c, boolean aside) {
        try {
            return CaseResult.of(c, aside, CrossCheck.compareFiles(c.sources()));
        } catch (RuntimeException | StackOverflowError e) {
            String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new CaseResult(c, aside, List.of(), why);
        }
    }
}
