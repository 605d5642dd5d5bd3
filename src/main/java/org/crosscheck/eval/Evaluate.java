package org.crosscheck.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.crosscheck.calibration.Calibration;
import org.crosscheck.model.InputException;

/**
 * Measures crosscheck in-process, every figure in two columns: the part tuned on and the part set
 * aside (which is only ever shown in aggregate).
 *
 * <pre>
 * java -cp target/crosscheck.jar org.crosscheck.eval.Evaluate cases DIR... [--aside-rule last-digit-0-or-5|none|all]
 *      [--min-confidence X] [--threads N] [--show]
 * java -cp target/crosscheck.jar org.crosscheck.eval.Evaluate summedits FILE.jsonl
 *      [--aside-domain podcast | --aside-doc-hex 01234] [--min-confidence X] [--threads N]
 * java -cp target/crosscheck.jar org.crosscheck.eval.Evaluate calibrate DIR... --out calibration.json
 * </pre>
 *
 * <p>{@code cases} scores gold cases as {@code shared/score.py} and {@code eval_cases.py} do, and
 * prints reliability tables of the raw and the calibrated confidence; {@code --show} lists the
 * misses and false alarms of the tuned cases only. {@code summedits} gives balanced accuracy as
 * {@code eval_summedits.py} does; without a split option, rows with a {@code domain} set aside the
 * podcast domain and others the documents whose id ends in 0-4. {@code calibrate} fits the
 * confidence calibration on the tuned cases only and writes it. Contradictions below
 * {@code --min-confidence} (default: the shipped calibration's threshold, as {@code report} uses)
 * count as not reported. Exit status 0 when it ran, 2 on bad arguments or unreadable input.
 */
public final class Evaluate {

    private Evaluate() {
    }

