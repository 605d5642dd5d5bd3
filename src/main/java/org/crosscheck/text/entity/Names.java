package org.crosscheck.text.entity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.crosscheck.text.Lexicon;

/**
 * Folds the forms of a name to one key and tells whether two name forms can refer to the same
 * thing ("Mr Peskov" and "Dmitry Peskov"; "Kiev" and "Kyiv"; "UK" and "Britain").
 */
public final class Names {

    // compiled once: names are keyed for every mention of every article
    private static final Pattern POSSESSIVE = Pattern.compile("'s$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACES_OR_DASHES = Pattern.compile("[\\s-]+");


    /** Words that stand before a name without being part of it. */
    public static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady",
            "prof", "professor", "president", "judge", "justice", "mx", "rev", "reverend", "father", "sister", "st",
            "gen", "general", "col", "colonel", "capt", "captain", "lt", "sgt", "sergeant", "insp", "inspector", "det",
            "detective", "supt", "cllr", "coun", "ald", "alderman", "const", "atty", "cmdr", "cpl", "pvt", "councillor", "gov", "governor", "sen", "senator", "rep", "mayor", "minister",
            "chancellor", "king", "queen", "prince", "princess", "pope", "archbishop", "bishop", "chief", "coach",
            "officer", "constable", "pc", "dc", "ds", "di", "dci", "mp", "deputy", "secretary", "premier", "ambassador",
            "commissioner", "sheriff", "attorney", "prosecutor", "spokesman", "spokeswoman");

    /** Words that change which office a title names. */
    public static final Set<String> TITLE_MODIFIERS =
            Lexicon.words(Names.class, "/org/crosscheck/text/title-modifiers.txt");

    private static final Set<String> TITLE_WORDS = titleWords();
    private static final Map<String, String> ALIASES = aliases();
    private static final Set<String> STOP = Set.of("the", "of", "and", "for");

    private Names() {
    }

    private static Set<String> titleWords() {
        Set<String> words = new java.util.HashSet<>(HONORIFICS);
        words.addAll(TITLE_MODIFIERS);
        for (String title : Lexicon.words(Names.class, "/org/crosscheck/text/titles.txt")) {
            words.addAll(Arrays.asList(SPACES_OR_DASHES.split(title)));
        }
        return Set.copyOf(words);
    }

