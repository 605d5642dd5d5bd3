package org.crosscheck.model;

/**
 * Points at one sentence of one source.
 *
 * @param source the source id
 * @param sentence the sentence index in that source
 */
public record SentenceRef(String source, int sentence) {
}
