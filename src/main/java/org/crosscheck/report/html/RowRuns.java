package org.crosscheck.report.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Folds runs of rows in which nothing contradicts (identical, reworded and weakly paired
 * statements, statements only one source has) behind one line that says what they are ("12
 * statements only in sky-news"), so the rows that disagree come within reach.
 *
 * <p>A run's rows keep their place in the grid with {@code data-run} and the class
 * {@code folded}; a {@code div.run} before them holds the button that unfolds them. Page
 * furniture rows inside a run are folded with it but not counted. The page's script unfolds a
 * run when a link points into it; printing shows every row.
 */
final class RowRuns {

    /** Runs shorter than this many statements stay open. */
    static final int SHORTEST = 3;

    private RowRuns() {
    }

    /** Folds the runs among {@code rows}, which are in page order. */
    static void fold(List<Element> rows, String leftId, String rightId) {
        List<Element> run = new ArrayList<>();
        String kind = null;
        int number = 0;
        for (Element row : rows) {
            String k = kindOf(row);
            if (k == null && row.hasClass("furniture") && kind != null) {
                run.add(row);
                continue;
            }
            if (k == null || !k.equals(kind)) {
                number += close(run, kind, number, leftId, rightId) ? 1 : 0;
                run = new ArrayList<>();
                kind = k;
            }
            if (k != null) {
                run.add(row);
            }
        }
        close(run, kind, number, leftId, rightId);
    }

    /** "quiet" for a row that may be folded (no contradiction in it), else null; furniture is never a run of its own. */
    private static String kindOf(Element row) {
        if (row.hasClass("furniture") || "contradicts".equals(row.attr("data-status"))) {
            return null;
        }
        return "quiet";
    }

    private static boolean close(List<Element> run, String kind, int number, String leftId, String rightId) {
        // furniture rows after the last statement of a run stay outside it
        while (!run.isEmpty() && run.get(run.size() - 1).hasClass("furniture")) {
            run.remove(run.size() - 1);
        }
        List<Element> counted = run.stream().filter(r -> !r.hasClass("furniture")).toList();
        if (kind == null || counted.size() < SHORTEST) {
            return false;
        }
        String id = "run-" + number;
        Element head = run.get(0).before("<div></div>").previousElementSibling();
        head.addClass("run").id(id).attr("data-run", id);
        Element button = head.appendElement("button").attr("type", "button").addClass("run-toggle")
                .attr("aria-expanded", "false").attr("data-run", id);
        button.appendElement("span").addClass("run-arrow").attr("aria-hidden", "true").appendText("▸");
        button.appendText(" " + label(kind, counted, leftId, rightId));
        for (Element row : run) {
            row.attr("data-run", id).addClass("folded");
        }
        return true;
    }

    /** What the run holds, most numerous first: "12 statements only in sky-news", or "20 statements: 12 only in ..., 8 reworded". */
    private static String label(String kind, List<Element> rows, String leftId, String rightId) {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (Element r : rows) {
            String status = r.attr("data-status");
            String what = switch (status) {
                case "only" -> "only in " + ("left".equals(r.attr("data-side")) ? leftId : rightId);
                case "weak" -> "weakly paired";
                case "elsewhere" -> "also matched in another row";
                default -> status;
            };
            counts.merge(what, 1L, Long::sum);
        }
        List<java.util.Map.Entry<String, Long>> parts = new ArrayList<>(counts.entrySet());
        parts.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
        String total = rows.size() + " statement" + (rows.size() == 1 ? "" : "s");
        if (parts.size() == 1) {
            return total + " " + parts.get(0).getKey();
        }
        List<String> words = new ArrayList<>();
        parts.forEach(e -> words.add(e.getValue() + " " + e.getKey()));
        return total + ": " + String.join(", ", words);
    }
}
