package org.crosscheck.batch;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.crosscheck.model.InputException;

/**
 * Reads a batch manifest: JSON Lines, one set a line, {@code {"id": "...", "sources": ["a.html",
 * "b.txt"]}}. Blank lines are skipped. Relative source paths are resolved against the manifest's
 * directory. Whether the sources exist is not checked here: a missing source fails its own set,
 * not the manifest.
 */
public final class Manifest {

    /** Ids are file names on every system: letters, digits, dot, dash, underscore; not starting with a dot. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Manifest() {
    }

    /**
     * The sets {@code file} names, in order.
     *
     * @throws InputException with one line naming the manifest, the line number and the problem
     *     when the file cannot be read, a line is not a JSON object, {@code id} is missing or not a
     *     safe file name or repeats an earlier id, or {@code sources} is not an array of at least
     *     two non-blank strings; also when the manifest names no set at all
     */
    public static List<ManifestEntry> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new InputException("cannot read manifest " + file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new InputException("cannot read manifest " + file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        Path base = file.toAbsolutePath().getParent();
        List<ManifestEntry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            ManifestEntry entry = parse(file, i + 1, line, base);
            Integer earlier = seen.putIfAbsent(entry.id(), entry.line());
            if (earlier != null) {
                throw problem(file, entry.line(), "id \"" + entry.id() + "\" repeats the id of line " + earlier);
            }
            entries.add(entry);
        }
        if (entries.isEmpty()) {
            throw new InputException("manifest " + file + " names no set");
        }
        return List.copyOf(entries);
    }

    private static ManifestEntry parse(Path file, int number, String line, Path base) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw problem(file, number, "not valid JSON (" + e.getOriginalMessage().replaceAll("\\s+", " ") + ")");
        }
        if (node == null || !node.isObject()) {
            throw problem(file, number, "expected a JSON object like {\"id\": \"...\", \"sources\": [\"a\", \"b\"]}");
        }
        JsonNode id = node.get("id");
        if (id == null || !id.isTextual()) {
            throw problem(file, number, "\"id\" is missing or not a string");
        }
        if (!SAFE_ID.matcher(id.asText()).matches()) {
            throw problem(file, number, "id \"" + id.asText() + "\" is not a safe file name"
                    + " (use 1-100 letters, digits, '.', '-', '_', not starting with '.')");
        }
        JsonNode sources = node.get("sources");
        if (sources == null || !sources.isArray()) {
            throw problem(file, number, "\"sources\" is missing or not an array");
        }
        if (sources.size() < 2) {
            throw problem(file, number, "\"sources\" needs at least two files, got " + sources.size());
        }
        List<Path> paths = new ArrayList<>();
        for (JsonNode source : sources) {
            if (!source.isTextual() || source.asText().isBlank()) {
                throw problem(file, number, "\"sources\" must hold file names, got " + source);
            }
            paths.add(base.resolve(source.asText()));
        }
        return new ManifestEntry(number, id.asText(), paths);
    }

    private static InputException problem(Path file, int line, String what) {
        return new InputException("manifest " + file + " line " + line + ": " + what);
    }
}
