package org.crosscheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.crosscheck.CrossCheck;
import org.crosscheck.archive.Archive;
import org.crosscheck.archive.CheckResult;
import org.crosscheck.archive.LuceneArchiveWriter;
import org.crosscheck.eval.GoldCase;
import org.crosscheck.eval.GoldEntry;
import org.crosscheck.eval.GoldMatch;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.model.Article;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Report;

/**
 * The archive benchmark (issue 13): indexes the dev-case originals with public corpora (PolNeAR
 * texts, the BBC News dataset, SummEdits source summaries), leaving out every public copy of a
 * dev-case original and a fixed set of held-back originals; then checks all 300 dev-case copies
 * against the archive and prints: index throughput and size on disk; how often the original is
 * the top match and how often a held-back story finds nothing; per-copy check time in process;
 * and the findings scored against gold, for the archive check and for pairwise {@code report}
 * on the same pairs, in tuned and set-aside columns (aggregates only).
 *
 * <p>Usage: {@code ArchiveBenchmark WORK DEV_CASES POLNEAR_DIR BBC_DIR [SUMMEDITS.jsonl...]}.
 * WORK/archive is rebuilt; WORK/copies.txt lists the copies (for the whole-process timings of
 * {@code scripts/archive-benchmark.sh}).
 */
public final class ArchiveBenchmark {

    /** Dev cases whose original is kept out of the archive: numbers that leave 13 when divided by 30. */
    static boolean heldBack(int number) {
        return number % 30 == 13;
    }

    private ArchiveBenchmark() {
    }

