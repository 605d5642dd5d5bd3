package org.crosscheck.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.crosscheck.CrossCheck;
import org.crosscheck.model.Article;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Report;

/**
 * Measures crosscheck on SummEdits-style pairs: each JSON line has {@code original},
 * {@code edited} and {@code consistent}. The two texts are compared as two sources; a reported
 * contradiction means "inconsistent". Prints the recall on each class and their mean, the
 * balanced accuracy, and with {@code --errors} every pair judged wrongly.
 *
 * <pre>java -cp target/crosscheck.jar org.crosscheck.eval.SummEditsEval FILE.jsonl [--errors]</pre>
 */
public final class SummEditsEval {

    private SummEditsEval() {
    }

    /** Runs the evaluation; exit status 0 when it ran, 2 when the file cannot be read. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SummEditsEval FILE.jsonl [--errors]");
            System.exit(2);
        }
        boolean errors = List.of(args).contains("--errors");
        ObjectMapper mapper = new ObjectMapper();
        int tp = 0;
        int fn = 0;
        int tn = 0;
        int fp = 0;
        Map<String, int[]> byEdit = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = mapper.readTree(line);
            boolean consistent = row.path("consistent").asBoolean();
            Report report = CrossCheck.compare(List.of(
                    new Article("original", "", "", row.path("original").asText()),
                    new Article("edited", "", "", row.path("edited").asText())));
            boolean flagged = report.hasContradictions();
            if (consistent) {
                if (flagged) {
                    fp++;
                } else {
                    tn++;
                }
            } else if (flagged) {
                tp++;
            } else {
                fn++;
            }
            String edits = consistent ? "consistent" : String.join("+", mapper.convertValue(row.path("edit_types"), String[].class));
            int[] counts = byEdit.computeIfAbsent(edits.isEmpty() ? "unlabelled" : edits, k -> new int[2]);
            counts[flagged == !consistent ? 0 : 1]++;
            if (errors && flagged == consistent) {
                System.out.println((consistent ? "FALSE ALARM " : "MISSED      ") + row.path("id").asText() + " " + edits);
                System.out.println("   O: " + row.path("original").asText());
                System.out.println("   E: " + row.path("edited").asText());
                for (Discrepancy d : report.contradictions()) {
                    System.out.println("   -> " + d.type() + ": " + d.finding().summary());
                }
            }
        }
        double inconsistentRecall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double consistentRecall = tn + fp == 0 ? 0 : (double) tn / (tn + fp);
        for (Map.Entry<String, int[]> e : byEdit.entrySet()) {
            System.out.printf("  %-60s right=%d wrong=%d%n", e.getKey(), e.getValue()[0], e.getValue()[1]);
        }
        System.out.printf("pairs=%d inconsistent: %d/%d flagged (recall %.3f); consistent: %d/%d quiet (recall %.3f, "
                        + "false-alarm rate %.3f)%n", tp + fn + tn + fp, tp, tp + fn, inconsistentRecall, tn, tn + fp,
                consistentRecall, 1 - consistentRecall);
        System.out.printf("balanced accuracy=%.3f%n", (inconsistentRecall + consistentRecall) / 2);
    }
}
