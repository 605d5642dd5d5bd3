package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.crosscheck.index.Stemmer;
import org.crosscheck.model.Span;
import org.crosscheck.text.Token;
import org.crosscheck.text.Tokenizer;
import org.crosscheck.text.sense.WordSenses;
import org.crosscheck.text.sense.WordSenses.Relation;

/**
 * A common word put in place of another in a statement that is otherwise copied word for word:
 * "a Chinese mine collapse" against "a Chinese quarry collapse".
 *
 * <p>Rewrites paraphrase freely, so this is read only where they did not: the two sentences
 * must share most of their words, and at most {@value #MAX_CHANGES} runs of content words may
 * differ. A replacement counts only when WordNet knows both words and no sense links them: a
 * synonym, a more general word, a derived form or a spelling variant is a paraphrase. Nouns must
 * both name something concrete (a place, an object, a creature, a group), or be two kinds of one
 * measure ("year" / "month"); an adjective is only read when it is the one change in the
 * sentence, or when WordNet files the two on opposite sides of an antonym pair ("simple" /
 * "complicated"), which also holds after "is". Names and figures are other detectors'.
 */
final class Substitutions {

    /**
     * One word or short phrase put in place of another.
     *
     * @param leftSpan where the replaced words stand in the left text
     * @param leftText the replaced words
     * @param rightSpan where the replacement stands in the right text
     * @param rightText the replacement
     * @param relation what WordNet says of the two, OTHER_THING or OTHER_QUALITY; null when two
     *     words traded places (the spans then cover the first of them on each side)
     */
    record Substitution(Span leftSpan, String leftText, Span rightSpan, String rightText, Relation relation) {
    }

    static final int MAX_CHANGES = 2;
    private static final int MIN_TOKENS = 6;
    private static final double MIN_SHARED = 0.6;
    private static final int MAX_REMOVED = 2;
    private static final int MAX_ADDED = 3;
    private static final Set<String> AUXILIARIES = Set.of("will", "would", "can", "could", "should", "may", "might",
            "must", "did", "does", "do", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "get", "got");
    private static final Set<String> FUNCTION_WORDS = functionWords();
    /**
     * Words news copy uses to refer back to anything of its kind, that WordNet does not file above
     * it ("the site" for a warehouse). A more general word it does file ("the building") needs no
     * entry here, and must not have one: "a clifftop" against "a building" is a change.
     */
    private static final Set<String> GENERIC_NOUNS = Set.of("site", "sites", "place", "places", "area", "areas", "premises",
            "facility", "facilities", "property", "properties", "location", "spot", "venue", "scene", "complex", "unit",
            "units", "firm", "company", "business", "group", "organisation", "organization", "body", "item", "items",
            "thing", "things", "team", "side", "country", "nation", "city", "town", "region");

    private Substitutions() {
    }

