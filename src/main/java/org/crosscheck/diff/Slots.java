package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crosscheck.model.Mention;
import org.crosscheck.model.Span;
import org.crosscheck.text.Token;
import org.crosscheck.text.Tokenizer;
import org.crosscheck.text.entity.Names;

/**
 * Finds names that fill the same slot in two renderings of one statement: the same word stands
 * before them ("near Fishguard" / "near Cardigan"), or they are one person given different titles
 * ("Deputy Premier Sam Whitfield" / "Treasurer Sam Whitfield"; "deputy director" / "director").
 */
final class Slots {

    private static final Set<String> WEAK = Set.of("the", "a", "an", "and", "or", "of", "for", "with", "as", "'s", "s", "said", "says");
    /** Prepositions that place a name anywhere: the word before them tells the slot. */
    private static final Set<String> PLAIN_PREPOSITIONS = Set.of("in", "at", "from", "to", "on", "by", "into");
    private static final Set<String> REPORTING = Set.of("said", "says", "told", "tells", "added", "adds", "wrote", "writes",
            "stated", "claimed", "claims", "announced", "confirmed", "denied", "insisted", "warned", "explained", "who",
            "which", "was", "is", "has", "had", "will", "would", "were", "are");
    /** Modifiers that move an office in time rather than name another: a rewrite published later may add them. */
    private static final Set<String> TIME_SHIFTS = Set.of("former", "ex", "outgoing", "incoming", "new");
    private static final Set<String> HONORIFIC_ONLY = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir",
            "dame", "lord", "lady", "mx");

    private Slots() {
    }

    /** Name pairs that follow the same context word in the two sentences. */
    static List<EntityDetector.Swap> swaps(String left, Span lspan, List<Mention> lm, String right, Span rspan, List<Mention> rm) {
        List<EntityDetector.Swap> out = new ArrayList<>();
        List<Token> lt = Tokenizer.words(left, lspan.start(), lspan.end());
        List<Token> rt = Tokenizer.words(right, rspan.start(), rspan.end());
        for (Mention l : lm) {
            if (l.kind() == Mention.Kind.TITLE) {
                continue;
            }
            String lc = context(lt, l.span());
            String ln = following(lt, l.span());
            for (Mention r : rm) {
                if (r.kind() == Mention.Kind.TITLE) {
                    continue;
                }
                boolean before = lc != null && lc.equals(context(rt, r.span()));
                // what follows a name is often just its verb: only full names are held to it
                boolean after = ln != null && ln.equals(following(rt, r.span())) && l.text().contains(" ")
                        && r.text().contains(" ");
                String lb = bracket(lt, l.span());
                if (before || after || lb != null && lb.equals(bracket(rt, r.span()))) {
                    out.add(new EntityDetector.Swap(l.span(), l.text(), r.span(), r.text(), l.kind()));
                }
            }
        }
        return out;
    }

    /**
     * A name each side alone writes, before the same two nouns ("the National Assembly's finance
     * committee" / "the Senate finance committee"): two nouns after a name are a thing it owns or
     * modifies, which names its role more surely than the one word a verb would be. Names the
     * other article writes anywhere are left out, since a rewrite may name the region for the city
     * ("Klagenfurt opera house" / "Carinthia's opera house").
     */
    static List<EntityDetector.Swap> modifiedPhrases(org.crosscheck.model.AnalyzedArticle left, Span lspan, List<Mention> lm,
                                                     org.crosscheck.model.AnalyzedArticle right, Span rspan, List<Mention> rm) {
        List<EntityDetector.Swap> out = new ArrayList<>();
        List<Token> lt = Tokenizer.words(left.article().text(), lspan.start(), lspan.end());
        List<Token> rt = Tokenizer.words(right.article().text(), rspan.start(), rspan.end());
        for (Mention l : lm) {
            String phrase = followingPhrase(lt, l.span());
            if (l.kind() == Mention.Kind.TITLE || phrase == null || !neverNamed(l, right, o -> o.kind() != Mention.Kind.DATE)) {
                continue;
            }
            for (Mention r : rm) {
                if (r.kind() != Mention.Kind.TITLE && phrase.equals(followingPhrase(rt, r.span()))
                        && neverNamed(r, left, o -> o.kind() != Mention.Kind.DATE)) {
                    out.add(new EntityDetector.Swap(l.span(), l.text(), r.span(), r.text(), l.kind()));
                }
            }
        }
        return out;
    }

    /** Longer stretches are not read word by word around a name: no sentence of news runs this long. */
    private static final int MAX_SENTENCE = 2_000;

    /** Prepositions that place a thing somewhere. */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "to", "outside", "into", "across", "off",
            "towards", "toward", "around", "inside", "through", "via");
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northeast", "northwest", "southeast",
            "southwest", "north-east", "north-west", "south-east", "south-west");

    /**
     * A reworded statement that puts one place in another's stead: each sentence has exactly one
     * place the other article never names, in any form, and the same preposition places both
     * ("a glaciologist based in Bergen" / "a glaciologist in Oslo", "near the town of Guiuan" /
     * "near Borongan"); a place the other article writes only where {@code elsewhere} accounts for
     * it counts as never named there.
     */
    static List<EntityDetector.Swap> lonePlaces(org.crosscheck.model.AnalyzedArticle left, Span lspan, List<Mention> lm,
                                                org.crosscheck.model.AnalyzedArticle right, Span rspan, List<Mention> rm,
                                                Elsewhere elsewhere) {
        List<Mention> l = unmatchedPlaces(lm, right, elsewhere, true);
        List<Mention> r = l.size() == 1 ? unmatchedPlaces(rm, left, elsewhere, false) : List.of();
        if (l.size() != 1 || r.size() != 1) {
            return List.of();
        }
        Mention a = l.get(0);
        Mention b = r.get(0);
        // two countries or cities after the same preposition of any kind ("sent by Spain" / "provided by Italy")
        boolean known = Names.isPlace(a.text()) && Names.isPlace(b.text());
        if (a.kind() != Mention.Kind.PLACE && b.kind() != Mention.Kind.PLACE && !known) {
            return List.of();
        }
        List<Token> lt = Tokenizer.words(left.article().text(), lspan.start(), lspan.end());
        List<Token> rt = Tokenizer.words(right.article().text(), rspan.start(), rspan.end());
        String pa = placedBy(lt, a.span());
        String pb = placedBy(rt, b.span());
        if ((pa == null || !pa.equals(pb)) && !(known && sameWordBefore(lt, a.span(), rt, b.span()))) {
            return List.of();
        }
        return List.of(new EntityDetector.Swap(a.span(), a.text(), b.span(), b.text(), Mention.Kind.PLACE));
    }

    /**
     * A statement copied closely that puts one name in another's stead where no preposition places
     * it ("the semi-final win over Waikato" / "Beating Taranaki in the semi-final"): each sentence
     * has exactly one place or single-word name the other article never names, and the two are
     * of one kind, or one of them is a known place.
     */
    static List<EntityDetector.Swap> loneNames(org.crosscheck.model.AnalyzedArticle left, List<Mention> lm,
                                               org.crosscheck.model.AnalyzedArticle right, List<Mention> rm, boolean placesOnly) {
        List<Mention> l = unmatchedNames(lm, right);
        List<Mention> r = l.size() == 1 ? unmatchedNames(rm, left) : List.of();
        if (l.size() != 1 || r.size() != 1) {
            return List.of();
        }
        Mention a = l.get(0);
        Mention b = r.get(0);
        if (a.text().contains(" ") && a.kind() != Mention.Kind.PLACE || b.text().contains(" ") && b.kind() != Mention.Kind.PLACE) {
            return List.of(); // "the M. Chinnaswamy Stadium" is the venue's name, not a place put for another
        }
        Mention.Kind kind = a.kind() == Mention.Kind.PLACE || b.kind() == Mention.Kind.PLACE ? Mention.Kind.PLACE : a.kind();
        if (placesOnly && (!place(a) && !place(b) || a.text().contains("-") || b.text().contains("-"))) {
            // on a looser pair two single words of no known kind may be one team's two names ("Kelmarsh" / "Town"),
            // and a word made from a place says where, not which place ("in Lausanne" / "Swiss-based")
            return List.of();
        }
        return List.of(new EntityDetector.Swap(a.span(), a.text(), b.span(), b.text(), kind));
    }

    /**
     * A reworded statement that puts one person in another's stead ("said coach Pedro Alves" / "Rui
     * Costa, the coach, said"): each sentence has exactly one name the other article never names,
     * in any form, and both are written as a person's full name (two to four capitalised words,
     * none a word that names a kind of body, no known place).
     */
    static List<EntityDetector.Swap> lonePeople(org.crosscheck.model.AnalyzedArticle left, List<Mention> lm,
                                                org.crosscheck.model.AnalyzedArticle right, List<Mention> rm) {
        List<Mention> l = unmatchedNames(lm, right);
        List<Mention> r = l.size() == 1 ? unmatchedNames(rm, left) : List.of();
        if (l.size() != 1 || r.size() != 1 || !fullName(l.get(0)) || !fullName(r.get(0))) {
            return List.of();
        }
        Mention a = l.get(0);
        Mention b = r.get(0);
        return List.of(new EntityDetector.Swap(a.span(), a.text(), b.span(), b.text(), Mention.Kind.PERSON));
    }

    private static boolean place(Mention m) {
        return m.kind() == Mention.Kind.PLACE || Names.isKnownPlace(m.text());
    }

    private static boolean fullName(Mention m) {
        return (m.kind() == Mention.Kind.OTHER || m.kind() == Mention.Kind.PERSON) && Names.isFullNameForm(m.text())
                && !Names.isKnownPlace(m.text())
                && java.util.Arrays.stream(m.text().split("\\s+")).noneMatch(w -> org.crosscheck.text.quote.QuoteAnalyzer.isOrganisationWord(w) || Names.isKnownPlace(w));
    }

    /**
     * A reworded statement that puts one organisation or place in another's stead: each sentence
     * has exactly one organisation or place the other article never names, and a content word
     * next to one stands next to the other ("Drake University political scientist Mark
     * Heidenreich" / "Mark Heidenreich, a political scientist at Iowa State University"; "flown to
     * Central Hospital with a broken leg" / "airlifted to hospital in Lae with a broken leg"). The
     * two may be of different kinds: a hospital put for a town moves the statement as a town put
     * for a town does.
     */
    static List<EntityDetector.Swap> loneBodiesAndPlaces(org.crosscheck.model.AnalyzedArticle left, Span lspan, List<Mention> lm,
                                                         org.crosscheck.model.AnalyzedArticle right, Span rspan, List<Mention> rm,
                                                         Elsewhere elsewhere) {
        List<Mention> l = unmatchedBodiesAndPlaces(lm, right, elsewhere, true);
        List<Mention> r = l.size() == 1 ? unmatchedBodiesAndPlaces(rm, left, elsewhere, false) : List.of();
        if (l.size() != 1 || r.size() != 1) {
            return List.of();
        }
        Mention a = l.get(0);
        Mention b = r.get(0);
        if (lspan.length() > MAX_SENTENCE || rspan.length() > MAX_SENTENCE) {
            return List.of();
        }
        Set<String> near = beside(Tokenizer.words(left.article().text(), lspan.start(), lspan.end()), a.span());
        near.retainAll(beside(Tokenizer.words(right.article().text(), rspan.start(), rspan.end()), b.span()));
        Mention.Kind kind = a.kind() == Mention.Kind.PLACE || b.kind() == Mention.Kind.PLACE ? Mention.Kind.PLACE : Mention.Kind.ORGANISATION;
        return near.isEmpty() ? List.of() : List.of(new EntityDetector.Swap(a.span(), a.text(), b.span(), b.text(), kind));
    }

    /**
     * One person given another organisation on each side: "Geologist Ana Ruiz of the University of
     * Leon said" / "Ana Ruiz, a geologist at Vega University, said". The organisation is the one
     * joined to the person by "of", "at" or "from", directly or after an apposition ("X, a
     * geologist at").
     */
    static List<EntityDetector.Swap> affiliations(String left, List<Mention> lm, String right, List<Mention> rm) {
        List<EntityDetector.Swap> out = new ArrayList<>();
        for (Mention a : lm) {
            Mention oa = personLike(a) ? affiliationOf(left, a, lm) : null;
            if (oa == null) {
                continue;
            }
            for (Mention b : rm) {
                Mention ob = personLike(b) && lastWord(a.text()).equals(lastWord(b.text())) ? affiliationOf(right, b, rm) : null;
                if (ob != null && !Names.compatible(oa.text(), ob.text())) {
                    out.add(new EntityDetector.Swap(oa.span(), oa.text(), ob.span(), ob.text(), Mention.Kind.ORGANISATION));
                }
            }
        }
        return out;
    }

    /** A person's organisation as one sentence gives it: the person's last name and the body's mention. */
    record Affiliation(String person, Mention body) {
    }

    /** Each person of a sentence with the organisation it names as theirs ("Ana Ruiz, a geologist at Vega University"). */
    static List<Affiliation> affiliationsIn(String text, List<Mention> mentions) {
        List<Affiliation> out = new ArrayList<>();
        for (Mention m : mentions) {
            Mention o = personLike(m) ? affiliationOf(text, m, mentions) : null;
            if (o != null) {
                out.add(new Affiliation(lastWord(m.text()), o));
            }
        }
        return out;
    }

    /** What joins a person to their organisation: " of the ", ", a geologist at ", " from ", ", a spokeswoman for ". */
    private static final java.util.regex.Pattern AFFILIATED = java.util.regex.Pattern.compile(
            "(?:,\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?\\s*(?:of|at|from|for)|\\s*(?:of|at|from))\\s+(?:the\\s+)?");

    /** A role given in apposition and the word that joins it to a body: ", a spokeswoman for the ". */
    private static final java.util.regex.Pattern ROLE_FOR = java.util.regex.Pattern.compile(
            ",\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?([\\p{Ll}-]+)\\s+(?:of|at|from|for)\\s+(?:the\\s+)?");

    /** What sets a body before a person's role as its modifier: "X, a KU Leuven ecologist". */
    private static final java.util.regex.Pattern PREMODIFYING = java.util.regex.Pattern.compile(",\\s+(?:a|an|the)\\s+");
    private static final java.util.regex.Pattern NEXT_WORD = java.util.regex.Pattern.compile("^\\s+(\\p{Ll}+)\\b");

    /**
     * The organisation named right after {@code person} as theirs, or null: joined by "of", "at"
     * or "from", or written before the role the apposition gives ("Wouter Claeys, a KU Leuven
     * ecologist"), where a name of several words the tagger left unclassed counts as a body.
     */
    private static Mention affiliationOf(String text, Mention person, List<Mention> mentions) {
        for (Mention o : mentions) {
            if (o.span().start() < person.span().end()) {
                continue;
            }
            String between = text.substring(person.span().end(), o.span().start());
            if (o.kind() == Mention.Kind.ORGANISATION && AFFILIATED.matcher(between).matches()) {
                return o;
            }
            java.util.regex.Matcher role = ROLE_FOR.matcher(between);
            if (o.kind() == Mention.Kind.OTHER && o.text().strip().contains(" ") && role.matches()
                    && org.crosscheck.text.sense.WordSenses.shared().isRoleNoun(role.group(1))) {
                return o; // "Grainne Lacey, a spokeswoman for AA Ireland": the role makes the name after it a body's
            }
            if ((o.kind() == Mention.Kind.ORGANISATION || o.kind() == Mention.Kind.OTHER && o.text().strip().contains(" "))
                    && PREMODIFYING.matcher(between).matches() && roleAfter(text, o.span().end())) {
                return o;
            }
        }
        return null;
    }

    /** Whether a lower-case noun for a person's role follows {@code at}: "ecologist" in "KU Leuven ecologist". */
    private static boolean roleAfter(String text, int at) {
        java.util.regex.Matcher m = NEXT_WORD.matcher(text.substring(at, Math.min(text.length(), at + 40)));
        return m.find() && org.crosscheck.text.sense.WordSenses.shared().isRoleNoun(m.group(1));
    }

    private static String lastWord(String name) {
        String[] w = name.strip().split("\\s+");
        return w[w.length - 1];
    }

    private static List<Mention> unmatchedBodiesAndPlaces(List<Mention> mentions, org.crosscheck.model.AnalyzedArticle other,
                                                          Elsewhere elsewhere, boolean left) {
        // an organisation's name is held whole: "Iowa" elsewhere does not name "Iowa State University"
        // a name of no known kind may be a person's ("Dmitry Peskov" / "Putin") or a team's
        return mentions.stream().filter(m -> m.kind() == Mention.Kind.ORGANISATION || m.kind() == Mention.Kind.PLACE)
                .filter(m -> neverNamed(m, other, o -> m.kind() == Mention.Kind.ORGANISATION ? o.kind() == m.kind()
                        : o.kind() != Mention.Kind.DATE) || m.kind() != Mention.Kind.ORGANISATION && elsewhere.accounted(m, left))
                .toList();
    }

    /**
     * Where the other article writes a place only in statements its alignment pairs with
     * statements of the place's own article that write it too ("50 km east of Kosice" on both
     * sides), each occurrence is that statement's, and a statement that names the place on one
     * side only ("will meet them in Bratislava" / "in Kosice") swapped it.
     */
    @FunctionalInterface
    interface Elsewhere {
        /** No occurrence is accounted for: a place the other article writes anywhere is named there. */
        Elsewhere NOWHERE = (m, left) -> false;

        /** Whether every occurrence on the other side of {@code m} (of the left article when {@code left}) is accounted for. */
        boolean accounted(Mention m, boolean left);
    }

    /** Whether {@code other} never names {@code m}: not in its text, nor in any of its mentions that {@code counts}. */
    static boolean neverNamed(Mention m, org.crosscheck.model.AnalyzedArticle other, java.util.function.Predicate<Mention> counts) {
        // "Vietnamese" names Vietnam as much as "Vietnam" does
        return !other.article().text().contains(m.text())
                && other.mentions().stream().noneMatch(o -> counts.test(o) && (Names.compatible(o.text(), m.text())
                        || org.crosscheck.text.entity.Equivalence.sameReferent(o.text(), m.text())));
    }

    /** Lower-case content words within three words of a mention, on either side of it. */
    private static Set<String> beside(List<Token> tokens, Span span) {
        Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean before = t.span().end() <= span.start() && countWordsBetween(tokens, i, span, true) < 3;
            boolean after = t.span().start() >= span.end() && countWordsBetween(tokens, i, span, false) < 3;
            if ((before || after) && t.isWord() && Character.isLowerCase(t.text().charAt(0)) && t.text().length() > 3
                    && !WEAK.contains(t.normal()) && !REPORTING.contains(t.normal())) {
                out.add(org.crosscheck.index.Stemmer.stem(t.normal()));
            }
        }
        return out;
    }

    private static int countWordsBetween(List<Token> tokens, int i, Span span, boolean before) {
        int n = 0;
        for (Token t : tokens) {
            boolean between = before ? t.span().start() > tokens.get(i).span().start() && t.span().end() <= span.start()
                    : t.span().start() >= span.end() && t.span().start() < tokens.get(i).span().start();
            if (between && t.isWord()) {
                n++;
            }
            if (between && !t.isWord() && !t.isSymbol("'") && !t.isSymbol("\u2019")) {
                n += 3; // a comma or a full stop ends the phrase
            }
        }
        return n;
    }

    /** The places and other names (not people or organisations) of {@code mentions} that {@code other} never names. */
    private static List<Mention> unmatchedNames(List<Mention> mentions, org.crosscheck.model.AnalyzedArticle other) {
        return mentions.stream().filter(m -> m.kind() == Mention.Kind.PLACE || m.kind() == Mention.Kind.OTHER)
                .filter(m -> neverNamed(m, other, o -> o.kind() != Mention.Kind.DATE))
                .toList();
    }

    private static List<Mention> unmatchedPlaces(List<Mention> mentions, org.crosscheck.model.AnalyzedArticle other,
                                                 Elsewhere elsewhere, boolean left) {
        return mentions.stream().filter(m -> m.kind() == Mention.Kind.PLACE || m.kind() == Mention.Kind.OTHER)
                .filter(m -> !m.text().contains(" ") || m.kind() == Mention.Kind.PLACE)
                .filter(m -> neverNamed(m, other, o -> o.kind() != Mention.Kind.DATE)
                        || elsewhere.accounted(m, left))
                .toList();
    }

    private static final Set<String> PREPOSITIONS = Set.of("by", "with", "for", "against", "to", "from", "over", "between");

    /**
     * Two statements that open on different bodies or places doing the same thing ("The Court of
     * Auditors warned in June that ..." / "The Bank of France cautioned in June that ..."): the
     * name that opens each sentence (after "The"), when neither is a person.
     */
    static List<EntityDetector.Swap> openingSubjects(org.crosscheck.model.AnalyzedArticle left, Span lspan, List<Mention> lm,
                                                     org.crosscheck.model.AnalyzedArticle right, Span rspan, List<Mention> rm) {
        Mention a = opening(left.article().text(), lspan, lm);
        Mention b = opening(right.article().text(), rspan, rm);
        if (a == null || b == null || !sameSubjectKind(a, b) || Names.compatible(a.text(), b.text())) {
            return List.of();
        }
        return List.of(new EntityDetector.Swap(a.span(), a.text(), b.span(), b.text(),
                a.kind() == Mention.Kind.OTHER ? b.kind() : a.kind()));
    }

    private static final Set<String> SUBJECT_KINDS = Set.of("ORGANISATION", "PLACE", "OTHER");

    /** The organisation or place that opens a sentence, before a lower-case word, or null. */
    /**
     * Whether two opening names are of one kind: the same, or an organisation against a name of
     * several words the tagger left unclassed that is no person's full name ("The Canadian
     * Transportation Agency said" / "Transport Canada said").
     */
    private static boolean sameSubjectKind(Mention a, Mention b) {
        if (a.kind() == b.kind()) {
            return a.kind() != Mention.Kind.OTHER;
        }
        Mention other = a.kind() == Mention.Kind.OTHER ? a : b.kind() == Mention.Kind.OTHER ? b : null;
        Mention body = other == a ? b : a;
        return other != null && body.kind() == Mention.Kind.ORGANISATION && other.text().contains(" ") && !fullName(other);
    }

    private static Mention opening(String text, Span sentence, List<Mention> mentions) {
        List<Token> t = Tokenizer.words(text, sentence.start(), sentence.end());
        int i = 0;
        while (i < t.size() && !t.get(i).isWord()) {
            i++;
        }
        if (i < t.size() && t.get(i).normal().equals("the")) {
            i++;
        }
        if (i >= t.size()) {
            return null;
        }
        int start = t.get(i).span().start();
        Mention m = mentions.stream().filter(x -> x.span().start() == start && SUBJECT_KINDS.contains(x.kind().name())).findFirst().orElse(null);
        if (m == null) {
            return null;
        }
        int k = i;
        while (k < t.size() && t.get(k).span().end() <= m.span().end()) {
            k++;
        }
        boolean actsNext = k < t.size() && t.get(k).isWord() && Character.isLowerCase(t.get(k).text().charAt(0));
        return actsNext ? m : null;
    }

    /** Whether the same preposition stands right before both names. */
    private static boolean sameWordBefore(List<Token> lt, Span a, List<Token> rt, Span b) {
        String x = wordBefore(lt, a);
        return x != null && PREPOSITIONS.contains(x) && x.equals(wordBefore(rt, b));
    }

    private static String wordBefore(List<Token> tokens, Span span) {
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).span().start() == span.start()) {
                return tokens.get(i - 1).isWord() ? tokens.get(i - 1).normal() : null;
            }
        }
        return null;
    }

    /**
     * "Takoradi-registered": a place joined to a participle. Not "Third-placed" (a common word
     * capitalised) nor "Swiss-based" (a nationality, which names a whole country).
     */
    private static boolean placedByParticiple(Token t) {
        String w = t.text();
        if (!Names.isPlacedByParticiple(w)) {
            return false;
        }
        String head = w.substring(0, w.lastIndexOf('-'));
        org.crosscheck.text.sense.WordSenses senses = org.crosscheck.text.sense.WordSenses.shared();
        return !senses.isCommonWord(head) && senses.nationOf(head).isEmpty();
    }

    /**
     * The preposition that places the name at {@code span}, past a "the town of" in between
     * ("near the town of Guiuan" gives "near"), with a compass word ("north of"); null when
     * no preposition places it.
     */
    private static String placedBy(List<Token> tokens, Span span) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).span().start() < span.start()) {
            i++;
        }
        if (i < tokens.size() && tokens.get(i).span().start() == span.start() && placedByParticiple(tokens.get(i))) {
            return "in"; // "a Takoradi-registered importer" is one "registered in Takoradi"
        }
        int p = i - 1;
        if (p >= 2 && tokens.get(p).isWord("of") && tokens.get(p - 1).isWord() && Character.isLowerCase(tokens.get(p - 1).text().charAt(0))
                && !COMPASS.contains(tokens.get(p - 1).normal())) {
            p -= 2; // "the town of", "the port city of"
            while (p >= 0 && tokens.get(p).isWord() && Character.isLowerCase(tokens.get(p).text().charAt(0))
                    && !tokens.get(p).isWord("the") && !LOCATIVE.contains(tokens.get(p).normal()) && i - p < 6) {
                p--;
            }
            if (p >= 0 && tokens.get(p).isWord("the")) {
                p--;
            }
        }
        if (p < 0 || !tokens.get(p).isWord()) {
            return null;
        }
        String w = tokens.get(p).normal();
        if (w.equals("of") && p > 0 && COMPASS.contains(tokens.get(p - 1).normal())) {
            return tokens.get(p - 1).normal() + " of";
        }
        return LOCATIVE.contains(w) ? w : null;
    }

    /** What opens a route: "between", "from", with "the" after it. */
    private static final java.util.regex.Pattern ROUTE_OPENS = java.util.regex.Pattern.compile("\\b(?:between|from)\\s+(?:the\\s+)?$");
    /** What joins a route's two ends: " and ", " to ", with "the" after it. */
    private static final java.util.regex.Pattern ROUTE_JOINS = java.util.regex.Pattern.compile("^\\s+(?:and|to)\\s+(?:the\\s+)?$");

    /**
     * A route with one end moved: "between O Cebreiro and Triacastela" / "from O Cebreiro to
     * Sarria". Each side names two places joined as a route's ends; where one end is the same
     * place on both sides, the other ends are the two names of one slot, whatever else either
     * article names.
     */
    static List<EntityDetector.Swap> routeEnds(String ltext, List<Mention> lm, String rtext, List<Mention> rm) {
        List<Mention[]> left = routes(ltext, lm);
        List<Mention[]> right = routes(rtext, rm);
        List<EntityDetector.Swap> out = new ArrayList<>();
        for (Mention[] l : left) {
            for (Mention[] r : right) {
                for (int k = 0; k < 2; k++) {
                    Mention same = l[k];
                    Mention moved = l[1 - k];
                    for (int j = 0; j < 2; j++) {
                        if (Names.compatible(same.text(), r[j].text()) && !Names.compatible(moved.text(), r[1 - j].text())
                                && !Names.compatible(moved.text(), r[j].text())) {
                            out.add(new EntityDetector.Swap(moved.span(), moved.text(), r[1 - j].span(), r[1 - j].text(), Mention.Kind.PLACE));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<Mention[]> routes(String text, List<Mention> mentions) {
        List<Mention[]> out = new ArrayList<>();
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention a = mentions.get(i);
            Mention b = mentions.get(i + 1);
            if (!placeLike(a) || !placeLike(b) || a.span().end() > b.span().start()) {
                continue;
            }
            String before = text.substring(Math.max(0, a.span().start() - 14), a.span().start());
            String between = text.substring(a.span().end(), b.span().start());
            if (ROUTE_OPENS.matcher(before).find() && ROUTE_JOINS.matcher(between).matches()) {
                out.add(new Mention[] {a, b});
            }
        }
        return out;
    }

    /** A name that can be a place: a place's, or one the tagger left unclassed. */
    private static boolean placeLike(Mention m) {
        return m.kind() == Mention.Kind.PLACE || m.kind() == Mention.Kind.OTHER;
    }

    /** Titles that differ for one person, in front of the name or just after it. */
    static List<EntityDetector.Swap> titleChanges(String ltext, List<Mention> lm, String rtext, List<Mention> rm) {
        List<EntityDetector.Swap> out = new ArrayList<>();
        Set<String> leftTitles = titleKeys(lm);
        Set<String> rightTitles = titleKeys(rm);
        for (Mention l : lm) {
            for (Mention r : rm) {
                if (l.kind() == Mention.Kind.TITLE && r.kind() == Mention.Kind.TITLE) {
                    String lk = l.key();
                    String rk = r.key();
                    // "an associate professor of ... professor": both titles stand on both sides
                    boolean bothKept = rightTitles.contains(lk) || leftTitles.contains(rk);
                    boolean modifierOnly = !bothKept && !lk.equals(rk) && (lk.endsWith(" " + rk) || rk.endsWith(" " + lk))
                            && Names.TITLE_MODIFIERS.contains(firstWord(lk.length() > rk.length() ? lk : rk))
                            && !TIME_SHIFTS.contains(firstWord(lk.length() > rk.length() ? lk : rk));
                    // "Deputy port director" read as "director": the modifier still stands just before the shorter title
                    boolean leftShorter = lk.length() < rk.length();
                    if (modifierOnly && !modifierBefore(leftShorter ? ltext : rtext, leftShorter ? l.span() : r.span(),
                            firstWord(leftShorter ? rk : lk))) {
                        out.add(new EntityDetector.Swap(l.span(), l.text(), r.span(), r.text(), Mention.Kind.TITLE));
                    }
                    continue;
                }
                if (!personLike(l) || !personLike(r)) {
                    continue;
                }
                String[] lw = l.text().split("\\s+");
                String[] rw = r.text().split("\\s+");
                if (lw.length < 3 || rw.length < 3) {
                    continue;
                }
                String lname = lw[lw.length - 2] + " " + lw[lw.length - 1];
                String rname = rw[rw.length - 2] + " " + rw[rw.length - 1];
                if (!lname.equalsIgnoreCase(rname)) {
                    continue;
                }
                String ltitle = String.join(" ", java.util.Arrays.copyOf(lw, lw.length - 2));
                String rtitle = String.join(" ", java.util.Arrays.copyOf(rw, rw.length - 2));
                if (!Names.hasTitleWord(ltitle) || !Names.hasTitleWord(rtitle)) {
                    continue; // "Rand Paul Scores Direct Hit On": capitalised words of a headline, not titles
                }
                boolean possessive = ltitle.matches(".*['\u2019]s?$") || rtitle.matches(".*['\u2019]s?$");
                if (!norm(ltitle).equals(norm(rtitle)) && !possessive && !HONORIFIC_ONLY.contains(norm(ltitle))
                        && !HONORIFIC_ONLY.contains(norm(rtitle)) && !Names.isAcronym(ltitle, rtitle)
                        && !org.crosscheck.text.entity.Equivalence.sameReferent(ltitle, rtitle)) {
                    out.add(new EntityDetector.Swap(l.span(), ltitle, r.span(), rtitle, Mention.Kind.TITLE));
                }
            }
        }
        return out;
    }

    private static Set<String> titleKeys(List<Mention> mentions) {
        return mentions.stream().filter(m -> m.kind() == Mention.Kind.TITLE).map(Mention::key)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Whether {@code modifier} is one of the three words before {@code title} in {@code text}. */
    private static boolean modifierBefore(String text, Span title, String modifier) {
        String before = text.substring(Math.max(0, title.start() - 40), title.start()).toLowerCase(java.util.Locale.ROOT);
        String[] words = before.trim().split("[^\\p{L}-]+");
        for (int k = Math.max(0, words.length - 3); k < words.length; k++) {
            if (words[k].equals(modifier)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word next to a changed run says enough to make both sides fill one slot. */
    static boolean isStrongContext(Token t) {
        return t != null && t.isWord() && !WEAK.contains(t.normal()) && !PLAIN_PREPOSITIONS.contains(t.normal());
    }

    /**
     * Whether a plain preposition next to a changed run places both sides in one role: the next
     * content words beyond it ({@code step} -1 before, +1 after) mean the same ("centre in" /
     * "center in", "in the early hours"), where "in" alone could be any place ("health in X" /
     * "published in Y"); or it opens both sentences ("In X, the storm ..."), setting the scene of
     * the one statement.
     */
    static boolean sameRole(String left, Span lspan, Token lprep, String right, Span rspan, Token rprep, int step) {
        if (lprep == null || rprep == null || !lprep.isWord() || !PLAIN_PREPOSITIONS.contains(lprep.normal())
                || !lprep.normal().equals(rprep.normal())) {
            return false;
        }
        List<Token> lt = Tokenizer.words(left, lspan.start(), lspan.end());
        List<Token> rt = Tokenizer.words(right, rspan.start(), rspan.end());
        if (step < 0 && opens(lt, lprep) && opens(rt, rprep)) {
            return true; // "In Kenilworth, the storm tore ..." / "In Drayton, the storm ripped ...": both statements' scene
        }
        Token lw = wordBeside(lt, lprep, step);
        Token rw = wordBeside(rt, rprep, step);
        if (lw == null || rw == null) {
            return false;
        }
        String a = lw.normal();
        String b = rw.normal();
        return a.equals(b) || org.crosscheck.index.Stemmer.stem(a).equals(org.crosscheck.index.Stemmer.stem(b))
                || org.crosscheck.text.sense.WordSenses.shared().relation(a, b) == org.crosscheck.text.sense.WordSenses.Relation.RELATED;
    }

    /** Whether {@code at} is the first token of the sentence {@code tokens}. */
    private static boolean opens(List<Token> tokens, Token at) {
        return !tokens.isEmpty() && tokens.get(0).span().equals(at.span());
    }

    /** The first word past {@code at} in direction {@code step} that is not a function word ("in the early" gives "early"). */
    private static Token wordBeside(List<Token> tokens, Token at, int step) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().equals(at.span())) {
                for (int j = i + step; j >= 0 && j < tokens.size() && tokens.get(j).isWord(); j += step) {
                    if (!WEAK.contains(tokens.get(j).normal())) {
                        return tokens.get(j);
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** A name written with capitalised words only: a person with a title, not an organisation "of" a place. */
    private static boolean personLike(Mention m) {
        if (m.kind() != Mention.Kind.PERSON && m.kind() != Mention.Kind.OTHER) {
            return false;
        }
        for (String w : m.text().split("\\s+")) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static String firstWord(String s) {
        int sp = s.indexOf(' ');
        return sp < 0 ? s : s.substring(0, sp);
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace(".", "").replace('\u2019', '\'');
    }

    /** The index of the first token after {@code mention}. */
    private static int indexAfter(List<Token> tokens, Span mention) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).span().start() < mention.end()) {
            i++;
        }
        return i;
    }

    /** The two nouns after a mention, past an owner's "'s", or null when either is a function or reporting word. */
    private static String followingPhrase(List<Token> tokens, Span mention) {
        int i = indexAfter(tokens, mention);
        if (i < tokens.size() && ("'s".equals(tokens.get(i).normal()) || "s".equals(tokens.get(i).normal()))) {
            i++;
        }
        if (i + 1 >= tokens.size() || !tokens.get(i).isWord() || !tokens.get(i + 1).isWord()) {
            return null;
        }
        String a = tokens.get(i).normal();
        String b = tokens.get(i + 1).normal();
        for (String w : List.of(a, b)) {
            if (WEAK.contains(w) || REPORTING.contains(w) || w.length() < 3 || !org.apache.commons.lang3.StringUtils.isAlpha(w)) {
                return null;
            }
        }
        return a + " " + b;
    }

    /**
     * The word after a mention, past one comma ("Marchbank, already booked"), or null when it says
     * too little to define a slot: a function word or a reporting verb ("X said" / "Y said").
     */
    private static String following(List<Token> tokens, Span mention) {
        int i = indexAfter(tokens, mention);
        if (i < tokens.size() && ",".equals(tokens.get(i).text())) {
            i++;
        }
        if (i >= tokens.size() || !tokens.get(i).isWord()) {
            return null;
        }
        String word = tokens.get(i).normal();
        return WEAK.contains(word) || REPORTING.contains(word) || word.length() < 3 ? null : word;
    }

    /**
     * The preposition before a mention and the two words after it ("from X in January"), or null:
     * a name held between the same words on both sides fills the same slot, whatever verb stands
     * before the preposition ("joined the club from X in January" / "signed from Y in January").
     */
    private static String bracket(List<Token> tokens, Span mention) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).span().start() < mention.start()) {
            i++;
        }
        int j = i;
        while (j < tokens.size() && tokens.get(j).span().start() < mention.end()) {
            j++;
        }
        if (i < 1 || j + 1 >= tokens.size() || !tokens.get(i - 1).isWord() || !tokens.get(j).isWord() || !tokens.get(j + 1).isWord()) {
            return null;
        }
        String preposition = tokens.get(i - 1).normal();
        if (!PLAIN_PREPOSITIONS.contains(preposition) && !LOCATIVE.contains(preposition)) {
            return null;
        }
        return preposition + " " + tokens.get(j).normal() + " " + tokens.get(j + 1).normal();
    }

    /** The word or two before a mention, or null when they say too little to define a slot. */
    private static String context(List<Token> tokens, Span mention) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).span().start() < mention.start()) {
            i++;
        }
        int p = i - 1;
        if (p < 0 || !tokens.get(p).isWord()) {
            return null;
        }
        String word = tokens.get(p).normal();
        if (PLAIN_PREPOSITIONS.contains(word)) {
            // "arrested in" names a role, "in" alone does not: "based in X" and "published in Y" differ
            int q = p - 1;
            if (q < 0 || !tokens.get(q).isWord() || WEAK.contains(tokens.get(q).normal())) {
                return null;
            }
            return tokens.get(q).normal() + " " + word;
        }
        if (WEAK.contains(word)) {
            // the phrase, not the one function word, names the role: "north of", "captain of the"
            int q = p - 1;
            String phrase = word;
            if (q >= 0 && tokens.get(q).isWord() && WEAK.contains(tokens.get(q).normal()) && !"the".equals(tokens.get(q).normal())) {
                return null;
            }
            if (q >= 0 && "the".equals(word) && tokens.get(q).isWord() && WEAK.contains(tokens.get(q).normal()) && q > 0) {
                phrase = tokens.get(q).normal() + " the";
                q--;
            }
            if (q < 0 || !tokens.get(q).isWord() || WEAK.contains(tokens.get(q).normal()) || REPORTING.contains(tokens.get(q).normal())) {
                return null;
            }
            return tokens.get(q).normal() + " " + phrase;
        }
        return word;
    }
}
