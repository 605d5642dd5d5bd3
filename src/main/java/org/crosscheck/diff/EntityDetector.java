package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.crosscheck.model.Alignment;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Span;
import org.crosscheck.text.Token;
import org.crosscheck.text.entity.Abbreviations;
import org.crosscheck.text.entity.Equivalence;
import org.crosscheck.text.entity.Names;
import org.crosscheck.text.sense.WordSenses;

/**
 * ENTITY: a person, place, organisation or title is swapped for another in the same statement.
 *
 * <p>Only a name put in place of a name (or a title in place of a title) counts: the changed
 * words on each side must be the name itself, and neither name may appear, in any of its forms,
 * on the other side. "Mr Peskov" for "Dmitry Peskov", "Kiev" for "Kyiv", or "Putin's spokesman"
 * for "Mr Peskov" are therefore never reported.
 */
public final class EntityDetector implements Detector {

    private static final double MIN_SIMILARITY = 0.4;
    private static final double LONE_PLACE_SIMILARITY = 0.3;
    private static final double SUBSTITUTION_SIMILARITY = 0.5;
    /** From here a pair the encoder confirmed is one statement closely enough to weigh the one body each side alone names. */
    private static final double LONE_BODY_SIMILARITY = 0.3;
    /** From here a pair is one statement closely enough that a lone name on each side is one put for the other. */
    private static final double CLOSE_STATEMENT = 0.6;
    /** A statement copied this closely places a name by the whole sentence around it, not by its next word. */
    private static final double CLOSE_COPY = 0.75;
    /** "A British man" for "an American": the noun after a nationality adds nothing to compare. */
    private static final Set<String> PERSON_NOUNS = Set.of("man", "woman", "men", "women", "national", "nationals",
            "citizen", "citizens", "resident", "residents", "tourist", "tourists");

    private final ClausePartners clauses;

    /** A detector that pairs names across restated statements with the sentence encoder the build ships. */
    public EntityDetector() {
        this(org.crosscheck.embed.SentenceEncoder.shared());
    }

    /** A detector that pairs names across restated statements with {@code encoder}. */
    public EntityDetector(org.crosscheck.embed.SentenceEncoder encoder) {
        this.clauses = new ClausePartners(encoder);
    }