    private static Set<String> functionWords() {
        Set<String> out = new java.util.HashSet<>();
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> out.add(new String((char[]) w)));
        out.addAll(AUXILIARIES);
        out.addAll(Set.of("its", "his", "her", "their", "our", "'s", "s", "which", "who", "whom", "from", "also", "than"));
        // pronouns: "he" is also helium to the dictionary
        out.addAll(Set.of("he", "she", "him", "hers", "they", "them", "we", "us", "i", "me", "my", "you", "your", "one",
                "someone", "anyone", "everyone", "nobody", "something", "anything", "everything"));
        return Set.copyOf(out);
    }

    /** The replacements in the left sentence at {@code leftSpan} against the right one at {@code rightSpan}. */
    static List<Substitution> between(String left, Span leftSpan, String right, Span rightSpan) {
        List<Token> a = Tokenizer.words(left, leftSpan.start(), leftSpan.end());
        List<Token> b = Tokenizer.words(right, rightSpan.start(), rightSpan.end());
        if (a.size() < MIN_TOKENS) {
            return List.of();
        }
        List<WordDiff.Change> changes = new ArrayList<>();
        int removedTokens = 0;
        for (WordDiff.Change ch : WordDiff.between(a, b)) {
            removedTokens += ch.removed().size();
            if (!content(ch.removed()).isEmpty() || !content(ch.added()).isEmpty()) {
                changes.add(ch);
            }
        }
        if (changes.isEmpty() || changes.size() > MAX_CHANGES || a.size() - removedTokens < MIN_SHARED * a.size()) {
            return List.of();
        }
        Substitution swap = swap(changes);
        if (swap != null) {
            return List.of(swap);
        }
        List<Substitution> out = new ArrayList<>();
        java.util.Set<String> leftWords = normals(a);
        java.util.Set<String> rightWords = normals(b);
        for (WordDiff.Change ch : changes) {
            if (moved(ch.removed(), rightWords) || moved(ch.added(), leftWords)) {
                continue; // "with leg injuries" at the end / "treated for leg injuries" earlier: the words moved
            }
            Substitution s = judge(ch, changes.size() == 1);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** Whether every content word of {@code words} stands among the other sentence's words {@code there} too. */
    private static boolean moved(List<Token> words, java.util.Set<String> there) {
        List<Token> c = content(words);
        return !c.isEmpty() && c.stream().allMatch(t -> there.contains(t.normal()));
    }

    private static java.util.Set<String> normals(List<Token> tokens) {
        java.util.Set<String> out = new java.util.HashSet<>();
        tokens.forEach(t -> out.add(t.normal()));
        return out;
    }

    /**
     * Two words that trade places: "delete it from work devices and keep personal ones" against
     * "delete it from personal devices and keep work ones".
     */
    private static Substitution swap(List<WordDiff.Change> changes) {
        if (changes.size() != 2) {
            return null;
        }
        List<Token> r1 = content(changes.get(0).removed());
        List<Token> a1 = content(changes.get(0).added());
        List<Token> r2 = content(changes.get(1).removed());
        List<Token> a2 = content(changes.get(1).added());
        if (r1.isEmpty() || a1.isEmpty() || r2.isEmpty() || a2.isEmpty() || !join(r1).equals(join(a2)) || !join(r2).equals(join(a1))
                || join(r1).equals(join(r2))) {
            return null;
        }
        return new Substitution(cover(r1), join(r1) + " \u2026 " + join(r2), cover(a1), join(a1) + " \u2026 " + join(a2), null);
    }

    private static Substitution judge(WordDiff.Change ch, boolean soleChange) {
        List<Token> removed = content(ch.removed());
        List<Token> added = content(ch.added());
        if (removed.isEmpty() || added.isEmpty() || removed.size() > MAX_REMOVED || added.size() > MAX_ADDED
                || removed.stream().anyMatch(Substitutions::nameOrFigure) || added.stream().anyMatch(Substitutions::nameOrFigure)) {
            return null;
        }
        if (org.crosscheck.text.quote.QuoteAnalyzer.isReportingVerb(removed.get(0).text())
                && org.crosscheck.text.quote.QuoteAnalyzer.isReportingVerb(added.get(0).text())) {
            // "reported" / "stated" / "declared": one act of telling in other words, whatever WordNet
            // files them under, and with it whom it tells of ("said the council was" / "accused colleagues of")
            return null;
        }
        String before = ch.before() == null ? "" : ch.before().text().toLowerCase(Locale.ROOT);
        // after an auxiliary, or around "to" and "that" when it can be one, the word is a verb:
        // "is unveiling", "to spur", "found that"
        String after = ch.after() == null ? "" : ch.after().text().toLowerCase(Locale.ROOT);
        boolean verbSlot = before.equals("to") || after.equals("that");
        // "is unveiling" is a verb, but "is simple" / "is complicated" are opposed qualities of the subject
        boolean opposed = removed.size() == 1 && added.size() == 1
                && WordSenses.shared().opposedQualities(removed.get(0).text(), added.get(0).text());
        if (AUXILIARIES.contains(before) && !opposed || verbSlot && WordSenses.shared().canBeVerb(removed.get(0).text())) {
            return null;
        }
        List<Token> removedWords = ch.removed().stream().filter(Token::isWord).toList();
        List<Token> addedWords = ch.added().stream().filter(Token::isWord).toList();
        if (voiceChanged(removedWords, addedWords) || voiceChanged(addedWords, removedWords)) {
            // "38 firefighters attended" / "38 firefighters were sent": a predicate said in the other voice
            return null;
        }
        String l = join(removed);
        String r = join(added);
        if (variant(l, r) || generic(removed) || generic(added) || removed.stream().allMatch(t -> WordSenses.shared().onlyVerb(t.text()))
                || removed.size() + added.size() > 4 && removed.stream().anyMatch(Substitutions::verbOnly)
                && added.stream().anyMatch(Substitutions::verbOnly)) {
            // "remain in hospital" / "patients are still admitted": a predicate said in other words on
            // each side, not one thing named for another (a verb put for a verb is still judged)
            return null;
        }
        Relation relation = WordSenses.shared().relation(l, r);
        if (relation == Relation.OTHER_THING || relation == Relation.OTHER_KIND || relation == Relation.OTHER_QUALITY && (soleChange || opposed)) {
            return new Substitution(cover(removed), l, cover(added), r, relation);
        }
        return null;
    }

    /**
     * Whether {@code auxiliary} is an auxiliary and a verb form, with at most a preposition after
     * ("were sent to"), and {@code other} a verb form in "-ed" alone ("attended"): one predicate
     * written in two voices.
     */
    private static boolean voiceChanged(List<Token> auxiliary, List<Token> other) {
        return auxiliary.size() >= 2 && other.size() == 1 && AUXILIARIES.contains(auxiliary.get(0).text().toLowerCase(Locale.ROOT))
                && auxiliary.subList(2, auxiliary.size()).stream().allMatch(t -> FUNCTION_WORDS.contains(t.text().toLowerCase(Locale.ROOT)))
                && WordSenses.shared().canBeVerb(auxiliary.get(1).text()) && WordSenses.shared().canBeVerb(other.get(0).text())
                && other.get(0).text().toLowerCase(Locale.ROOT).endsWith("ed");
    }

    /** Whether {@code t} is a verb the dictionary never reads as a noun ("remain", "admitted", "treated"). */
    private static boolean verbOnly(Token t) {
        return WordSenses.shared().neverNoun(t.text()) && WordSenses.shared().canBeVerb(t.text());
    }

    /** "The site", "the building", "the firm": a word news copy uses to refer back to anything of its kind. */
    private static boolean generic(List<Token> words) {
        return words.stream().allMatch(t -> GENERIC_NOUNS.contains(t.text().toLowerCase(Locale.ROOT)));
    }

    /** "Cliff top" for "clifftop", "mining" for "mine": one word written another way. */
    private static boolean variant(String l, String r) {
        String jl = l.replaceAll("[\\s-]", "");
        String jr = r.replaceAll("[\\s-]", "");
        if (jl.contains(jr) || jr.contains(jl)) {
            return true;
        }
        for (String x : l.split(" ")) {
            for (String y : r.split(" ")) {
                if (Stemmer.stem(x).equals(Stemmer.stem(y))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean nameOrFigure(Token t) {
        // a capital opening any token, symbols such as Roman numerals included
        return t.text().chars().anyMatch(Character::isDigit) || Character.isUpperCase(t.text().charAt(0));
    }

    private static List<Token> content(List<Token> tokens) {
        return tokens.stream().filter(Token::isWord).filter(t -> !FUNCTION_WORDS.contains(t.text().toLowerCase(Locale.ROOT))).toList();
    }

    private static String join(List<Token> tokens) {
        return String.join(" ", tokens.stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toList());
    }

    private static Span cover(List<Token> tokens) {
        return new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
    }
}
