package org.crosscheck.text.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.crosscheck.text.Token;

/**
 * Whether an article ties a person to an organisation as its voice: "Koen Maes, who chairs the
 * Ghent Traders' Federation", "Ana Ruiz, a spokeswoman for the ministry", "the federation's chair,
 * Koen Maes", or "its chair, Koen Maes" after the organisation was named. What the organisation
 * says, its chair or spokesperson says: the two are one voice, never two speakers.
 */
public final class Affiliations {

    private static final SpeakerWords LEX = SpeakerWords.INSTANCE;
    /** How many tokens may stand between the person's name and the organisation's. */
    private static final int GAP = 8;
    /** How many tokens before "its chair" the organisation it stands for may be named. */
    private static final int ITS_REACH = 40;

    private Affiliations() {
    }

    /**
     * Whether {@code text} writes the person {@code person} as holding a role in, or acting for,
     * the organisation {@code organisation}.
     *
     * @param text article text, never null
     * @param person a person's name ("Koen Maes"); the article may write only the surname
     * @param organisation an organisation's name as read ("Federation", "the Ghent Traders' Federation")
     */
    public static boolean speaksFor(String text, String person, String organisation) {
        Objects.requireNonNull(text, "text");
        List<String> personWords = words(Objects.requireNonNull(person, "person"));
        List<String> orgWords = words(Objects.requireNonNull(organisation, "organisation"));
        if (personWords.isEmpty() || orgWords.isEmpty()) {
            return false;
        }
        String surname = personWords.get(personWords.size() - 1);
        return SentenceFrame.lines(text).stream().anyMatch(line -> tiedIn(line, surname, orgWords) || possessed(line, surname, orgWords));
    }

    /**
     * "Mulvey's department" for "the Department of Health": the person's possessive right before
     * the organisation's head noun, written in lower case, is the body the person runs.
     */
    private static boolean possessed(List<Token> tokens, String surname, List<String> orgWords) {
        int of = orgWords.indexOf("of");
        String head = of > 0 ? orgWords.get(of - 1) : orgWords.get(orgWords.size() - 1); // words() are lower case
        for (int p = 0; p + 1 < tokens.size(); p++) {
            Token t = tokens.get(p);
            Token next = tokens.get(p + 1);
            if (t.isCapitalised() && t.possessive() && plain(t).equals(surname) && next.isWord() && !next.isCapitalised()
                    && next.lower().equals(head)) {
                return true;
            }
        }
        return false;
    }

    private static boolean tiedIn(List<Token> tokens, String surname, List<String> orgWords) {
        List<int[]> orgs = new ArrayList<>();
        for (int k = 0; k + orgWords.size() <= tokens.size(); k++) {
            if (matchesAt(tokens, k, orgWords)) {
                orgs.add(new int[] {k, k + orgWords.size()});
            }
        }
        if (orgs.isEmpty()) {
            return false;
        }
        for (int p = 0; p < tokens.size(); p++) {
            if (!tokens.get(p).isCapitalised() || !plain(tokens.get(p)).equals(surname)) {
                continue;
            }
            int nameStart = p;
            while (nameStart > 0 && tokens.get(nameStart - 1).isCapitalised() && tokens.get(nameStart - 1).isWord()
                    && !tokens.get(nameStart - 1).possessive()) {
                nameStart--;
            }
            for (int[] o : orgs) {
                // "Koen Maes, who chairs the Federation" / "the Federation's chair, Koen Maes"
                if (o[0] > p && o[0] - p - 1 <= GAP && ties(tokens.subList(p + 1, o[0]))
                        || o[1] <= nameStart && nameStart - o[1] <= GAP && ties(tokens.subList(o[1] - 1, nameStart))) {
                    return true;
                }
                // "The Federation said ... , said its chair, Koen Maes"
                if (o[1] <= nameStart && nameStart - o[1] <= ITS_REACH && standsForIts(tokens, nameStart)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the words between a name and an organisation hold a role or an act of office, and no speech. */
    private static boolean ties(List<Token> gap) {
        boolean role = false;
        for (int k = 0; k < gap.size(); k++) {
            Token t = gap.get(k);
            if (t.isSymbol(".") || t.isSymbol("?") || t.isSymbol("!") || t.kind() == Token.Kind.QUOTE
                    || t.isWord() && LEX.isReportingVerb(t.text()) && !LEX.isTitle(t.text())) {
                return false;
            }
            if (k == 0 && t.possessive() && gap.size() > 1 || k > 0 && t.isWord() && isRoleWord(t.lower())) {
                role = true;
            } else if (k > 0 && t.isWord() && !t.isCapitalised() && !NounPhrases.FUNCTION.contains(t.lower())
                    && (!role || !t.lower().endsWith("ing") && org.crosscheck.text.sense.WordSenses.shared().neverNoun(t.lower()))) {
                // "Koen Maes, the mayor, criticised the Federation": the role is not in it; "head of
                // sourcing compliance at ... Nordvik Apparel": nouns (and a gerund before one) still name it
                role = false;
            }
        }
        return role;
    }

    /** "its chair, Koen Maes", "their spokeswoman Ana Ruiz": a role of the organisation just named, right before the name. */
    private static boolean standsForIts(List<Token> tokens, int nameStart) {
        int k = nameStart - 1;
        if (k >= 0 && tokens.get(k).isSymbol(",")) {
            k--;
        }
        if (k < 1 || !tokens.get(k).isWord() || !isRoleWord(tokens.get(k).lower())) {
            return false;
        }
        for (int d = k - 1; d >= Math.max(0, k - 3); d--) {
            String w = tokens.get(d).lower();
            if (w.equals("its") || w.equals("their")) {
                return true;
            }
            if (!tokens.get(d).isWord() || NounPhrases.FUNCTION.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * A role noun ("chair", "spokeswoman") or a verb of holding one ("chairs", "leads", "directs",
     * "founded"): its agent noun is a role.
     */
    private static boolean isRoleWord(String lower) {
        if (LEX.isTitle(lower)) {
            return true;
        }
        String stem = lower.endsWith("ed") ? lower.substring(0, lower.length() - 2)
                : lower.endsWith("es") && !lower.endsWith("ees") ? lower.substring(0, lower.length() - 1)
                : lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : null;
        if (stem == null || stem.length() < 3) {
            return false;
        }
        for (String agent : List.of(stem, stem + "er", stem + "or", stem + "r")) {
            if (LEX.isTitle(agent)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(List<Token> tokens, int k, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!plain(tokens.get(k + i)).equals(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> LEADING = Set.of("the", "a", "an");

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.strip().split("\\s+")) {
            String p = strip(w.toLowerCase(Locale.ROOT));
            if (!p.isEmpty() && !(out.isEmpty() && LEADING.contains(p))) {
                out.add(p);
            }
        }
        return out;
    }

    private static String plain(Token t) {
        return strip(t.lower());
    }

    private static String strip(String w) {
        String s = w.replace('\u2019', '\'');
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
