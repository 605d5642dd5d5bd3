package org.crosscheck.text.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short forms articles define for names by writing them in brackets after the name: "the
 * National Institute for Public Health and the Environment (RIVM)", "the Nairobi City Water and
 * Sewerage Company (NCWSC)", or after "known as" ("the National Chamber of Freight Transport,
 * known as Canacar"). Copy that defines a short form this way names one body by both, even
 * when the letters are those of another language's name, so either source's definition makes the
 * two one name in a comparison.
 */
public final class Abbreviations {

    /** A name of capitalised words, joined by the small words names carry, then a short form in brackets. */
    private static final Pattern DEFINED = Pattern.compile(
            "(\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+(?:(?:and|the|of|for|on|de|du|des|la|le|&)\\s+)*\\p{Lu}[\\p{L}'\u2019-]*)*)"
                    + "\\s+\\((\\p{Lu}[\\p{L}&]{0,6}\\p{Lu})\\)");
    /** The same name, then a one-word short form given after "known as": "the National Chamber of Freight Transport, known as Canacar". */
    private static final Pattern KNOWN_AS = Pattern.compile(
            "(\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+(?:(?:and|the|of|for|on|de|du|des|la|le|&)\\s+)*\\p{Lu}[\\p{L}'\u2019-]*)*)"
                    + ",?\\s+(?:also\\s+|commonly\\s+|locally\\s+)?known\\s+as\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}&]{1,15})(?![\\p{L}&])(?!\\s+\\p{Lu})");
    private static final Pattern OPENING_THE = Pattern.compile("^(?:The|A|An)\\s+");

    /** One definition: the name as written before the brackets, and the short form inside them. */
    public record Definition(String name, String shortForm) {

        /** Checks both parts are present. */
        public Definition {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(shortForm, "shortForm");
        }
    }

    private final List<Definition> definitions;

    private Abbreviations(List<Definition> definitions) {
        this.definitions = List.copyOf(definitions);
    }

    /** The short forms the given texts define, in the order they stand. */
    public static Abbreviations in(String... texts) {
        List<Definition> out = new ArrayList<>();
        for (String text : texts) {
            for (Pattern form : List.of(DEFINED, KNOWN_AS)) {
                Matcher m = form.matcher(Objects.requireNonNull(text, "text"));
                while (m.find()) {
                    String name = OPENING_THE.matcher(m.group(1)).replaceFirst("");
                    // "Acme (UK)" is a country tag, and a short form as long as the name is no short form
                    if (name.contains(" ") && !Names.isKnownPlace(m.group(2))) {
                        out.add(new Definition(name, m.group(2)));
                    }
                }
            }
        }
        return new Abbreviations(out);
    }

    /** The definitions read, in text order. */
    public List<Definition> definitions() {
        return definitions;
    }

    /**
     * Whether {@code a} and {@code b} name one body through a definition: one is the short form
     * and the other a form of the name it was defined for ("RIVM" and "National Institute for
     * Public Health and the Environment", or the "Environment" a reader cut it to).
     */
    public boolean sameBody(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        for (Definition d : definitions) {
            if (isShortForm(a, d) && Names.compatible(b, d.name()) || isShortForm(b, d) && Names.compatible(a, d.name())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isShortForm(String written, Definition d) {
        return written.strip().replaceFirst("^(?i)the\\s+", "").equals(d.shortForm());
    }
}
