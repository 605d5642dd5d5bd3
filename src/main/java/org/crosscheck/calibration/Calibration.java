package org.crosscheck.calibration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Maps how closely the copy follows its source, a finding's type, its detector's raw confidence
 * and the similarity of its two sentences to the probability that it is real, as observed on gold
 * cases.
 *
 * <p>The closeness of the copy comes first: a near-verbatim copy (most sentences unchanged) and a
 * rewrite in other words make findings of very different worth, and a table fitted on one kind of
 * copy states the wrong figure for the other. The table holds counts: for each cell (closeness,
 * type, raw-confidence bin, similarity bin) how many findings were reported and how many of them
 * were real. The probability of a cell is smoothed towards its parent, level by level, with the
 * same prior strength {@code m}:
 * <pre>
 *   all findings            p0 = (real + 1) / (n + 2)                          (Laplace)
 *   closeness               p1 = (real_c + m p0) / (n_c + m)
 *   closeness, raw          p2 = (real_cr + m p1) / (n_cr + m)                  (all types)
 *   closeness, type, raw    p3 = (real_ctr + m p2) / (n_ctr + m)
 *   ..., sim                p4 = (real_ctrs + m p3) / (n_ctrs + m)
 * </pre>
 * A level with fewer than {@code minFindings} findings is skipped (its parent's figure passes
 * through), so a thin or unseen cell (a new detector, a new raw confidence, two odd findings)
 * falls back on what findings of that raw confidence, or all findings, say. The raw confidence
 * comes before the type because it carries more: on hand-written rewrites the detectors' own
 * confidences were the better forecast (Brier 0.135 against 0.162 for a chain through the type
 * first, rounds 22 to 24 written blind). The table is fitted by {@code org.crosscheck.eval.Evaluate calibrate} on the
 * tuned dev cases and ships as a resource; without it, confidences stay as the detectors set them.
 */
public final class Calibration {

    /** Where the fitted table ships in the jar. */
    public static final String RESOURCE = "/org/crosscheck/calibration/calibration.json";

    /** The prior strength used when a table does not name one. */
    public static final double DEFAULT_PRIOR_STRENGTH = 4;

    /** The fewest findings a cell needs to count, when a table does not name it. */
    public static final int DEFAULT_MIN_FINDINGS = 5;

    private static final JsonFactory JSON = new JsonFactory();
    private static volatile Calibration standard;

    private final Map<String, int[]> cells;
    private final double strength;
    private final int minFindings;
    private final double minConfidence;
    private final String about;
    private final Map<String, int[]> byLevel = new HashMap<>();
    private final int[] all = new int[2];

    private Calibration(Map<String, int[]> cells, double strength, int minFindings, double minConfidence, String about) {
        this.cells = Map.copyOf(cells);
        this.strength = strength;
        this.minFindings = minFindings;
        this.minConfidence = minConfidence;
        this.about = about;
        for (Map.Entry<String, int[]> e : this.cells.entrySet()) {
            String[] k = e.getKey().split("\\|", -1);
            add(k[0], e.getValue());
            add(k[0] + "|*|" + k[2], e.getValue());
            add(k[0] + "|" + k[1] + "|" + k[2], e.getValue());
            add(e.getKey(), e.getValue());
            all[0] += e.getValue()[0];
            all[1] += e.getValue()[1];
        }
    }

    private void add(String key, int[] counts) {
        int[] c = byLevel.computeIfAbsent(key, k -> new int[2]);
        c[0] += counts[0];
        c[1] += counts[1];
    }

