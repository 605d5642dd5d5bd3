package org.crosscheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds a benchmark corpus without any download: {@code sets} pairs of real-looking articles made
 * from the fixture articles, plus a manifest naming them. Each original is a fixture article
 * lengthened {@code scale} times with body paragraphs of other fixtures; its rewrite shuffles the
 * body paragraphs, swaps some figures and names for ones from other fixtures, and drops sentences.
 * The same seed gives the same corpus.
 *
 * <pre>
 * java -cp target/crosscheck.jar org.crosscheck.bench.CorpusGenerator fixtures OUT_DIR SETS [SCALE] [SEED]
 * </pre>
 */
public final class CorpusGenerator {

    private static final Pattern FIGURE = Pattern.compile("\\b\\d[\\d,.]*\\b");
    private static final Pattern NAME = Pattern.compile("\\b[A-Z][a-z]+ [A-Z][a-z]{2,}\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"\u201d]?)\\s+(?=[A-Z\"\u201c])");

    private final List<List<String>> articles;
    private final List<String> figures = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    /** A generator drawing on {@code articles}, each given as its paragraphs (first: the headline). */
    public CorpusGenerator(List<List<String>> articles) {
        if (articles == null || articles.size() < 2) {
            throw new IllegalArgumentException("articles must hold at least two articles, got " + (articles == null ? 0 : articles.size()));
        }
        this.articles = List.copyOf(articles);
        for (List<String> a : articles) {
            for (String p : a) {
                FIGURE.matcher(p).results().map(m -> m.group()).forEach(figures::add);
                NAME.matcher(p).results().map(m -> m.group()).forEach(names::add);
            }
        }
    }

    /** Reads every {@code .txt} article under {@code fixtures} (one folder per case), in name order. */
    public static CorpusGenerator fromFixtures(Path fixtures) {
        try (Stream<Path> files = Files.walk(fixtures, 2)) {
            List<List<String>> articles = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                List<String> paragraphs = paragraphs(Files.readString(f, StandardCharsets.UTF_8));
                if (paragraphs.size() >= 3) {
                    articles.add(paragraphs);
                }
            }
            return new CorpusGenerator(articles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pair of set {@code n} at length {@code scale}: original then rewrite, as article text. */
    public List<String> pair(long seed, int n, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1, got " + scale);
        }
        Random random = new Random(seed * 1_000_003L + n);
        List<String> base = articles.get(random.nextInt(articles.size()));
        List<String> original = new ArrayList<>(base);
        for (int r = 1; r < scale; r++) {
            List<String> other = articles.get(random.nextInt(articles.size()));
            for (String p : other.subList(1, other.size())) {
                original.add(vary(p, random, 0.3));
            }
        }
        List<String> rewrite = new ArrayList<>();
        rewrite.add(original.get(0));
        List<String> body = new ArrayList<>(original.subList(1, original.size()));
        // keep the lead first, as rewrites do, and move the rest around in blocks
        for (int i = 2; i < body.size(); i++) {
            if (random.nextInt(4) == 0) {
                Collections.swap(body, i, 1 + random.nextInt(i - 1));
            }
        }
        for (String p : body) {
            rewrite.add(dropSentence(vary(p, random, 0.08), random));
        }
        return List.of(String.join("\n\n", original) + "\n", String.join("\n\n", rewrite) + "\n");
    }

    /**
     * Writes {@code sets} pairs as {@code set-N/original.txt} and {@code set-N/rewrite.txt} under
     * {@code out}, and {@code out/manifest.jsonl} naming them; returns the manifest's path.
     */
    public Path write(Path out, int sets, int scale, long seed) throws IOException {
        Files.createDirectories(out);
        StringBuilder manifest = new StringBuilder();
        for (int n = 1; n <= sets; n++) {
            String id = String.format("set-%05d", n);
            Path dir = Files.createDirectories(out.resolve(id));
            List<String> pair = pair(seed, n, scale);
            Files.writeString(dir.resolve("original.txt"), pair.get(0), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("rewrite.txt"), pair.get(1), StandardCharsets.UTF_8);
            manifest.append("{\"id\": \"").append(id).append("\", \"sources\": [\"").append(id)
                    .append("/original.txt\", \"").append(id).append("/rewrite.txt\"]}\n");
        }
        return Files.writeString(out.resolve("manifest.jsonl"), manifest.toString(), StandardCharsets.UTF_8);
    }

    /** Swaps each figure and each two-word name for one from the fixtures with probability {@code p}. */
    private String vary(String paragraph, Random random, double p) {
        String text = replace(paragraph, FIGURE, figures, random, p);
        return replace(text, NAME, names, random, p);
    }

    private static String replace(String text, Pattern pattern, List<String> pool, Random random, double p) {
        Matcher m = pattern.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String with = random.nextDouble() < p ? pool.get(random.nextInt(pool.size())) : m.group();
            m.appendReplacement(b, Matcher.quoteReplacement(with));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String dropSentence(String paragraph, Random random) {
        String[] sentences = SENTENCE_END.split(paragraph);
        if (sentences.length < 2 || random.nextInt(5) != 0) {
            return paragraph;
        }
        int drop = random.nextInt(sentences.length);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            if (i != drop) {
                kept.add(sentences[i]);
            }
        }
        return String.join(" ", kept);
    }

    private static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    /** {@code FIXTURES OUT SETS [SCALE] [SEED]}: writes the corpus and prints the manifest's path. */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: CorpusGenerator FIXTURES_DIR OUT_DIR SETS [SCALE=1] [SEED=1]");
            System.exit(2);
        }
        int sets = Integer.parseInt(args[2]);
        int scale = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 1L;
        System.out.println(fromFixtures(Path.of(args[0])).write(Path.of(args[1]), sets, scale, seed));
    }
}
