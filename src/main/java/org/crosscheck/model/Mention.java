package org.crosscheck.model;

import java.util.Objects;

/**
 * A name, place, organisation, title or date as written, with a key that equal mentions share.
 *
 * @param span where it is written
 * @param text the words as written
 * @param kind what it names
 * @param key normalised form: name forms and aliases of one thing share it ("kiev" and "kyiv"
 *     both "kyiv"; "9 March" and "March 9" both "--03-09")
 */
public record Mention(Span span, String text, Kind kind, String key) {

    /** What a mention names. */
    public enum Kind { PERSON, PLACE, ORGANISATION, TITLE, DATE, OTHER }

    /** Validates the required parts. */
    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
    }
}
