package org.crosscheck.eval;

import java.util.Locale;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.crosscheck.model.InputException;

/**
 * The fixed split between the part tuned on and the part set aside, looked at only in aggregate.
 * Dev cases: a case whose number ends in 0 or 5 is set aside. SummEdits news: a pair whose
 * document id (the part of its id before the first {@code _}) ends in one of the given hex digits
 * is set aside. SummEdits other domains: a pair of the given domain is set aside.
 */
final class Split {

    /** The dev-case rule's name. */
    static final String LAST_DIGIT_0_OR_5 = "last-digit-0-or-5";

    private Split() {
    }

    /**
     * The rule named {@code rule} over case names: {@value #LAST_DIGIT_0_OR_5}, {@code none} (all
     * tuned) or {@code all} (all set aside, for a folder of cases kept for checking only).
     */
    static Predicate<String> cases(String rule) {
        return switch (rule) {
            case LAST_DIGIT_0_OR_5 -> name -> name.endsWith("0") || name.endsWith("5");
            case "none" -> name -> false;
            case "all" -> name -> true;
            default -> throw new InputException("--aside-rule must be " + LAST_DIGIT_0_OR_5 + ", none or all, got '" + rule + "'");
        };
    }

    /** Set aside: pairs whose document id ends in one of {@code hexDigits}. */
    static Predicate<JsonNode> docHex(String hexDigits) {
        if (!hexDigits.matches("[0-9a-fA-F]+")) {
            throw new InputException("--aside-doc-hex takes hex digits, got '" + hexDigits + "'");
        }
        String set = hexDigits.toLowerCase(Locale.ROOT);
        return row -> {
            String doc = row.path("id").asText().split("_", -1)[0].toLowerCase(Locale.ROOT);
            return !doc.isEmpty() && set.indexOf(doc.charAt(doc.length() - 1)) >= 0;
        };
    }

    /** Set aside: pairs of {@code domain}. */
    static Predicate<JsonNode> domain(String domain) {
        return row -> row.path("domain").asText().equals(domain);
    }

    /**
     * BASIL: an article is set aside when the id of its story (the triplet of outlets that tell
     * it, the part of the file name before {@code _N}) ends in the hex digit 0, 1, 2 or 3, about a
     * quarter of the stories; the three tellings of one story always stay together.
     */
    static boolean basilAside(String triplet) {
        char last = Character.toLowerCase(triplet.charAt(triplet.length() - 1));
        return "0123".indexOf(last) >= 0;
    }
}
