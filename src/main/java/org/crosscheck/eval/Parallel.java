package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs one evaluation task per item on a small pool of daemon threads, keeping the items' order. */
final class Parallel {

    /** One item's work; may throw, which fails the whole run. */
    @FunctionalInterface
    interface Task<T, R> {
        R run(int index, T item) throws Exception;
    }

    private Parallel() {
    }

    /** The results of {@code task} over {@code items}, in order, on at most {@code threads} threads. */
    static <T, R> List<R> map(List<T> items, int threads, Task<T, R> task) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, items.size())), r -> {
            Thread t = new Thread(r, "crosscheck-eval");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                int n = i;
                futures.add(pool.submit(() -> task.run(n, items.get(n))));
            }
            List<R> out = new ArrayList<>();
            for (Future<R> f : futures) {
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
}
