package org.crosscheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Realistic random input for stage tests: the seed articles' lines, shuffled and cut with a fixed seed. */
public final class SeedText {

    private static final Path SEEDS = Path.of("fixtures", "seeds");

    private SeedText() {
    }

    /** Every line of every seed article, in file order. */
    public static List<String> lines() {
        try (Stream<Path> files = Files.list(SEEDS)) {
            List<String> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.addAll(Arrays.asList(Files.readString(f, StandardCharsets.UTF_8).split("\n", -1)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A text made of {@code count} seed lines picked in shuffled order by {@code random}, some cut
     * at a random character, joined by single or double line breaks.
     */
    public static String shuffled(Random random, int count) {
        List<String> pool = new ArrayList<>(lines());
        Collections.shuffle(pool, random);
        StringBuilder out = new StringBuilder();
        for (String line : pool.subList(0, Math.min(count, pool.size()))) {
            String piece = random.nextInt(4) == 0 && !line.isEmpty() ? line.substring(0, random.nextInt(line.length())) : line;
            out.append(piece).append(random.nextBoolean() ? "\n" : "\n\n");
        }
        return out.toString();
    }
}
