package org.crosscheck.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.crosscheck.CrossCheck;
import org.crosscheck.model.InputException;
import org.crosscheck.model.Report;

/**
 * SummEdits pairs (original against edited summary) run as {@code eval_summedits.py} runs them:
 * each text written to a file with a final newline and compared as two sources. A pair is judged
 * inconsistent when a contradiction is shown.
 */
final class SummEditsRun {

    /**
     * One pair's outcome.
     *
     * @param aside whether the pair is set aside
     * @param consistent the gold label
     * @param editTypes the pair's edit types
     * @param top the highest confidence of a contradiction reported, -1 when none (or the run broke)
     * @param broken whether the run failed
     */
    record Pair(boolean aside, boolean consistent, List<String> editTypes, double top, boolean broken) {
        boolean flagged(double min) {
            return top >= 0 && top >= min;
        }
    }

    private SummEditsRun() {
    }

    static List<JsonNode> read(Path file) {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> rows = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    rows.add(mapper.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage());
        }
        return rows;
    }

    static List<Pair> run(List<JsonNode> rows, Predicate<JsonNode> aside, int threads) {
        Path dir;
        try {
            dir = Files.createTempDirectory("crosscheck-summedits");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return Parallel.map(rows, threads, (i, row) -> runOne(dir, i, row, aside.test(row)));
        } finally {
            deleteQuietly(dir);
        }
    }

    private static Pair runOne(Path dir, int i, JsonNode row, boolean aside) throws IOException {
        boolean consistent = row.path("consistent").asBoolean();
        List<String> edits = new ArrayList<>();
        row.path("edit_types").forEach(e -> edits.add(e.asText()));
        Path a = dir.resolve(i + "-original.txt");
        Path b = dir.resolve(i + "-edited.txt");
        Files.writeString(a, row.path("original").asText() + "\n", StandardCharsets.UTF_8);
        Files.writeString(b, row.path("edited").asText() + "\n", StandardCharsets.UTF_8);
        try {
            Report report = CrossCheck.compareFiles(List.of(a, b));
            double top = report.contradictions().stream().mapToDouble(d -> d.finding().confidence()).max().orElse(-1);
            return new Pair(aside, consistent, edits, top, false);
        } catch (RuntimeException | StackOverflowError e) {
            return new Pair(aside, consistent, edits, -1, true);
        } finally {
            Files.deleteIfExists(a);
            Files.deleteIfExists(b);
        }
    }

    /** Puts one part's figures (balanced accuracy, recall of each class, caught per edit type) into a column. */
    static void figures(List<Pair> part, double min, Columns table, int column) {
        int cons = 0;
        int quiet = 0;
        int inc = 0;
        int caught = 0;
        int broken = 0;
        Map<String, int[]> byEdit = new TreeMap<>();
        for (Pair p : part) {
            boolean flagged = p.flagged(min);
            broken += p.broken() ? 1 : 0;
            if (p.consistent()) {
                cons++;
                quiet += flagged ? 0 : 1;
            } else {
                inc++;
                caught += flagged ? 1 : 0;
                for (String t : p.editTypes().isEmpty() ? List.of("(none)") : p.editTypes()) {
                    int[] c = byEdit.computeIfAbsent(t, k -> new int[2]);
                    c[0] += flagged ? 1 : 0;
                    c[1]++;
                }
            }
        }
        double q = (double) quiet / Math.max(cons, 1);
        double c = (double) caught / Math.max(inc, 1);
        table.put("pairs", column, Integer.toString(part.size()));
        table.put("balanced accuracy", column, part.isEmpty() ? "-" : Columns.figure((q + c) / 2));
        table.put("consistent kept quiet (recall)", column, Columns.ratio(quiet, cons));
        table.put("inconsistent caught (recall)", column, Columns.ratio(caught, inc));
        table.put("broken runs", column, Integer.toString(broken));
        byEdit.forEach((t, n) -> table.put("caught " + t, column, Columns.ratio(n[0], n[1])));
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
