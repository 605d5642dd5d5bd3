package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the name a PolNeAR source span gives and compares speaker names, with deterministic
 * rules that know nothing of crosscheck's resolver (so that it is not measured by itself).
 *
 * <p>A source is "pronoun" when it is only a pronoun, "named" when it holds a capitalised word
 * that is no determiner, title or function word and either ends capitalised or has a comma (an
 * appositive), else "nominal". The name of a named source is its last run of capitalised words,
 * titles and suffixes removed; for "Name, title of Org" the first run. Two names match when one's
 * words are a contiguous part of the other's, or when they share the surname and no given name
 * conflicts (an initial matches a name with that letter).
 */
final class GoldNames {

    /** What a gold source is. */
    enum SourceClass { NONE, PRONOUN, NAMED, NOMINAL }

    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "you", "it", "him", "her", "them", "me", "us",
            "his", "hers", "its", "their", "theirs", "our", "my", "your", "himself", "herself", "themselves", "itself", "who",
            "which", "that", "whom", "whose", "one", "this", "these", "those", "someone", "somebody", "everyone", "anyone",
            "some", "others", "many");
    static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative",
            "gov", "governor", "president", "pres", "vice", "secretary", "sec", "gen", "general", "lt", "col", "capt", "sgt", "adm",
            "judge", "justice", "speaker", "mayor", "rev", "reverend", "prof", "professor", "sir", "lady", "lord", "pope",
            "chairman", "chairwoman", "chair", "former", "candidate", "nominee", "attorney", "first", "leader", "majority",
            "minority", "democratic", "republican", "gop", "u.s.", "us", "state", "house", "senate", "hon", "ambassador", "chief",
            "presumptive", "presidential", "democrat");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd", "md", "esq");
    private static final Set<String> CAP_STOP = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
            "this", "that", "these", "those", "some", "many", "most", "one", "two", "three", "other", "others", "both", "several",
            "all", "each", "every", "another", "few", "such", "and", "but", "or", "in", "on", "at", "of", "for", "by", "with",
            "as", "to", "from", "if", "when", "while", "he", "she", "they", "i", "we", "you", "it", "who", "which", "there",
            "here", "then", "according", "also", "even", "still", "now", "yet", "so", "not", "no");
    private static final Set<String> PARTICLES = Set.of("de", "del", "la", "van", "von", "der", "da", "di", "le", "bin", "al", "st.");
    private static final Set<String> MODIFIER_PREPS = Set.of("of", "from", "in", "at", "for", "with", "on", "to", "by");
    private static final Pattern WORD = Pattern.compile("[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF][\\w.'\u2019\\-]*",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PIECE = Pattern.compile("[\\w.'\u2019\\-]+|[,;:()\"\u201C\u201D]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern INITIAL = Pattern.compile("[A-Z]\\.");

    private GoldNames() {
    }

    static SourceClass classify(String source) {
        if (source.isBlank()) {
            return SourceClass.NONE;
        }
        List<String> ws = words(source);
        String low = String.join(" ", ws.stream().map(w -> strip(w.toLowerCase(Locale.ROOT), ".'\u2019")).toList());
        if (PRONOUNS.contains(low)) {
            return SourceClass.PRONOUN;
        }
        boolean caps = ws.stream().anyMatch(w -> isCap(w) && !CAP_STOP.contains(stripPossessive(w).toLowerCase(Locale.ROOT))
                && !TITLES.contains(stripPossessive(w).toLowerCase(Locale.ROOT)));
        if (caps && !ws.isEmpty() && (isCap(ws.get(ws.size() - 1)) || source.contains(","))) {
            // "the senator from Vermont", "one longtime adviser to Bill Clinton": a common noun heads the
            // source and every name in it stands after a preposition, so it names the person by role
            boolean commonHead = !isCap(ws.get(0)) || CAP_STOP.contains(stripPossessive(ws.get(0)).toLowerCase(Locale.ROOT));
            return commonHead && runs(source).heads().isEmpty() ? SourceClass.NOMINAL : SourceClass.NAMED;
        }
        return SourceClass.NOMINAL;
    }

    /** The name a named source gives, or null. */
    static String nameOfNamed(String source) {
        List<List<String>> runs = nameRuns(source);
        if (runs.isEmpty()) {
            return null;
        }
        if (source.contains(",")) {
            String head = source.substring(0, source.indexOf(','));
            List<List<String>> hr = nameRuns(head);
            if (!hr.isEmpty() && classify(head) == SourceClass.NAMED) {
                return String.join(" ", hr.get(hr.size() - 1));
            }
        }
        return String.join(" ", runs.get(runs.size() - 1));
    }

    /** Runs of capitalised words (with particles and initials), titles removed; "of X" runs only when nothing else. */
    static List<List<String>> nameRuns(String s) {
        Runs r = runs(s);
        return r.heads().isEmpty() ? r.modifiers() : r.heads();
    }

    /** The runs of capitalised words of a source: those that head it, and those after a preposition that modify it. */
    private record Runs(List<List<String>> heads, List<List<String>> modifiers) {
    }

    private static Runs runs(String s) {
        s = s.replaceAll("\\([^)]*\\)?", " , ");
        List<List<String>> runs = new ArrayList<>();
        Set<Integer> modRuns = new HashSet<>();
        List<String> cur = new ArrayList<>();
        boolean afterPrep = false;
        boolean startsAfterPrep = false;
        Matcher m = PIECE.matcher(s);
        while (m.find()) {
            String w = m.group();
            String core = stripPossessive(w);
            String lw = strip(core.toLowerCase(Locale.ROOT), ".");
            if (cur.isEmpty()) {
                startsAfterPrep = afterPrep;
            }
            if (MODIFIER_PREPS.contains(lw)) {
                afterPrep = true;
            } else if (!(lw.equals("the") || lw.equals("a") || lw.equals("an") || !core.isEmpty() && isCap(core))) {
                afterPrep = false;
            }
            if (!core.isEmpty() && isCap(core) && !CAP_STOP.contains(lw)) {
                if (cur.isEmpty() && startsAfterPrep) {
                    modRuns.add(runs.size());
                }
                if (TITLES.contains(lw)) {
                    if (!cur.isEmpty()) {
                        runs.add(cur);
                    }
                    cur = new ArrayList<>();
                    continue;
                }
                cur.add(core);
                if (!core.equals(strip(w, ".")) && !INITIAL.matcher(w).matches()) {
                    runs.add(cur);
                    cur = new ArrayList<>();
                }
            } else if (!cur.isEmpty() && PARTICLES.contains(lw)) {
                cur.add(core);
            } else {
                if (!cur.isEmpty()) {
                    runs.add(cur);
                }
                cur = new ArrayList<>();
            }
        }
        if (!cur.isEmpty()) {
            runs.add(cur);
        }
        List<List<String>> out = new ArrayList<>();
        List<List<String>> mods = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            List<String> r = new ArrayList<>(runs.get(i));
            while (!r.isEmpty() && PARTICLES.contains(r.get(r.size() - 1).toLowerCase(Locale.ROOT))) {
                r.remove(r.size() - 1);
            }
            r.removeIf(t -> SUFFIXES.contains(strip(t.toLowerCase(Locale.ROOT), ".")));
            if (!r.isEmpty()) {
                (modRuns.contains(i) ? mods : out).add(r);
            }
        }
        return new Runs(out, mods);
    }

    /** Whether a predicted speaker name and a gold name name the same person. */
    static boolean match(String predicted, String gold) {
        List<String> p = normTokens(predicted);
        List<String> g = normTokens(gold);
        if (p.isEmpty() || g.isEmpty()) {
            return false;
        }
        if (indexOf(g, p) >= 0 || indexOf(p, g) >= 0) {
            return true;
        }
        if (!p.get(p.size() - 1).equals(g.get(g.size() - 1))) {
            return false;
        }
        if (p.size() > 1 && g.size() > 1) {
            String pf = p.get(0);
            String gf = g.get(0);
            return pf.equals(gf) || pf.length() == 1 && gf.startsWith(pf) || gf.length() == 1 && pf.startsWith(gf);
        }
        return true;
    }

    static String surname(String name) {
        List<String> t = normTokens(name);
        return t.isEmpty() ? null : t.get(t.size() - 1);
    }

    private static int indexOf(List<String> haystack, List<String> needle) {
        for (int i = 0; i + needle.size() <= haystack.size(); i++) {
            if (haystack.subList(i, i + needle.size()).equals(needle)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> normTokens(String name) {
        List<String> out = new ArrayList<>();
        if (name == null) {
            return out;
        }
        Matcher m = Pattern.compile("[\\w.'\u2019\\-]+", Pattern.UNICODE_CHARACTER_CLASS).matcher(name);
        while (m.find()) {
            String t = strip(stripPossessive(m.group()).toLowerCase(Locale.ROOT), ".");
            if (!t.isEmpty() && !TITLES.contains(t) && !SUFFIXES.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String stripPossessive(String w) {
        if (INITIAL.matcher(w).matches()) {
            return w;
        }
        return strip(w.replaceFirst("(['\u2019]s|['\u2019])$", ""), ".");
    }

    private static String strip(String w, String chars) {
        int e = w.length();
        while (e > 0 && chars.indexOf(w.charAt(e - 1)) >= 0) {
            e--;
        }
        return w.substring(0, e);
    }

    private static boolean isCap(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }
}