    @Override
    public List<Discrepancy> detect(Comparison c) {
        List<Discrepancy> out = new ArrayList<>();
        FullNames people = new FullNames(c.left(), c.right());
        // the short forms either article defines, read once per comparison for every swap weighed
        Abbreviations defined = Abbreviations.in(c.left().article().text(), c.right().article().text());
        Set<String> places = placeNames(c);
        for (Alignment a : c.alignments()) {
            if (a.similarity() < LONE_PLACE_SIMILARITY && !a.byMeaning()) {
                continue;
            }
            int ls = a.left().sentence();
            int rs = a.right().sentence();
            List<Mention> lm = names(c.left(), ls);
            List<Mention> rm = names(c.right(), rs);
            Span lspan = c.left().sentence(ls).span();
            Span rspan = c.right().sentence(rs).span();
            if (a.similarity() < MIN_SIMILARITY) {
                // a place each side alone names, placed by the same preposition, says enough on a looser pair
                Slots.Elsewhere elsewhere = elsewhere(c, ls, rs, places);
                List<Swap> lone = new ArrayList<>(Slots.lonePlaces(c.left(), lspan, lm, c.right(), rspan, rm, elsewhere));
                // a list that keeps all its names but one says which name was put for which on any pair
                lone.addAll(CoordinatedNames.swaps(c.left(), lm, c.right(), rm));
                // a name after the same context word ("on the coast near X") fills the same slot on any pair
                lone.addAll(Slots.swaps(c.left().article().text(), lspan, lm, c.right().article().text(), rspan, rm));
                lone.addAll(Slots.modifiedPhrases(c.left(), lspan, lm, c.right(), rspan, rm));
                if (a.byMeaning()) {
                    // two statements the encoder holds to be one, each naming one body or place the other source never names
                    lone.addAll(Slots.loneBodiesAndPlaces(c.left(), lspan, lm, c.right(), rspan, rm, elsewhere));
                }
                lone.addAll(Slots.lonePeople(c.left(), lm, c.right(), rm));
                if (a.byMeaning() && a.similarity() >= LONE_BODY_SIMILARITY) {
                    // a body swapped for another the story names is weighed only on a pair the encoder holds closely enough
                    lone.addAll(beside(lone, StorySwaps.between(c, ls, lm, rs, rm, defined)));
                }
                lone.addAll(Slots.affiliations(c.left().article().text(), lm, c.right().article().text(), rm));
                lone.addAll(Slots.loneNames(c.left(), lm, c.right(), rm, true));
                Set<String> seen = new HashSet<>();
                for (Swap sw : lone) {
                    if (kept(c, ls, rs, lm, rm, sw, defined) && seen.add(Names.key(sw.leftText) + "|" + Names.key(sw.rightText))) {
                        out.add(swapFinding(c, ls, rs, sw, people));
                    }
                }
                continue;
            }
            List<WordDiff.Change> changes = WordDiff.between(c.left().article().text(), lspan, c.right().article().text(), rspan);
            List<Swap> swaps = new ArrayList<>();
            for (WordDiff.Change ch : changes) {
                if (!ch.removedWords().isEmpty() && !ch.addedWords().isEmpty() && (a.similarity() >= CLOSE_COPY
                        || Slots.isStrongContext(ch.before()) || Slots.isStrongContext(ch.after())
                        || Slots.sameRole(c.left().article().text(), lspan, ch.before(),
                                c.right().article().text(), rspan, ch.addedBefore(), -1)
                        || Slots.sameRole(c.left().article().text(), lspan, ch.after(),
                                c.right().article().text(), rspan, ch.addedAfter(), 1))) {
                    Mention l = soleMention(lm, ch.removedWords());
                    Mention r = soleMention(rm, ch.addedWords());
                    if (l != null && r != null && (l.kind() == Mention.Kind.TITLE) == (r.kind() == Mention.Kind.TITLE)) {
                        swaps.add(new Swap(l.span(), l.text(), r.span(), r.text(), l.kind()));
                    }
                }
            }
            swaps.addAll(Slots.swaps(c.left().article().text(), lspan, lm, c.right().article().text(), rspan, rm));
            swaps.addAll(Slots.modifiedPhrases(c.left(), lspan, lm, c.right(), rspan, rm));
            swaps.addAll(Slots.loneNames(c.left(), lm, c.right(), rm, a.similarity() < CLOSE_STATEMENT));
            Slots.Elsewhere elsewhere = elsewhere(c, ls, rs, places);
            swaps.addAll(Slots.lonePlaces(c.left(), lspan, lm, c.right(), rspan, rm, elsewhere));
            swaps.addAll(Slots.loneBodiesAndPlaces(c.left(), lspan, lm, c.right(), rspan, rm, elsewhere));
            swaps.addAll(Slots.lonePeople(c.left(), lm, c.right(), rm));
            swaps.addAll(Slots.affiliations(c.left().article().text(), lm, c.right().article().text(), rm));
            swaps.addAll(Slots.openingSubjects(c.left(), lspan, lm, c.right(), rspan, rm));
            swaps.addAll(Slots.titleChanges(c.left().article().text(), lm, c.right().article().text(), rm));
            swaps.addAll(Slots.routeEnds(c.left().article().text(), lm, c.right().article().text(), rm));
            swaps.addAll(CoordinatedNames.swaps(c.left(), lm, c.right(), rm));
            swaps.addAll(beside(swaps, StorySwaps.between(c, ls, lm, rs, rm, defined)));
            Set<String> seen = new HashSet<>();
            int before = out.size();
            for (Swap sw : swaps) {
                if (!kept(c, ls, rs, lm, rm, sw, defined) || !seen.add(Names.key(sw.leftText) + "|" + Names.key(sw.rightText))) {
                    continue;
                }
                out.add(swapFinding(c, ls, rs, sw, people));
            }
            if (a.similarity() >= SUBSTITUTION_SIMILARITY && out.size() == before) {
                out.addAll(substitutions(c, ls, rs, lspan, rspan));
            }
        }
        out.addAll(titlesAcrossSentences(c, out, people));
        out.addAll(affiliationsAcrossSentences(c, out, people));
        out.addAll(nationalities(c, out));
        out.addAll(byClause(c, out, people, defined));
        return out;
    }

