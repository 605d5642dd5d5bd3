package org.crosscheck.model;

import java.util.Objects;

/**
 * One source as read from disk: the text that every offset in the pipeline refers to.
 *
 * @param id short name used in reports, by default the file name without extension
 * @param path where it was read from, as given on the command line (may be empty for in-memory articles)
 * @param title the headline, or the first line of the text when there is none
 * @param text the extracted article text (for HTML: the body text, paragraphs separated by blank lines)
 */
public record Article(String id, String path, String title, String text) {

    /** Validates that id and text are present. */
    public Article {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank, got " + (id == null ? "null" : "'" + id + "'"));
        }
        Objects.requireNonNull(text, "text");
        path = path == null ? "" : path;
        title = title == null ? "" : title;
    }
}
