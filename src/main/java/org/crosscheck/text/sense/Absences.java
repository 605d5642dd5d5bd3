package org.crosscheck.text.sense;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Nouns that name the absence of what follows them, as WordNet 3.1 (shipped in the build) files
 * them: a noun whose commonest sense is WordNet's state of lacking ("lack") or a kind of it
 * ("absence", "dearth"). "The lack of public debate" denies public debate as "without public
 * debate" does.
 *
 * <p>Lookups are serialised with the other readers of the one shared dictionary ({@link WordNet}).
 */
public final class Absences {

    /** The word whose commonest noun sense is the state of lacking something. */
    private static final String LACK = "lack";

    private static final class Holder {
        static final Absences INSTANCE = new Absences(WordNet.dictionary());
    }

    private final Dictionary dictionary;
    private final Map<String, Boolean> known = new HashMap<>();
    private Synset lacking;

    private Absences(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The shared reader of the shipped dictionary. */
    public static Absences shared() {
        return Holder.INSTANCE;
    }

    /**
     * Whether the commonest sense of the noun {@code word} (any inflection) is the absence of
     * something: "lack", "absence", "dearth"; not "loss" or "shortage", which measure a thing
     * rather than deny it.
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
            Synset state = lacking();
            IndexWord iw = dictionary.lookupIndexWord(POS.NOUN, word);
            if (state == null || iw == null || iw.getSenses().isEmpty()) {
                return false;
            }
            Synset first = iw.getSenses().get(0);
            return first.equals(state) || parents(first).contains(state);
        } catch (JWNLException | IllegalArgumentException e) {
            return false;
        }
    }

    private Synset lacking() throws JWNLException {
        if (lacking == null) {
            IndexWord iw = dictionary.getIndexWord(POS.NOUN, LACK);
            lacking = iw == null || iw.getSenses().isEmpty() ? null : iw.getSenses().get(0);
        }
        return lacking;
    }

    private static List<Synset> parents(Synset s) {
        List<Synset> out = new java.util.ArrayList<>();
        for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
            try {
                if (p.getTarget() instanceof Synset t) {
                    out.add(t);
                }
            } catch (JWNLException e) {
                // an unreadable pointer says nothing
            }
        }
        return out;
    }
}
