package org.crosscheck.text.sense;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Opposite words as WordNet 3.1 (shipped in the build) records them: the antonym relation between
 * two words ("rise" / "fall", "admit" / "deny"), extended to the forms derived from either
 * ("increase" / "decrease" also gives "increasing" / "decreasing"; "approval" / "disapproval"
 * also gives "approve" / "disapprove"). Inflected forms are read through WordNet's own
 * morphology ("rose" is "rise", "fell" is "fall").
 *
 * <p>The dictionary is read on first use. Lookups are serialised with {@link WordSenses}'s on the
 * one shared reader ({@link WordNet}).
 */
public final class Antonyms {

    private static final class Holder {
        static final Antonyms INSTANCE = new Antonyms(WordNet.dictionary());
    }

    /** How many of a word's senses, commonest first, are read for its opposites. */
    private static final int COMMON_SENSES = 3;

    private final Dictionary dictionary;
    private final Map<String, Set<String>> opposites = new HashMap<>();
    private final Map<String, Set<String>> lemmas = new HashMap<>();
    private final Map<String, Set<String>> hypernyms = new HashMap<>();
    private final Map<String, Set<String>> inheritedOpposites = new HashMap<>();

    private Antonyms(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The shared reader of the shipped dictionary. */
    public static Antonyms shared() {
        return Holder.INSTANCE;
    }

    /**
     * Whether WordNet records {@code a} and {@code b} (single words, any inflection) as opposites,
     * directly or through forms derived from either.
     */
    public boolean opposite(String a, String b) {
        synchronized (WordNet.LOCK) {
            Set<String> al = lemmas(a);
            Set<String> bl = lemmas(b);
            if (bl.isEmpty() || bothPlace(al, bl)) {
                return false;
            }
            for (String la : al) {
                Set<String> o = oppositesOf(la);
                if (bl.stream().anyMatch(o::contains)) {
                    return true;
                }
            }
            // a verb of manner inherits the opposite its broader verb has in that very sense:
            // "dropped" (went down) is a way to "fall", whose opposite there is "rise"
            return al.stream().anyMatch(la -> inherited(la).stream().anyMatch(bl::contains))
                    || bl.stream().anyMatch(lb -> inherited(lb).stream().anyMatch(al::contains));
        }
    }

    /**
     * Whether WordNet records {@code a} and {@code b} (single words, any inflection) as each
     * other's antonym in one of their commonest senses, or one as the antonym of the verb the other
     * is a manner of ("plunged" is a way to "fall", the antonym of "rose"). Unlike
     * {@link #opposite}, an antonym's synonyms and derived forms do not count.
     */
    public boolean directlyOpposite(String a, String b) {
        synchronized (WordNet.LOCK) {
            Set<String> al = lemmas(a);
            Set<String> bl = lemmas(b);
            if (bothPlace(al, bl)) {
                return false;
            }
            for (String la : al) {
                Set<String> direct = new HashSet<>(inherited(la));
                for (Word w : words(la)) {
                    related(w, PointerType.ANTONYM).stream().filter(this::common)
                            .forEach(x -> direct.add(x.getLemma().toLowerCase(Locale.ROOT)));
                }
                if (bl.stream().anyMatch(direct::contains)) {
                    return true;
                }
            }
            return bl.stream().anyMatch(lb -> inherited(lb).stream().anyMatch(al::contains));
        }
    }

    /**
     * The direct antonyms of the broader verbs of {@code lemma}'s commonest senses, in the broader
     * verb's own sense. A sense with an antonym of its own inherits none: "stay" (put) is opposite
     * to "move", so not to the "travel" its broader "stay in place" is opposite to.
     */
    private Set<String> inherited(String lemma) {
        return inheritedOpposites.computeIfAbsent(lemma, k -> {
            Set<String> out = new HashSet<>();
            for (Word w : words(k)) {
                if (w.getPOS() != POS.VERB || !related(w, PointerType.ANTONYM).isEmpty()) {
                    continue;
                }
                for (Synset broader : WordNet.hypernyms(w.getSynset())) {
                    for (Word b : broader.getWords()) {
                        for (Word a : related(b, PointerType.ANTONYM)) {
                            out.add(a.getLemma().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
            return out;
        });
    }

    /**
     * The other words of the commonest verb sense of {@code word} (any inflection): "backed" gives
     * "endorse" and "support". Empty for a word that is no verb.
     */
    public Set<String> verbSynonyms(String word) {
        synchronized (WordNet.LOCK) {
            Set<String> out = new HashSet<>();
            for (String lemma : lemmas(word)) {
                try {
                    IndexWord iw = dictionary.getIndexWord(POS.VERB, lemma);
                    if (iw != null && !iw.getSenses().isEmpty()) {
                        iw.getSenses().get(0).getWords().forEach(w -> out.add(w.getLemma().toLowerCase(Locale.ROOT)));
                    }
                } catch (JWNLException e) {
                    // an unreadable entry has no synonyms
                }
            }
            out.removeAll(lemmas(word));
            return out;
        }
    }

    /**
     * The verbs that {@code word} (any inflection) is a manner of in its commonest senses, as
     * WordNet files them: "drop" is a way to "fall" and to "decline", "defeat" (a motion) a way to
     * "veto". Empty for a word that is no verb.
     */
    public Set<String> broader(String word) {
        synchronized (WordNet.LOCK) {
            return Set.copyOf(broader(lemmas(word)));
        }
    }

    private Set<String> broader(Set<String> lemmas) {
        Set<String> out = new HashSet<>();
        for (String lemma : lemmas) {
            out.addAll(hypernyms.computeIfAbsent(lemma, this::verbHypernyms));
        }
        return out;
    }

    private Set<String> verbHypernyms(String lemma) {
        Set<String> out = new HashSet<>();
        for (Synset t : broaderSenses(lemma)) {
            t.getWords().forEach(x -> out.add(x.getLemma().toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    /** The senses that {@code lemma}'s commonest verb senses are manners of. */
    private List<Synset> broaderSenses(String lemma) {
        List<Synset> out = new java.util.ArrayList<>();
        for (Word w : words(lemma)) {
            if (w.getPOS() == POS.VERB) {
                out.addAll(WordNet.hypernyms(w.getSynset()));
            }
        }
        return out;
    }

    /**
     * Whether {@code verb} (any inflection) with {@code particle} is a verb of the dictionary that
     * shares a sense with {@code other} (any inflection): "take" with "back" is "return", so "can take
     * the products back" restates "could return the products" whatever "take" alone is opposite to.
     */
    public boolean phrasalSynonym(String verb, String particle, String other) {
        synchronized (WordNet.LOCK) {
            Set<String> others = lemmas(other);
            try {
                for (String base : dictionary.getMorphologicalProcessor().lookupAllBaseForms(POS.VERB, verb.toLowerCase(Locale.ROOT))) {
                    IndexWord iw = dictionary.getIndexWord(POS.VERB, base + " " + particle.toLowerCase(Locale.ROOT));
                    if (iw != null && iw.getSenses().stream().flatMap(sense -> sense.getWords().stream())
                            .anyMatch(w -> others.contains(w.getLemma().toLowerCase(Locale.ROOT)))) {
                        return true;
                    }
                }
            } catch (JWNLException | IllegalArgumentException e) {
                return false;
            }
            return false;
        }
    }

    /** Whether two words (any inflection) share a dictionary form: "went" and "go", "decided" and "decide". */
    public boolean sameLemma(String a, String b) {
        synchronized (WordNet.LOCK) {
            Set<String> la = lemmas(a);
            return la.stream().anyMatch(lemmas(b)::contains);
        }
    }

    /** The dictionary forms of {@code word} in every part of speech, lower-cased ("went" gives "go"). */
    public Set<String> dictionaryForms(String word) {
        synchronized (WordNet.LOCK) {
            return Set.copyOf(lemmas(word));
        }
    }

    /** A verb sense that says where a thing is: "sit", "lie" and "stand" each have one. */
    private static final java.util.regex.Pattern PLACING = java.util.regex.Pattern.compile(
            "^(?:be located|be situated|occupy a (?:certain )?(?:place|position|location))");

    /**
     * Whether both words can say where a thing is: "the marae sits on higher ground" and "stands on
     * higher ground" are one statement, though "sit" and "stand" are opposite postures.
     */
    private boolean bothPlace(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(this::places) && b.stream().anyMatch(this::places);
    }

    private boolean places(String lemma) {
        return placing.computeIfAbsent(lemma, k -> {
            try {
                IndexWord iw = dictionary.getIndexWord(POS.VERB, k);
                return iw != null && iw.getSenses().stream().anyMatch(s -> PLACING.matcher(s.getGloss()).find());
            } catch (JWNLException | IllegalArgumentException e) {
                return false;
            }
        });
    }

    private final Map<String, Boolean> placing = new HashMap<>();

    /** The dictionary forms of {@code word} in every part of speech, lower-cased. */
    private Set<String> lemmas(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return lemmas.computeIfAbsent(w, k -> {
            Set<String> out = new HashSet<>();
            try {
                for (POS pos : POS.getAllPOS()) {
                    for (String base : dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, k)) {
                        if (dictionary.getIndexWord(pos, base) != null) {
                            out.add(base.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            } catch (JWNLException | IllegalArgumentException e) {
                return Set.of();
            }
            return out;
        });
    }

    private List<IndexWord> lookup(String word) {
        List<IndexWord> out = new java.util.ArrayList<>();
        try {
            for (POS pos : POS.getAllPOS()) {
                IndexWord w = dictionary.lookupIndexWord(pos, word);
                if (w != null) {
                    out.add(w);
                }
            }
        } catch (JWNLException | IllegalArgumentException e) {
            return List.of();
        }
        return out;
    }

    /** Lemmas opposite to {@code lemma}: its antonyms, and the antonyms of its derived forms with their derived forms. */
    private Set<String> oppositesOf(String lemma) {
        return opposites.computeIfAbsent(lemma, k -> {
            Set<String> out = new HashSet<>();
            for (Word w : words(k)) {
                // a word's synonyms in the same sense share its opposite: "acknowledge" is "admit", opposite "deny"
                for (Word mate : w.getSynset().getWords()) {
                    addAntonyms(mate, out, false);
                }
                addAntonyms(w, out, true);
                for (Word d : related(w, PointerType.DERIVATION)) {
                    addAntonyms(d, out, true);
                }
            }
            return out;
        });
    }

    private void addAntonyms(Word w, Set<String> out, boolean withDerived) {
        for (Word a : related(w, PointerType.ANTONYM)) {
            if (!common(a)) {
                continue;
            }
            // the opposite word's synonyms in that sense: "approve" / "disapprove", so also "reject"
            for (Word mate : a.getSynset().getWords()) {
                if (mate == a || common(mate)) {
                    out.add(mate.getLemma().toLowerCase(Locale.ROOT));
                }
            }
            if (withDerived) {
                for (Word d : related(a, PointerType.DERIVATION)) {
                    out.add(d.getLemma().toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    /**
     * The word entries of {@code lemma} in its commonest senses. A rarer sense ("take" has 42)
     * is seldom the one a sentence uses, so its opposite ("give") would be read too often.
     */
    private List<Word> words(String lemma) {
        List<Word> out = new java.util.ArrayList<>();
        for (IndexWord iw : lookup(lemma)) {
            List<Synset> senses = iw.getSenses();
            for (Synset s : senses.subList(0, Math.min(COMMON_SENSES, senses.size()))) {
                for (Word w : s.getWords()) {
                    if (w.getLemma().equalsIgnoreCase(iw.getLemma())) {
                        out.add(w);
                    }
                }
            }
        }
        return out;
    }

    /** Whether {@code w}'s sense is among the commonest senses of its word. */
    private boolean common(Word w) {
        try {
            IndexWord iw = dictionary.getIndexWord(w.getPOS(), w.getLemma());
            if (iw == null) {
                return false;
            }
            List<Synset> senses = iw.getSenses();
            int rank = senses.indexOf(w.getSynset());
            return rank >= 0 && rank < COMMON_SENSES;
        } catch (JWNLException e) {
            return false;
        }
    }

    private static List<Word> related(Word w, PointerType type) {
        List<Word> out = new java.util.ArrayList<>();
        for (Pointer p : w.getPointers(type)) {
            try {
                if (p.getTarget() instanceof Word t) {
                    out.add(t);
                }
            } catch (JWNLException e) {
                // an unreadable pointer says nothing
            }
        }
        return out;
    }
}