    /** Runs the benchmark; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: ArchiveBenchmark WORK DEV_CASES POLNEAR_DIR BBC_DIR [SUMMEDITS.jsonl...]");
            System.exit(2);
        }
        Path work = Path.of(args[0]);
        Path dev = Path.of(args[1]);
        ObjectMapper json = new ObjectMapper();
        List<Path> cases;
        try (Stream<Path> s = Files.list(dev)) {
            cases = s.filter(p -> p.getFileName().toString().startsWith("dev-")).sorted().toList();
        }
        // every public copy of a dev-case original is left out, so each story is in the archive once
        Set<String> devOrigins = new HashSet<>();
        for (Path c : cases) {
            JsonNode origin = json.readTree(c.resolve("gold.json").toFile()).path("origin");
            devOrigins.add(origin.path("corpus").asText() + ":" + origin.path("doc_id").asText());
        }
        Map<String, Path> corpus = new LinkedHashMap<>();
        for (Path c : cases) {
            if (!heldBack(number(c))) {
                corpus.put(c.getFileName().toString(), c.resolve("original.txt"));
            }
        }
        int fromDev = corpus.size();
        for (String part : List.of("train", "dev")) {
            for (Path p : list(Path.of(args[2]).resolve("data").resolve(part).resolve("text"), ".txt")) {
                String doc = p.getFileName().toString().replaceFirst("\\.txt$", "");
                if (!devOrigins.contains("polnear:" + doc)) {
                    corpus.put("polnear-" + doc, p);
                }
            }
        }
        int fromPolnear = corpus.size() - fromDev;
        for (Path category : list(Path.of(args[3]), "")) {
            if (Files.isDirectory(category)) {
                for (Path p : list(category, ".txt")) {
                    String doc = category.getFileName() + "/" + p.getFileName().toString().replaceFirst("\\.txt$", "");
                    if (!devOrigins.contains("bbc:" + doc)) {
                        corpus.put("bbc-" + doc.replace('/', '-'), p);
                    }
                }
            }
        }
        int fromBbc = corpus.size() - fromDev - fromPolnear;
        Path summaries = work.resolve("summedits");
        Files.createDirectories(summaries);
        for (int a = 4; a < args.length; a++) {
            try (Stream<String> lines = Files.lines(Path.of(args[a]))) {
                for (String line : (Iterable<String>) lines::iterator) {
                    String text = json.readTree(line).path("original").asText();
                    String id = "summedits-" + Integer.toHexString(text.hashCode());
                    if (!corpus.containsKey(id)) {
                        Path f = summaries.resolve(id + ".txt");
                        Files.writeString(f, text + "\n", StandardCharsets.UTF_8);
                        corpus.put(id, f);
                    }
                }
            }
        }
        int fromSummedits = corpus.size() - fromDev - fromPolnear - fromBbc;

        Path archiveDir = work.resolve("archive");
        deleteTree(archiveDir);
        ArticleReader reader = new ArticleReader();
        // the BBC set repeats some stories, verbatim or with other paragraph breaks: one copy each,
        // and none of a held-back original
        Set<String> texts = new HashSet<>();
        for (Path c : cases) {
            if (heldBack(number(c))) {
                texts.add(normalized(reader.read(c.resolve("original.txt"), "held-back").text()));
            }
        }
        int duplicates = 0;
        int indexed = 0;
        long started = System.nanoTime();
        try (LuceneArchiveWriter writer = LuceneArchiveWriter.open(archiveDir)) {
            for (Map.Entry<String, Path> e : corpus.entrySet()) {
                Article article = reader.read(e.getValue(), e.getKey());
                if (!texts.add(normalized(article.text()))) {
                    duplicates++;
                    continue;
                }
                writer.put(Archive.archived(article));
                if (++indexed % 500 == 0) {
                    writer.commit();
                }
            }
            writer.commit();
        }
        double indexSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "corpus: %d dev originals (%d held back), %d PolNeAR, %d BBC, %d SummEdits; %d duplicates skipped%n",
                fromDev, cases.size() - fromDev, fromPolnear, fromBbc, fromSummedits, duplicates);
        System.out.printf(Locale.ROOT, "index: %d articles in %.1f s = %.1f articles/s; archive %.1f MB on disk%n",
                indexed, indexSeconds, indexed / indexSeconds, size(archiveDir) / 1e6);
        Files.write(work.resolve("copies.txt"), cases.stream().map(c -> c.resolve("copy.txt").toString()).toList());

        // the archive checks one after another (their times are per copy), then pairwise report on a pool
        List<Long> nanos = new ArrayList<>();
        List<CheckResult> checks = new ArrayList<>();
        try (Archive archive = Archive.open(archiveDir)) {
            for (Path c : cases) {
                long t = System.nanoTime();
                checks.add(archive.check(c.resolve("copy.txt"), "copy", 1));
                nanos.add(System.nanoTime() - t);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Report>> pairwise = new ArrayList<>();
        for (Path c : cases) {
            pairwise.add(pool.submit(() -> CrossCheck.compareFiles(List.of(c.resolve("original.txt"), c.resolve("copy.txt")),
                    List.of(c.getFileName().toString(), "copy"))));
        }
        int top = 0;
        int present = 0;
        int silent = 0;
        int absent = 0;
        int same = 0;
        int missedAside = 0;
        List<String> missed = new ArrayList<>();
        Figures[] viaArchive = {new Figures(), new Figures()};
        Figures[] viaReport = {new Figures(), new Figures()};
        for (int i = 0; i < cases.size(); i++) {
            Path c = cases.get(i);
            String id = c.getFileName().toString();
            CheckResult check = checks.get(i);
            Report report = pairwise.get(i).get();
            int column = number(c) % 5 == 0 ? 1 : 0;
            if (heldBack(number(c))) {
                absent++;
                silent += check.found() ? 0 : 1;
                continue;
            }
            present++;
            boolean right = check.found() && check.matches().get(0).id().equals(id);
            top += right ? 1 : 0;
            if (!right) {
                missedAside += column;
                if (column == 0) {
                    missed.add(id + " -> " + check.matches().stream().limit(3)
                            .map(m -> String.format(Locale.ROOT, "%s %.3f %d/%d", m.id(), m.score(), m.sharedSentences(), m.copySentences()))
                            .toList());
                }
            }
            GoldCase gold = GoldCase.read(c);
            viaArchive[column].add(gold, right ? check.report() : null);
            viaReport[column].add(gold, report);
            same += right && check.report().discrepancies().equals(report.discrepancies()) ? 1 : 0;
        }
        pool.shutdown();
        nanos.sort(Comparator.naturalOrder());
        System.out.printf(Locale.ROOT, "match: original is the top match for %d of %d copies (%.3f); held-back stories with no match: %d of %d%n",
                top, present, (double) top / present, silent, absent);
        System.out.println("  missed, tuned part (best three matches): " + missed + "; set aside: " + missedAside);
        System.out.printf(Locale.ROOT, "check in process (one archive, one copy after another): median %.0f ms, mean %.0f ms, p90 %.0f ms per copy%n",
                nanos.get(nanos.size() / 2) / 1e6, nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6,
                nanos.get(nanos.size() * 9 / 10) / 1e6);
        System.out.printf(Locale.ROOT, "findings identical to pairwise report: %d of %d cases%n", same, present);
        System.out.println("findings scored against gold (cases whose original is archived)   tuned | set aside");
        System.out.println("  archive check:   " + viaArchive[0] + " | " + viaArchive[1]);
        System.out.println("  pairwise report: " + viaReport[0] + " | " + viaReport[1]);
    }

    /** Recall and precision of contradictions as {@code shared/score.py} counts them. */
    private static final class Figures {
        int cases;
        int hit;
        int need;
        int reported;
        int real;

        void add(GoldCase gold, Report report) {
            cases++;
            List<Discrepancy> shown = report == null ? List.of() : report.contradictions();
            for (GoldEntry g : gold.findings()) {
                need++;
                hit += shown.stream().anyMatch(d -> GoldMatch.matches(d, g)) ? 1 : 0;
            }
            for (Discrepancy d : shown) {
                reported++;
                boolean ok = gold.findings().stream().anyMatch(g -> GoldMatch.matches(d, g))
                        || gold.allowed().stream().anyMatch(g -> GoldMatch.matches(d, g));
                real += ok ? 1 : 0;
            }
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d cases: recall %.3f (%d/%d), precision %.3f (%d/%d)", cases,
                    need == 0 ? 1.0 : (double) hit / need, hit, need, reported == 0 ? 1.0 : (double) real / reported, real, reported);
        }
    }

    /** The text with every run of white space made one space: paragraph breaks do not make another story. */
    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static int number(Path c) {
        return Integer.parseInt(c.getFileName().toString().substring(4));
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