    /**
     * Whether {@code word} is a name joined by a hyphen to a participle that places what follows
     * ("Galway-based", "Kong-listed", "Kigali-bound", "Paris-born"): a modifier, never a name itself.
     */
    public static boolean isPlacedByParticiple(String word) {
        int dash = word.lastIndexOf('-');
        if (dash <= 0 || dash == word.length() - 1 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String tail = word.substring(dash + 1);
        return tail.chars().allMatch(Character::isLowerCase) && org.crosscheck.text.sense.WordSenses.shared().isParticiple(tail);
    }

    /**
     * Whether one of the words of {@code written} names an office or rank ("Deputy Premier",
     * "Treasurer"): a listed title or honorific, or a WordNet role noun.
     */
    public static boolean hasTitleWord(String written) {
        for (String w : SPACES_OR_DASHES.split(written.toLowerCase(Locale.ROOT).replace(".", ""))) {
            if (TITLE_WORDS.contains(w) || org.crosscheck.text.sense.WordSenses.shared().isRoleNoun(w)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> aliases() {
        Map<String, String> map = new HashMap<>();
        for (List<String> row : Lexicon.rows(Names.class, "/org/crosscheck/text/aliases.txt")) {
            for (String form : row) {
                map.putIfAbsent(form, row.get(0));
            }
        }
        return Map.copyOf(map);
    }

    /** The key of a name as written: lower case, accents, honorifics and "the" dropped, aliases folded ("València" = "Valencia"). */
    public static String key(String written) {
        String plain = org.crosscheck.text.Letters.plain(written);
        String s = POSSESSIVE.matcher(plain.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).replaceAll("").strip();
        String alias = ALIASES.get(s);
        if (alias != null) {
            return alias;
        }
        List<String> words = Arrays.stream(SPACES.split(s)).map(w -> w.replace(".", "")).collect(Collectors.toList());
        while (words.size() > 1 && (HONORIFICS.contains(words.get(0)) || "the".equals(words.get(0)))) {
            words.remove(0);
        }
        String joined = String.join(" ", words);
        return ALIASES.getOrDefault(joined, joined);
    }

    private static final java.util.regex.Pattern FULL_NAME = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}'\u2019.-]+(\\s+\\p{Lu}[\\p{L}'\u2019.-]+){1,3}");

    /** Whether {@code written} has the form of a name in full: two to four capitalised words ("Ana Salas", "Pedro Alves"). */
    public static boolean isFullNameForm(String written) {
        return FULL_NAME.matcher(written.strip()).matches();
    }

    /** Whether the written name is a known place or country (from the alias list). */
    public static boolean isKnownPlace(String written) {
        return ALIASES.containsKey(written.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the written name is a place: a known place or country, or a name the dictionary files
     * under locations and nothing a speaker could be ("Nairobi"; not "Washington", also a person).
     */
    public static boolean isPlace(String written) {
        return isKnownPlace(written) || org.crosscheck.text.sense.WordSenses.shared().isPlaceName(written);
    }

    /**
     * Whether two written names may refer to the same thing: equal keys, aliases, or one form's
     * words contained in the other's ("Peskov" in "Dmitry Peskov"; "Johnson" in "Boris Johnson").
     */
    public static boolean compatible(String a, String b) {
        if (compatibleForms(a, b)) {
            return true;
        }
        // "Krueger" is how "Krüger" is spelt without the umlaut, "Baatsfjord" "Båtsfjord" without the
        // ring: German and Scandinavian letters written out
        if (!UMLAUTS.matcher(a).find() && !UMLAUTS.matcher(b).find()) {
            return false;
        }
        return compatibleForms(UMLAUTS.matcher(a).replaceAll(m -> UMLAUT_SPELLING.get(m.group())),
                UMLAUTS.matcher(b).replaceAll(m -> UMLAUT_SPELLING.get(m.group())));
    }

    private static final java.util.regex.Pattern UMLAUTS = java.util.regex.Pattern.compile("[äöüÄÖÜßåÅøØ]");
    private static final Map<String, String> UMLAUT_SPELLING = Map.ofEntries(Map.entry("ä", "ae"), Map.entry("ö", "oe"),
            Map.entry("ü", "ue"), Map.entry("Ä", "Ae"), Map.entry("Ö", "Oe"), Map.entry("Ü", "Ue"), Map.entry("ß", "ss"),
            Map.entry("å", "aa"), Map.entry("Å", "Aa"), Map.entry("ø", "oe"), Map.entry("Ø", "Oe"));

    private static boolean compatibleForms(String a, String b) {
        String ka = key(a);
        String kb = key(b);
        if (ka.equals(kb)) {
            return true;
        }
        Set<String> wa = content(ka);
        Set<String> wb = content(kb);
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        return wa.containsAll(wb) || wb.containsAll(wa) || acronymOf(ka, kb) || acronymOf(kb, ka) || members(wa, wb) || members(wb, wa);
    }

    /**
     * Whether {@code plural} names the members of the party {@code party} names: "Socialists" and
     * "Socialist Party", "Greens" and "the Green Party", "Social Democrats" and "Social Democratic Party".
     */
    private static boolean members(Set<String> party, Set<String> plural) {
        if (!party.contains("party") || party.size() < 2) {
            return false;
        }
        Set<String> singular = new java.util.HashSet<>();
        for (String w : plural) {
            singular.add(w.length() >= 4 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
        }
        if (singular.equals(plural)) {
            return false;
        }
        Set<String> named = new java.util.HashSet<>(party);
        named.remove("party");
        Set<String> adjectives = new java.util.HashSet<>();
        named.forEach(w -> adjectives.add(w.endsWith("ic") ? w.substring(0, w.length() - 2) : w)); // "Democratic" / "Democrats"
        return named.equals(singular) || adjectives.equals(singular);
    }

    private static Set<String> content(String key) {
        return Arrays.stream(SPACES_OR_DASHES.split(key)).filter(w -> !w.isEmpty() && !STOP.contains(w)).collect(Collectors.toSet());
    }

    /**
     * Whether one of the two is the initials ("DI" and "Detective Inspector") or a contraction
     * ("Cllr" and "Councillor", "Supt" and "Superintendent") of the other.
     */
    public static boolean isAcronym(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT).strip();
        String y = b.toLowerCase(Locale.ROOT).strip();
        return acronymOf(x, y) || acronymOf(y, x) || contractionOf(x, y) || contractionOf(y, x);
    }

    /**
     * Whether {@code shortForm}, written in capitals, starts or ends with the initials of the
     * capitalised words of {@code longForm}: initials that keep a word the name as written drops or
     * drop one it keeps ("ODPP" for "Director of Public Prosecutions", "FAO" for "Agriculture
     * Organization").
     */
    public static boolean initialsAtEdge(String shortForm, String longForm) {
        if (shortForm.length() < 2 || shortForm.length() > 6 || !shortForm.equals(shortForm.toUpperCase(Locale.ROOT))
                || !longForm.contains(" ")) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : SPACES_OR_DASHES.split(longForm)) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        String i = initials.toString();
        return i.length() >= 2 && (shortForm.startsWith(i) || shortForm.endsWith(i));
    }

    private static boolean contractionOf(String shortForm, String longForm) {
        String s = shortForm.replace(".", "");
        if (s.length() < 2 || s.length() > 5 || s.length() >= longForm.length() || s.contains(" ") || longForm.contains(" ")
                || s.charAt(0) != longForm.charAt(0)) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < longForm.length() && j < s.length(); i++) {
            if (longForm.charAt(i) == s.charAt(j)) {
                j++;
            }
        }
        return j == s.length();
    }

    private static boolean acronymOf(String shortForm, String longForm) {
        String s = shortForm.replace(".", "").replace(" ", "");
        if (s.length() < 2 || s.length() > 6) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : SPACES_OR_DASHES.split(longForm)) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                initials.append(w.charAt(0));
            }
        }
        // "Chief Executive" is how copy shortens "Chief Executive Officer", the CEO
        boolean officer = longForm.startsWith("chief ") && (initials + "o").equals(s);
        return initials.toString().equals(s) || officer;
    }
}
