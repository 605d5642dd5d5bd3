package org.crosscheck.service;

import org.crosscheck.model.Article;

/**
 * The archive behind {@code POST /v1/check}: finds the archived articles that tell the same story
 * as a new one and reports where they disagree. The service knows the archive only through this
 * interface; a server started without {@code --archive} has none and answers 404.
 */
@FunctionalInterface
public interface ArchiveLookup {

    /**
     * Checks {@code article} against the archive.
     *
     * @param article the article to check, already validated (not empty, not binary)
     * @param top how many of the closest archived articles to compare it with, at least 1
     * @return the check's result as one JSON document
     * @throws org.crosscheck.model.InputException when the article cannot be checked; the client
     *     receives 400 with its message
     */
    String check(Article article, int top);
}
