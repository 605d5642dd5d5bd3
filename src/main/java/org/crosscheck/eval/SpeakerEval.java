package org.crosscheck.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.crosscheck.CrossCheck;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Speaker;

/**
 * Speaker attribution measured on PolNeAR (political news from seven US outlets, annotated with
 * attribution relations; github.com/networkdynamics/PolNeAR, fetched and extracted outside the
 * repository). Only its train and dev splits are read; test is never opened.
 *
 * <p>The split, fixed before any tuning on it: the <b>tuned</b> part is the train split, the
 * <b>set-aside</b> part is the dev split. Per-quote errors are written (with {@code --details})
 * for the tuned part only; the set-aside part is printed as aggregate figures only.
 *
 * <p>A gold attribution is a direct quote when its content, trimmed of trailing punctuation,
 * begins with an opening quotation mark or ends with a closing one. A predicted quote matches the
 * gold content it overlaps most when the overlap is at least half of either. The gold name comes
 * from the source span ({@link GoldNames}); for a pronoun or a description, from the CoreNLP
 * coreference chain shipped with the article (automatic, so approximate). The speaker is right
 * when the names match, or, when the gold source is a pronoun, when the quote is linked to that
 * very pronoun (the mention span crosscheck reports overlaps the gold source).
 *
 * <p>Printed per part: gold direct quotes, found, right (over all direct quotes), unknown, and
 * the precision of the quotes crosscheck credits with confidence at least 0.8 (and 0.7).
 */
public final class SpeakerEval {

    private static final String OPEN = "\"\u201C\u201E\u00AB\u2018\u201F";
    private static final String CLOSE = "\"\u201D\u00BB\u2019";
    private static final String TRAIL = " \t\r\n.,;:!?)\u2014\u2013-";

    /** Counts for one part. */
    static final class Tally {
        int quotes;
        int found;
        int right;
        int wrong;
        int unknown;
        int unscorable;
        int nominal;
        int conf08;
        int conf08Right;
        int conf07;
        int conf07Right;

        String line(String label) {
            return String.format(Locale.ROOT, "%-10s quotes=%4d found=%4d right=%4d (%s of all; %d of them nominal) wrong=%4d unknown=%4d "
                            + "unscorable=%4d | conf>=0.8: %s of %d | conf>=0.7: %s of %d",
                    label, quotes, found, right, pct(right, quotes), nominal, wrong, unknown, unscorable,
                    pct(conf08Right, conf08), conf08, pct(conf07Right, conf07), conf07);
        }
    }

    private SpeakerEval() {
    }

