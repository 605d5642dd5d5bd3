package org.crosscheck.text.sense;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Nouns that name the absence of what follows them, as WordNet 3.1 (shipped in the build) files
 * them: a noun whose commonest sense is one of the two commonest senses of "deficiency" (the state
 * of lacking, too small an amount) or a kind of one ("lack", "absence", "dearth", "shortage").
 * "The lack of public debate" denies public debate as "without public debate" does, and "a
 * shortage of cinemas" says what "a lack of cinemas" says.
 *
 * <p>Lookups are serialised with the other readers of the one shared dictionary ({@link WordNet}).
 */
public final class Absences {

    /** The word whose commonest noun senses are the state of lacking something and too small an amount of it. */
    private static final String DEFICIENCY = "deficiency";
    private static final int SENSES = 2;

    private static final class Holder {
        static final Absences INSTANCE = new Absences(WordNet.dictionary());
    }

    private final Dictionary dictionary;
    private final Map<String, Boolean> known = new HashMap<>();
    private List<Synset> lacking;

    private Absences(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The shared reader of the shipped dictionary. */
    public static Absences shared() {
        return Holder.INSTANCE;
    }

    /**
     * Whether the commonest sense of the noun {@code word} (any inflection) is the absence of
     * something: "lack", "absence", "shortage"; not "loss" or "presence".
     */
    public boolean namesAbsence(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.length() < 3) {
            return false;
        }
        synchronized (WordNet.LOCK) {
            return known.computeIfAbsent(w, this::read);
        }
    }

    private boolean read(String word) {
        try {
            List<Synset> states = lacking();
            IndexWord iw = dictionary.lookupIndexWord(POS.NOUN, word);
            if (iw == null || iw.getSenses().isEmpty()) {
                return false;
            }
            Synset first = iw.getSenses().get(0);
            return states.contains(first) || WordNet.hypernyms(first).stream().anyMatch(states::contains);
        } catch (JWNLException | IllegalArgumentException e) {
            return false;
        }
    }

    private List<Synset> lacking() throws JWNLException {
        if (lacking == null) {
            IndexWord iw = dictionary.getIndexWord(POS.NOUN, DEFICIENCY);
            lacking = iw == null ? List.of() : List.copyOf(iw.getSenses().subList(0, Math.min(SENSES, iw.getSenses().size())));
        }
        return lacking;
    }
}
