package org.crosscheck.text.sense;

import java.io.IOException;
import java.io.InputStream;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * The one reader of the WordNet 3.1 data shipped in the build, shared by {@link WordSenses} and
 * {@link Antonyms}: read once per JVM, each file on the first lookup that needs it (see
 * {@link ResourceDictionaryFile}). Every use holds {@link #LOCK}: the reader's caches are not
 * documented as thread-safe.
 */
final class WordNet {

    /** Held around every use of {@link #dictionary()}. */
    static final Object LOCK = new Object();

    private static final String PROPERTIES = "wordnet.xml";

    private WordNet() {
    }

    private static final class Holder {
        static final Dictionary INSTANCE = load();
    }

    /**
     * Makes the shared reader if it is not made yet and reads in the files lookups read (see
     * {@link ResourceDictionaryFile#readAhead()}): for a thread that prepares the dictionary before
     * anyone looks a word up.
     */
    static void readAhead() {
        dictionary();
        ResourceDictionaryFile.readAhead();
    }

    /** The shared reader, made on first call. */
    static Dictionary dictionary() {
        return Holder.INSTANCE;
    }

    private static Dictionary load() {
        try (InputStream properties = WordNet.class.getResourceAsStream(PROPERTIES)) {
            if (properties == null) {
                throw new IllegalStateException("the build lacks the resource " + PROPERTIES);
            }
            return Dictionary.getInstance(properties);
        } catch (JWNLException | IOException e) {
            throw new IllegalStateException("the WordNet data shipped in the build cannot be read: " + e.getMessage(), e);
        }
    }

    /** The senses {@code s} is filed directly under (its hypernyms); an unreadable pointer says nothing. */
    static java.util.List<Synset> hypernyms(Synset s) {
        java.util.List<Synset> out = new java.util.ArrayList<>();
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
