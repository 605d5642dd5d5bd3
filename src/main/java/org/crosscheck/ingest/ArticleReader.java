package org.crosscheck.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crosscheck.model.Article;
import org.crosscheck.model.InputException;

/**
 * Reads one source file (plain text or HTML) into an {@link Article}.
 *
 * <p>Placeholder reader: plain UTF-8 only. The ingest issue replaces it with encoding detection,
 * HTML extraction and input validation.
 */
public final class ArticleReader {

    /** Reads {@code path} as the source named {@code id}; fails with a one-line {@link InputException}. */
    public Article read(Path path, String id) {
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            return new Article(id, path.toString(), text.lines().findFirst().orElse(""), text);
        } catch (IOException e) {
            throw new InputException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