    /**
     * A name put for another in a statement the rewrite split, merged or moved ("The Canadian Red
     * Cross is registering evacuees" / "Evacuees are being asked to register with the Salvation
     * Army"): names the other article gives in no form, paired by the meaning of the clause each
     * stands in ({@link ClausePartners}), when both are people or neither is, and the pair passes
     * every check a name swap in one statement does.
     */
    private List<Discrepancy> byClause(Comparison c, List<Discrepancy> found, FullNames people, Abbreviations defined) {
        List<Placed> left = namesOf(c.left());
        List<Placed> right = namesOf(c.right());
        Lone leftLone = new Lone(left, c.right());
        Lone rightLone = new Lone(right, c.left());
        List<ClausePartners.Placed> lp = left.stream().map(p -> new ClausePartners.Placed(p.sentence(), p.name().span())).toList();
        List<ClausePartners.Placed> rp = right.stream().map(p -> new ClausePartners.Placed(p.sentence(), p.name().span())).toList();
        List<Discrepancy> out = new ArrayList<>();
        for (int[] pair : clauses.pairs(c.left(), lp, c.right(), rp,
                (i, j) -> (left.get(i).name().kind() == Mention.Kind.PERSON) == (right.get(j).name().kind() == Mention.Kind.PERSON)
                        && leftLone.test(i) && rightLone.test(j))) {
            Placed l = left.get(pair[0]);
            Placed r = right.get(pair[1]);
            Swap sw = new Swap(l.name().span(), l.name().text(), r.name().span(), r.name().text(), l.name().kind());
            // one swap is one finding: "Ravi" / "Meru" reported where both stand covers "Cyclone Ravi" / "Cyclone Meru"
            boolean reported = java.util.stream.Stream.concat(found.stream(), out.stream())
                    .anyMatch(d -> d.finding().left().sentence() == l.sentence() || d.finding().right().sentence() == r.sentence()
                            || d instanceof Discrepancy.EntityChange && Names.compatible(d.finding().left().value(), sw.leftText())
                                    && Names.compatible(d.finding().right().value(), sw.rightText()));
            if (reported || !kept(c, l.sentence(), r.sentence(), names(c.left(), l.sentence()), names(c.right(), r.sentence()), sw, defined)) {
                continue;
            }
            Finding f = swapFinding(c, l.sentence(), r.sentence(), sw, people).finding();
            out.add(new Discrepancy.EntityChange(new Finding(f.severity(), f.summary(),
                    "The name each source gives in a clause that says the same thing, in statements the rewrite split, merged or moved; "
                            + "neither name appears on the other side.", 0.6, f.left(), f.right())));
        }
        return out;
    }

    /**
     * Places the other article writes only in statements paired with statements of the place's own
     * article that write it too, none of them the pair {@code ls} / {@code rs} ({@link Slots.Elsewhere}).
     */
    private static Slots.Elsewhere elsewhere(Comparison c, int ls, int rs, Set<String> places) {
        return (m, left) -> {
            AnalyzedArticle own = left ? c.left() : c.right();
            AnalyzedArticle other = left ? c.right() : c.left();
            int current = left ? ls : rs;
            int otherCurrent = left ? rs : ls;
            if (m.kind() != Mention.Kind.PLACE && !places.contains(m.text())) {
                return false; // only a name either article reads as a place somewhere
            }
            boolean any = false;
            for (org.crosscheck.model.Sentence s : other.sentences()) {
                if (!writes(other, s.index(), m.text()) || onlyInDateline(other, s.index(), m.text())) {
                    continue;
                }
                if (s.index() == otherCurrent) {
                    return false;
                }
                any = true;
                boolean paired = false;
                for (Alignment a : c.alignments()) {
                    int o = left ? a.right().sentence() : a.left().sentence();
                    int mine = left ? a.left().sentence() : a.right().sentence();
                    if (o == s.index() && mine != current && writes(own, mine, m.text())) {
                        paired = true;
                        break;
                    }
                }
                if (!paired) {
                    return false;
                }
            }
            return any;
        };
    }

    /** The texts of the mentions either article reads as a place. */
    private static Set<String> placeNames(Comparison c) {
        Set<String> out = new HashSet<>();
        for (AnalyzedArticle article : List.of(c.left(), c.right())) {
            article.mentions().stream().filter(m -> m.kind() == Mention.Kind.PLACE).forEach(m -> out.add(m.text()));
        }
        return out;
    }

    /** Whether {@code name} stands in sentence {@code s} only inside its dateline ("KOSICE, February 13 (Agency) -"). */
    private static boolean onlyInDateline(AnalyzedArticle article, int s, String name) {
        String text = article.sentence(s).text().toLowerCase(Locale.ROOT);
        String sought = name.toLowerCase(Locale.ROOT);
        int at = text.indexOf(sought);
        if (at < 0 || text.indexOf(sought, at + 1) >= 0) {
            return false;
        }
        int start = article.sentence(s).span().start() + at;
        return Datelines.inDateline(article, s, new Span(start, start + name.length()));
    }

    /** Whether sentence {@code s} of {@code article} writes {@code name} or a form of it. */
    private static boolean writes(AnalyzedArticle article, int s, String name) {
        return article.sentence(s).text().contains(name)
                || article.mentionsIn(s).stream().anyMatch(o -> o.kind() != Mention.Kind.DATE && Names.compatible(o.text(), name));
    }

