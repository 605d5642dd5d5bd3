package org.crosscheck.text.quote;

import java.util.List;

import org.crosscheck.model.Quote;
import org.crosscheck.model.Statement;

/**
 * The quotes of an article and the sentences credited to a speaker.
 *
 * @param quotes direct quotes in reading order
 * @param statements sentences credited to a speaker, directly or in indirect speech
 */
public record Speech(List<Quote> quotes, List<Statement> statements) {

    /** Copies both lists. */
    public Speech {
        quotes = List.copyOf(quotes);
        statements = List.copyOf(statements);
    }
}