    /**
     * {@code SpeakerEval POLNEAR_DIR [--details OUT.tsv] [--limit N]}: POLNEAR_DIR holds
     * {@code data/train} and {@code data/dev}. Details go to OUT.tsv for the tuned part only.
     * {@code --basil BASIL_DIR [--basil-details OUT.tsv]} also scores BASIL ({@link BasilDocs}),
     * split by story as {@link Split#basilAside} says; {@code POLNEAR_DIR} may then be {@code -}
     * to skip PolNeAR.
     */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: SpeakerEval POLNEAR_DIR [--details OUT.tsv] [--limit N]");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        Path details = null;
        Path basil = null;
        Path basilDetails = null;
        int limit = Integer.MAX_VALUE;
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (args[i].equals("--details")) {
                details = Path.of(args[i + 1]);
            } else if (args[i].equals("--basil")) {
                basil = Path.of(args[i + 1]);
            } else if (args[i].equals("--basil-details")) {
                basilDetails = Path.of(args[i + 1]);
            } else if (args[i].equals("--limit")) {
                limit = Integer.parseInt(args[i + 1]);
            }
        }
        PrintStream out = System.out;
        if (!args[0].equals("-")) {
            List<String> rows = new ArrayList<>();
            Tally tuned = run(split(root, "train"), limit, rows);
            Tally aside = run(split(root, "dev"), limit, null);
            out.println(tuned.line("tuned"));
            out.println(aside.line("set-aside"));
            out.printf(Locale.ROOT, "polnear: right tuned=%s set-aside=%s | precision conf>=0.8 tuned=%s set-aside=%s%n",
                    pct(tuned.right, tuned.quotes), pct(aside.right, aside.quotes),
                    pct(tuned.conf08Right, tuned.conf08), pct(aside.conf08Right, aside.conf08));
            write(details, rows);
        }
        if (basil != null) {
            List<BasilDocs.Doc> docs = BasilDocs.read(basil);
            List<String> rows = new ArrayList<>();
            Tally tuned = new Tally();
            Tally aside = new Tally();
            BasilSpeakers.Unnamed tunedOther = new BasilSpeakers.Unnamed();
            BasilSpeakers.Unnamed asideOther = new BasilSpeakers.Unnamed();
            BasilSpeakers.run(docs.stream().filter(d -> !Split.basilAside(d.triplet())).toList(), tuned, tunedOther, rows);
            BasilSpeakers.run(docs.stream().filter(d -> Split.basilAside(d.triplet())).toList(), aside, asideOther, null);
            long articlesAside = docs.stream().filter(d -> Split.basilAside(d.triplet())).count();
            out.printf(Locale.ROOT, "basil: %d articles (%d set aside); spans not placed %d, outside quotation marks %d%n",
                    docs.size(), articlesAside, docs.stream().mapToInt(BasilDocs.Doc::unplaced).sum(),
                    docs.stream().mapToInt(BasilDocs.Doc::indirect).sum());
            out.println(tuned.line("tuned"));
            out.println(aside.line("set-aside"));
            out.printf(Locale.ROOT, "basil group or unnamed speakers (not scored): tuned %d (credited at conf>=0.8: %d), set-aside %d (%d)%n",
                    tunedOther.quotes, tunedOther.credited08, asideOther.quotes, asideOther.credited08);
            out.printf(Locale.ROOT, "basil: right tuned=%s set-aside=%s | precision conf>=0.8 tuned=%s set-aside=%s%n",
                    pct(tuned.right, tuned.quotes), pct(aside.right, aside.quotes),
                    pct(tuned.conf08Right, tuned.conf08), pct(aside.conf08Right, aside.conf08));
            write(basilDetails, rows);
        }
    }

    private static void write(Path details, List<String> rows) {
        if (details != null) {
            try {
                Files.write(details, rows, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Path split(Path root, String name) {
        for (Path p : List.of(root.resolve("data").resolve(name), root.resolve(name))) {
            if (Files.isDirectory(p.resolve("text"))) {
                return p;
            }
        }
        throw new IllegalArgumentException("no " + name + " split (text/ and attributions/) under " + root);
    }

    static Tally run(Path dir, int limit, List<String> rows) {
        Tally t = new Tally();
        Map<String, List<Path>> anns = new HashMap<>();
        try (Stream<Path> s = Files.list(dir.resolve("attributions"))) {
            s.filter(p -> p.toString().endsWith(".ann")).forEach(p -> {
                String f = p.getFileName().toString();
                anns.computeIfAbsent(f.substring(0, f.lastIndexOf('_')), k -> new ArrayList<>()).add(p);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> names;
        try (Stream<Path> s = Files.list(dir.resolve("text"))) {
            names = s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".txt"))
                    .map(f -> f.substring(0, f.length() - 4)).filter(anns::containsKey).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (names.size() > limit) {
            List<String> spread = new ArrayList<>();
            for (int i = 0; i < limit; i++) {
                spread.add(names.get(i * names.size() / limit));
            }
            names = spread;
        }
        for (String name : names) {
            Path txt = dir.resolve("text").resolve(name + ".txt");
            String text = PolnearDocs.read(txt);
            AnalyzedArticle article = CrossCheck.analyzeFile(txt);
            if (!article.article().text().equals(text)) {
                continue; // offsets would not agree; never happens with PolNeAR's plain UTF-8
            }
            Path ann = anns.get(name).stream().sorted().findFirst().orElseThrow();
            List<PolnearDocs.Gold> golds = PolnearDocs.attributions(ann, text);
            score(name, text, golds, article.quotes(), dir.resolve("corenlp").resolve(name + ".txt.xml"), t, rows);
        }
        return t;
    }

    private static void score(String doc, String text, List<PolnearDocs.Gold> golds, List<Quote> quotes, Path xml, Tally t,
                              List<String> rows) {
        Map<PolnearDocs.Gold, Quote> best = new HashMap<>();
        Map<PolnearDocs.Gold, Integer> bestOverlap = new HashMap<>();
        for (Quote q : quotes) {
            int b = q.span().start();
            int e = q.span().end();
            PolnearDocs.Gold g = null;
            int ov = 0;
            for (PolnearDocs.Gold cand : golds) {
                int o = cand.content().overlap(b, e);
                if (o > ov) {
                    g = cand;
                    ov = o;
                }
            }
            if (g != null && (ov * 2 >= Math.max(1, e - b) || ov * 2 >= g.content().length())
                    && ov > bestOverlap.getOrDefault(g, 0)) {
                best.put(g, q);
                bestOverlap.put(g, ov);
            }
        }
        List<PolnearDocs.CorefMention> coref = null;
        boolean corefRead = false;
        for (PolnearDocs.Gold g : golds) {
            if (!isDirect(g.content().of(text))) {
                continue;
            }
            t.quotes++;
            String source = g.source().of(text).replace('\n', ' ').strip();
            GoldNames.SourceClass cls = g.source().isEmpty() ? GoldNames.SourceClass.NONE : GoldNames.classify(source);
            String gold = null;
            if (cls == GoldNames.SourceClass.NAMED) {
                gold = GoldNames.nameOfNamed(source);
            } else if (cls == GoldNames.SourceClass.PRONOUN || cls == GoldNames.SourceClass.NOMINAL) {
                if (!corefRead) {
                    coref = PolnearDocs.coref(xml, text);
                    corefRead = true;
                }
                gold = Coreference.name(text, g.source(), coref);
            }
            Quote q = best.get(g);
            if (q == null) {
                row(rows, "missed", doc, g.content().parts().get(0)[0], cls, source, gold, null, 0, g.content().of(text), g.source());
                continue;
            }
            t.found++;
            Speaker sp = q.speaker();
            boolean atSource = sp.isKnown() && sp.mention() != null && g.source().overlap(sp.mention().start(), sp.mention().end()) > 0;
            // a nominal source no coreference chain names ("officials said") is right when the quote
            // is credited to that very phrase, reported as a nominal speaker rather than a person
            boolean nominalAtSource = cls == GoldNames.SourceClass.NOMINAL && gold == null && atSource;
            boolean byMention = cls == GoldNames.SourceClass.PRONOUN && atSource || nominalAtSource;
            if (nominalAtSource) {
                t.nominal++;
            }
            String verdict;
            if (!sp.isKnown()) {
                verdict = "unknown";
                t.unknown++;
            } else if (byMention || gold != null && GoldNames.match(sp.name(), gold)) {
                verdict = "right";
                t.right++;
            } else if (gold == null && cls != GoldNames.SourceClass.PRONOUN) {
                verdict = "unscorable";
                t.unscorable++;
            } else {
                verdict = "wrong";
                t.wrong++;
            }
            if (verdict.equals("right") || verdict.equals("wrong")) {
                boolean right = verdict.equals("right");
                if (sp.confidence() >= 0.8) {
                    t.conf08++;
                    t.conf08Right += right ? 1 : 0;
                }
                if (sp.confidence() >= 0.7) {
                    t.conf07++;
                    t.conf07Right += right ? 1 : 0;
                }
            }
            row(rows, verdict, doc, q.span().start(), cls, source, gold, sp, sp.confidence(), q.text(), g.source());
        }
    }

    private static void row(List<String> rows, String verdict, String doc, int at, GoldNames.SourceClass cls, String source,
                            String gold, Speaker sp, double confidence, String quote, PolnearDocs.Segments goldSource) {
        if (rows == null) {
            return;
        }
        String chain = sp == null || sp.chain() == null ? "" : sp.chain();
        rows.add(String.join("\t", verdict, doc, String.valueOf(at), cls.name().toLowerCase(Locale.ROOT), source,
                gold == null ? "" : gold, sp == null || sp.name() == null ? "" : sp.name(),
                String.format(Locale.ROOT, "%.2f", confidence), chain,
                quote.substring(0, Math.min(100, quote.length())),
                String.valueOf(goldSource.isEmpty() ? -1 : goldSource.parts().get(0)[0]),
                String.valueOf(sp == null || sp.mention() == null ? -1 : sp.mention().start())).replace('\n', ' '));
    }

    static boolean isDirect(String content) {
        String s = content.strip();
        if (s.isEmpty()) {
            return false;
        }
        int e = s.length();
        while (e > 0 && TRAIL.indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        boolean starts = OPEN.indexOf(s.charAt(0)) >= 0;
        char last = e > 0 ? s.charAt(e - 1) : ' ';
        boolean ends = CLOSE.indexOf(last) >= 0 && (last != '\u2019' || s.indexOf('\u2018') >= 0);
        return starts || ends;
    }

    private static String pct(int a, int b) {
        return b == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", a / (double) b);
    }
}
