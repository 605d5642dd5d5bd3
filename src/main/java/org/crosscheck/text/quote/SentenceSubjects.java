package org.crosscheck.text.quote;

import java.util.List;
import java.util.Set;

import org.crosscheck.text.Token;
import org.crosscheck.text.sense.WordSenses;

/**
 * Finds the subject a sentence frame opens with, after any introductory phrase ("In a statement,
 * ...", "Asked about the map, ...") or headline kicker ("Ukraine war: ..."): the person a partial
 * quote after some other verb is most likely credited to.
 */
final class SentenceSubjects {

    private static final SpeakerWords LEX = SpeakerWords.INSTANCE;
    private static final Set<String> OPENERS = Set.of("in", "on", "at", "after", "during", "asked", "put", "speaking",
            "following", "despite", "before", "since", "earlier", "later", "meanwhile", "writing", "responding",
            "addressing", "pressed", "questioned", "referring", "talking", "with", "from", "under", "as", "when", "while");

    /** The most words an introductory phrase without an opener word may have. */
    private static final int INTRODUCTION = 6;
    /** The most words an introductory clause before "he" or "she" may have. */
    private static final int LONG_INTRODUCTION = 16;

    private SentenceSubjects() {
    }

    /** The subject the frame opens with, after any introductory phrase or headline kicker. */
    static Ref sentenceSubject(List<Token> f) {
        for (int k = 0; k < Math.min(5, f.size()); k++) {
            if (f.get(k).isSymbol(":") && f.subList(0, k).stream().allMatch(Token::isWord)
                    && f.subList(0, k).stream().noneMatch(t -> LEX.isReportingVerb(t.text())) && !clause(f.subList(0, k))) {
                return sentenceSubject(f.subList(k + 1, f.size())); // a headline kicker: "Ukraine war: ..."
            }
        }
        int s = 0;
        while (s < f.size() && (f.get(s).isSymbol(",") || Set.of("and", "but", "however", "so", "yet", "still").contains(f.get(s).lower()))) {
            s++;
        }
        if (s < f.size() && f.get(s).isWord() && OPENERS.contains(f.get(s).lower())) {
            while (s < f.size() && !f.get(s).isSymbol(",")) {
                s++;
            }
            s++;
        }
        Ref r = subjectFrom(f, s);
        if (r == null) {
            // "A few days later, Trump reversed himself": an introductory phrase of a few words
            // and a comma, without a verb of speech, stands before the subject
            // and "Asked which county was his favourite, he demurred": a longer one when "he" or
            // "she" follows it
            int comma = s;
            while (comma < f.size() && comma - s <= LONG_INTRODUCTION && f.get(comma).isWord() && !LEX.isReportingVerb(f.get(comma).text())) {
                comma++;
            }
            if (comma > s && comma < f.size() && f.get(comma).isSymbol(",")
                    && (comma - s <= INTRODUCTION || comma + 1 < f.size() && personalPronoun(f, comma + 1))) {
                r = subjectFrom(f, comma + 1);
                r = r != null && verbFollows(f, r) ? r : null;
            }
        }
        return r;
    }

    private static final Set<String> PARTICLES = Set.of("on", "back", "up", "out", "off");
    private static final Set<String> CLAUSE_PRONOUNS = Set.of("he", "she", "they", "i", "we", "it");

