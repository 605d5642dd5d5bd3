package org.crosscheck.archive;

import java.util.List;
import java.util.Objects;

import org.crosscheck.model.Article;
import org.crosscheck.model.Sentence;

/**
 * One article as the archive keeps it: the article exactly as it was read (id, path, title and
 * text, so a check compares the very text {@code report} would) and its sentences with their
 * offsets into that text and their kind (page furniture is kept but never matched).
 *
 * @param article the article as read when it was indexed
 * @param sentences its sentences in reading order, each a span of {@code article.text()}
 */
public record ArchivedArticle(Article article, List<Sentence> sentences) {

    /** Copies the list; rejects a sentence that does not lie in the text. */
    public ArchivedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        int length = article.text().length();
        for (Sentence s : sentences) {
            if (s.span().end() > length) {
                throw new IllegalArgumentException("sentence " + s.index() + " " + s.span() + " runs past the text of "
                        + article.id() + " (" + length + " chars)");
            }
        }
    }

    /** The article's id in the archive. */
    public String id() {
        return article.id();
    }
}
