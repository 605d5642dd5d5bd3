package org.crosscheck.text.quote;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crosscheck.text.Token;

/**
 * Judges by form alone whether a capitalised run stands where a speaker's name stands: as the
 * subject of a reporting verb ("Tester said", "Mitch Jones, R-Ky., said") or right after an
 * inverted one ("said Lonegan"). No list of given names is needed.
 */
final class NamePositions {

    private static final SpeakerWords LEX = SpeakerWords.INSTANCE;
    private static final Pattern PARTY_TAG = Pattern.compile("[RDI]-[A-Z][A-Za-z.]{1,12}");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019-]*");
    private static final Set<String> INVERTING = Set.of("said", "says", "added", "adds", "continued", "continues",
            "explained", "explains", "wrote", "writes", "insisted", "warned", "argued", "asked", "replied", "responded",
            "stated", "claimed", "noted", "tweeted", "declared", "concluded", "told", "recalled", "quipped", "cautioned");
    private static final Set<String> ORGANISATION_WORDS = Set.of("council", "ministry", "department", "party", "court",
            "bank", "agency", "university", "police", "service", "commission", "committee", "office", "union", "company",
            "group", "inc", "ltd", "plc", "corp", "corporation", "news", "authority", "board", "trust", "institute", "club",
            "services", "association", "foundation", "hospital", "college", "securities", "holdings", "partners", "airlines",
            "airways", "motors", "network", "federation", "organisation", "organization", "fund");
    private static final Set<String> BEFORE_SUBJECT = Set.of("and", "but", "as", "so", "yet", "while", "when", "because", "though");

    private final Set<String> lowerWords;

    private NamePositions(Set<String> lowerWords) {
        this.lowerWords = lowerWords;
    }

    /** Positions read against {@code text}, whose uncapitalised words are never taken for names. */
    static NamePositions of(String text) {
        Set<String> lower = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (Character.isLowerCase(m.group().codePointAt(0))) {
                lower.add(m.group());
                lower.add(m.group().replaceAll("['\u2019]s?$", "")); // "the parents' association" writes "parents" too
            }
        }
        return new NamePositions(lower);
    }

    /** Whether the article writes {@code word} in lower case too ("Officials said" / "officials"). */
    boolean isCommonWord(String word) {
        return lowerWords.contains(SpeakerWords.lower(word));
    }

    /** Whether {@code word} names a kind of organisation ("Securities", "Council"), as no person's name ends. */
    static boolean isOrganisationWord(String word) {
        return ORGANISATION_WORDS.contains(SpeakerWords.lower(word));
    }

    static boolean isInverting(String lower) {
        return INVERTING.contains(lower);
    }

    /** Whether the run {@code tokens[from,to)} is the subject of a reporting verb or follows an inverted one. */
    static boolean isSpeakerPosition(List<Token> tokens, int from, int to) {
        if (tokens.get(to - 1).possessive()) {
            return false;
        }
        if (to - from >= 2 && from >= 2 && tokens.get(from - 2).lower().equals("according") && tokens.get(from - 1).lower().equals("to")) {
            return true; // "..., according to Nasreen Akhter of the met office": a source wherever the phrase stands
        }
        int v = afterAffiliation(tokens, from, afterPartyTag(tokens, to));
        while (v < tokens.size() && v - to < 3 && tokens.get(v).isWord() && NounPhrases.SKIP.contains(tokens.get(v).lower())) {
            v++;
        }
        if (v == to) {
            // "Miller, a retired worker from the plant, said", "Fraser, who works as a joiner, said": a
            // role or a relative clause set off by commas lies between the name and its verb
            int past = Math.max(Appositives.afterRole(tokens, to), Appositives.afterRelative(tokens, to));
            v = past < 0 ? v : past;
        }
        boolean verbAfter = v < tokens.size() && !tokens.get(v).isCapitalised() && LEX.isReportingVerb(tokens.get(v).text())
                && !tokens.get(v).lower().endsWith("ing");
        if (verbAfter && (from == 0 || !tokens.get(from - 1).isWord() || BEFORE_SUBJECT.contains(tokens.get(from - 1).lower())
                || NameScanner.isTitleNoun(tokens.get(from - 1)) || isFullNameAfterDescription(tokens, from, to))) {
            return true;
        }
        // "said Lonegan." but not "she said Avonmere had cut prices"
        int after = afterPartyTag(tokens, to);
        boolean clauseEnds = after >= tokens.size() || tokens.get(after).kind() == Token.Kind.SYMBOL && !tokens.get(after).isSymbol(",")
                || tokens.get(after).isSymbol(",") && after + 1 < tokens.size() && (NameScanner.isTitleNoun(tokens.get(after + 1))
                        || Set.of("a", "an", "the", "who").contains(tokens.get(after + 1).text()));
        return clauseEnds && from > 0 && tokens.get(from - 1).isWord() && !tokens.get(from - 1).isCapitalised()
                && isInverting(tokens.get(from - 1).lower());
    }

    /**
     * A full name after a lower-case description of its holder ("member for finance Ravi Chandran
     * told"): two or more capitalised words, none of them an organisation word.
     */
    private static boolean isFullNameAfterDescription(List<Token> tokens, int from, int to) {
        if (to - from < 2 || !tokens.get(from - 1).isWord() || tokens.get(from - 1).isCapitalised()
                || Set.of("the", "a", "an").contains(tokens.get(from - 1).lower()) || AFFILIATING.contains(tokens.get(from - 1).lower())) {
            // "Park Soo-hyun of Hanul Securities said": after a preposition stands what the speaker belongs to
            return false;
        }
        for (int i = from; i < to; i++) {
            if (ORGANISATION_WORDS.contains(tokens.get(i).lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index after the affiliation a full name carries before its verb ("Park Soo-hyun of Hanul
     * Securities said", "Hannah Doyle, of Western Grid Networks, said"), or {@code k} when there is none.
     */
    private static int afterAffiliation(List<Token> t, int from, int k) {
        int i = k;
        boolean comma = i < t.size() && t.get(i).isSymbol(",");
        if (comma) {
            i++;
        }
        if (k - from < 2 || i >= t.size() || !t.get(i).isWord() || !AFFILIATING.contains(t.get(i).lower())) {
            return k;
        }
        for (int n = from; n < k; n++) {
            if (ORGANISATION_WORDS.contains(t.get(n).lower())) {
                return k; // "Royal Bank of Canada said": one organisation's name
            }
        }
        i++;
        if (i < t.size() && t.get(i).lower().equals("the")) {
            i++;
        }
        int run = i;
        while (i < t.size() && t.get(i).isCapitalised() && !t.get(i - 1).possessive()) {
            i++;
        }
        if (i == run) {
            return k;
        }
        if (comma) {
            return i < t.size() && t.get(i).isSymbol(",") ? i + 1 : k;
        }
        return i;
    }

    private static final Set<String> AFFILIATING = Set.of("of", "at", "from", "with");

    /** The index after a party tag that follows a name ("(R-Fla.)", ", R-Ky.,"), or {@code k} when there is none. */
    static int afterPartyTag(List<Token> t, int k) {
        int i = k;
        if (i < t.size() && (t.get(i).isSymbol("(") || t.get(i).isSymbol(","))) {
            String open = t.get(i).text();
            i++;
            if (i < t.size() && t.get(i).isWord() && PARTY_TAG.matcher(t.get(i).text()).matches()) {
                i++;
                if (i < t.size() && t.get(i).isSymbol(".")) {
                    i++;
                }
                if (open.equals("(") && i < t.size() && t.get(i).isSymbol(")")) {
                    return i + 1;
                }
                if (open.equals(",")) {
                    return i < t.size() && t.get(i).isSymbol(",") ? i + 1 : i;
                }
            }
        }
        return k;
    }

    /** The index of the last token before a party tag ending at {@code k} ("Jones (R-Utah)"), or {@code k}. */
    static int beforePartyTag(List<Token> t, int k) {
        for (int start = Math.max(0, k - 4); start < k; start++) {
            if (afterPartyTag(t, start) == k + 1 && start > 0) {
                return start - 1;
            }
        }
        return k;
    }
}
