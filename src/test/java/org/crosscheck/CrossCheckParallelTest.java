package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.crosscheck.report.JsonReport;
import org.junit.jupiter.api.Test;

class CrossCheckParallelTest {

    private static List<List<Path>> fixtureSets() throws IOException {
        List<List<Path>> sets = new ArrayList<>();
        try (Stream<Path> cases = Files.list(Path.of("fixtures"))) {
            for (Path dir : cases.sorted().toList()) {
                try (Stream<Path> files = Files.list(dir)) {
                    List<Path> sources = files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html")).sorted().toList();
                    if (sources.size() >= 2) {
                        sets.add(sources);
                    }
                }
            }
        }
        return sets;
    }

    @Test
    void comparingOnManyThreadsAtOnceGivesTheReportsOfOneThread() throws Exception {
        List<List<Path>> sets = fixtureSets();
        List<String> alone = new ArrayList<>();
        for (List<Path> set : sets) {
            alone.add(new JsonReport().render(CrossCheck.compareFiles(set)));
        }
        List<Integer> order = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < sets.size(); i++) {
                order.add(i);
            }
        }
        Collections.shuffle(order, new Random(42));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i : order) {
                futures.add(pool.submit(() -> new JsonReport().render(CrossCheck.compareFiles(sets.get(i)))));
            }
            for (int k = 0; k < order.size(); k++) {
                assertThat(futures.get(k).get()).isEqualTo(alone.get(order.get(k)));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sets).hasSizeGreaterThanOrEqualTo(10);
    }
}