    /** The swaps of {@code more} that touch no name a swap of {@code found} already pairs. */
    private static List<Swap> beside(List<Swap> found, List<Swap> more) {
        return more.stream().filter(m -> found.stream().noneMatch(f -> f.leftSpan().overlaps(m.leftSpan())
                || f.rightSpan().overlaps(m.rightSpan()))).toList();
    }

    /** A name where it stands. */
    private record Placed(int sentence, Mention name) {
    }

    /** A name that owns what follows it ("Putin's spokesman"): the clause is about the owned, not the name. */
    private static final java.util.regex.Pattern OWNER = java.util.regex.Pattern.compile("['\u2019]s\\s+\\p{Ll}");

    /** The names of compared sentences of {@code article}, outside quotes, that are no owner of what follows. */
    private static List<Placed> namesOf(AnalyzedArticle article) {
        List<Placed> out = new ArrayList<>();
        for (org.crosscheck.model.Sentence s : article.sentences()) {
            if (s.kind().isCompared()) {
                for (Mention m : names(article, s.index())) {
                    if (m.kind() != Mention.Kind.TITLE && !quoted(article, s.index(), m.span())
                            && !OWNER.matcher(article.article().text()).region(m.span().end(), s.span().end()).lookingAt()) {
                        out.add(new Placed(s.index(), m));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether each name reads as a name and is one the other article gives in no form, read once
     * per name and only for names whose clauses are compared (the test reads the whole other
     * article and the dictionary).
     */
    private static final class Lone {
        private final List<Placed> names;
        private final String otherText;
        private final List<String> otherNames;
        private final java.util.Set<String> otherKeys;
        private final Boolean[] known;

        Lone(List<Placed> names, AnalyzedArticle other) {
            this.names = names;
            this.otherText = other.article().text();
            this.otherNames = other.mentions().stream().filter(m -> m.kind() != Mention.Kind.DATE && m.kind() != Mention.Kind.TITLE)
                    .map(Mention::text).distinct().toList();
            this.otherKeys = otherNames.stream().map(n -> singular(Names.key(n))).collect(java.util.stream.Collectors.toSet());
            this.known = new Boolean[names.size()];
        }

        boolean test(int i) {
            if (known[i] == null) {
                String name = names.get(i).name().text();
                known[i] = !otherKeys.contains(singular(Names.key(name))) && readsAsName(name) && !standsIn(otherText, name)
                        && distinctive(name).stream().noneMatch(w -> standsIn(otherText, w))
                        && otherNames.stream().noneMatch(o -> Equivalence.sameReferent(o, name));
            }
            return known[i];
        }
    }

    /**
     * Whether {@code name} reads as a name: more than a lone letter ("E" of an "E-" prefix), ending
     * in a capitalised word ("Swiss-based" is a description), and, when it is one word, not a
     * common word unless a place ("Town", a team's nickname, is not compared; "Japan" is).
     */
    static boolean readsAsName(String name) {
        String plain = name.strip();
        String[] words = plain.split("[\\s\\-\u2010\u2011]+");
        String last = words[words.length - 1];
        if (plain.codePoints().filter(Character::isLetter).count() < 2 || last.isEmpty() || !Character.isUpperCase(last.charAt(0))
                && !Character.isDigit(last.charAt(0))) {
            return false;
        }
        WordSenses senses = WordSenses.shared();
        return words.length > 1 || !senses.isCommonWord(plain) || senses.isPlaceName(plain);
    }

    /**
     * The places {@code name} is written with: "Dhaka" of "Dhaka's Sadarghat" (not a word that is
     * also a common noun, "Centre", nor a people's adjective, "Canadian"). A name whose place
     * the other article writes is another form or a part of a name there ("Dhaka's Sadarghat" /
     * "left Dhaka"), not one put in its place.
     */
    private static List<String> distinctive(String name) {
        return capitalised(name).stream().map(w -> w.replaceAll("['’]s$", "")).filter(w -> w.length() > 1 && !w.equals(name.strip()))
                .filter(w -> WordSenses.shared().isPlaceName(w) && !WordSenses.shared().isCommonWord(w)).toList();
    }

    /** A name's key without a closing plural "s": "social democrats" and "social democrat" are one party. */
    private static String singular(String key) {
        return key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
    }


    private static Discrepancy swapFinding(Comparison c, int ls, int rs, Swap sw, FullNames people) {
        boolean person = sw.kind == Mention.Kind.PERSON;
        String summary = describe(sw.kind) + " differs: " + (person ? people.shown(sw.leftText, true) : sw.leftText) + " in "
                + c.left().id() + " but " + (person ? people.shown(sw.rightText, false) : sw.rightText) + " in " + c.right().id();
        Severity severity = sw.kind == Mention.Kind.TITLE || sw.kind == Mention.Kind.PERSON ? Severity.HIGH : Severity.MEDIUM;
        Finding f = new Finding(severity, summary,
                "One name or title is put in place of another in the same statement, and neither appears on the other side.",
                0.7, Findings.side(c.left(), ls, sw.leftText, sw.leftSpan),
                Findings.side(c.right(), rs, sw.rightText, sw.rightSpan));
        return new Discrepancy.EntityChange(f);
    }

    /** A name given one nationality in the left article and another in the right ({@link Nationalities}). */
    private static List<Discrepancy> nationalities(Comparison c, List<Discrepancy> found) {
        List<Discrepancy> out = new ArrayList<>();
        for (Nationalities.Change n : Nationalities.between(c.left(), c.right())) {
            boolean reported = found.stream().anyMatch(d -> d.finding().left().sentence() == n.left().sentence()
                    && d.finding().right().sentence() == n.right().sentence() && d instanceof Discrepancy.EntityChange);
            if (reported) {
                continue;
            }
            String summary = "Nationality differs: " + n.left().adjective() + " in " + c.left().id() + " but " + n.right().adjective()
                    + " in " + c.right().id() + " (" + n.left().name() + ")";
            Finding f = new Finding(Severity.HIGH, summary,
                    "The same name is given the nationality of one country in one source and of another in the other.", 0.6,
                    Findings.side(c.left(), n.left().sentence(), n.left().adjective(), n.left().span()),
                    Findings.side(c.right(), n.right().sentence(), n.right().adjective(), n.right().span()));
            out.add(new Discrepancy.EntityChange(f));
        }
        return out;
    }

    /**
     * One person given one organisation in the left article and another in the right, wherever the
     * two stand ("Wouter Claeys, an ecologist at Ghent University" / "Wouter Claeys, a KU Leuven
     * ecologist", in statements the alignment pairs with others): a person speaks for one body in
     * an article, so only a person each side ties to exactly one body is compared.
     */
    private static List<Discrepancy> affiliationsAcrossSentences(Comparison c, List<Discrepancy> found, FullNames people) {
        java.util.Map<String, List<Placed>> left = affiliations(c.left());
        java.util.Map<String, List<Placed>> right = affiliations(c.right());
        List<Discrepancy> out = new ArrayList<>();
        for (var e : left.entrySet()) {
            List<Placed> ro = right.get(e.getKey());
            if (ro == null || e.getValue().size() != 1 || ro.size() != 1) {
                continue;
            }
            Placed l = e.getValue().get(0);
            Placed r = ro.get(0);
            if (Names.compatible(l.name().text(), r.name().text())) {
                continue;
            }
            boolean reported = java.util.stream.Stream.concat(found.stream(), out.stream()).anyMatch(d -> d instanceof Discrepancy.EntityChange
                    && (d.finding().left().value().equalsIgnoreCase(l.name().text()) || d.finding().right().value().equalsIgnoreCase(r.name().text())));
            if (!reported) {
                out.add(swapFinding(c, l.sentence(), r.sentence(),
                        new Swap(l.name().span(), l.name().text(), r.name().span(), r.name().text(), Mention.Kind.ORGANISATION), people));
            }
        }
        return out;
    }

    /** Each person's distinct organisations in an article, by last name, each where it is first given. */
    private static java.util.Map<String, List<Placed>> affiliations(AnalyzedArticle article) {
        java.util.Map<String, List<Placed>> out = new java.util.HashMap<>();
        for (int s = 0; s < article.sentences().size(); s++) {
            for (Slots.Affiliation a : Slots.affiliationsIn(article.article().text(), names(article, s))) {
                List<Placed> bodies = out.computeIfAbsent(a.person(), k -> new ArrayList<>());
                if (bodies.stream().noneMatch(b -> Names.compatible(b.name().text(), a.body().text()))) {
                    bodies.add(new Placed(s, a.body()));
                }
            }
        }
        return out;
    }

    /** A person titled one way in the left article and another way in the right, wherever the two stand. */
    private static List<Discrepancy> titlesAcrossSentences(Comparison c, List<Discrepancy> found, FullNames people) {
        List<Discrepancy> out = new ArrayList<>();
        List<Titles.Change> changes = new ArrayList<>(Titles.changes(c.left(), c.right()));
        changes.addAll(Titles.rankChanges(c.left(), people.left(), c.right(), people.right()));
        changes.addAll(Titles.qualifierChanges(c, people.left(), people.right()));
        for (Titles.Change t : changes) {
            Swap sw = t.swap();
            boolean reported = found.stream().anyMatch(d -> d.finding().left().value().equalsIgnoreCase(sw.leftText())
                    && d.finding().right().value().equalsIgnoreCase(sw.rightText()))
                    || java.util.stream.Stream.concat(found.stream(), out.stream()).anyMatch(d -> d instanceof Discrepancy.EntityChange
                            && d.finding().left().sentence() == t.leftSentence() && d.finding().right().sentence() == t.rightSentence());
            if (reported) {
                continue;
            }
            String summary = "Title differs: " + sw.leftText() + " in " + c.left().id() + " but " + sw.rightText() + " in " + c.right().id();
            Finding f = new Finding(Severity.HIGH, summary,
                    "The same person is given one title in one source and another in the other; a person holds one title in an article.",
                    0.6, Findings.side(c.left(), t.leftSentence(), sw.leftText(), sw.leftSpan()),
                    Findings.side(c.right(), t.rightSentence(), sw.rightText(), sw.rightSpan()));
            out.add(new Discrepancy.EntityChange(f));
        }
        return out;
    }

    /** A run of letters: the words of an article, read for {@link #namesItsKind}. */
    private static final java.util.regex.Pattern LETTERS = java.util.regex.Pattern.compile("\\p{L}+");

    /**
     * Whether the copy names, by a kind of it, the very thing the original's word names: "lost 48
     * of his 60 birds" / "lost 48 of his 60 pigeons" in a story the original also tells of
     * pigeons. The original writes the narrower word elsewhere, so its wider word points at it.
     */
    private static boolean namesItsKind(Comparison c, Substitutions.Substitution s) {
        if (s.relation() == null || s.rightText().indexOf(' ') >= 0) {
            return false;
        }
        String narrower = s.rightText().toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher w = LETTERS.matcher(c.left().article().text());
        boolean written = false;
        while (w.find() && !written) {
            String x = w.group().toLowerCase(java.util.Locale.ROOT);
            written = x.equals(narrower) || x.equals(narrower + "s") || narrower.equals(x + "s");
        }
        return written && WordSenses.shared().isKindOf(s.rightText(), s.leftText());
    }

    /** A common word for a different thing, in a statement otherwise copied word for word. */
    private static List<Discrepancy> substitutions(Comparison c, int ls, int rs, Span lspan, Span rspan) {
        List<Discrepancy> out = new ArrayList<>();
        for (Substitutions.Substitution s : Substitutions.between(c.left().article().text(), lspan, c.right().article().text(), rspan)) {
            if (quoted(c.left(), ls, s.leftSpan()) || quoted(c.right(), rs, s.rightSpan()) || namesItsKind(c, s)) {
                continue;
            }
            String what = s.relation() == null ? "Words trade places: " : s.relation() == WordSenses.Relation.OTHER_THING
                    || s.relation() == WordSenses.Relation.OTHER_KIND ? "Thing named differs: " : "Description differs: ";
            String summary = what + s.leftText() + " in " + c.left().id() + " but " + s.rightText() + " in " + c.right().id();
            String why = s.relation() == null ? "The statement is otherwise word for word the same, with two words swapped."
                    : "The statement is otherwise word for word the same, and the dictionary gives no sense in which \""
                    + s.rightText() + "\" can mean \"" + s.leftText() + "\".";
            Finding f = new Finding(Severity.MEDIUM, summary, why, 0.6,
                    Findings.side(c.left(), ls, s.leftText(), s.leftSpan()), Findings.side(c.right(), rs, s.rightText(), s.rightSpan()));
            out.add(new Discrepancy.EntityChange(f));
        }
        return out;
    }

    /**
     * One name or title in place of another.
     *
     * @param leftSpan where the left one is written
     * @param leftText the left one as written
     * @param rightSpan where the right one is written
     * @param rightText the right one as written
     * @param kind what sort of name it is
     */
    record Swap(Span leftSpan, String leftText, Span rightSpan, String rightText, Mention.Kind kind) {
    }

    private static boolean kept(Comparison c, int ls, int rs, List<Mention> lm, List<Mention> rm, Swap sw, Abbreviations defined) {
        // a name changed inside a quote on both sides is the quote check's; a quote against the reported
        // speech that renders it is compared here
        if (quoted(c.left(), ls, sw.leftSpan) && quoted(c.right(), rs, sw.rightSpan)) {
            return false;
        }
        if (overlapsDate(mentionsOf(c.left(), ls), sw.leftSpan) || overlapsDate(mentionsOf(c.right(), rs), sw.rightSpan)) {
            return false; // "Tuesday's Republican debate": the date check's
        }
        if (sw.kind == Mention.Kind.TITLE) {
            return !Equivalence.sameReferent(sw.leftText, sw.rightText) && !Names.isAcronym(sw.leftText, sw.rightText);
        }
        if (Equivalence.translated(sw.leftText, sw.rightText)) {
            return false; // "Civil Guard" / "Guardia Civil": one name in two languages
        }
        if (aliasGiven(c.left(), sw.leftText, sw.rightText) || aliasGiven(c.right(), sw.leftText, sw.rightText)) {
            return false; // "the storm, known internationally as Kaemi": the article gives the other name itself
        }
        if (StorySwaps.sameBody(sw.leftText, sw.rightText, defined)) {
            return false; // "the UN's WFP" for "the World Food Programme": one body by its initials
        }
        // a name still written on the other side was not replaced
        if (standsIn(c.right().sentence(rs).text(), sw.leftText) || standsIn(c.left().sentence(ls).text(), sw.rightText)) {
            return false;
        }
        if (!capitalised(sw.leftText).isEmpty() && capitalised(sw.leftText).equals(capitalised(sw.rightText))) {
            return false; // "AI-powered" / "AI-driven": the name is kept, a word joined to it changed
        }
        Mention.Kind lk = kindAt(lm, sw.leftSpan);
        Mention.Kind rk = kindAt(rm, sw.rightSpan);
        // a person for a place or an organisation is a different slot; places and organisations
        // are often the same word ("Harwell City" the club, "Harwell" the town)
        if ((lk == Mention.Kind.PERSON) != (rk == Mention.Kind.PERSON) && lk != Mention.Kind.OTHER && rk != Mention.Kind.OTHER) {
            return false;
        }
        boolean leftNameOnRight = rm.stream().anyMatch(m -> m.kind() != Mention.Kind.TITLE && Names.compatible(m.text(), sw.leftText));
        boolean rightNameOnLeft = lm.stream().anyMatch(m -> m.kind() != Mention.Kind.TITLE && Names.compatible(m.text(), sw.rightText));
        // "in Bergen" / "in Norway": naming the country a place lies in is a wider statement, not another place
        WordSenses senses = WordSenses.shared();
        boolean within = senses.partOf(sw.leftText, sw.rightText) || senses.partOf(sw.rightText, sw.leftText);
        // "Scottish" / "British": the adjectives name one country and a country within it
        Set<String> leftNations = senses.nationOf(sw.leftText);
        Set<String> rightNations = senses.nationOf(sw.rightText);
        within |= !leftNations.isEmpty() && !rightNations.isEmpty() && !Nationalities.differ(leftNations, rightNations);
        // "off a Croatian island" / "off Pag": a place named where the other side gives only its
        // country's adjective says where within it, unless the dictionary places it in another
        // country or knows the word as something else ("Englishman")
        if (leftNations.isEmpty() != rightNations.isEmpty()) {
            String place = leftNations.isEmpty() ? sw.leftText : sw.rightText;
            Set<String> nations = leftNations.isEmpty() ? rightNations : leftNations;
            boolean unknown = !senses.isPlaceName(place) && !senses.isNounFirst(place.toLowerCase(java.util.Locale.ROOT));
            // "South Africa's Department of Trade" / "South African": the name holds the country itself
            within |= unknown || nations.stream().anyMatch(n -> senses.partOf(place, n) || namesCountry(place, n));
        }
        return !leftNameOnRight && !rightNameOnLeft && !within && !Equivalence.sameReferent(sw.leftText, sw.rightText);
    }

    /** Whether {@code name} is the country {@code country} or starts with it as an owner ("Chile's Cerro Alto"). */
    private static boolean namesCountry(String name, String country) {
        return name.strip().equalsIgnoreCase(country) || StorySwaps.owner(name.strip()).equalsIgnoreCase(country);
    }

    /**
     * Whether the article introduces either name as another name of something it names: "known as
     * Kaemi", "known locally as Tomas", "also called", "dubbed".
     */
    private static boolean aliasGiven(AnalyzedArticle article, String a, String b) {
        String text = article.article().text();
        for (int at : aliasesIntroduced(text)) {
            for (String name : List.of(a, b)) {
                int end = at + name.length();
                if (text.regionMatches(true, at, name, 0, name.length())
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many articles' alias offsets {@link #aliasesIntroduced} keeps: a comparison asks of its two articles once per swap. */
    private static final int ALIAS_TEXTS_KEPT = 8;
    private static final Map<String, int[]> ALIASES = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
            return size() > ALIAS_TEXTS_KEPT;
        }
    };

    /** Where a name introduced as an alias starts in {@code text} (after "known as", "dubbed"), read once per text. */
    private static int[] aliasesIntroduced(String text) {
        synchronized (ALIASES) {
            int[] known = ALIASES.get(text);
            if (known != null) {
                return known;
            }
        }
        int[] found = ALIAS_INTRODUCED.matcher(text).results().mapToInt(java.util.regex.MatchResult::end).toArray();
        synchronized (ALIASES) {
            ALIASES.put(text, found);
        }
        return found;
    }

    private static final java.util.regex.Pattern ALIAS_INTRODUCED = java.util.regex.Pattern.compile(
            "\\b(?:known(?:\\s+\\p{L}+ly)?\\s+as|also\\s+called|dubbed|nicknamed)\\s+(?:the\\s+)?", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Whether {@code name} is written in {@code sentence} as whole words ("Ohio" is not in "Ohioans"). */
    private static boolean standsIn(String sentence, String name) {
        return java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(name) + "(?![\\p{L}\\p{N}])")
                .matcher(sentence).find();
    }

    private static List<Mention> mentionsOf(AnalyzedArticle article, int sentence) {
        return article.mentionsIn(sentence);
    }

    private static boolean overlapsDate(List<Mention> mentions, Span span) {
        return mentions.stream().anyMatch(m -> m.kind() == Mention.Kind.DATE && m.span().overlaps(span));
    }

    /** The capitalised parts of a name, split at spaces and hyphens, in order. */
    private static List<String> capitalised(String name) {
        return java.util.Arrays.stream(name.split("[\\s\\-\u2010\u2011]+"))
                .filter(w -> !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))).toList();
    }

    private static Mention.Kind kindAt(List<Mention> mentions, Span span) {
        return mentions.stream().filter(m -> m.span().overlaps(span)).map(Mention::kind).findFirst().orElse(Mention.Kind.OTHER);
    }

    private static List<Mention> names(AnalyzedArticle article, int sentence) {
        // a name read into a figure ("R890m", a currency sign in letters) is the number check's
        List<Span> figures = article.quantitiesIn(sentence).stream().map(q -> q.span()).toList();
        return article.mentionsIn(sentence).stream().filter(m -> m.kind() != Mention.Kind.DATE)
                .filter(m -> !Datelines.inDateline(article, sentence, m.span()))
                .filter(m -> figures.stream().noneMatch(f -> f.overlaps(m.span()))).toList();
    }

    /** The one mention that the changed words are, or null when they are more or less than a name. */
    private static Mention soleMention(List<Mention> mentions, List<Token> words) {
        Span changed = new Span(words.get(0).span().start(), words.get(words.size() - 1).span().end());
        List<Mention> inside = mentions.stream().filter(m -> m.span().overlaps(changed)).toList();
        if (inside.size() != 1) {
            return null;
        }
        Mention m = inside.get(0);
        // every changed word must belong to the mention: "Putin's spokesman" is not a name-for-name
        // swap; but a common noun that only says what the name is may stand before it ("from
        // manufacturer Solaris" / "from Skoda", "told the newspaper Publico")
        int first = 0;
        while (first < words.size() && words.get(first).span().end() <= m.span().start()) {
            first++;
        }
        boolean classified = first > 0 && first < words.size()
                && words.subList(0, first).stream().allMatch(w -> w.isWord() && !w.isCapitalised())
                && WordSenses.shared().isNounFirst(words.get(first - 1).text());
        for (int i = 0; i < words.size(); i++) {
            Token t = words.get(i);
            boolean personAfterNationality = i == words.size() - 1 && i > 0 && PERSON_NOUNS.contains(t.text().toLowerCase(Locale.ROOT))
                    && m.span().contains(words.get(i - 1).span());
            boolean classifier = classified && t.span().end() <= m.span().start();
            if (!m.span().contains(t.span()) && !isFunctionWord(t) && !personAfterNationality && !classifier) {
                return null;
            }
        }
        return m;
    }

    private static boolean isFunctionWord(Token t) {
        return switch (t.text().toLowerCase(Locale.ROOT)) {
            case "the", "a", "an", "of", "in", "at", "mr", "mrs", "ms", "dr" -> true;
            default -> false;
        };
    }

    private static boolean quoted(AnalyzedArticle article, int sentence, Span span) {
        List<Quote> quotes = article.quotesIn(sentence);
        return quotes.stream().anyMatch(q -> q.span().contains(span));
    }

    private static String describe(Mention.Kind kind) {
        return switch (kind) {
            case PERSON -> "Person";
            case PLACE -> "Place";
            case ORGANISATION -> "Organisation";
            case TITLE -> "Title";
            default -> "Name";
        };
    }
}
