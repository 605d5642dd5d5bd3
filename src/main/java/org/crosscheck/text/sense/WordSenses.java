package org.crosscheck.text.sense;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * What WordNet 3.1 (shipped in the build) says of a word put in place of another: whether the
 * two can name the same thing, or name different things or qualities.
 *
 * <p>The dictionary is read on first use, so runs that never ask pay nothing. Lookups are
 * serialised with {@link Antonyms}'s on the one shared reader ({@link WordNet}).
 */
public final class WordSenses {

    /** How a replacement word stands to the word it replaced. */
    public enum Relation {
        /** One of the words is not in the dictionary: nothing can be said. */
        UNKNOWN,
        /** Same sense, one a kind of the other, or one derived from the other: a paraphrase. */
        RELATED,
        /** Both name physical things, places, creatures, substances or groups, and no sense links them. */
        OTHER_THING,
        /** Both can be adjectives, and no sense links them. */
        OTHER_QUALITY,
        /**
         * Two nouns of measure (time, amount, money) whose commonest senses are filed directly under
         * one more general sense, and no sense links them: two kinds of one measure ("year" /
         * "month", "sales" / "profit").
         */
        OTHER_KIND,
        /** Known words of no comparable kind (events, acts, states...): too loose to judge. */
        UNRELATED
    }

    /** Lexicographer files of nouns that name something one can point at. */
    private static final Set<String> CONCRETE = Set.of("noun.artifact", "noun.location", "noun.object", "noun.animal",
            "noun.person", "noun.plant", "noun.food", "noun.substance", "noun.body", "noun.group", "noun.event");
    /** How far up the is-a chain two senses may be and still be one meaning said more or less exactly. */
    private static final int NEAR = 2;
    /** A more general word for the same thing is a paraphrase at any distance ("mine" / "excavation"). */
    private static final int GENERAL = 16;
    private static final int MIN_COMPOUND_PART = 3;
    /**
     * Lexicographer files of nouns that measure something (a span of time, an amount, money): two
     * kinds of one measure ("year" / "month", "sales" / "profit") are two different figures.
     */
    private static final Set<String> MEASURES = Set.of("noun.time", "noun.quantity", "noun.possession");
    /** How many of an adjective's senses, commonest first, are read for an opposed quality. */
    private static final int OPPOSED_SENSES = 3;
    /** How many of a noun's senses, commonest first, are read when looking for a shared parent. */
    private static final int SIBLING_SENSES = 1;

    private static final class Holder {
        static final WordSenses INSTANCE = new WordSenses(WordNet.dictionary());
    }

    private final Dictionary dictionary;

