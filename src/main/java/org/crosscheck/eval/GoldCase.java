package org.crosscheck.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.crosscheck.model.InputException;

/**
 * One gold case: a folder with a {@code gold.json} (shared/gold format) naming its sources,
 * relative to the file, the findings that must be reported and the allowed extras.
 *
 * @param name the folder's name ("dev-017")
 * @param sources the articles in command-line order
 * @param findings what must be reported
 * @param allowed defensible extras, never counted as false
 */
public record GoldCase(String name, List<Path> sources, List<GoldEntry> findings, List<GoldEntry> allowed) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Copies the lists. */
    public GoldCase {
        sources = List.copyOf(sources);
        findings = List.copyOf(findings);
        allowed = List.copyOf(allowed);
    }

    /** Whether the case asks for no finding at all. */
    public boolean clean() {
        return findings.isEmpty();
    }

    /** Reads the case in folder {@code dir}. */
    public static GoldCase read(Path dir) {
        Path gold = dir.resolve("gold.json");
        try {
            JsonNode root = MAPPER.readTree(gold.toFile());
            List<Path> sources = new ArrayList<>();
            root.path("sources").forEach(s -> sources.add(dir.resolve(s.asText()).normalize()));
            List<GoldEntry> findings = new ArrayList<>();
            root.path("findings").forEach(f -> findings.add(GoldEntry.of(f)));
            List<GoldEntry> allowed = new ArrayList<>();
            root.path("allowed").forEach(a -> allowed.add(GoldEntry.of(a)));
            return new GoldCase(dir.getFileName().toString(), sources, findings, allowed);
        } catch (IOException e) {
            throw new InputException("cannot read " + gold + ": " + e.getMessage());
        }
    }

    /**
     * The cases named: each path is a case folder or a folder of case folders (sorted by name),
     * as {@code eval_cases.py} finds them.
     */
    public static List<GoldCase> find(List<Path> paths) {
        List<GoldCase> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isRegularFile(p.resolve("gold.json"))) {
                out.add(read(p.toAbsolutePath()));
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> children = Files.list(p)) {
                    children.sorted().filter(c -> Files.isRegularFile(c.resolve("gold.json")))
                            .forEach(c -> out.add(read(c.toAbsolutePath())));
                } catch (IOException e) {
                    throw new InputException("cannot list " + p + ": " + e.getMessage());
                }
            } else {
                throw new InputException("no gold case at " + p);
            }
        }
        return out;
    }
}
