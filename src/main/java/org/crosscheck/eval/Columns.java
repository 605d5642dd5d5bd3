package org.crosscheck.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A table of figures with one column for the tuned part and one for the set-aside part, printed
 * with aligned columns. Rows keep the order they were first added in.
 */
final class Columns {

    private final String heading;
    private final Map<String, String[]> rows = new LinkedHashMap<>();

    Columns(String heading) {
        this.heading = heading;
    }

    /** Sets the cell of row {@code label} in column 0 (tuned) or 1 (set aside). */
    void put(String label, int column, String value) {
        rows.computeIfAbsent(label, k -> new String[] {"-", "-"})[column] = value;
    }

    /** A count over a total with its ratio, "12/20 = 0.600"; "-" when the total is 0. */
    static String ratio(long part, long total) {
        return total == 0 ? "-" : String.format(Locale.ROOT, "%d/%d = %.3f", part, total, (double) part / total);
    }

    /** A figure with three decimals. */
    static String figure(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    void print(PrintStream out) {
        List<String> labels = new ArrayList<>(rows.keySet());
        int w0 = Math.max(heading.length(), labels.stream().mapToInt(String::length).max().orElse(0));
        int w1 = Math.max(5, rows.values().stream().mapToInt(r -> r[0].length()).max().orElse(0));
        String format = "%-" + w0 + "s  %-" + w1 + "s  %s%n";
        out.printf(format, heading, "tuned", "set aside");
        for (String label : labels) {
            String[] r = rows.get(label);
            out.printf(format, label, r[0], r[1]);
        }
    }
}
