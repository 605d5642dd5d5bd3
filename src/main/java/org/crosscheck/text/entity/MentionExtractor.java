package org.crosscheck.text.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crosscheck.model.Mention;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Span;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Token;
import org.crosscheck.text.Tokenizer;

/**
 * Finds names (runs of capitalised words, with "of", "the" and the like inside them) and titles
 * (role nouns such as "deputy governor") in sentences.
 *
 * <p>Kinds come from form: an honorific or a following reporting verb makes a person, an
 * organisation word ("Council", "Ministry", an acronym) an organisation, a locative preposition
 * a place. The key folds name forms and aliases via {@link Names}.
 */
public final class MentionExtractor {

    private static final Set<String> COMMON = Lexicon.words(MentionExtractor.class, "/org/crosscheck/text/common-words.txt");
    private static final Set<String> TITLES = Lexicon.words(MentionExtractor.class, "/org/crosscheck/text/titles.txt");
    private static final Set<String> CONNECTORS = Set.of("of", "the", "for", "de", "del", "da", "van", "von", "al", "bin", "le", "la");
    private static final Set<String> ORG_WORDS = Set.of("council", "ministry", "department", "party", "court", "bank", "agency",
            "university", "college", "school", "hospital", "police", "service", "services", "commission", "committee", "office",
            "union", "association", "company", "group", "inc", "ltd", "plc", "corp", "corporation", "news", "times", "post",
            "authority", "board", "trust", "foundation", "institute", "army", "navy", "force", "forces", "club", "fc", "united",
            "city", "league", "federation", "organisation", "organization", "parliament", "assembly", "senate", "congress",
            "airlines", "airways", "motors", "holdings", "partners", "capital", "fund", "network", "media", "press", "guardian");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "to", "across", "outside", "into");
    private static final Set<String> HONORIFICS = Names.HONORIFICS;
    /** Titles places and bodies are named after; a courtesy title ("Mr", "Dr") before a surname like "Hall" names a person. */
    private static final Set<String> PATRONS = Set.of("king", "queen", "prince", "princess", "st", "pope");
    private static final Set<String> DASHES = Set.of("\u2014", "\u2013", "-");
    private static final Set<String> WEEKDAYS_MONTHS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december");

    /** Name and title mentions of the given sentences of {@code text}, in order. */
    public List<Mention> extract(String text, List<Sentence> sentences) {
        List<Mention> found = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.kind().isCompared()) {
                extractFrom(text, s.span(), found);
            }
        }
        // a capitalised word that only ever stands first in a sentence ("Soldiers", "Affected") is
        // a common word, not a name, unless it is a known place or no word the dictionary knows ("Mangochi")
        Set<String> midSentence = new java.util.HashSet<>();
        for (Sentence s : sentences) {
            List<Token> tokens = Tokenizer.words(text, s.span().start(), s.span().end());
            for (int i = 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.isWord() && t.isCapitalised() && tokens.get(i - 1).isWord()) {
                    midSentence.add(t.normal());
                }
            }
        }
        Set<Integer> starts = new java.util.HashSet<>();
        for (Sentence s : sentences) {
            List<Token> tokens = Tokenizer.words(text, s.span().start(), s.span().end());
            int i = 0;
            while (i < tokens.size() && !tokens.get(i).isWord()) {
                i++;
            }
            if (i < tokens.size()) {
                starts.add(tokens.get(i).span().start());
            }
            // a dateline's dash opens the story's first sentence: "ANTOFAGASTA, March 12 — Workers at ..."
            for (int k = i + 1; k < tokens.size(); k++) {
                Token dash = tokens.get(k - 1);
                if (tokens.get(k).isWord() && DASHES.contains(dash.text()) && dash.end() < tokens.get(k).start()
                        && tokens.get(k - 2).end() < dash.start()) {
                    starts.add(tokens.get(k).span().start());
                }
            }
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : found) {
            boolean single = !m.text().contains(" ");
            if (m.kind() == Mention.Kind.OTHER && single && starts.contains(m.span().start()) && !Names.isPlacedByParticiple(m.text())
                    && !midSentence.contains(m.text().toLowerCase(Locale.ROOT)) && !Names.isKnownPlace(m.text())
                    && org.crosscheck.text.sense.WordSenses.shared().isCommonWord(m.text())) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    private void extractFrom(String text, Span sentence, List<Mention> out) {
        List<Token> tokens = Tokenizer.words(text, sentence.start(), sentence.end());
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            int modified = modifiedTitleEnd(tokens, i);
            if (modified > i) {
                // "Deputy mayor for culture Julien Marchetti": a capitalised modifier opens a lower-case title
                Span span = new Span(t.span().start(), tokens.get(modified - 1).span().end());
                String written = span.of(text);
                out.add(new Mention(span, written, Mention.Kind.TITLE, written.toLowerCase(Locale.ROOT)));
                i = modified;
            } else if (startsName(tokens, i)) {
                int j = i + 1;
                while (j < tokens.size()) {
                    Token u = tokens.get(j);
                    if (placedByParticiple(tokens.get(j - 1))) {
                        break; // "Galway-based Lumen Archive Systems": the place is a mention of its own
                    }
                    if (u.isWord() && u.isCapitalised() && !isWeekdayOrMonth(u)) {
                        j++;
                    } else if (u.isWord() && CONNECTORS.contains(u.normal()) && j + 1 < tokens.size()
                            && tokens.get(j + 1).isCapitalised() && tokens.get(j + 1).isWord()
                            && !CONNECTORS.contains(tokens.get(j + 1).normal())) {
                        j++;
                    } else if (jointPortfolio(tokens, i, j) || joinedFields(tokens, i, j)) {
                        j++;
                    } else if (bodyOfThe(tokens, j)) {
                        j += 2; // "the Office of the Director of Public Prosecutions", "the University of the West Indies"
                    } else if (pluralPossessiveInName(tokens, j)) {
                        j += 2; // "the Teachers' Union of Ireland": the plural's apostrophe stands inside the name
                    } else {
                        break;
                    }
                }
                int first = i;
                // a sentence-initial common word ("The", "But") is not part of the name
                while (first < j && (isCommonAtStart(tokens, first) || first + 1 < j && isOpeningParticiple(text, tokens, first))) {
                    first++;
                }
                while (first < j && tokens.get(first).normal().equals("and")) {
                    first++; // "Police and Fire Services" with "Police" read as the sentence's common word
                }
                if (first + 2 < j && isOpeningPeopleOf(text, tokens, first)) {
                    first += 2; // "Residents of Chincha": the people are not part of the town's name
                }
                if (first < j) {
                    add(text, tokens, first, j, out);
                }
                i = j;
            } else if (t.isWord() && !t.isCapitalised()) {
                int end = titleEnd(tokens, i);
                if (end > i) {
                    Span span = new Span(tokens.get(i).span().start(), tokens.get(end - 1).span().end());
                    String written = span.of(text);
                    out.add(new Mention(span, written, Mention.Kind.TITLE, written.toLowerCase(Locale.ROOT)));
                    i = end;
                } else {
                    i++;
                }
            } else {
                i++;
            }
        }
    }

    /**
     * Whether {@code t} is a name joined by a hyphen to a participle that places what follows:
     * "Galway-based", "Hong Kong-listed", "Kigali-bound", "Paris-born".
     */
    private static boolean placedByParticiple(Token t) {
        return t.isWord() && Names.isPlacedByParticiple(t.text());
    }

    /** Whether "of the" at {@code j} follows a body's word and leads to a capitalised word: one name. */
    private static boolean bodyOfThe(List<Token> tokens, int j) {
        return j >= 1 && j + 2 < tokens.size() && tokens.get(j).isWord("of") && tokens.get(j + 1).isWord("the")
                && ORG_WORDS.contains(tokens.get(j - 1).normal()) && tokens.get(j - 1).isCapitalised()
                && tokens.get(j + 2).isWord() && tokens.get(j + 2).isCapitalised();
    }

    /**
     * Whether the apostrophe at {@code j} closes a capitalised plural written against it and a
     * capitalised word follows after a space: "Teachers' Union", "Farmers’ Party".
     */
    private static boolean pluralPossessiveInName(List<Token> tokens, int j) {
        if (j < 1 || j + 1 >= tokens.size()) {
            return false;
        }
        Token mark = tokens.get(j);
        Token plural = tokens.get(j - 1);
        Token next = tokens.get(j + 1);
        return (mark.isSymbol("'") || mark.isSymbol("\u2019")) && plural.isWord() && plural.end() == mark.start()
                && plural.text().endsWith("s") && next.isWord() && next.isCapitalised() && next.start() > mark.end();
    }

    /** The most field words on either side of the "and" of a body's name. */
    private static final int FIELD_WORDS = 3;

    /**
     * Whether the "and" at {@code j} joins two fields inside one body's name: "Food and Drug
     * Administration", "Recovery and Resilience Facility". The words on each side are common
     * words (no person or place), and the name after it ends in a word that names a body or a site;
     * "Trinidad and Tobago" and "Marks and Spencer" are joined by no such rule.
     */
    private static boolean joinedFields(List<Token> tokens, int start, int j) {
        if (!tokens.get(j).isWord() || !tokens.get(j).normal().equals("and")) {
            return false;
        }
        org.crosscheck.text.sense.WordSenses senses = org.crosscheck.text.sense.WordSenses.shared();
        // the fields start after an owner ("the European Union's Recovery and ...") and an opening "The"
        int from = start;
        for (int k = start; k < j; k++) {
            String w = tokens.get(k).normal();
            if (w.equals("the") || w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("'") || w.endsWith("\u2019")) {
                from = k + 1;
            }
        }
        if (from == j || j - from > FIELD_WORDS) {
            return false;
        }
        for (int k = from; k < j; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || !senses.isCommonWord(t.text()) || Names.isKnownPlace(t.text())) {
                return false;
            }
        }
        int k = j + 1;
        while (k < tokens.size() && k - j <= FIELD_WORDS && tokens.get(k).isWord() && tokens.get(k).isCapitalised()
                && !tokens.get(k).possessive() && senses.isCommonWord(tokens.get(k).text()) && !Names.isKnownPlace(tokens.get(k).text())) {
            k++;
        }
        if (k - j < 3 || k < tokens.size() && tokens.get(k).isWord() && tokens.get(k).isCapitalised()) {
            return false;
        }
        String head = tokens.get(k - 1).normal();
        return ORG_WORDS.contains(head) || senses.namesABody(head) || senses.namesASite(head);
    }

    /**
     * Whether the "and" at {@code j} joins a second field to a body's remit, inside one name: "the
     * Ministry of Culture and Innovation", "Department of Health and Social Care". Only after a
     * body's word and "of", and only before capitalised common words that name no body of their
     * own ("Ministry of Health and Foreign Ministry officials", "Ministry of Finance and Peter
     * Smith" are two names).
     */
    private static boolean jointPortfolio(List<Token> tokens, int start, int j) {
        if (!tokens.get(j).isWord() || !tokens.get(j).normal().equals("and") || j - start < 3
                || !tokens.get(j - 2).normal().equals("of") || !ORG_WORDS.contains(tokens.get(j - 3).normal())) {
            return false;
        }
        int k = j + 1;
        while (k < tokens.size() && tokens.get(k).isWord() && tokens.get(k).isCapitalised() && !isWeekdayOrMonth(tokens.get(k))) {
            // a field is a common word ("Innovation", "Social Care"); a person or a place after "and" is a name of its own
            if (ORG_WORDS.contains(tokens.get(k).normal()) || Names.isKnownPlace(tokens.get(k).text())
                    || !org.crosscheck.text.sense.WordSenses.shared().isCommonWord(tokens.get(k).text())) {
                return false;
            }
            k++;
        }
        return k > j + 1 && k - j <= 3;
    }

    private static boolean startsName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isWord() || !t.isCapitalised() || isWeekdayOrMonth(t) || Character.isDigit(t.text().charAt(0))) {
            return false;
        }
        return !(t.text().length() == 1 && !"I".equals(t.text()) && false);
    }

    private static boolean isWeekdayOrMonth(Token t) {
        return WEEKDAYS_MONTHS.contains(t.normal());
    }

    private static boolean isCommonAtStart(List<Token> tokens, int i) {
        String w = tokens.get(i).normal();
        boolean atStart = i == 0 || !tokens.get(i - 1).isWord();
        return atStart && COMMON.contains(w) || "i".equals(w);
    }

    /**
     * "Beating Taranaki in the semi-final, ...", "Speaking in Hanoi, ...": a sentence opened by a
     * verb in -ing or -ed before a name; not when the article writes the word capitalised inside
     * a sentence too ("in Reading").
     */
    private static boolean isOpeningParticiple(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.normal();
        // a paragraph opens a sentence too, after a headline that ends without a stop
        boolean atStart = i == 0 || !tokens.get(i - 1).isWord()
                || text.substring(tokens.get(i - 1).span().end(), t.span().start()).contains("\n");
        if (!atStart || w.length() < 5 || !(w.endsWith("ing") || w.endsWith("ed"))
                || !org.crosscheck.text.sense.WordSenses.shared().canBeVerb(w)) {
            return false;
        }
        return !java.util.regex.Pattern.compile("[\\p{Ll},][ \\t\\u00a0]+" + java.util.regex.Pattern.quote(t.text()) + "\\b").matcher(text).find();
    }

    /**
     * "Residents of Chincha staged a protest": a sentence opened by people in the plural and "of";
     * not an organisation's word ("Friends of the Earth" is a name where the article writes it
     * capitalised inside a sentence too).
     */
    private static boolean isOpeningPeopleOf(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.normal();
        // a paragraph opens a sentence too, after a headline that ends without a stop
        boolean atStart = i == 0 || !tokens.get(i - 1).isWord()
                || text.substring(tokens.get(i - 1).span().end(), t.span().start()).contains("\n");
        if (!atStart || !tokens.get(i + 1).normal().equals("of") || !w.endsWith("s") || w.endsWith("ss") || ORG_WORDS.contains(w)
                || !org.crosscheck.text.sense.WordSenses.shared().isRoleNoun(w.substring(0, w.length() - 1))
                        && !org.crosscheck.text.sense.WordSenses.shared().isRoleNoun(w)) {
            return false;
        }
        return !java.util.regex.Pattern.compile("[\\p{Ll},][ \\t\\u00a0]+" + java.util.regex.Pattern.quote(t.text()) + "\\b").matcher(text).find();
    }

    private void add(String text, List<Token> tokens, int from, int to, List<Mention> out) {
        // strip a trailing connector and a possessive
        while (to > from && CONNECTORS.contains(tokens.get(to - 1).normal())) {
            to--;
        }
        if (to <= from) {
            return;
        }
        int start = tokens.get(from).span().start();
        int end = tokens.get(to - 1).span().end();
        String written = text.substring(start, end);
        if (written.endsWith("'s") || written.endsWith("\u2019s")) {
            end -= 2;
            written = text.substring(start, end);
        } else if (written.endsWith("'") || written.endsWith("\u2019")) {
            end -= 1;
            written = text.substring(start, end);
        }
        if (written.isBlank()) {
            return;
        }
        Mention.Kind kind = kindOf(tokens, from, to, written);
        out.add(new Mention(new Span(start, end), written, kind, Names.key(written)));
    }

    private Mention.Kind kindOf(List<Token> tokens, int from, int to, String written) {
        String firstWord = tokens.get(from).normal().replace(".", "");
        String lastWord = tokens.get(to - 1).normal();
        String before = from > 0 ? tokens.get(from - 1).normal().replace(".", "") : "";
        boolean honoured = HONORIFICS.contains(firstWord) || HONORIFICS.contains(before);
        // "Prince Charles Park", "Queen Elizabeth Hospital": a place or a body named after its patron
        boolean named = (PATRONS.contains(firstWord) && to - from >= 3 || PATRONS.contains(before) && to - from >= 2)
                && (ORG_WORDS.contains(lastWord) || org.crosscheck.text.sense.WordSenses.shared().namesASite(lastWord));
        if (honoured && !named) {
            return Mention.Kind.PERSON;
        }
        // a name of several words whose last word names a body of people ("Therapeutic Goods Administration")
        boolean body = to - from > 1 && !ORG_WORDS.contains(lastWord) && org.crosscheck.text.sense.WordSenses.shared().namesABody(lastWord);
        if (ORG_WORDS.contains(lastWord) || ORG_WORDS.contains(firstWord) && to - from > 1 || ORG_WORDS.contains(headBeforeOf(tokens, from, to)) || body
                || written.length() >= 2 && written.equals(written.toUpperCase(Locale.ROOT))
                && written.chars().anyMatch(Character::isLetter)) {
            return Mention.Kind.ORGANISATION;
        }
        // a single capitalised word the dictionary knows may open a sentence ("Additionally, the company ...")
        if (describedAsGroup(tokens, to) && !(to - from == 1 && org.crosscheck.text.sense.WordSenses.shared().isCommonWord(firstWord))) {
            return Mention.Kind.ORGANISATION; // "Cybernetica, the Tallinn-based company that ..."
        }
        if (Names.isKnownPlace(written)) {
            return Mention.Kind.PLACE;
        }
        boolean source = from > 1 && "according".equals(tokens.get(from - 2).normal()) && "to".equals(tokens.get(from - 1).normal());
        if (from > 0 && PLACE_PREPOSITIONS.contains(tokens.get(from - 1).normal()) && !source) {
            return Mention.Kind.PLACE; // but "according to X" names a source, not a place
        }
        return Mention.Kind.OTHER;
    }

    /** The word before the first "of" inside the name ("Bank" in "Central Bank of Nigeria"), or "". */
    private static String headBeforeOf(List<Token> tokens, int from, int to) {
        for (int i = from + 1; i < to - 1; i++) {
            if (tokens.get(i).normal().equals("of")) {
                return tokens.get(i - 1).normal();
            }
        }
        return "";
    }

    /** How many words an appositive may put before the noun that says what a name is ("the Tallinn-based software company"). */
    private static final int APPOSITIVE_WORDS = 4;
    private static final Set<String> APPOSITIVE_ENDS = Set.of("that", "which", "who", "whose", "where", "when", "in", "of",
            "with", "for", "and", "or", "to", "at", "on", "by", "from");

    /**
     * Whether the appositive after a name says it is a body of people: ", the Tallinn-based company",
     * ", a state-owned firm" (the noun's commonest sense filed under WordNet's groups).
     */
    private static boolean describedAsGroup(List<Token> tokens, int to) {
        if (to + 2 >= tokens.size() || !",".equals(tokens.get(to).text())) {
            return false;
        }
        int i = to + 1;
        String det = tokens.get(i).normal();
        if (!"the".equals(det) && !"a".equals(det) && !"an".equals(det)) {
            return false;
        }
        int words = 0;
        for (int j = i + 1; j < tokens.size() && words < APPOSITIVE_WORDS; j++) {
            Token w = tokens.get(j);
            if (DASHES.contains(w.text())) {
                continue; // "Tallinn-based"
            }
            if (!w.isWord() || APPOSITIVE_ENDS.contains(w.normal())) {
                return false; // the noun phrase ended: ", a town where the company ..." describes the town
            }
            if (!w.isCapitalised() && org.crosscheck.text.sense.WordSenses.shared().isGroupNoun(w.normal())) {
                return !actsNext(tokens, j + 1);
            }
            words++;
        }
        return false;
    }

    /** Irregular past and present forms of the verbs that close a credit (", the ministry said"). */
    private static final Set<String> CREDIT_VERBS = Set.of("said", "says", "told", "tells", "wrote", "writes");

    /**
     * Whether the word at {@code k} is a verb the noun before it does: ", the ministry said" credits
     * a statement to the ministry; it does not say what the name before it is.
     */
    private static boolean actsNext(List<Token> tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).isWord() || tokens.get(k).isCapitalised()) {
            return false;
        }
        String w = tokens.get(k).normal();
        return CREDIT_VERBS.contains(w) || w.length() > 4 && w.endsWith("ed");
    }

    /** End (exclusive) of a title ("deputy governor", "prime minister") starting at {@code i}, or {@code i}. */
    private static int modifiedTitleEnd(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isWord() || !t.isCapitalised() || !Names.TITLE_MODIFIERS.contains(t.normal()) || i + 1 >= tokens.size()
                || !tokens.get(i + 1).isWord() || tokens.get(i + 1).isCapitalised()) {
            return i;
        }
        int end = titleEnd(tokens, i);
        return end > i + 1 ? end : i;
    }

    private static int titleEnd(List<Token> tokens, int i) {
        int j = i;
        while (j < tokens.size() && Names.TITLE_MODIFIERS.contains(tokens.get(j).normal())) {
            j++;
            if (j < tokens.size() && "-".equals(tokens.get(j).text())) {
                j++;
            }
        }
        String w = j < tokens.size() ? tokens.get(j).normal() : "";
        String two = j + 1 < tokens.size() ? w + " " + tokens.get(j + 1).normal() : "";
        if (!two.isEmpty() && TITLES.contains(two)) {
            return j + 2;
        }
        if (TITLES.contains(w) || w.contains("-") && TITLES.contains(w.substring(w.indexOf('-') + 1))) {
            return j + 1;
        }
        return i;
    }
}
