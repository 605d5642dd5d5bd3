package org.crosscheck.text.quote;

import java.util.Set;

/**
 * A role the article ties to a named person: "Putin's spokesman Dmitry Peskov", "The mayor of
 * Bucha, Anatoliy Fedoruk", "Ukrainian President Volodymyr Zelenskyy".
 *
 * @param person who holds the role
 * @param head the role noun, lower-cased ("spokesman")
 * @param descriptors the other words written with it, lower-cased ("putin", "bucha")
 * @param nationalities nationality adjectives among them ("ukrainian")
 * @param offset where the binding is written
 */
record RoleBinding(Person person, String head, Set<String> descriptors, Set<String> nationalities, int offset) {
}
