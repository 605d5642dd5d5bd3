package org.crosscheck.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures {@code eval_cases.py} prints for one part of the cases, at one confidence threshold:
 * recall per type and overall, precision, false alarms, and the share of clean cases (no required
 * finding) with any contradiction reported. Beside them, the reports that only an allowed entry
 * matches: the scorer does not count them false, but an editor reads them as false alarms.
 */
final class CaseFigures {

    final int cases;
    final int broken;
    int hit;
    int need;
    int reported;
    int falseAlarms;
    /** Reports that match no required finding, only an allowed one: the scorer does not count them false. */
    int excused;
    int clean;
    int cleanAlarmed;
    /** Per gold type: found, required. */
    final Map<String, int[]> recallByType = new TreeMap<>();
    /** Per reported type: false, reported. */
    final Map<String, int[]> falseByType = new TreeMap<>();

    CaseFigures(List<CaseResult> results, double min) {
        this.cases = results.size();
        this.broken = (int) results.stream().filter(r -> !r.error().isEmpty()).count();
        for (CaseResult r : results) {
            List<GoldEntry> required = r.gold().findings();
            for (int i = 0; i < required.size(); i++) {
                boolean ok = r.found(i, min);
                int[] c = recallByType.computeIfAbsent(required.get(i).type(), k -> new int[2]);
                c[0] += ok ? 1 : 0;
                c[1]++;
                hit += ok ? 1 : 0;
                need++;
            }
            List<Scored> shown = r.contradictions(min);
            for (Scored s : shown) {
                int[] c = falseByType.computeIfAbsent(s.discrepancy().type(), k -> new int[2]);
                c[0] += s.real() ? 0 : 1;
                c[1]++;
                falseAlarms += s.real() ? 0 : 1;
                excused += s.real() && !s.matched().contains(true) ? 1 : 0;
            }
            reported += shown.size();
            if (r.gold().clean()) {
                clean++;
                cleanAlarmed += shown.isEmpty() ? 0 : 1;
            }
        }
    }

    double recall() {
        return need == 0 ? 1.0 : (double) hit / need;
    }

    double precision() {
        return reported == 0 ? 1.0 : (double) (reported - falseAlarms) / reported;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Puts this part's figures into column {@code column} of {@code table}. */
    void into(Columns table, int column) {
        table.put("cases", column, Integer.toString(cases));
        table.put("recall", column, Columns.ratio(hit, need));
        table.put("precision", column, Columns.ratio(reported - falseAlarms, reported));
        table.put("false alarms", column, falseAlarms + " of " + reported + " reported");
        table.put("excused by an allowed entry", column, excused + " of " + reported + " reported");
        table.put("F1", column, cases == 0 ? "-" : Columns.figure(f1()));
        table.put("false-alarm rate on clean cases", column, Columns.ratio(cleanAlarmed, clean));
        table.put("broken runs", column, Integer.toString(broken));
        recallByType.forEach((t, c) -> table.put("recall " + t, column, Columns.ratio(c[0], c[1])));
        falseByType.forEach((t, c) -> table.put("precision " + t, column, Columns.ratio(c[1] - c[0], c[1])));
    }
}
