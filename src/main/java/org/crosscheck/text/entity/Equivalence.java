package org.crosscheck.text.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.crosscheck.text.Lexicon;
import org.crosscheck.text.sense.WordSenses;

/**
 * Whether two written forms can name the same person, office, party, place or people, so that
 * a rewrite using the other form is not a changed name (nor a changed quote).
 *
 * <p>Forms agree when they are one word written with or without hyphens ("co-operate" /
 * "cooperate", "mid-March" / "mid March"); name forms and aliases as {@link Names#compatible}
 * reads them; a given name and its nickname before one surname ("Bill Clinton" / "William
 * Clinton", from a public nickname list shipped in the jar); one office in the gender-neutral
 * form ("spokesman" / "spokesperson", "chairman" / "chair"); or when WordNet 3.1 gives them one
 * referent (shared senses "chief" / "head", "GOP" / "Republican Party"; country adjectives and
 * demonyms "Dutch" / "Netherlands'", "French" / "France's"; see {@link WordSenses#sameReferent}).
 */
public final class Equivalence {

    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s?$");
    private static final Pattern HYPHENS = Pattern.compile("[\\-\u2010\u2011\u2012\u2013]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern GENDERED_OFFICE = Pattern.compile("(wo)?man$|person$");
    private static final Map<String, Set<String>> NICKNAMES = nicknames();

    private Equivalence() {
    }

    private static Map<String, Set<String>> nicknames() {
        Map<String, Set<String>> map = new HashMap<>();
        for (List<String> row : Lexicon.rows(Equivalence.class, "/org/crosscheck/text/entity/nicknames.txt")) {
            String name = row.get(0);
            for (String nick : row.subList(1, row.size())) {
                map.computeIfAbsent(name, k -> new HashSet<>()).add(nick);
                map.computeIfAbsent(nick, k -> new HashSet<>()).add(name);
            }
        }
        return Map.copyOf(map);
    }

    /**
     * Whether {@code a} and {@code b} can refer to the same thing, by the rules on this class.
     *
     * @param a a name, title or word as written, not null
     * @param b another, not null
     * @return true when a rewrite may put one for the other without changing what it says
     */
    public static boolean sameReferent(String a, String b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        String x = normal(a);
        String y = normal(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y) || x.replace(" ", "").equals(y.replace(" ", ""))) {
            return true;
        }
        if (otherOffice(x, y) || otherOffice(y, x)) {
            return false;
        }
        if (Names.compatible(a, b) || nickname(x, y)) {
            return true;
        }
        String ox = GENDERED_OFFICE.matcher(x).replaceAll("");
        String oy = GENDERED_OFFICE.matcher(y).replaceAll("");
        if (!ox.isEmpty() && ox.equals(oy)) {
            return true; // "spokesman" / "spokeswoman" / "spokesperson", "chairman" / "chair"
        }
        return WordSenses.shared().sameReferent(x, y);
    }

    /** "Deputy director" against "director": a modifier that names another office. */
    private static boolean otherOffice(String longer, String shorter) {
        List<String> words = List.of(longer.split(" "));
        List<String> rest = List.of(shorter.split(" "));
        return words.size() > rest.size() && words.containsAll(rest)
                && words.stream().filter(w -> !rest.contains(w)).anyMatch(Names.TITLE_MODIFIERS::contains);
    }

    /** Whether two given names can be one person's: equal, or a name and its nickname. */
    public static boolean sameGivenName(String a, String b) {
        String x = normal(a);
        String y = normal(b);
        return x.equals(y) || NICKNAMES.getOrDefault(x, Set.of()).contains(y);
    }

    /** "Bill Clinton" and "William Clinton", or "Bob" and "Robert": the same surname (if any), nickname first names. */
    private static boolean nickname(String x, String y) {
        String[] wx = x.split(" ");
        String[] wy = y.split(" ");
        if (wx.length != wy.length || wx.length > 3) {
            return false;
        }
        for (int i = 1; i < wx.length; i++) {
            if (!wx[i].equals(wy[i])) {
                return false;
            }
        }
        return NICKNAMES.getOrDefault(wx[0], Set.of()).contains(wy[0]);
    }

    private static String normal(String s) {
        String lower = POSSESSIVE.matcher(s.toLowerCase(Locale.ROOT).strip()).replaceAll("");
        lower = HYPHENS.matcher(lower).replaceAll(" ");
        lower = SPACES.matcher(lower).replaceAll(" ").strip();
        return lower.startsWith("the ") ? lower.substring(4) : lower;
    }
}
