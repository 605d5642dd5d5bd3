package org.crosscheck.eval;

import java.util.List;
import java.util.function.Predicate;

import org.crosscheck.CrossCheck;

/** Runs the library facade over gold cases on a pool of threads and scores each report. */
final class CaseRunner {

    private CaseRunner() {
    }

    /** Every case's result, in the order given; {@code aside} says which cases are set aside, by name. */
    static List<CaseResult> run(List<GoldCase> cases, Predicate<String> aside, int threads) {
        return Parallel.map(cases, threads, (i, c) -> runOne(c, aside.test(c.name())));
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
