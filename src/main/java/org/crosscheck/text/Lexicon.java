package org.crosscheck.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Word lists shipped in the jar: one entry per line, tab-separated columns, {@code #} comments.
 */
public final class Lexicon {

    private Lexicon() {
    }

    /** Rows of the resource {@code name} next to {@code anchor}, each split on tabs, lower-cased. */
    public static List<List<String>> rows(Class<?> anchor, String name) {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("lexicon resource missing: " + anchor.getPackageName() + "/" + name);
        }
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                List<String> cols = new ArrayList<>();
                for (String c : t.split("\t")) {
                    if (!c.isBlank()) {
                        cols.add(c.strip().toLowerCase(Locale.ROOT));
                    }
                }
                rows.add(List.copyOf(cols));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + name, e);
        }
        return List.copyOf(rows);
    }

    /** The first column of every row of the resource, as a set. */
    public static Set<String> words(Class<?> anchor, String name) {
        return rows(anchor, name).stream().map(r -> r.get(0)).collect(Collectors.toUnmodifiableSet());
    }
}
