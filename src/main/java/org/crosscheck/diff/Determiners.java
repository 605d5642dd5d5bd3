package org.crosscheck.diff;

import java.util.Set;

/** The words that open a noun phrase without naming anything: articles, possessives and demonstratives. */
final class Determiners {

    private static final Set<String> WORDS = Set.of("a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this",
            "that", "these", "those");

    private Determiners() {
    }

    /** Whether a lower-case word is a determiner ("the", "its", "those"). */
    static boolean is(String lower) {
        return WORDS.contains(lower);
    }
}
