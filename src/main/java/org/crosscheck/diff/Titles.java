package org.crosscheck.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Span;
import org.crosscheck.text.entity.Equivalence;
import org.crosscheck.text.entity.Names;
import org.crosscheck.text.quote.PersonIndex;

/**
 * A person keeps one title in an article: "Defence Secretary John Healey" in one source and
 * "Foreign Secretary John Healey" in the other is a changed title even when the two sentences are
 * not aligned. A name is compared only when neither source gives it a title the other also gives
 * (the same, a synonym, an abbreviation, or the same office with "former" or "new"), so a source
 * that writes one title two ways is never at odds with itself.
 */
final class Titles {

    /** Modifiers that move an office in time rather than name another. */
    private static final Set<String> TIME_SHIFTS = Set.of("former", "ex", "outgoing", "incoming", "new", "then");
    /**
     * Modifiers that name another office of the same kind: a deputy governor is not the governor,
     * an acting chair not the chair, a prime minister not a fisheries minister. The title
     * modifiers the names stage reads, less those that move an office in time.
     */
    private static final Set<String> RANKS = ranks();
    private static final Pattern NAME_AT = Pattern.compile("\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*)*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'\u2019-]+");
    private static final Set<String> HONORIFIC_ONLY = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir",
            "dame", "lord", "lady", "mx");

    /** A title written in front of a full name, where it stands. */
    private record Titled(int sentence, Span span, String title, String name) {
    }

    private Titles() {
    }

    /** Names titled differently in the two articles, one swap per name: the first title each side gives it. */
    static List<Change> changes(AnalyzedArticle left, AnalyzedArticle right) {
        Map<String, List<Titled>> l = titled(left);
        Map<String, List<Titled>> r = titled(right);
        List<Change> out = new ArrayList<>();
        for (Map.Entry<String, List<Titled>> e : l.entrySet()) {
            List<Titled> other = r.get(e.getKey());
            if (other == null || e.getValue().stream().anyMatch(a -> other.stream().anyMatch(b -> sameOffice(a.title, b.title)))) {
                continue;
            }
            out.add(new Change(e.getValue().get(0).sentence, new EntityDetector.Swap(e.getValue().get(0).span, e.getValue().get(0).title,
                    other.get(0).span, other.get(0).title, Mention.Kind.TITLE), other.get(0).sentence));
        }
        return out;
    }

    /**
     * People both articles name who hold the same kind of office in both but a different rank of
     * it ("deputy regional governor" / "regional governor"), read from the roles each article ties
     * to the name wherever it stands; one change per person.
     */
    static List<Change> rankChanges(AnalyzedArticle left, PersonIndex leftIndex, AnalyzedArticle right, PersonIndex rightIndex) {
        List<Change> out = new ArrayList<>();
        Set<String> done = new java.util.HashSet<>();
        List<PersonIndex.Role> leftRoles = new ArrayList<>(leftIndex.roles());
        leftRoles.addAll(appositives(left));
        List<PersonIndex.Role> rightRoles = new ArrayList<>(rightIndex.roles());
        rightRoles.addAll(appositives(right));
        for (PersonIndex.Role l : leftRoles) {
            List<PersonIndex.Role> others = rightRoles.stream()
                    .filter(r -> r.head().equals(l.head()) && Names.key(r.person()).equals(Names.key(l.person()))).toList();
            if (others.isEmpty() || !done.add(Names.key(l.person()))) {
                continue;
            }
            List<PersonIndex.Role> own = leftRoles.stream()
                    .filter(x -> x.head().equals(l.head()) && Names.key(x.person()).equals(Names.key(l.person()))).toList();
            boolean agree = own.stream().anyMatch(x -> others.stream().anyMatch(r -> rank(x).equals(rank(r))));
            if (agree) {
                continue;
            }
            Located a = locate(left, l);
            Located b = locate(right, others.get(0));
            // a rank word read from beyond the title as written ("a retired teacher in Cutral Co") ranks nothing
            if (a != null && b != null && !writtenRank(a, l).equals(writtenRank(b, others.get(0)))) {
                out.add(new Change(a.sentence, new EntityDetector.Swap(a.span, a.text, b.span, b.text, Mention.Kind.TITLE), b.sentence));
            }
        }
        return out;
    }

    /**
     * People one statement names in both sources with the same office qualified differently: its
     * portfolio or its place ("Deputy Digital Affairs Minister Tomasz Wierzbicki" / "deputy
     * infrastructure minister Tomasz Wierzbicki", "Msunduzi Mayor" / "eThekwini mayor"), in
     * capitals or not. Only sentences the aligner pairs are read, and only qualifiers that name
     * something particular: a word for a kind of place or body ("the city's mayor", "provincial")
     * may stand for any of them, and a qualifier the other sentence writes elsewhere was moved, not
     * changed.
     */
    static List<Change> qualifierChanges(Comparison c, PersonIndex leftIndex, PersonIndex rightIndex) {
        List<PersonIndex.Role> leftRoles = new ArrayList<>(leftIndex.roles());
        leftRoles.addAll(appositives(c.left()));
        List<PersonIndex.Role> rightRoles = new ArrayList<>(rightIndex.roles());
        rightRoles.addAll(appositives(c.right()));
        List<Change> out = new ArrayList<>();
        for (org.crosscheck.model.Alignment a : c.alignments()) {
            int ls = a.left().sentence();
            int rs = a.right().sentence();
            Span lspan = c.left().sentence(ls).span();
            Span rspan = c.right().sentence(rs).span();
            for (PersonIndex.Role l : leftRoles) {
                if (!lspan.contains(new Span(l.nameOffset(), l.nameOffset()))) {
                    continue;
                }
                for (PersonIndex.Role r : rightRoles) {
                    if (!rspan.contains(new Span(r.nameOffset(), r.nameOffset())) || !r.head().equals(l.head())
                            || !Names.key(r.person()).equals(Names.key(l.person()))) {
                        continue;
                    }
                    Located la = titleOnly(c.left(), locate(c.left(), l), l);
                    Located lb = titleOnly(c.right(), locate(c.right(), r), r);
                    if (la == null || lb == null || la.sentence != ls || lb.sentence != rs) {
                        continue;
                    }
                    if (otherOffice(c, ls, la, qualifiers(l, la.text), rs, lb, qualifiers(r, lb.text))) {
                        out.add(new Change(ls, new EntityDetector.Swap(la.span, la.text, lb.span, lb.text, Mention.Kind.TITLE), rs));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether two titles of one kind, qualified by {@code lq} and {@code rq}, name two offices:
     * each side qualifies its title, they share no word, neither writes initials that may stand
     * for the other's words, both name a particular place or body or neither does, neither
     * sentence writes the other's qualifier elsewhere, and the dictionary does not relate them.
     */
    private static boolean otherOffice(Comparison c, int ls, Located la, Set<String> lq, int rs, Located lb, Set<String> rq) {
        return !lq.isEmpty() && !rq.isEmpty() && lq.stream().noneMatch(rq::contains)
                && !initials(la.text, lq) && !initials(lb.text, rq) && proper(lq) == proper(rq)
                && lq.stream().noneMatch(w -> writes(c.right(), rs, w)) && rq.stream().noneMatch(w -> writes(c.left(), ls, w))
                && !Names.isAcronym(String.join(" ", lq), String.join(" ", rq)) && !allMatched(lq, rq) && !allMatched(rq, lq);
    }

    /** The located role without its holder's name: "Msunduzi Mayor" of "Msunduzi Mayor Lindiwe Zondi". */
    private static Located titleOnly(AnalyzedArticle article, Located located, PersonIndex.Role role) {
        if (located == null) {
            return null;
        }
        String text = article.article().text();
        Matcher name = NAME_AT.matcher(text).region(role.nameOffset(), located.span().end());
        if (!name.lookingAt()) {
            return null;
        }
        int from = located.span().start();
        int to = located.span().end();
        if (role.nameOffset() > from) {
            to = role.nameOffset();
        } else {
            from = name.end();
        }
        while (from < to && !Character.isLetter(text.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(text.charAt(to - 1))) {
            to--;
        }
        Matcher word = WORD.matcher(text).region(from, to);
        if (word.lookingAt() && Determiners.is(word.group().toLowerCase(Locale.ROOT))) {
            from = word.end() + 1; // "Lindiwe Zondi, the mayor of Durban"
        }
        return from >= to ? null : new Located(located.sentence(), new Span(from, to), text.substring(from, to));
    }

    /**
     * The words of a role, as its title is written, that say which office of its kind it is: no
     * rank, no time, no word that is never a noun ("responsible"), no kind of place or body. A
     * word the role reads from a clause beyond the title ("the lawyer who represented the
     * households") says nothing of the title.
     */
    private static Set<String> qualifiers(PersonIndex.Role role, String written) {
        Set<String> words = new java.util.HashSet<>();
        Matcher w = WORD.matcher(written);
        while (w.find()) {
            words.add(bare(w.group()));
        }
        org.crosscheck.text.sense.WordSenses senses = org.crosscheck.text.sense.WordSenses.shared();
        Set<String> out = new java.util.TreeSet<>();
        for (String d : role.descriptors()) {
            if (words.contains(d) && !d.isBlank() && !RANKS.contains(d) && !TIME_SHIFTS.contains(d) && !Determiners.is(d)
                    && !senses.neverNoun(d) && !senses.namesAKindOfPlaceOrBody(d)) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * Whether each qualifier of {@code one} says the same as one of {@code other}'s, by the
     * dictionary: "farm" / "agriculture", "mines" / "mining", "plant" / "refinery". A side
     * whose every word is matched only says less, or more, than the other.
     */
    private static boolean allMatched(Set<String> one, Set<String> other) {
        org.crosscheck.text.sense.WordSenses senses = org.crosscheck.text.sense.WordSenses.shared();
        return one.stream().allMatch(x -> other.stream().anyMatch(y -> Equivalence.sameReferent(x, y) || nameAndAdjective(x, y)
                || senses.relation(x, y) == org.crosscheck.text.sense.WordSenses.Relation.RELATED));
    }

    /** The shortest stem a place's name and its adjective share ("Kenya" / "Kenyan", "Norway" / "Norwegian"). */
    private static final int STEM = 4;

    /**
     * Whether one word is a place's name and the other its adjective, as their shared start shows
     * where no dictionary knows the place ("Marenia's foreign minister" / "Marenian Foreign
     * Minister"): they share at least {@value #STEM} letters and most of the shorter word.
     */
    private static boolean nameAndAdjective(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n >= STEM && n * 5 >= Math.min(a.length(), b.length()) * 3;
    }

    /**
     * Whether the qualifiers name a particular place or body ("Msunduzi", "Singapore-based",
     * "Canacar") rather than a field ("health", "commodities"): one word the dictionary does not
     * know as a common word. A place set against a field says two things of one person, not two
     * titles.
     */
    private static boolean proper(Set<String> qualifiers) {
        return qualifiers.stream().anyMatch(q -> !org.crosscheck.text.sense.WordSenses.shared().isCommonWord(q.split("-")[0]));
    }

    /** A written word in lower case without its possessive ending: "Ministry's" reads "ministry". */
    private static String bare(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("['’]s?$", "");
    }

    /** Whether the sentence writes {@code word} anywhere, in any case, as one or many ("Social Democrats"). */
    private static boolean writes(AnalyzedArticle article, int sentence, String word) {
        Matcher w = WORD.matcher(article.sentence(sentence).text());
        while (w.find()) {
            String written = bare(w.group());
            if (written.equals(word) || written.equals(word + "s") || word.equals(written + "s")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a qualifier is written in capitals throughout, as initials are ("PCG", "NRA"): they may stand for the other side's words. */
    private static boolean initials(String written, Set<String> qualifiers) {
        Matcher w = WORD.matcher(written);
        while (w.find()) {
            if (w.group().length() > 1 && qualifiers.contains(w.group().toLowerCase(Locale.ROOT))
                    && w.group().chars().allMatch(ch -> Character.isUpperCase(ch) || !Character.isLetter(ch))) {
                return true;
            }
        }
        return false;
    }


    /**
     * Roles written before a full name and a comma: "The Faroe Islands' fisheries minister, Hanus
     * Joensen, said": up to five words after a determiner or the sentence's start, the last a noun
     * that names a person by office.
     */
    private static List<PersonIndex.Role> appositives(AnalyzedArticle article) {
        List<PersonIndex.Role> out = new ArrayList<>();
        String text = article.article().text();
        for (int s = 0; s < article.sentences().size(); s++) {
            Span span = article.sentence(s).span();
            List<org.crosscheck.text.Token> t = org.crosscheck.text.Tokenizer.words(text, span.start(), span.end());
            for (Mention m : article.mentionsIn(s)) {
                if (m.kind() != Mention.Kind.PERSON && m.kind() != Mention.Kind.OTHER || !m.text().contains(" ")) {
                    continue;
                }
                int at = -1;
                for (int k = 0; k < t.size(); k++) {
                    if (t.get(k).span().start() == m.span().start()) {
                        at = k;
                    }
                }
                if (at < 2 || !t.get(at - 1).isSymbol(",") || !t.get(at - 2).isWord()) {
                    continue;
                }
                String head = t.get(at - 2).normal();
                if (!org.crosscheck.text.sense.WordSenses.shared().isRoleNoun(head)) {
                    continue;
                }
                Set<String> descriptors = new java.util.LinkedHashSet<>();
                int k = at - 3;
                while (k >= 0 && at - 3 - k < 6 && (t.get(k).isWord() && !Determiners.is(t.get(k).normal())
                        || t.get(k).isSymbol("'") || t.get(k).isSymbol("\u2019"))) {
                    if (t.get(k).isWord()) {
                        descriptors.add(bare(t.get(k).normal()));
                    }
                    k--;
                }
                boolean opens = k < 0 || Determiners.is(t.get(k).normal());
                if (opens) {
                    out.add(new PersonIndex.Role(m.text(), head, descriptors, m.span().start()));
                }
            }
        }
        return out;
    }

    private static Set<String> ranks() {
        Set<String> out = new java.util.HashSet<>(Names.TITLE_MODIFIERS);
        out.removeAll(TIME_SHIFTS);
        out.add("prime");
        return Set.copyOf(out);
    }

    private static Set<String> rank(PersonIndex.Role r) {
        Set<String> out = new java.util.TreeSet<>(r.descriptors());
        out.retainAll(RANKS);
        return out;
    }

    private record Located(int sentence, Span span, String text) {
    }

    /** The rank words of {@code role} that its title as written holds. */
    private static Set<String> writtenRank(Located located, PersonIndex.Role role) {
        Set<String> words = new java.util.HashSet<>();
        Matcher w = WORD.matcher(located.text());
        while (w.find()) {
            words.add(w.group().toLowerCase(Locale.ROOT));
        }
        Set<String> out = rank(role);
        out.retainAll(words);
        return out;
    }

    /** The role as written with its holder's name: from the role's first descriptor to the name's end, or the reverse. */
    private static Located locate(AnalyzedArticle article, PersonIndex.Role role) {
        String text = article.article().text();
        int sentence = ComparedQuotes.sentenceAt(article, role.nameOffset());
        if (sentence < 0) {
            return null;
        }
        Span s = article.sentence(sentence).span();
        Matcher name = NAME_AT.matcher(text).region(role.nameOffset(), s.end());
        if (!name.lookingAt()) {
            return null;
        }
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(text).region(s.start(), s.end());
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        int head = -1;
        for (int k = 0; k < words.size(); k++) {
            String word = text.substring(words.get(k)[0], words.get(k)[1]).toLowerCase(Locale.ROOT);
            if (word.equals(role.head()) && (head < 0
                    || Math.abs(words.get(k)[0] - role.nameOffset()) < Math.abs(words.get(head)[0] - role.nameOffset()))) {
                head = k;
            }
        }
        if (head < 0) {
            return null;
        }
        int first = head;
        while (first > 0 && role.descriptors().contains(descriptor(text, words.get(first - 1)))) {
            first--;
        }
        int from = Math.min(words.get(first)[0], name.start());
        int nameEnd = text.charAt(name.end() - 1) == '.' ? name.end() - 1 : name.end();
        int to = Math.max(words.get(head)[1], nameEnd);
        if (to - from > 120) {
            return null;
        }
        return new Located(sentence, new Span(from, to), text.substring(from, to));
    }

    private static String descriptor(String text, int[] word) {
        return bare(text.substring(word[0], word[1]));
    }

    /**
     * A title changed for a name.
     *
     * @param leftSentence the sentence of the left title
     * @param swap the two titles
     * @param rightSentence the sentence of the right title
     */
    record Change(int leftSentence, EntityDetector.Swap swap, int rightSentence) {
    }

    private static boolean sameOffice(String a, String b) {
        for (String x : forms(a)) {
            for (String y : forms(b)) {
                if (x.equals(y) || Names.isAcronym(x, y) || Equivalence.sameReferent(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The title as written and without leading "former" or "new" ("New South Wales" is kept as written too). */
    private static List<String> forms(String title) {
        List<String> words = new ArrayList<>(Arrays.asList(title.toLowerCase(Locale.ROOT).replace(".", "").split("[\\s-]+")));
        String written = String.join(" ", words);
        while (words.size() > 1 && TIME_SHIFTS.contains(words.get(0))) {
            words.remove(0);
        }
        return List.of(written, String.join(" ", words));
    }

    private static Map<String, List<Titled>> titled(AnalyzedArticle article) {
        Map<String, List<Titled>> out = new LinkedHashMap<>();
        for (int s = 0; s < article.sentences().size(); s++) {
            if (!article.sentence(s).kind().isCompared()) {
                continue;
            }
            for (Mention m : article.mentionsIn(s)) {
                Titled t = titled(article, s, m);
                if (t != null) {
                    out.computeIfAbsent(t.name, k -> new ArrayList<>()).add(t);
                }
            }
        }
        return out;
    }

    private static Titled titled(AnalyzedArticle article, int sentence, Mention m) {
        if (m.kind() != Mention.Kind.PERSON && m.kind() != Mention.Kind.OTHER) {
            return null;
        }
        String[] words = m.text().split("\\s+");
        if (words.length < 3 || Arrays.stream(words).anyMatch(w -> w.isEmpty() || !Character.isUpperCase(w.charAt(0)))) {
            return null;
        }
        String title = String.join(" ", Arrays.copyOf(words, words.length - 2));
        String norm = title.toLowerCase(Locale.ROOT).replace(".", "");
        boolean quoted = article.quotesIn(sentence).stream().anyMatch(q -> q.span().contains(m.span()));
        if (quoted || title.matches(".*['\u2019]s?$") || HONORIFIC_ONLY.contains(norm) || !Names.hasTitleWord(title)
                || Datelines.inDateline(article, sentence, m.span())) {
            return null;
        }
        String name = (words[words.length - 2] + " " + words[words.length - 1]).toLowerCase(Locale.ROOT);
        return new Titled(sentence, new Span(m.span().start(), m.span().start() + title.length()), title, name);
    }
}
