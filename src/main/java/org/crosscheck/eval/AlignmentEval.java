package org.crosscheck.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.crosscheck.align.Aligner;
import org.crosscheck.embed.SentenceEncoder;
import org.crosscheck.index.SentenceIndex;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.model.Alignment;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Sentence;
import org.crosscheck.text.TextAnalyzer;

/**
 * Alignment quality on dev cases whose {@code gold.json} lists its edits: is the sentence each edit
 * changed paired with its edited counterpart (and with nothing else), and are the sentences of
 * dropped paragraphs left unpaired?
 *
 * <p>usage: {@code AlignmentEval [--lexical] CASE_OR_PARENT_DIR...}; {@code --lexical} runs the
 * aligner with an encoder that finds no two sentences alike, i.e. the lexical passes alone.
 * Prints aggregate figures only.
 */
public final class AlignmentEval {

    private AlignmentEval() {
    }

    /** Runs the evaluation; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        boolean lexical = false;
        List<Path> cases = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--lexical")) {
                lexical = true;
            } else if (Files.isRegularFile(Path.of(a, "gold.json"))) {
                cases.add(Path.of(a));
            } else {
                try (Stream<Path> s = Files.list(Path.of(a))) {
                    s.filter(p -> Files.isRegularFile(p.resolve("gold.json"))).sorted().forEach(cases::add);
                }
            }
        }
        SentenceEncoder model = lexical ? AlignmentEval::unlike : SentenceEncoder.shared();
        long loadStart = System.nanoTime();
        model.encode(List.of("The model is loaded before the clock starts."));
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long[] encoded = new long[2];
        SentenceEncoder encoder = sentences -> {
            long t = System.nanoTime();
            List<float[]> v = model.encode(sentences);
            encoded[0] += sentences.size();
            encoded[1] += System.nanoTime() - t;
            return v;
        };
        int edited = 0, paired = 0, elsewhere = 0, dropped = 0, droppedPaired = 0, pairs = 0;
        long start = System.nanoTime();
        ObjectMapper mapper = new ObjectMapper();
        ArticleReader reader = new ArticleReader();
        TextAnalyzer analyzer = new TextAnalyzer();
        for (Path c : cases) {
            JsonNode gold = mapper.readTree(c.resolve("gold.json").toFile());
            AnalyzedArticle l = analyzer.analyze(reader.read(c.resolve(gold.path("sources").get(0).asText()), "original"));
            AnalyzedArticle r = analyzer.analyze(reader.read(c.resolve(gold.path("sources").get(1).asText()), "copy"));
            List<Alignment> found;
            try (SentenceIndex index = new SentenceIndex(List.of(l, r))) {
                found = new Aligner(index, encoder).align(l, r);
            }
            pairs += found.size();
            for (JsonNode e : gold.path("edits")) {
                for (JsonNode ch : e.path("changes")) {
                    Set<Integer> ls = covering(l, ch.path("sentence_before").asText(""));
                    Set<Integer> rs = covering(r, ch.path("sentence_after").asText(""));
                    if (ls.isEmpty() || rs.isEmpty()) {
                        continue;
                    }
                    edited++;
                    boolean hit = found.stream().anyMatch(a -> ls.contains(a.left().sentence()) && rs.contains(a.right().sentence()));
                    boolean wrong = found.stream().anyMatch(a -> ls.contains(a.left().sentence()) && !rs.contains(a.right().sentence())
                            || rs.contains(a.right().sentence()) && !ls.contains(a.left().sentence()));
                    paired += hit ? 1 : 0;
                    elsewhere += wrong ? 1 : 0;
                }
                if (e.path("op").asText().equals("drop_paragraphs")) {
                    for (JsonNode t : e.path("text")) {
                        for (int s : covering(l, t.asText())) {
                            dropped++;
                            droppedPaired += found.stream().anyMatch(a -> a.left().sentence() == s) ? 1 : 0;
                        }
                    }
                }
            }
        }
        System.out.printf("cases %d, pairs %d, %.1f s; model loaded in %.2f s; %d sentences encoded in %.1f s%n", cases.size(),
                pairs, (System.nanoTime() - start) / 1e9, loadSeconds, encoded[0], encoded[1] / 1e9);
        System.out.printf("edited sentences paired with their counterpart: %d/%d = %.3f%n", paired, edited, paired / (double) edited);
        System.out.printf("edited sentences (also) paired with another sentence: %d/%d = %.3f%n", elsewhere, edited, elsewhere / (double) edited);
        System.out.printf("sentences of dropped paragraphs paired with something: %d/%d = %.3f%n", droppedPaired, dropped,
                droppedPaired / (double) Math.max(1, dropped));
    }

    /** Indices of the compared sentences of {@code a} that overlap the first occurrence of {@code text}. */
    private static Set<Integer> covering(AnalyzedArticle a, String text) {
        Set<Integer> out = new HashSet<>();
        int at = text.isEmpty() ? -1 : a.article().text().indexOf(text);
        if (at < 0) {
            return out;
        }
        int end = at + text.length();
        for (Sentence s : a.sentences()) {
            if (s.kind().isCompared() && s.span().start() < end && s.span().end() > at) {
                out.add(s.index());
            }
        }
        return out;
    }

    /** One-hot vectors by text hash: no two different sentences alike. */
    private static List<float[]> unlike(List<String> sentences) {
        List<float[]> out = new ArrayList<>();
        for (String s : sentences) {
            float[] v = new float[1 << 16];
            v[Math.floorMod(s.hashCode(), v.length)] = 1;
            out.add(v);
        }
        return out;
    }

}
