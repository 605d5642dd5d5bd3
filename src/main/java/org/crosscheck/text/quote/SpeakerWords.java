package org.crosscheck.text.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The small word lists speaker resolution relies on, read once from resources next to this class:
 * reporting verbs, role nouns, honorifics, given names and words that never belong to a name.
 * Role nouns are read from this package's gendered list and from the text layer's list of offices,
 * so that one office the entity layer knows is a title here too.
 */
final class SpeakerWords {

    /** Gender a word implies: male, female or unknown. */
    enum Gender { M, F, X }

    /** Compiled once: {@link #plain} runs for every capitalised word, and replaceAll compiles on each call. */

    static final SpeakerWords INSTANCE = new SpeakerWords();

    private final Set<String> reportingVerbs = new HashSet<>();
    private final Set<String> bareReportingVerbs = new HashSet<>();
    private final Map<String, Gender> titles = new HashMap<>();
    private final Map<String, Gender> honorifics = new HashMap<>();
    private final Map<String, Gender> firstNames = new HashMap<>();
    private final Set<String> listedGivenNames = new HashSet<>();
    private final Set<String> notNames = new HashSet<>();

    private SpeakerWords() {
        for (String line : lines("reporting-verbs.txt")) {
            String[] forms = line.split("\\s+");
            bareReportingVerbs.add(forms[0]); // each line opens with the bare form: "state stated states stating"
            for (String w : forms) {
                reportingVerbs.add(w);
            }
        }
        readGendered("titles.txt", titles);
        // the text layer's role list names the same offices; a phrase of several words ("prime
        // minister", "chief executive") counts by its head, its last word
        for (String line : lines("/org/crosscheck/text/titles.txt")) {
            String[] words = line.split("\\s+");
            titles.putIfAbsent(lower(words[words.length - 1]), Gender.X);
        }
        readGendered("honorifics.txt", honorifics);
        readGendered("first-names.txt", firstNames);
        for (String line : lines("/org/crosscheck/text/entity/nicknames.txt")) {
            for (String w : line.split("\t")) {
                if (w.length() >= 3) {
                    listedGivenNames.add(w);
                }
            }
        }
        for (String line : lines("not-names.txt")) {
            for (String w : line.split("\\s+")) {
                notNames.add(w);
            }
        }
    }

    boolean isReportingVerb(String word) {
        return reportingVerbs.contains(lower(word));
    }

    /**
     * The title an abbreviated one stands for ("gov" gives "governor", "sen" "senator", "prof"
     * "professor"): the one longer title or honorific the abbreviation begins; {@code word} itself
     * when it is no abbreviation or begins several.
     */
    String expandedTitle(String word) {
        String w = stripDot(lower(word));
        if (w.length() > 4 || !honorifics.containsKey(w) || isCourtesy(w)) {
            return w; // "Dr" is no abbreviated office
        }
        return expansions.computeIfAbsent(w, k -> {
            List<String> longer = java.util.stream.Stream.concat(titles.keySet().stream(), honorifics.keySet().stream())
                    .filter(t -> t.length() > k.length() + 1 && t.startsWith(k)).distinct().toList();
            return longer.size() == 1 ? longer.get(0) : k;
        });
    }

    private final Map<String, String> expansions = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether {@code word} is the bare form of a reporting verb ("say", "state"), which agrees only with a plural subject. */
    boolean isBareReportingVerb(String word) {
        return bareReportingVerbs.contains(lower(word));
    }

    boolean isTitle(String word) {
        return titles.containsKey(titleWord(word));
    }

    Gender titleGender(String word) {
        return titles.getOrDefault(titleWord(word), Gender.X);
    }

    /**
     * "dad-of-two" is a dad, "mother-of-three" a mother; "Vice-Minister" and "Co-Chair" are
     * titles when the office after the modifier is one.
     */
    private String titleWord(String word) {
        String w = lower(word);
        int of = w.indexOf("-of-");
        if (of > 0) {
            return w.substring(0, of);
        }
        int dash = w.indexOf('-');
        return dash > 0 && org.crosscheck.text.entity.Names.TITLE_MODIFIERS.contains(w.substring(0, dash)) && titles.containsKey(w.substring(dash + 1))
                ? w.substring(dash + 1) : w;
    }

    boolean isHonorific(String word) {
        // "MS Carys ab Iorwerth": in capitals it is an office's initials (Member of the Senedd), not "Ms"
        return !isCapitalsOnly(word) && honorifics.containsKey(lower(stripDot(word)));
    }

    private static boolean isCapitalsOnly(String word) {
        return word.length() > 1 && word.chars().allMatch(Character::isUpperCase);
    }

    Gender honorificGender(String word) {
        return honorifics.getOrDefault(lower(stripDot(word)), Gender.X);
    }

    /** Honorifics of courtesy (Mr, Dr) rather than office (President, Judge). */
    boolean isCourtesy(String word) {
        String w = lower(stripDot(word));
        return Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "rev").contains(w);
    }

    Gender firstNameGender(String word) {
        return firstNames.getOrDefault(plain(word), null);
    }

    boolean isFirstName(String word) {
        return firstNames.containsKey(plain(word));
    }

    /**
     * Whether {@code word} is in the long list of given names and their nicknames ("Bernie",
     * "Dorothy"), which holds words that are also common nouns ("Will", "Rich"): a caller
     * checks that the article never writes the word in lower case.
     */
    boolean isListedGivenName(String word) {
        return listedGivenNames.contains(plain(word));
    }

    /** Lower case without accents: "Joaquín" and "joaquin" look up alike. */
    private static String plain(String word) {
        return org.crosscheck.text.Letters.plain(lower(word));
    }


    boolean isNotName(String word) {
        return notNames.contains(lower(word));
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static String stripDot(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    private static void readGendered(String resource, Map<String, Gender> into) {
        for (String line : lines(resource)) {
            for (String entry : line.split("\\s+")) {
                int colon = entry.indexOf(':');
                String word = colon < 0 ? entry : entry.substring(0, colon);
                Gender g = colon < 0 ? Gender.X : Gender.valueOf(entry.substring(colon + 1).toUpperCase(Locale.ROOT));
                into.put(word, g);
            }
        }
    }

    private static java.util.List<String> lines(String resource) {
        try (InputStream in = SpeakerWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon resource " + resource, e);
        }
    }
}
