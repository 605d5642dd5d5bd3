package org.crosscheck.text.sense;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Verbs and adjectives whose meaning holds a negation, as WordNet 3.1 (shipped in the build)
 * defines them: the definition of the word's commonest sense opens with a negation ("lose": "fail
 * to keep or to maintain"; "bar": "prevent from entering"; "unlikely": "not likely to be true or
 * to occur"; "closed": "not open"). "Strikers would lose pay" says what "strikers would not be
 * paid" says, so one side's "not" against such a word on the other is no flip.
 *
 * <p>Only the commonest sense is read, and a word that can be a verb only as a verb, so a word
 * that merely has a negative sense among others ("skip": first "bypass") does not count. Lookups
 * are serialised with the other readers of the one shared dictionary ({@link WordNet}).
 */
public final class ImpliedNegatives {

    /** A definition that opens with a negation: its head says what does not happen or is not so. */
    private static final Pattern NEGATIVE_HEAD = Pattern.compile(
            "^(?:\\([^)]*\\)\\s*)?(?:not|no|never|fail|lack|be without|without|prevent|refuse|cease|stop|keep from|exclude)\\b");
    private static final POS[] READ = {POS.VERB, POS.ADJECTIVE};
    private static final int MIN_LENGTH = 3;

    private static final class Holder {
        static final ImpliedNegatives INSTANCE = new ImpliedNegatives(WordNet.dictionary());
    }

    private final Dictionary dictionary;
    private final Map<String, Boolean> known = new HashMap<>();
    private final Map<String, Boolean> nouns = new HashMap<>();

    private ImpliedNegatives(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The shared reader of the shipped dictionary. */
    public static ImpliedNegatives shared() {
        return Holder.INSTANCE;
    }

    /**
     * Whether the commonest sense of {@code phrase} (a word or a two-word verb, any inflection) as
     * a verb or an adjective is defined by a negation: "lost", "barred", "left out", "unlikely";
     * not "still", "skipped" or "kept".
     */
    public boolean negative(String phrase) {
        String w = phrase.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
        if (w.length() < MIN_LENGTH) {
            return false;
        }
        synchronized (WordNet.LOCK) {
            return known.computeIfAbsent(w, this::read);
        }
    }

    /** A noun's definition that forbids or withholds what it names: "ban", "a decree that prohibits something". */
    private static final Pattern WITHHOLDING = Pattern.compile("\\b(?:prohibit|prohibits|forbid|forbids|prevent|prevents|not|without)\\b");

    /**
     * Whether the commonest sense of the noun {@code word} forbids or withholds something: "ban"
     * ("a decree that prohibits something"), "embargo"; "did not include a ban" then says the
     * opposite of "bars", not the same.
     */
    public boolean withholdingNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
        if (w.length() < MIN_LENGTH) {
            return false;
        }
        synchronized (WordNet.LOCK) {
            return nouns.computeIfAbsent(w, this::readNoun);
        }
    }

    private boolean readNoun(String word) {
        try {
            IndexWord iw = dictionary.lookupIndexWord(POS.NOUN, word);
            return iw != null && !iw.getSenses().isEmpty() && WITHHOLDING.matcher(definition(iw.getSenses().get(0))).find();
        } catch (JWNLException | IllegalArgumentException e) {
            return false;
        }
    }

    private boolean read(String phrase) {
        try {
            for (POS pos : READ) {
                IndexWord iw = dictionary.lookupIndexWord(pos, phrase);
                if (iw == null || iw.getSenses().isEmpty() || !iw.getLemma().equals(lemmaOf(iw, phrase))) {
                    continue;
                }
                // a word that can be a verb is read as one: "uncovered" and "delayed" are not "not covered", "not on time"
                return NEGATIVE_HEAD.matcher(definition(iw.getSenses().get(0))).find();
            }
            return false;
        } catch (JWNLException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The lemma the lookup found, kept only when it has as many words as the phrase asked for. */
    private static String lemmaOf(IndexWord iw, String phrase) {
        return iw.getLemma().split(" ").length == phrase.split("\\s+").length ? iw.getLemma() : "";
    }

    /** The definition part of a synset's gloss: before the first quoted example. */
    private static String definition(Synset s) {
        String g = s.getGloss();
        int example = g.indexOf('"');
        String d = example >= 0 ? g.substring(0, example) : g;
        return d.strip().toLowerCase(Locale.ROOT);
    }
}