    /** Runs and exits. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs with the given streams and returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            Options o = Options.parse(args);
            switch (o.command) {
                case "cases" -> cases(o, out);
                case "summedits" -> summEdits(o, out);
                case "calibrate" -> calibrate(o, out);
                default -> throw new InputException("name a command: cases, summedits or calibrate; got '" + o.command + "'");
            }
            return 0;
        } catch (InputException | IllegalArgumentException e) {
            err.println("evaluate: " + e.getMessage());
            return 2;
        }
    }

    private static void cases(Options o, PrintStream out) {
        List<CaseResult> results = CaseRunner.run(GoldCase.find(o.paths), Split.cases(o.asideRule), o.threads);
        List<CaseResult> tuned = results.stream().filter(r -> !r.aside()).toList();
        List<CaseResult> aside = results.stream().filter(CaseResult::aside).toList();
        double min = o.minConfidence();
        if (o.show) {
            tuned.forEach(r -> show(r, min, out));
            if (!aside.isEmpty()) {
                out.println("(--show lists tuned cases only: the " + aside.size() + " set-aside cases are measured in aggregate)");
            }
        }
        Columns table = new Columns(String.format(Locale.ROOT, "cases (--min-confidence %.3f)", min));
        new CaseFigures(tuned, min).into(table, 0);
        new CaseFigures(aside, min).into(table, 1);
        table.print(out);
        List<Scored> t = contradictions(tuned);
        List<Scored> a = contradictions(aside);
        Reliability.print(out, "reliability of the raw detector confidence (all contradictions, no threshold):", t, a, Scored::raw);
        Reliability.print(out, "reliability of the calibrated confidence (all contradictions, no threshold):", t, a,
                Scored::confidence);
    }

    private static List<Scored> contradictions(List<CaseResult> part) {
        return part.stream().flatMap(r -> r.scored().stream()).filter(s -> s.discrepancy().isContradiction()).toList();
    }

    private static void show(CaseResult r, double min, PrintStream out) {
        if (r.aside()) {
            return;
        }
        if (!r.error().isEmpty()) {
            out.println("  BROKEN " + r.error());
        }
        for (int i = 0; i < r.gold().findings().size(); i++) {
            GoldEntry g = r.gold().findings().get(i);
            out.printf("  %s %-13s %s%n", r.found(i, min) ? "found " : "MISSED", g.type(), g.id());
        }
        for (Scored s : r.contradictions(min)) {
            if (!s.real()) {
                var f = s.discrepancy().finding();
                String text = GoldMatch.norm(f.left().text());
                out.printf(Locale.ROOT, "  FALSE  %-13s '%s' vs '%s' (confidence %.2f, raw %.2f): '%s'%n", s.discrepancy().type(),
                        f.left().value(), f.right().value(), s.confidence(), s.raw(), text.substring(0, Math.min(90, text.length())));
            }
        }
        out.println("^ " + r.gold().name());
    }

    private static void summEdits(Options o, PrintStream out) {
        if (o.paths.size() != 1) {
            throw new InputException("summedits takes one FILE.jsonl, got " + o.paths.size());
        }
        List<JsonNode> rows = SummEditsRun.read(o.paths.get(0));
        Predicate<JsonNode> aside;
        if (o.asideDomain != null) {
            aside = Split.domain(o.asideDomain);
        } else if (o.asideDocHex != null) {
            aside = Split.docHex(o.asideDocHex);
        } else {
            aside = rows.stream().anyMatch(r -> r.has("domain")) ? Split.domain("podcast") : Split.docHex("01234");
        }
        List<SummEditsRun.Pair> pairs = SummEditsRun.run(rows, aside, o.threads);
        double min = o.minConfidence();
        Columns table = new Columns(String.format(Locale.ROOT, "summedits (--min-confidence %.3f)", min));
        SummEditsRun.figures(pairs.stream().filter(p -> !p.aside()).toList(), min, table, 0);
        SummEditsRun.figures(pairs.stream().filter(SummEditsRun.Pair::aside).toList(), min, table, 1);
        table.print(out);
    }

    private static void calibrate(Options o, PrintStream out) {
        if (o.out == null) {
            throw new InputException("calibrate needs --out FILE");
        }
        List<CaseResult> results = CaseRunner.run(GoldCase.find(o.paths), Split.cases(o.asideRule), o.threads);
        List<CaseResult> tuned = results.stream().filter(r -> !r.aside()).toList();
        out.println("fitting on " + tuned.size() + " tuned cases (" + (results.size() - tuned.size()) + " set-aside cases left out)");
        Calibration table = CalibrationFit.fit(tuned, out);
        try {
            Files.writeString(o.out, table.toJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("cannot write --out " + o.out + ": " + e.getMessage());
        }
        out.println("wrote " + o.out + "; rebuild the jar to ship it");
    }

    /** The parsed command line. */
    private static final class Options {
        String command = "";
        final List<Path> paths = new ArrayList<>();
        String asideRule = Split.LAST_DIGIT_0_OR_5;
        String asideDomain;
        String asideDocHex;
        Double min;
        int threads = Runtime.getRuntime().availableProcessors();
        boolean show;
        Path out;

        static Options parse(String[] args) {
            Options o = new Options();
            if (args.length == 0) {
                throw new InputException("usage: Evaluate cases DIR... | summedits FILE.jsonl | calibrate DIR... --out FILE");
            }
            o.command = args[0];
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--aside-rule" -> o.asideRule = value(args, ++i, a);
                    case "--aside-domain" -> o.asideDomain = value(args, ++i, a);
                    case "--aside-doc-hex" -> o.asideDocHex = value(args, ++i, a);
                    case "--min-confidence" -> o.min = confidence(value(args, ++i, a));
                    case "--threads" -> o.threads = threads(value(args, ++i, a));
                    case "--out" -> o.out = Path.of(value(args, ++i, a));
                    case "--show" -> o.show = true;
                    default -> {
                        if (a.startsWith("--")) {
                            throw new InputException("unknown option " + a);
                        }
                        o.paths.add(Path.of(a));
                    }
                }
            }
            if (o.paths.isEmpty()) {
                throw new InputException(o.command + " needs at least one path");
            }
            return o;
        }

        double minConfidence() {
            return min != null ? min : Calibration.standard().minConfidence();
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new InputException(option + " needs a value");
            }
            return args[i];
        }

        private static double confidence(String text) {
            try {
                double x = Double.parseDouble(text);
                if (x >= 0 && x <= 1) {
                    return x;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new InputException("--min-confidence must be a number from 0 to 1, got '" + text + "'");
        }

        private static int threads(String text) {
            try {
                int n = Integer.parseInt(text);
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new InputException("--threads must be at least 1, got '" + text + "'");
        }
    }
}