    /** The table shipped in the jar, or {@link #identity()} when none ships. Read once. */
    public static Calibration standard() {
        Calibration c = standard;
        if (c == null) {
            synchronized (Calibration.class) {
                c = standard;
                if (c == null) {
                    try (InputStream in = Calibration.class.getResourceAsStream(RESOURCE)) {
                        c = in == null ? identity() : read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + RESOURCE, e);
                    }
                    standard = c;
                }
            }
        }
        return c;
    }

    /** A calibration that keeps every raw confidence as it is, with no recommended threshold. */
    public static Calibration identity() {
        return new Calibration(Map.of(), DEFAULT_PRIOR_STRENGTH, DEFAULT_MIN_FINDINGS, 0, "identity");
    }

    /** Whether this calibration has no table and keeps raw confidences. */
    public boolean isIdentity() {
        return cells.isEmpty();
    }

    /**
     * The probability that a finding of {@code type} with raw confidence {@code raw} between
     * sentences aligned with {@code similarity} (negative: not an aligned pair), in a copy whose
     * alignments have median similarity {@code closeness} (negative: none), is real.
     */
    public double probability(String type, double raw, double similarity, double closeness) {
        if (isIdentity()) {
            return raw;
        }
        String closeKey = Features.closenessBin(closeness);
        String rawKey = closeKey + "|" + type + "|" + Features.rawBin(raw);
        double p = (all[0] + 1.0) / (all[1] + 2.0);
        p = smooth(byLevel.get(closeKey), p);
        p = smooth(byLevel.get(closeKey + "|*|" + Features.rawBin(raw)), p);
        p = smooth(byLevel.get(rawKey), p);
        return smooth(byLevel.get(rawKey + "|" + Features.similarityBin(similarity)), p);
    }

    private double smooth(int[] counts, double prior) {
        return counts == null || counts[1] < minFindings ? prior : (counts[0] + strength * prior) / (counts[1] + strength);
    }

    /** The confidence below which the fit recommends hiding contradictions (0: show all). */
    public double minConfidence() {
        return minConfidence;
    }

    /**
     * Fits a table on {@code observations}.
     *
     * @param strength the prior strength {@code m}, positive
     * @param minFindings the fewest findings a cell needs to count
     * @param minConfidence the recommended threshold to store with it, in [0,1]
     * @param about one line saying what it was fitted on
     */
    public static Calibration fit(List<Observation> observations, double strength, int minFindings, double minConfidence,
                                  String about) {
        if (!(strength > 0)) {
            throw new IllegalArgumentException("strength must be positive, got " + strength);
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be in [0,1], got " + minConfidence);
        }
        Map<String, int[]> cells = new TreeMap<>();
        for (Observation o : observations) {
            int[] c = cells.computeIfAbsent(key(o.type(), o.raw(), o.similarity(), o.closeness()), k -> new int[2]);
            c[0] += o.real() ? 1 : 0;
            c[1]++;
        }
        return new Calibration(cells, strength, minFindings, minConfidence, about);
    }

    /** This table with another recommended threshold. */
    public Calibration withMinConfidence(double threshold) {
        return new Calibration(cells, strength, minFindings, threshold, about);
    }

    private static String key(String type, double raw, double similarity, double closeness) {
        return Features.closenessBin(closeness) + "|" + type + "|" + Features.rawBin(raw) + "|" + Features.similarityBin(similarity);
    }

    /** Reads a table written by {@link #toJson()}. */
    public static Calibration read(InputStream in) throws IOException {
        // streamed, not read as a tree: every report reads the table at start-up, before its
        // arguments are parsed, and a databind ObjectMapper costs a cold JVM tens of milliseconds
        Map<String, int[]> cells = new HashMap<>();
        double strength = DEFAULT_PRIOR_STRENGTH;
        int minFindings = DEFAULT_MIN_FINDINGS;
        double minConfidence = 0;
        String about = "";
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a calibration table is a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "about" -> about = value.isScalarValue() ? p.getText() : about;
                    case "prior_strength" -> strength = p.getValueAsDouble(DEFAULT_PRIOR_STRENGTH);
                    case "min_cell_findings" -> minFindings = p.getValueAsInt(DEFAULT_MIN_FINDINGS);
                    case "min_confidence" -> minConfidence = p.getValueAsDouble(0);
                    case "cells" -> readCells(p, value, cells);
                    default -> p.skipChildren();
                }
            }
        }
        return new Calibration(cells, strength, minFindings, minConfidence, about);
    }

    private static void readCells(JsonParser p, JsonToken start, Map<String, int[]> cells) throws IOException {
        if (start != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String closeness = Features.closenessBin(1);
            String type = "";
            String raw = "";
            String similarity = "";
            int real = 0;
            int findings = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                String text = value.isScalarValue() ? p.getText() : null;
                switch (field) {
                    case "closeness" -> closeness = text == null ? closeness : text;
                    case "type" -> type = text == null ? type : text;
                    case "raw" -> raw = text == null ? raw : text;
                    case "similarity" -> similarity = text == null ? similarity : text;
                    case "real" -> real = p.getValueAsInt(0);
                    case "findings" -> findings = p.getValueAsInt(0);
                    default -> p.skipChildren();
                }
            }
            cells.put(closeness + "|" + type + "|" + raw + "|" + similarity, new int[] {real, findings});
        }
    }

    /** The table as JSON, cells in a stable order. */
    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("about", about);
        root.put("prior_strength", strength);
        root.put("min_cell_findings", minFindings);
        root.put("min_confidence", minConfidence);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map.Entry<String, int[]> e : new TreeMap<>(cells).entrySet()) {
            String[] k = e.getKey().split("\\|", -1);
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("closeness", k[0]);
            c.put("type", k[1]);
            c.put("raw", k[2]);
            c.put("similarity", k[3]);
            c.put("findings", e.getValue()[1]);
            c.put("real", e.getValue()[0]);
            out.add(c);
        }
        root.put("cells", out);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("calibration could not be serialised", e);
        }
    }
}
