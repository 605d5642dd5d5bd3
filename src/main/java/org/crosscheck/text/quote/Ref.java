package org.crosscheck.text.quote;

import java.util.Set;

/** A phrase that may name a speaker, before it is resolved to a person. */
sealed interface Ref {

    /** Offset where the phrase starts. */
    int start();

    /** Offset after the phrase. */
    int end();

    /** A name written out: "Mr Peskov", "Dmitry Peskov"; {@code person} is null when the index lacks it. */
    record Name(Person person, String written, int start, int end) implements Ref { }

    /** "he", "she", "they". */
    record Pronoun(SpeakerWords.Gender gender, int start, int end) implements Ref { }

    /**
     * "the mayor", "Putin's spokesman", "A spokesman for the Russian president"; {@code specific}
     * when a proper name or an "of"/"for" phrase pins the role down ("Spain's prime minister"),
     * so that it introduces someone rather than pointing back at someone already named.
     */
    record Role(String head, Set<String> descriptors, Set<String> nationalities, boolean specific, int start, int end) implements Ref { }

    /** Any other noun phrase (an organisation, a place, a plural): never a person. */
    record Other(Set<String> descriptors, int start, int end) implements Ref { }
}