    /**
     * Whether the words before a colon are a clause ("She went on:", "Kasich resisted:", "Ortiz hit
     * back:", "Marsh was blunt:", "Marsh put it bluntly:"), not a kicker ("Ukraine war:"): a pronoun
     * opens them, or a verb in the past tense, a verb with its particle or a verb with "it" follows
     * the first word.
     */
    private static boolean clause(List<Token> words) {
        if (words.isEmpty()) {
            return false;
        }
        if (CLAUSE_PRONOUNS.contains(words.get(0).lower())) {
            return true;
        }
        WordSenses senses = WordSenses.shared();
        for (int i = 1; i < words.size(); i++) {
            Token t = words.get(i);
            String w = t.lower();
            boolean lower = !t.isCapitalised();
            // "resisted" from "resist", "continued" from "continue"
            boolean past = lower && w.endsWith("ed")
                    && (senses.canBeVerb(w.substring(0, w.length() - 2)) || senses.canBeVerb(w.substring(0, w.length() - 1)));
            boolean phrasal = lower && i == words.size() - 1 && i >= 2 && PARTICLES.contains(w) && !words.get(i - 1).isCapitalised();
            // "Marsh was blunt:", "She spoke plainly:", "Marsh put it bluntly:": a past form without
            // -ed, or a verb with its object "it"
            String base = lower ? senses.verbBase(w) : null;
            boolean irregular = lower && (w.equals("was") || w.equals("were") || !w.endsWith("s") && !w.endsWith("ing")
                    && base != null && !base.equals(w));
            boolean withIt = lower && i + 1 < words.size() && words.get(i + 1).lower().equals("it") && senses.canBeVerb(w);
            if (past || phrasal || irregular || withIt) {
                return true;
            }
        }
        return false;
    }

    private static Ref subjectFrom(List<Token> f, int s) {
        if (s < f.size() && personalPronoun(f, s)) {
            Token t = f.get(s);
            return new Ref.Pronoun(NounPhrases.pronounGender(t.lower()), t.start(), t.end());
        }
        int e = s;
        while (e < f.size() && e - s < 10 && inSubject(f, e)) {
            e++;
        }
        if (e <= s || e > f.size()) {
            return null;
        }
        Ref r = SubjectHeads.of(f, e - 1);
        return r == null || r instanceof Ref.Other || r.start() < f.get(s).start() ? null : r;
    }

    /** Whether a word in lower case (a verb) or an aside's comma follows the subject {@code r} ("WASHINGTON, Aug. 24" has neither). */
    private static boolean verbFollows(List<Token> f, Ref r) {
        for (Token t : f) {
            if (t.start() >= r.end()) {
                return t.isWord() && !t.isCapitalised() || t.isSymbol(","); // "..., Clinton's aide, Huma Abedin, told"
            }
        }
        return false;
    }

    /** "he" or "she" followed by a word in lower case, as a subject and its verb stand. */
    private static boolean personalPronoun(List<Token> f, int k) {
        String w = f.get(k).lower();
        return (w.equals("he") || w.equals("she")) && k + 1 < f.size() && f.get(k + 1).isWord() && !f.get(k + 1).isCapitalised();
    }

    /** Whether token {@code e} can still belong to a subject noun phrase read left to right. */
    private static boolean inSubject(List<Token> f, int e) {
        Token t = f.get(e);
        if (!t.isWord() || Phrases.isReportingVerbAt(f, e) || NounPhrases.SKIP.contains(t.lower())) {
            return false;
        }
        if (t.isCapitalised() || t.possessive() || NounPhrases.DETERMINERS.contains(t.lower()) || Set.of("of", "for").contains(t.lower())
                || e > 0 && f.get(e - 1).isCapitalised() && NameScanner.isParticle(f, e)
                || LEX.isTitle(t.text())) {
            return true;
        }
        for (int k = e + 1; k < Math.min(f.size(), e + 3); k++) {
            if (NameScanner.isTitleNoun(f.get(k))) {
                return true;
            }
        }
        // "Republican presidential hopeful Sen. Ted Cruz": modifiers that are no verbs, before a title and a name
        for (int k = e; k < Math.min(f.size() - 1, e + 2); k++) {
            Token m = f.get(k);
            if (!NounPhrases.isNpWord(m) || m.isCapitalised() || WordSenses.shared().canBeVerb(m.lower())) {
                return false;
            }
            if (NameScanner.isSeparator(f.get(k + 1))) {
                return true;
            }
        }
        return false;
    }
}
