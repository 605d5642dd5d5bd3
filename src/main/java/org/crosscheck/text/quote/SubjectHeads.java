package org.crosscheck.text.quote;

import java.util.List;
import java.util.Set;

import org.crosscheck.text.Token;
import org.crosscheck.text.entity.Names;
import org.crosscheck.text.sense.WordSenses;

/**
 * Finds the head of a subject phrase read back from its verb, past the prepositional phrases that
 * hang on it: in "a bench sitting in Nairobi said" the subject is the bench, never Nairobi; in
 * "Tom Reed of Dayton, Ohio said" it is Tom Reed.
 */
final class SubjectHeads {

    private static final SpeakerWords LEX = SpeakerWords.INSTANCE;

    /** Prepositions whose object is never the subject of the clause: "a bench sitting in Nairobi", "officials from Geneva". */
    static final Set<String> PREPOSITIONS = Set.of("in", "at", "from", "near", "outside", "inside", "across", "around", "on",
            "of", "for", "under", "over", "within", "between", "among", "behind", "beyond", "into", "toward", "towards",
            "against", "throughout", "beside", "along", "via", "off", "upon");

    private SubjectHeads() {
    }

    /**
     * The head of the subject phrase that ends at token {@code k}: the noun phrase there, or, when
     * that phrase is the object of a preposition ("a bench sitting in Nairobi", "officials from
     * Geneva", "a resident of the city"), the phrase the preposition hangs on, which may be no
     * speaker at all; null when there is none. A place or a thing after a preposition never
     * stands in for the subject.
     */
    static Ref of(List<Token> f, int k) {
        Ref r = NounPhrases.npBefore(f, k);
        if (k < 0 || !NounPhrases.isNpWord(f.get(k)) || f.get(k).possessive()) {
            return r; // "out of Trump's claim": a possessor belongs to the noun after it
        }
        for (int hop = 0; hop < 3 && r != null; hop++) {
            int first = k;
            while (first > 0 && f.get(first - 1).start() >= r.start()) {
                first--;
            }
            int run = first;
            while (run > 0 && f.get(run - 1).isCapitalised() && !f.get(run - 1).possessive()) {
                run--; // the whole capitalised run: "South Carolina"
            }
            if (run > 1 && f.get(run - 1).isSymbol(",") && r instanceof Ref.Name && Names.isPlace(words(f, run, k))
                    && f.get(run - 2).isCapitalised() && !f.get(run - 2).possessive()) {
                // "of Columbia, South Carolina": a region after a comma belongs to the place before it
                Ref place = NounPhrases.npBefore(f, run - 2);
                if (place instanceof Ref.Name) {
                    r = place;
                    k = run - 2;
                    continue;
                }
            }
            int p = first - 1;
            if (p > 0 && NounPhrases.DETERMINERS.contains(f.get(p).lower())) {
                p--;
            }
            // "a source familiar with the talks", "a source speaking to Fox News": "to" and "with"
            // after an adjective or participle the phrase hangs on
            boolean hung = p > 1 && Set.of("to", "with").contains(f.get(p).lower()) && (isParticiple(f.get(p - 1)) || isSpeaking(f.get(p - 1))
                    || f.get(p - 1).isWord() && !f.get(p - 1).isCapitalised() && WordSenses.shared().canBeAdjective(f.get(p - 1).lower()));
            if (p < 1 || !isPrepositionAt(f, p) && !hung) {
                return r;
            }
            if (!(r instanceof Ref.Name) && Set.of("of", "for").contains(f.get(p).lower())) {
                return r; // "a group of doctors": the people named after "of" are who speaks
            }
            int h = p - 1;
            if (h > 0 && (isParticiple(f.get(h)) || isSpeaking(f.get(h)) || hung)) {
                h--; // "a bench sitting in Nairobi", "a charity based in Leeds"
            }
            if (!f.get(h).isWord()) {
                return null;
            }
            Ref head = h >= 0 && NounPhrases.isNpWord(f.get(h)) ? NounPhrases.npBefore(f, h) : null;
            if (head == null || isObject(f, h, head)) {
                return null; // "greeted supporters at a rally in Houston": an object is no subject either
            }
            r = head;
            k = h;
        }
        return r;
    }

    /** Whether the phrase {@code np} ending at token {@code k} directly follows a lowercase word that can be a verb: its object. */
    private static boolean isObject(List<Token> f, int k, Ref np) {
        int first = k;
        while (first > 0 && (f.get(first - 1).start() >= np.start() || f.get(first - 1).isCapitalised())) {
            first--; // the whole name with its titles: "endorsed Mr. Trump"
        }
        if (first > 0 && NounPhrases.DETERMINERS.contains(f.get(first - 1).lower())) {
            first--;
        }
        if (first == 0) {
            return false;
        }
        Token before = f.get(first - 1);
        return before.isWord() && !before.isCapitalised() && !NounPhrases.FUNCTION.contains(before.lower()) && !NounPhrases.SKIP.contains(before.lower())
                && !PREPOSITIONS.contains(before.lower()) && !LEX.isTitle(before.text()) && WordSenses.shared().canBeVerb(before.lower());
    }


    private static String words(List<Token> f, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i <= to; i++) {
            b.append(i > from ? " " : "").append(f.get(i).text());
        }
        return b.toString();
    }

    /** Whether the token at {@code p} is a preposition inside a sentence, not one that opens it. */
    private static boolean isPrepositionAt(List<Token> f, int p) {
        Token t = f.get(p);
        return t.isWord() && !t.isCapitalised() && PREPOSITIONS.contains(t.lower());
    }

    /** A lowercase "-ing" form of a verb of speech: "a source speaking to Fox News", "an aide writing in". */
    private static boolean isSpeaking(Token t) {
        return t.isWord() && !t.isCapitalised() && t.lower().endsWith("ing") && LEX.isReportingVerb(t.lower());
    }

    /** A lowercase "-ing" or "-ed" form that can be a verb: a participle a phrase hangs on ("sitting", "based"). */
    private static boolean isParticiple(Token t) {
        String w = t.lower();
        return t.isWord() && !t.isCapitalised() && (w.endsWith("ing") || w.endsWith("ed")) && !LEX.isReportingVerb(w)
                && WordSenses.shared().canBeVerb(w);
    }
}
