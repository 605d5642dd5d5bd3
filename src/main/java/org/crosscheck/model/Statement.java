package org.crosscheck.model;

/**
 * A sentence credited to a speaker through indirect speech ("X said that ...") or because it
 * carries a quote.
 *
 * @param sentence the sentence index
 * @param speaker who the sentence is credited to
 * @param direct whether the credit comes from a direct quote in the sentence
 */
public record Statement(int sentence, Speaker speaker, boolean direct) {
}