    private WordSenses(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The shared reader of the shipped dictionary. */
    public static WordSenses shared() {
        return Holder.INSTANCE;
    }

    /**
     * Starts reading the shipped dictionary in a background thread, so that analysis finds it
     * ready (reading it takes a few tenths of a second); returns at once. Reading happens once per
     * JVM, whoever asks first. The files lookups read are read in too, so the first lookups do not
     * wait while 28 MB are copied out of the jar.
     */
    public static void prepareShared() {
        if (PREPARING.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                shared();
                WordNet.readAhead();
            }, "crosscheck-wordnet");
            t.setDaemon(true);
            t.start();
        }
    }

    private static final java.util.concurrent.atomic.AtomicBoolean PREPARING = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * How {@code added} stands to {@code removed}. Each may be a word or a short phrase; a phrase
     * is looked up whole ("hedge funds") and word by word, and any link between them counts.
     */
    public Relation relation(String removed, String added) {
        synchronized (WordNet.LOCK) {
            List<String> left = forms(removed);
            List<String> right = forms(added);
            if (!known(left) || !known(right)) {
                return Relation.UNKNOWN;
            }
            List<Synset> ls = senses(left);
            List<Synset> rs = senses(right);
            if (linked(ls, rs)) {
                return Relation.RELATED;
            }
            if (hasConcrete(ls) && hasConcrete(rs)) {
                return Relation.OTHER_THING;
            }
            if (hasPos(ls, POS.ADJECTIVE) && hasPos(rs, POS.ADJECTIVE)) {
                return Relation.OTHER_QUALITY;
            }
            if (left.size() == 1 && right.size() == 1 && siblings(ls, rs)) {
                return Relation.OTHER_KIND;
            }
            return Relation.UNRELATED;
        }
    }

    /**
     * Whether {@code specific} names a kind of what {@code general} names, at any distance up the
     * dictionary's is-a links ("pigeons" of "birds", "lorry" of "vehicle"). Each may be a word or
     * a short phrase, in any inflection.
     */
    public boolean isKindOf(String specific, String general) {
        synchronized (WordNet.LOCK) {
            List<String> s = forms(specific);
            List<String> g = forms(general);
            if (!known(s) || !known(g)) {
                return false;
            }
            Set<Synset> above = climb(senses(s), GENERAL);
            return senses(g).stream().anyMatch(above::contains);
        }
    }

    /**
     * Whether {@code word} is in the dictionary but never as a noun ("annually", "deemed"): it
     * cannot name what a figure counts.
     */
    public boolean neverNoun(String word) {
        return knownAndAll(word, pos -> pos != POS.NOUN);
    }

    /** Whether {@code word} is in the dictionary only as a verb ("deemed", "forced to"). */
    public boolean onlyVerb(String word) {
        return knownAndAll(word, pos -> pos == POS.VERB);
    }

    /** Whether {@code word} has senses in the dictionary and every one's part of speech passes {@code test}. */
    private boolean knownAndAll(String word, java.util.function.Predicate<POS> test) {
        synchronized (WordNet.LOCK) {
            List<Synset> s = senses(word.toLowerCase(Locale.ROOT));
            return !s.isEmpty() && s.stream().allMatch(x -> test.test(x.getPOS()));
        }
    }

    /**
     * Whether {@code word} is a past form of a verb the dictionary knows, regular or not ("based",
     * "born", "bound", "led"), rather than the verb itself or its "-ing" or "-s" form.
     */
    public boolean isParticiple(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("ing") || w.endsWith("s")) {
            return false;
        }
        String base = verbBase(w);
        return base != null && !base.equals(w);
    }

    /** Whether {@code word} can be an adverb ("famously", "quietly"). */
    public boolean canBeAdverb(String word) {
        synchronized (WordNet.LOCK) {
            return lookup(word.toLowerCase(Locale.ROOT)).stream().anyMatch(x -> x.getPOS() == POS.ADVERB);
        }
    }

    /** Whether {@code word} can be a verb ("spur", "back", "address"). */
    public boolean canBeVerb(String word) {
        synchronized (WordNet.LOCK) {
            return lookup(word.toLowerCase(Locale.ROOT)).stream().anyMatch(x -> x.getPOS() == POS.VERB);
        }
    }

    /** Whether {@code word} has a sense as an adjective ("familiar", "close"). */
    public boolean canBeAdjective(String word) {
        synchronized (WordNet.LOCK) {
            return lookup(word.toLowerCase(Locale.ROOT)).stream().anyMatch(x -> x.getPOS() == POS.ADJECTIVE);
        }
    }

    /**
     * Whether {@code word} is a past-tense verb whose commonest sense is one of telling
     * (WordNet's verb.communication: "vented", "elaborated", "quipped"), and no noun or adjective
     * comes first.
     */
    public boolean isVerbOfTelling(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!w.endsWith("ed")) {
            return false;
        }
        return TELLING.computeIfAbsent(w, k -> {
            String base = verbBase(k);
            if (base == null) {
                return false;
            }
            synchronized (WordNet.LOCK) {
                List<Synset> exact = lookup(k);
                if (!exact.isEmpty() && exact.get(0).getPOS() != POS.VERB) {
                    return false; // "concerned", "reserved": an adjective first
                }
                return lookup(base).stream().filter(s -> s.getPOS() == POS.VERB).limit(1)
                        .anyMatch(s -> "verb.communication".equals(s.getLexFileName()));
            }
        });
    }

    private static final java.util.Map<String, Boolean> TELLING = new java.util.concurrent.ConcurrentHashMap<>();

    /** The dictionary form of the verb {@code word} ("rejected" gives "reject", "shot" gives "shoot"), or null when it is no verb. */
    public String verbBase(String word) {
        synchronized (WordNet.LOCK) {
            try {
                List<String> bases = dictionary.getMorphologicalProcessor().lookupAllBaseForms(POS.VERB, word.toLowerCase(Locale.ROOT));
                return bases.isEmpty() ? null : bases.get(0);
            } catch (JWNLException | IllegalArgumentException e) {
                return null;
            }
        }
    }

    /**
     * Whether {@code verb} (any inflection) and the word after it make one verb in the dictionary:
     * "took part" is "take part", "set fire" is "set fire".
     */
    public boolean isVerbPhrase(String verb, String next) {
        synchronized (WordNet.LOCK) {
            try {
                for (String base : dictionary.getMorphologicalProcessor().lookupAllBaseForms(POS.VERB, verb.toLowerCase(Locale.ROOT))) {
                    if (dictionary.getIndexWord(POS.VERB, base + " " + next.toLowerCase(Locale.ROOT)) != null) {
                        return true;
                    }
                }
            } catch (JWNLException | IllegalArgumentException e) {
                return false;
            }
            return false;
        }
    }

    /**
     * Whether two adjectives stand on opposite sides of one of WordNet's antonym pairs, each
     * directly or as a word similar to it: "complicated" is similar to "complex", the antonym of
     * "simple". Only the commonest adjective senses of each word are read.
     */
    public boolean opposedQualities(String a, String b) {
        synchronized (WordNet.LOCK) {
            Set<Synset> opposite = new HashSet<>();
            for (Synset head : cluster(adjectives(a.toLowerCase(Locale.ROOT)))) {
                for (Pointer p : head.getPointers()) {
                    Synset t = p.getType() == PointerType.ANTONYM ? target(p) : null;
                    if (t != null) {
                        opposite.add(t);
                    }
                }
            }
            if (opposite.isEmpty()) {
                return false;
            }
            Set<Synset> other = cluster(adjectives(b.toLowerCase(Locale.ROOT)));
            return other.stream().anyMatch(opposite::contains);
        }
    }

    private List<Synset> adjectives(String word) {
        return lookup(word).stream().filter(x -> x.getPOS() == POS.ADJECTIVE).limit(OPPOSED_SENSES).toList();
    }

    /** The senses and the senses they are similar to: a satellite adjective and its cluster head. */
    private static Set<Synset> cluster(List<Synset> senses) {
        Set<Synset> out = new HashSet<>(senses);
        for (Synset s : senses) {
            for (Pointer p : s.getPointers()) {
                Synset t = p.getType() == PointerType.SIMILAR_TO ? target(p) : null;
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private boolean known(List<String> forms) {
        // a phrase counts as known when each word is: its whole form may well not be an entry
        return forms.stream().filter(f -> !f.contains("_")).allMatch(f -> !senses(f).isEmpty());
    }

    private static List<String> forms(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("'s\\b", "").strip();
        List<String> out = new ArrayList<>(List.of(p.split("[\\s]+")));
        if (out.size() > 1) {
            out.add(String.join("_", out));
        }
        return out;
    }

    private List<Synset> senses(List<String> forms) {
        List<Synset> out = new ArrayList<>();
        forms.forEach(f -> out.addAll(senses(f)));
        return out;
    }

    private List<Synset> senses(String word) {
        List<Synset> direct = lookup(word);
        if (!direct.isEmpty() || word.contains("_")) {
            return direct;
        }
        // an unlisted compound is read by its head: "smartphones" as "phones", "clifftop" as "top"
        for (int i = MIN_COMPOUND_PART; i <= word.length() - MIN_COMPOUND_PART; i++) {
            List<Synset> head = lookup(word.substring(i));
            if (!head.isEmpty() && !lookup(word.substring(0, i)).isEmpty()) {
                return head;
            }
        }
        return direct;
    }

    /**
     * How many words' senses {@link #lookup} keeps. A comparison asks for the same word many times
     * (each name against each other name), and each ask runs the reader's morphology over four
     * parts of speech.
     */
    private static final int LOOKUPS_KEPT = 4096;

    /** The senses of the words looked up last, least recently used first; used under {@link WordNet#LOCK} only. */
    private final java.util.Map<String, List<Synset>> looked = new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, List<Synset>> eldest) {
            return size() > LOOKUPS_KEPT;
        }
    };

    /**
     * The most words an entry of the shipped WordNet has, counted as its reader counts them (runs
     * of letters and apostrophes): "abul-walid mohammed ibn-ahmad ibn-mohammed ibn-roshd" has nine.
     */
    static final int LONGEST_ENTRY = 9;
    private static final java.util.regex.Pattern READER_WORD = java.util.regex.Pattern.compile("[a-z']+");

    /** Every sense of {@code word}, commonest first within each part of speech; unmodifiable. */
    private List<Synset> lookup(String word) {
        List<Synset> kept = looked.get(word);
        if (kept == null) {
            // The reader tries every run of a phrase's words joined every way, which for a whole
            // headline read as a name takes a second; a phrase longer than any entry is none.
            kept = READER_WORD.matcher(word).results().count() > LONGEST_ENTRY ? List.of() : read(word);
            looked.put(word, kept);
        }
        return kept;
    }

    /** Whether the entry is a proper name ("Alps", "Andes"), which no plural of a common noun is. */
    private static boolean properName(IndexWord w) {
        return w.getSenses().stream().flatMap(x -> x.getWords().stream())
                .anyMatch(x -> x.getLemma().equalsIgnoreCase(w.getLemma()) && Character.isUpperCase(x.getLemma().charAt(0)));
    }

    private List<Synset> read(String word) {
        List<Synset> out = new ArrayList<>();
        try {
            for (POS pos : POS.getAllPOS()) {
                IndexWord w = dictionary.lookupIndexWord(pos, word);
                if (w != null) {
                    out.addAll(w.getSenses());
                }
                if (pos == POS.NOUN && (w == null || !properName(w))) {
                    // a plural that is an entry of its own is still the plural of its base: "times" of "time"
                    for (String base : dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, word)) {
                        IndexWord b = w != null && base.equals(w.getLemma()) ? null : dictionary.getIndexWord(pos, base);
                        if (b != null) {
                            b.getSenses().stream().filter(x -> !out.contains(x)).forEach(out::add);
                        }
                    }
                }
            }
        } catch (JWNLException | IllegalArgumentException e) {
            return List.of();
        }
        return java.util.Collections.unmodifiableList(out);
    }

    private static boolean linked(List<Synset> a, List<Synset> b) {
        Set<Synset> nearA = climb(a, NEAR);
        Set<Synset> nearB = climb(b, NEAR);
        if (b.stream().anyMatch(nearA::contains) || a.stream().anyMatch(nearB::contains)) {
            return true;
        }
        Set<Synset> generalOfA = climb(a, GENERAL);
        if (b.stream().anyMatch(generalOfA::contains)) {
            return true;
        }
        Set<Synset> derivedA = derived(a);
        Set<Synset> derivedB = derived(b);
        return b.stream().anyMatch(derivedA::contains) || a.stream().anyMatch(derivedB::contains);
    }

    /** The senses and every sense reached within {@code depth} steps up the is-a and similar-to links. */
    private static Set<Synset> climb(List<Synset> start, int depth) {
        Set<Synset> seen = new HashSet<>(start);
        Deque<Synset> frontier = new ArrayDeque<>(start);
        for (int d = 0; d < depth && !frontier.isEmpty(); d++) {
            Deque<Synset> next = new ArrayDeque<>();
            for (Synset s : frontier) {
                for (Pointer p : s.getPointers()) {
                    PointerType t = p.getType();
                    if (t == PointerType.HYPERNYM || t == PointerType.INSTANCE_HYPERNYM || t == PointerType.SIMILAR_TO
                            || t == PointerType.ENTAILMENT || t == PointerType.VERB_GROUP) {
                        Synset target = target(p);
                        if (target != null && seen.add(target)) {
                            next.add(target);
                        }
                    }
                }
            }
            frontier = next;
        }
        return seen;
    }

    private static Set<Synset> derived(List<Synset> senses) {
        Set<Synset> out = new HashSet<>();
        for (Synset s : senses) {
            for (Pointer p : s.getPointers()) {
                PointerType t = p.getType();
                if (t == PointerType.DERIVATION || t == PointerType.PERTAINYM || t == PointerType.PARTICIPLE_OF) {
                    Synset target = target(p);
                    if (target != null) {
                        out.add(target);
                    }
                }
            }
        }
        return out;
    }

    private static Synset target(Pointer p) {
        try {
            return p.getTargetSynset();
        } catch (JWNLException e) {
            return null;
        }
    }

    /** Whether the commonest noun sense names something concrete: "property" is first a possession. */
    private static boolean hasConcrete(List<Synset> senses) {
        return senses.stream().filter(s -> s.getPOS() == POS.NOUN).findFirst()
                .map(s -> CONCRETE.contains(s.getLexFileName())).orElse(false);
    }

    /**
     * Whether one of the commonest noun senses of each word is filed directly under the same more
     * general sense: rarer senses link almost any two words ("calls" and "emails" as acts).
     */
    private static boolean siblings(List<Synset> a, List<Synset> b) {
        Set<Synset> above = parents(commonNouns(a));
        return !above.isEmpty() && parents(commonNouns(b)).stream().anyMatch(above::contains);
    }

    /** The commonest noun sense, when it measures something: abstract nouns of other kinds are near-synonyms as often as not. */
    private static List<Synset> commonNouns(List<Synset> senses) {
        return senses.stream().filter(s -> s.getPOS() == POS.NOUN).limit(SIBLING_SENSES)
                .filter(s -> MEASURES.contains(s.getLexFileName())).toList();
    }

    private static Set<Synset> parents(List<Synset> senses) {
        Set<Synset> out = new HashSet<>();
        for (Synset s : senses) {
            for (Pointer p : s.getPointers()) {
                Synset t = p.getType() == PointerType.HYPERNYM ? target(p) : null;
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static boolean hasPos(List<Synset> senses, POS pos) {
        return senses.stream().anyMatch(s -> s.getPOS() == pos);
    }

    /**
     * Whether WordNet gives the two words or phrases one referent: a shared sense ("chief" /
     * "head", "GOP" / "Republican Party", "Labour" / "Labour Party"), a person noun filed directly
     * under the other ("spokesman" / "spokesperson"), or an adjective that pertains to the other's
     * sense ("Dutch" / "Netherlands", "French" / "France", "Republican" / "GOP"), or a native of
     * the place the other names ("Mauritanian" / "Mauritania"). Unknown words
     * never match.
     */
    public boolean sameReferent(String a, String b) {
        synchronized (WordNet.LOCK) {
            Set<Synset> x = referents(a);
            Set<Synset> y = referents(b);
            if (x.isEmpty() || y.isEmpty()) {
                return false;
            }
            if (x.stream().anyMatch(y::contains)) {
                return true;
            }
            return personAbove(x, y) || personAbove(y, x) || leading(a) == Leading.ANY && leading(b) != Leading.NONE
                    || leading(b) == Leading.ANY && leading(a) != Leading.NONE;
        }
    }

    /** How close under "leader" a sense must stand to be a word for any leader ("boss", "chief"; not "Democrat", a politician). */
    private static final int GENERIC_LEADER_STEPS = 1;
    /** How far under "leader" an office may stand ("manager": director, administrator, head, leader). */
    private static final int LEADER_STEPS = 5;

    /**
     * How a word names a leader: ANY for a word for whoever leads ("boss", "chief": every sense of
     * it a leader, one right under "leader"), OFFICE for a kind of leader in its commonest sense
     * ("manager", "director", "mayor"; not "deputy", an assistant first), NONE otherwise. Headline
     * English calls any office the boss: a word of the first kind names the same office as any
     * other leader. Read once per word.
     */
    private enum Leading { NONE, OFFICE, ANY }

    private final java.util.Map<String, Leading> leading = new java.util.HashMap<>();

    private Leading leading(String phrase) {
        return leading.computeIfAbsent(entryForm(phrase), this::readLeading);
    }

    private Leading readLeading(String w) {
        Synset leader = leaderSense();
        List<Synset> nouns = lookup(w).stream().filter(x -> x.getPOS() == POS.NOUN && hasEntry(x, w)).toList();
        if (leader == null || nouns.isEmpty() || !"noun.person".equals(nouns.get(0).getLexFileName())) {
            return Leading.NONE;
        }
        List<Synset> people = nouns.stream().filter(x -> "noun.person".equals(x.getLexFileName())).toList();
        if (people.stream().allMatch(x -> under(x, leader, LEADER_STEPS)) && people.stream().anyMatch(x -> under(x, leader, GENERIC_LEADER_STEPS))) {
            return Leading.ANY;
        }
        return under(people.get(0), leader, LEADER_STEPS) ? Leading.OFFICE : Leading.NONE;
    }

    /** A phrase as the dictionary lists it: lower case, straight apostrophes, no closing possessive. */
    private static String entryForm(String phrase) {
        return CLOSING_POSSESSIVE.matcher(phrase.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).replaceAll("").strip();
    }

    // compiled once: these run for every sense of every word looked up, and String.split and
    // replaceAll compile their pattern on each call
    private static final java.util.regex.Pattern CLOSING_POSSESSIVE = java.util.regex.Pattern.compile("'s?$");
    private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[\\s_]+");

    private Synset leaderSense;

    private Synset leaderSense() {
        if (leaderSense == null) {
            leaderSense = lookup("leader").stream().filter(x -> x.getPOS() == POS.NOUN && "noun.person".equals(x.getLexFileName()))
                    .findFirst().orElse(null);
        }
        return leaderSense;
    }

    private static boolean under(Synset s, Synset ancestor, int steps) {
        if (!"noun.person".equals(s.getLexFileName())) {
            return false;
        }
        Set<Synset> level = Set.of(s);
        for (int k = 0; k < steps && !level.isEmpty(); k++) {
            Set<Synset> next = new HashSet<>();
            for (Synset x : level) {
                next.addAll(WordNet.hypernyms(x));
            }
            if (next.contains(ancestor)) {
                return true;
            }
            level = next;
        }
        return false;
    }

    /**
     * The places a nationality adjective names, as WordNet's pertainyms give them ("Danish":
     * "Denmark"; "Norwegian": "Norway"), each by its first word; empty for a word that names none.
     * Only named places count: "home" pertains to a place too, anyone's ("Home hero Rojas").
     */
    public Set<String> nationOf(String word) {
        synchronized (WordNet.LOCK) {
            String w = word.toLowerCase(Locale.ROOT).strip();
            Set<String> out = new java.util.TreeSet<>();
            for (Synset s : lookup(w)) {
                if (s.getPOS() != POS.ADJECTIVE || !hasEntry(s, w)) {
                    continue;
                }
                pertainyms(s).stream().filter(t -> "noun.location".equals(t.getLexFileName()))
                        .map(t -> t.getWords().get(0).getLemma()).filter(l -> Character.isUpperCase(l.charAt(0)))
                        .forEach(out::add);
            }
            return out;
        }
    }

    /**
     * The places a proper noun names as a place ("Austria", "Norway"), each by its first word as
     * {@link #nationOf} gives them, so that "Austria's" and "Austrian" name one country; empty for
     * a word that names no place.
     */
    public Set<String> placeNamed(String word) {
        synchronized (WordNet.LOCK) {
            String w = word.toLowerCase(Locale.ROOT).strip();
            Set<String> out = new java.util.TreeSet<>();
            for (Synset s : lookup(w)) {
                if (s.getPOS() == POS.NOUN && hasEntry(s, w) && "noun.location".equals(s.getLexFileName())) {
                    String first = s.getWords().get(0).getLemma();
                    if (Character.isUpperCase(first.charAt(0))) {
                        out.add(first);
                    }
                }
            }
            return out;
        }
    }

    /** The noun senses of a phrase, and the nouns its adjective senses pertain to. */
    private Set<Synset> referents(String phrase) {
        String p = entryForm(phrase);
        Set<Synset> out = new HashSet<>();
        for (Synset s : lookup(p)) {
            if (!hasEntry(s, p)) {
                continue; // the reader falls back on one word of an unknown phrase: "case" for "the case for X"
            }
            if (s.getPOS() == POS.NOUN) {
                out.add(s);
                if ("noun.person".equals(s.getLexFileName())) {
                    // "Mauritanian": a native or inhabitant of Mauritania, a member of the place it is named for
                    for (Pointer ptr : s.getPointers()) {
                        Synset t = ptr.getType() == PointerType.MEMBER_HOLONYM ? target(ptr) : null;
                        if (t != null && "noun.location".equals(t.getLexFileName())) {
                            out.add(t);
                        }
                    }
                }
            } else if (s.getPOS() == POS.ADJECTIVE) {
                out.addAll(pertainyms(s));
            }
        }
        return out;
    }

    /** The nouns an adjective sense pertains to ("Danish": Denmark). */
    private List<Synset> pertainyms(Synset adjective) {
        List<Synset> out = new ArrayList<>();
        for (Pointer ptr : adjective.getPointers()) {
            Synset t = ptr.getType() == PointerType.PERTAINYM ? target(ptr) : null;
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Whether the sense has an entry for {@code phrase} itself, or for a word it is the plural of:
     * the reader otherwise falls back on a part ("q" for "Q3") or one word of a phrase.
     */
    private static boolean hasEntry(Synset s, String phrase) {
        String[] words = WORD_BREAK.split(phrase);
        for (net.sf.extjwnl.data.Word w : s.getWords()) {
            String lemma = w.getLemma().toLowerCase(Locale.ROOT).replace('_', ' ');
            String word = words[0];
            boolean inflected = words.length == 1 && (word.equals(lemma) || word.equals(lemma + "s") || word.equals(lemma + "es")
                    || lemma.endsWith("y") && word.equals(lemma.substring(0, lemma.length() - 1) + "ies"));
            if (inflected || words.length > 1 && lemma.equals(String.join(" ", words))) {
                return true;
            }
        }
        return false;
    }

    private static boolean commonNoun(Synset s) {
        return s.getWords().stream().allMatch(w -> Character.isLowerCase(w.getLemma().charAt(0)));
    }

    /**
     * Whether a person sense of {@code lower} is filed under a sense in {@code upper}, directly or
     * one step up ("congresswoman" is a representative, a kind of "lawmaker"): the broader word
     * names the same holder less precisely, which is no other office.
     */
    private static boolean personAbove(Set<Synset> lower, Set<Synset> upper) {
        for (Synset s : lower) {
            if (!"noun.person".equals(s.getLexFileName())) {
                continue;
            }
            for (Pointer ptr : s.getPointers()) {
                Synset parent = ptr.getType() == PointerType.HYPERNYM ? target(ptr) : null;
                if (parent == null) {
                    continue;
                }
                if (upper.contains(parent)) {
                    return true;
                }
                if (!commonNoun(s)) {
                    continue; // "Canadian" is a North American, an "American": a people is not an office
                }
                for (Pointer up : parent.getPointers()) {
                    if (up.getType() == PointerType.HYPERNYM && "noun.person".equals(parent.getLexFileName()) && upper.contains(target(up))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code word} can name a person by role or office ("treasurer", "premier"): a noun
     * sense filed under the people, not only as one named individual ("Paul").
     */
    public boolean isRoleNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        synchronized (WordNet.LOCK) {
            List<Synset> senses = lookup(w);
            for (Synset s : senses) {
                if (s.getPOS() == POS.NOUN && ("noun.person".equals(s.getLexFileName())
                        && s.getPointers().stream().anyMatch(p -> p.getType() == PointerType.HYPERNYM) || isPersonItself(s))) {
                    return true;
                }
            }
            // "one commenter wrote": a word the dictionary lacks, made of a verb and "-er", is
            // someone who does it
            String one = w.endsWith("ers") ? w.substring(0, w.length() - 1) : w;
            return senses.isEmpty() && one.length() > 5 && one.endsWith("er") && agentStems(one).stream()
                    .anyMatch(stem -> lookup(stem).stream().anyMatch(x -> x.getPOS() == POS.VERB));
        }
    }

    /** "the person added", "someone said": the dictionary's sense for a person as such, above its kinds. */
    private static boolean isPersonItself(Synset s) {
        return "noun.Tops".equals(s.getLexFileName()) && s.getWords().stream().anyMatch(x -> x.getLemma().equals("person"));
    }

    /** The verbs an agent noun in "-er" can come from: "comment-er", "us-er", "blog-ger". */
    private static List<String> agentStems(String w) {
        String stem = w.substring(0, w.length() - 2);
        List<String> out = new ArrayList<>(List.of(stem, w.substring(0, w.length() - 1)));
        if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
            out.add(stem.substring(0, stem.length() - 1));
        }
        return out;
    }

    /**
     * Whether the commonest sense of {@code word} is a noun ("manufacturer", "newspaper"; not
     * "after", "when" or "said").
     */
    public boolean isNounFirst(String word) {
        synchronized (WordNet.LOCK) {
            List<Synset> senses = lookup(word.toLowerCase(Locale.ROOT));
            return !senses.isEmpty() && senses.get(0).getPOS() == POS.NOUN;
        }
    }

    /** How many of a noun's senses, commonest first, are read when two role nouns are compared. */
    private static final int ROLE_SENSES = 3;

    /**
     * Whether two role nouns share one of their commonest senses as people: "justice" and "judge",
     * "chief" and "head" name one office. Only senses WordNet files under people count, so the
     * head of the body ("head", fourth sense) is read as "chief" (first).
     */
    public boolean sameOffice(String a, String b) {
        synchronized (WordNet.LOCK) {
            List<Synset> x = personSenses(a);
            List<Synset> y = personSenses(b);
            return x.stream().anyMatch(y::contains);
        }
    }

    private List<Synset> personSenses(String word) {
        return lookup(word.toLowerCase(Locale.ROOT)).stream()
                .filter(s -> s.getPOS() == POS.NOUN && "noun.person".equals(s.getLexFileName())).limit(ROLE_SENSES).toList();
    }

    /** Whether the dictionary has {@code word} as a common word, in any part of speech ("additionally", "apple"). */
    public boolean isCommonWord(String word) {
        synchronized (WordNet.LOCK) {
            return lookup(word.toLowerCase(Locale.ROOT)).stream().anyMatch(WordSenses::commonNoun);
        }
    }

    /**
     * Whether {@code word}'s most common noun sense names a group of people, animals or things
     * ("crowd", "herd", "fleet"): WordNet files it under the groups.
     */
    public boolean isGroupNoun(String word) {
        synchronized (WordNet.LOCK) {
            return lookup(word.toLowerCase(Locale.ROOT)).stream().filter(s -> s.getPOS() == POS.NOUN).findFirst()
                    .map(s -> "noun.group".equals(s.getLexFileName())).orElse(false);
        }
    }

    /**
     * Whether one of {@code word}'s two commonest noun senses names a body of people, as WordNet
     * files it under the groups: "administration" (second sense: "the persons ... who make up a
     * body for the purpose of administering something"), "directorate", "tribunal"; not "goods"
     * or "zealand". The last word of a name that does names an organisation ("Therapeutic Goods
     * Administration").
     */
    public boolean namesABody(String word) {
        synchronized (WordNet.LOCK) {
            return lookup(word.toLowerCase(Locale.ROOT)).stream().filter(s -> s.getPOS() == POS.NOUN).limit(2)
                    .anyMatch(s -> "noun.group".equals(s.getLexFileName()));
        }
    }

    /**
     * Whether one of {@code word}'s two commonest noun senses is a site or a structure, as WordNet
     * files it under the locations or the artifacts: "park", "stadium", "airport", "bridge"; not
     * "baker" or "king". The last word of a name that does names a place ("Prince Charles Park"),
     * whoever the place is named after. Surnames such as "Hall" or "Field" are sites too, so
     * callers read it only where a title that names patrons opens the name.
     */
    public boolean namesASite(String word) {
        synchronized (WordNet.LOCK) {
            return lookup(word.toLowerCase(Locale.ROOT)).stream().filter(s -> s.getPOS() == POS.NOUN).limit(2)
                    .anyMatch(s -> "noun.location".equals(s.getLexFileName()) || "noun.artifact".equals(s.getLexFileName()));
        }
    }

    /**
     * Whether {@code word} says only what kind of place or body something is, not which: its
     * commonest common sense is a noun WordNet files under the locations or the groups ("city",
     * "council", "district", "club"), or an adjective that pertains to one ("provincial",
     * "municipal", "national"). A proper name ("Durban") names a particular place and is none.
     */
    public boolean namesAKindOfPlaceOrBody(String word) {
        synchronized (WordNet.LOCK) {
            List<Synset> common = lookup(word.toLowerCase(Locale.ROOT)).stream().filter(WordSenses::commonNoun).toList();
            if (common.isEmpty()) {
                return false;
            }
            // "provincial": one of its senses as an adjective is "of a province"
            return common.get(0).getPOS() == POS.NOUN && placeOrGroup(common.get(0)) || common.stream()
                    .filter(x -> x.getPOS() == POS.ADJECTIVE).anyMatch(x -> pertainyms(x).stream().anyMatch(WordSenses::placeOrGroup));
        }
    }

    private static boolean placeOrGroup(Synset s) {
        return "noun.location".equals(s.getLexFileName()) || "noun.group".equals(s.getLexFileName());
    }

    /**
     * Whether {@code word}'s commonest noun sense is a piece of communication, as WordNet files it:
     * "statement", "report", "email", "editorial", "letter", "indictment"; not "lawsuit" (an act)
     * or "campaign" (an event). "The statement said" gives the words of whoever issued it.
     */
    public boolean namesADocument(String word) {
        synchronized (WordNet.LOCK) {
            // "the so called ...": "so" is a note of the scale too, but far more used as an adverb
            String w = word.toLowerCase(Locale.ROOT);
            List<Synset> senses = lookup(w);
            return uses(senses, w, POS.NOUN) >= uses(senses, w, POS.ADVERB) && senses.stream().filter(s -> s.getPOS() == POS.NOUN)
                    .findFirst().map(s -> "noun.communication".equals(s.getLexFileName())).orElse(false);
        }
    }

    /** How often the tagged texts WordNet was built from use {@code word} as {@code pos}, over all its senses. */
    private static int uses(List<Synset> senses, String word, POS pos) {
        return senses.stream().filter(s -> s.getPOS() == pos).flatMap(s -> s.getWords().stream())
                .filter(x -> x.getLemma().equalsIgnoreCase(word)).mapToInt(net.sf.extjwnl.data.Word::getUseCount).sum();
    }

    /**
     * Whether the place {@code part} lies within the place {@code whole} as WordNet records it
     * ("Bergen" in "Norway", "Oslo" in "Europe"), up to four steps up.
     */
    public boolean partOf(String part, String whole) {
        synchronized (WordNet.LOCK) {
            List<Synset> wholes = lookup(whole.toLowerCase(Locale.ROOT)).stream().filter(s -> s.getPOS() == POS.NOUN).toList();
            if (wholes.isEmpty()) {
                return false;
            }
            Set<Synset> frontier = new java.util.HashSet<>(lookup(part.toLowerCase(Locale.ROOT)).stream()
                    .filter(s -> s.getPOS() == POS.NOUN).toList());
            Set<Synset> seen = new java.util.HashSet<>(frontier);
            for (int depth = 0; depth < 4 && !frontier.isEmpty(); depth++) {
                Set<Synset> next = new java.util.HashSet<>();
                for (Synset s : frontier) {
                    for (Pointer p : s.getPointers()) {
                        if (p.getType() == PointerType.PART_HOLONYM) {
                            Synset t = target(p);
                            if (t != null && seen.add(t)) {
                                next.add(t);
                            }
                        }
                    }
                }
                if (next.stream().anyMatch(wholes::contains)) {
                    return true;
                }
                frontier = next;
            }
            return false;
        }
    }

    /**
     * Whether {@code name} ("Nairobi", "South Carolina") names a place in WordNet and nothing
     * else of the kind a speaker could be: a noun sense filed under the locations and none
     * under the people ("Washington", "Houston" are people too) or the groups.
     */
    public boolean isPlaceName(String name) {
        synchronized (WordNet.LOCK) {
            List<Synset> nouns = lookup(name.strip().toLowerCase(Locale.ROOT).replace(' ', '_')).stream()
                    .filter(s -> s.getPOS() == POS.NOUN).toList();
            return nouns.stream().anyMatch(s -> "noun.location".equals(s.getLexFileName()))
                    && nouns.stream().noneMatch(s -> "noun.person".equals(s.getLexFileName()) || "noun.group".equals(s.getLexFileName()));
        }
    }
}
