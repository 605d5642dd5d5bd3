package org.crosscheck.text.sense;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * The person a verb makes of its subject, as WordNet 3.1 (shipped in the build) derives it: who
 * "heads" a body is its "head", who "chairs" it its "chair", who "leads" it its "leader". "Rocio
 * Villanueva, who heads civil defence in the region" is then the region's civil defence head, and
 * a later "the civil defence chief said" finds her.
 *
 * <p>Only the verb's three commonest senses are read, and only nouns WordNet files under people.
 * Lookups are serialised with the other readers of the one shared dictionary ({@link WordNet}).
 */
public final class AgentNouns {

    private static final int SENSES = 3;

    private static final class Holder {
        static final AgentNouns INSTANCE = new AgentNouns(WordNet.dictionary());
    }

    private final Dictionary dictionary;
    private final Map<String, String> known = new HashMap<>();

    private AgentNouns(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The shared reader of the shipped dictionary. */
    public static AgentNouns shared() {
        return Holder.INSTANCE;
    }

    /**
     * The person noun derived from the verb {@code verb} (any inflection) in one of its commonest
     * senses, lower-cased ("heads" gives "head", "chaired" "chair"), or "" when there is none.
     */
    public String of(String verb) {
        String w = verb.toLowerCase(Locale.ROOT).strip();
        if (w.length() < 3) {
            return "";
        }
        synchronized (WordNet.LOCK) {
            return known.computeIfAbsent(w, this::read);
        }
    }

    private String read(String verb) {
        try {
            IndexWord iw = dictionary.lookupIndexWord(POS.VERB, verb);
            if (iw == null) {
                return "";
            }
            int k = 0;
            for (Synset s : iw.getSenses()) {
                if (k++ >= SENSES) {
                    break;
                }
                for (Word x : s.getWords()) {
                    if (!x.getLemma().equalsIgnoreCase(iw.getLemma())) {
                        continue;
                    }
                    for (Pointer p : x.getPointers(PointerType.DERIVATION)) {
                        Synset target = p.getTargetSynset();
                        if (target.getPOS() == POS.NOUN && "noun.person".equals(target.getLexFileName())) {
                            return ((Word) p.getTarget()).getLemma().toLowerCase(Locale.ROOT);
                        }
                    }
                }
            }
            return "";
        } catch (JWNLException | IllegalArgumentException | ClassCastException e) {
            return "";
        }
    }
}
