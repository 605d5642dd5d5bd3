package org.crosscheck.text.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.crosscheck.model.Span;
import org.crosscheck.model.Speaker;
import org.crosscheck.text.Token;

/**
 * Tracks who the article has mentioned so far and turns a phrase (name, pronoun, role) into a
 * speaker named by the fullest form of the name, with a confidence.
 */
final class Referents {

    /** A person named in a sentence; {@code spoke} when the sentence credits that person with speech. */
    private record Mention(Person person, int sentence, int offset, boolean subject, boolean spoke) { }

    private static final SpeakerWords LEX = SpeakerWords.INSTANCE;
    private static final int PRONOUN_WINDOW = 6;
    /** What a pronoun loses when its sentence names others besides the one person who is its subject and speaker. */
    private static final double LONE_SPEAKER = 0.03;

    private final String text;
    private final PersonIndex index;
    private final Map<String, Person> unnamed = new HashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<Person, SpeakerWords.Gender> learned = new HashMap<>();

    Referents(String text, PersonIndex index) {
        this.text = text;
        this.index = index;
    }

    /** Records the persons named in a frame outside its quotes; the sentence subject counts as subject. */
    void noteMentions(List<Token> frame, int sentence, Ref subject) {
        int i = 0;
        while (i < frame.size()) {
            if (!frame.get(i).isCapitalised() || frame.get(i).isAcronym()) {
                i++;
                continue;
            }
            int e = i + 1;
            while (e < frame.size() && !frame.get(e - 1).possessive()
                    && (frame.get(e).isCapitalised() && !frame.get(e).isAcronym() || NameScanner.isMiddleInitial(frame, e))) {
                e++;
            }
            int s = NameScanner.nameStart(frame, i, e);
            List<String> name = frame.subList(s, e).stream().map(Token::text).toList();
            Person p = name.stream().anyMatch(LEX::isNotName) ? null : index.find(name);
            if (p == null && name.size() == 1 && !LEX.isNotName(name.get(0))) {
                // "Woods said she ...", after "Dorothy Woods, whose husband, Ty Woods, ...": a surname
                // two people share is the one last in view as a subject
                p = salient(index.matching(name), sentence, frame.get(s).start());
            }
            // a possessor ("Putin's spokesman") is not who a later "he" speaks for; a country is no person
            boolean possessor = frame.get(e - 1).possessive();
            // "the Coventry Cycle Forum": a name after "the" is an institution, not who a "he" points at
            boolean institution = s > 0 && frame.get(s - 1).lower().equals("the");
            if (p != null && !possessor && !institution && !org.crosscheck.text.entity.Names.isKnownPlace(p.name())) {
                int off = frame.get(s).start();
                boolean subj = subject instanceof Ref.Name && off >= subject.start() && off < subject.end();
                mentions.add(new Mention(p, sentence, off, subj, false));
            }
            i = e;
        }
    }

    /** Whether {@code name} is a nominal speaker ("spokesperson for the council") rather than a named person. */
    boolean isNominal(String name) {
        return unnamed.containsKey(name);
    }

    /** Records that {@code name} was just credited with speech: the most salient referent. */
    void noteSpeaker(String name, int sentence, int offset) {
        Person p = unnamed.containsKey(name) ? unnamed.get(name) : index.find(List.of(name.split(" ")));
        if (p != null) {
            mentions.add(new Mention(p, sentence, offset, true, true));
        }
    }

    /**
     * The speaker a phrase names, with {@code base} as confidence for an explicit name; null if
     * none. The speaker carries the phrase as its mention, and, unless the phrase is the name
     * itself, the chain from the phrase to the name.
     */
    Speaker resolve(Ref r, int sentence, int offset, double base) {
        return resolve(r, sentence, offset, base, null);
    }

    /**
     * As {@link #resolve(Ref, int, int, double)}, but a pronoun never points at {@code excluded}
     * ("Harry Reid, who he said ...": the "he" is not Reid); {@code excluded} may be null.
     */
    Speaker resolve(Ref r, int sentence, int offset, double base, Person excluded) {
        Speaker sp = find(r, sentence, offset, base, excluded);
        if (sp == null || !sp.isKnown()) {
            return sp;
        }
        String written = text.substring(r.start(), r.end()).strip();
        boolean named = r instanceof Ref.Name && sp.confidence() >= base - 0.1 || written.endsWith(sp.name());
        return sp.via(new Span(r.start(), r.end()), named ? null : "\"" + written + "\" \u2192 " + sp.name());
    }

    private Speaker find(Ref r, int sentence, int offset, double base, Person excluded) {
        if (r instanceof Ref.Name n) {
            List<String> form = List.of(n.written().split(" "));
            Person p = index.find(form);
            if (p != null) {
                return new Speaker(p.name(), base, null);
            }
            List<Person> several = index.matching(form);
            if (!several.isEmpty()) {
                Speaker seen = recent(several, sentence, offset, base - 0.25);
                // a bare shared surname most often means the person the article introduced first
                return seen != null || form.size() > 1 ? seen : several.stream().min(java.util.Comparator.comparingInt(Person::firstSeen))
                        .map(first -> new Speaker(first.name(), Math.min(0.69, base - 0.25), null)).orElse(null);
            }
            if (form.size() == 1 && isCommonPlural(form.get(0))) {
                // "Officials in Brussels said": a capitalised plural of a person noun is a nominal speaker
                return unbound(new Ref.Role(SpeakerWords.lower(form.get(0)), Set.of(), Set.of(), true, n.start(), n.end()), sentence, offset);
            }
            boolean nameLike = form.size() >= 2 && form.stream().noneMatch(LEX::isNotName);
            if (!nameLike && form.size() == 1 && midSentence(n.start()) && !LEX.isNotName(form.get(0)) && !LEX.isTitle(form.get(0))
                    && !org.crosscheck.text.entity.Names.isKnownPlace(form.get(0)) && !isCommonPlural(form.get(0))) {
                // "Asked about the map, Cruz said ...": a capitalised word inside a sentence, as the
                // subject of speech, is a name even when the article gives no fuller form
                return new Speaker(n.written(), base - 0.1, null);
            }
            return nameLike ? new Speaker(n.written(), base - 0.1, null) : null;
        }
        if (r instanceof Ref.Pronoun pr) {
            Speaker sp = pronoun(pr.gender(), sentence, offset, 0.8, excluded);
            return sp != null && unnamed.containsKey(sp.name()) ? new Speaker(sp.name(), Math.min(0.5, sp.confidence()), null) : sp;
        }
        if (r instanceof Ref.Role role) {
            String written = text.substring(role.start(), role.end());
            if (role.descriptors().isEmpty() && written.indexOf(' ') < 0 && Character.isUpperCase(written.charAt(0))
                    && !index.matching(List.of(written)).isEmpty()) {
                // "King said": a title word alone, capitalised, is the surname of a person the
                // article names ("Billie Jean King"), not the holder of a title
                return find(new Ref.Name(null, written, role.start(), role.end()), sentence, offset, base, excluded);
            }
            if (opensIndefinite(role)) {
                // "said one party activist": an indefinite phrase introduces someone the article
                // does not name, not a person who holds the role elsewhere in it
                return unbound(role, sentence, offset);
            }
            Speaker bound = role(role, offset);
            if (bound == null && !role.specific() && !indefinite(role.start())) {
                bound = kindOfRole(role, sentence, offset);
            }
            return bound != null ? bound : unbound(role, sentence, offset);
        }
        return null;
    }

    /**
     * Whether {@code p} is a nominal speaker that names a group ("officials") or a body ("neither
     * company"), whom "he" or "she" never means: its head is a plural person noun, or a noun whose commonest sense is a group.
     */
    private boolean isGroup(Person p) {
        if (!unnamed.containsValue(p)) {
            return false;
        }
        String[] words = p.name().split(" ");
        String head = words[words.length - 1];
        return isCommonPlural(head) || org.crosscheck.text.sense.WordSenses.shared().isGroupNoun(SpeakerWords.lower(head));
    }

    /** "Officials said": a capitalised plural of a person noun names a group, not one person. */
    private static boolean isCommonPlural(String word) {
        String lower = SpeakerWords.lower(word);
        return lower.endsWith("s") && org.crosscheck.text.sense.WordSenses.shared().isRoleNoun(lower);
    }

    /** Whether the role phrase itself opens with "one", "another" or "some" ("one former aide"). */
    private boolean opensIndefinite(Ref.Role role) {
        String first = text.substring(role.start(), role.end()).strip().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        return Set.of("one", "another", "some").contains(first);
    }

    /** Whether an indefinite word ("a", "one", "another") opens the phrase at {@code offset}: it introduces someone new. */
    private boolean indefinite(int offset) {
        int e = offset;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        String w = text.substring(b, e).toLowerCase(java.util.Locale.ROOT);
        return Set.of("a", "an", "one", "another", "some").contains(w);
    }

    /** Whether the word at {@code offset} follows a comma or a word, not the start of a sentence or line. */
    private boolean midSentence(int offset) {
        int k = offset - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        // after a closing quotation mark the sentence goes on: "'...,' Weaver said"
        return k >= 0 && (text.charAt(k) == ',' || Character.isLetter(text.charAt(k))
                || "\u201D\"".indexOf(text.charAt(k)) >= 0 && k > 0 && ",?!".indexOf(text.charAt(k - 1)) >= 0);
    }

    private Speaker recent(List<Person> candidates, int sentence, int offset, double confidence) {
        Person p = salient(candidates, sentence, offset);
        return p == null ? null : new Speaker(p.name(), Math.max(0.3, confidence), null);
    }

    /**
     * Which of several people one form can name is meant: the last of them mentioned as a subject
     * or speaker within the pronoun window, else the last mentioned at all; null when none was.
     */
    private Person salient(List<Person> candidates, int sentence, int offset) {
        if (candidates.size() < 2) {
            return null;
        }
        Person last = null;
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            if (!candidates.contains(m.person()) || m.sentence() >= sentence && m.offset() >= offset) {
                continue;
            }
            if (m.subject() && m.sentence() >= sentence - PRONOUN_WINDOW) {
                return m.person();
            }
            last = last == null ? m.person() : last;
        }
        return last;
    }

    private Speaker pronoun(SpeakerWords.Gender gender, int sentence, int offset, double unambiguous, Person excluded) {
        for (int s = sentence; s >= Math.max(0, sentence - PRONOUN_WINDOW); s--) {
            final int sent = s;
            List<Mention> cands = mentions.stream()
                    .filter(m -> m.sentence() == sent && (sent < sentence || m.offset() < offset))
                    .filter(m -> compatible(m.person(), gender) && m.person() != excluded)
                    .filter(m -> gender == SpeakerWords.Gender.X || !isGroup(m.person()))
                    .toList();
            if (cands.isEmpty()) {
                continue;
            }
            Set<Person> distinct = cands.stream().map(Mention::person).collect(Collectors.toSet());
            List<Mention> subjects = cands.stream().filter(Mention::subject).toList();
            Mention pick = subjects.isEmpty() ? cands.get(cands.size() - 1) : subjects.get(subjects.size() - 1);
            // one person the subject of the sentence and credited with its speech, others named only
            // in passing ("Walsh said the tender had drawn six bids and that Lee Valley had scored
            // highest. He said ..."): the speaker is nearly as sure as a lone name
            Person subject = pick.person();
            boolean loneSpeaker = subjects.stream().allMatch(m -> m.person() == subject) && subjects.stream().anyMatch(Mention::spoke);
            double conf = distinct.size() == 1 ? unambiguous : subjects.isEmpty() ? unambiguous - 0.25
                    : loneSpeaker ? unambiguous - LONE_SPEAKER : unambiguous - 0.08;
            if (gender == SpeakerWords.Gender.X) {
                conf -= 0.15;
            }
            if (conf >= 0.7 && gender != SpeakerWords.Gender.X) {
                learned.putIfAbsent(pick.person(), gender);
            }
            return new Speaker(pick.person().name(), conf, null);
        }
        return null;
    }

    /**
     * A role no named person holds: a bare "the analyst" points back at the last person in view;
     * a pinned-down one ("Spain's prime minister") is a speaker of its own, named by the phrase.
     */
    private Speaker unbound(Ref.Role role, int sentence, int offset) {
        if (!role.specific() && role.nationalities().isEmpty() && !indefinite(role.start()) && !opensIndefinite(role)) {
            Speaker back = pronoun(LEX.titleGender(role.head()), sentence, offset, 0.62, null);
            String[] backWords = back == null ? null : back.name().split(" ");
            boolean group = back != null && isCommonPlural(backWords[backWords.length - 1]) && !isCommonPlural(role.head());
            if (back != null && !group) {
                // "the minister" is one person: never "Residents" or "Officials" named before it
                return new Speaker(back.name(), Math.min(0.62, back.confidence()), null);
            }
        }
        String phrase = text.substring(role.start(), role.end()).replaceFirst("^(?i)(the|a|an)\\s+", "");
        unnamed.computeIfAbsent(phrase, k -> new Person(List.of(k), LEX.titleGender(role.head()), role.start()));
        return new Speaker(phrase, 0.4, null);
    }

    private boolean compatible(Person p, SpeakerWords.Gender g) {
        SpeakerWords.Gender known = p.gender() != SpeakerWords.Gender.X ? p.gender() : learned.getOrDefault(p, SpeakerWords.Gender.X);
        return g == SpeakerWords.Gender.X || known == SpeakerWords.Gender.X || known == g;
    }

    private Speaker role(Ref.Role r, int offset) {
        String head = normalise(r.head());
        List<RoleBinding> cands = index.bindings().stream()
                .filter(b -> normalise(b.head()).equals(head) || org.crosscheck.text.sense.WordSenses.shared().sameOffice(b.head(), head))
                .filter(b -> r.nationalities().isEmpty() || b.nationalities().isEmpty()
                        || b.nationalities().stream().anyMatch(r.nationalities()::contains))
                .filter(b -> !ofAnotherBody(r, b))
                .toList();
        if (cands.isEmpty()) {
            return null;
        }
        // a bare "the mayor" is the plain mayor before the deputy mayor: fewer words of a role the phrase lacks
        Comparator<RoleBinding> order = Comparator.<RoleBinding>comparingInt(b -> shared(r, b))
                .thenComparingInt(b -> -extra(r, b))
                .thenComparing(b -> b.offset() < offset)
                .thenComparingInt(b -> b.offset() < offset ? b.offset() : -b.offset());
        RoleBinding best = cands.stream().max(order).orElseThrow();
        Set<Person> distinct = cands.stream().map(RoleBinding::person).collect(Collectors.toSet());
        int bestShared = shared(r, best);
        int bestExtra = extra(r, best);
        long tied = cands.stream().filter(b -> b.person() != best.person() && shared(r, b) == bestShared && extra(r, b) == bestExtra).count();
        double conf = distinct.size() == 1 ? (bestShared > 0 || r.descriptors().isEmpty() ? 0.82 : 0.72) : tied > 0 ? 0.5 : 0.75;
        if (!r.nationalities().isEmpty() && best.nationalities().isEmpty()) {
            conf = Math.min(conf, 0.5);
        }
        if (best.offset() > offset) {
            conf -= 0.07;
        }
        return new Speaker(best.person().name(), conf, null);
    }

    /**
     * A bare "the executive" pointing back at a person bound earlier to a role of that kind ("vice
     * president for corporate affairs"): the dictionary links the two role nouns. Surer than a
     * plain look back, less sure than the role itself; among several such people, the one named
     * last, when that was in this sentence or the one before.
     */
    private Speaker kindOfRole(Ref.Role r, int sentence, int offset) {
        String head = normalise(r.head());
        if (head.endsWith("s") && !head.endsWith("ss")) {
            return null; // "the officials": a group
        }
        List<Person> holders = index.bindings().stream()
                .filter(b -> b.offset() < offset && !normalise(b.head()).equals(head) && !ofAnotherBody(r, b))
                .filter(b -> org.crosscheck.text.sense.WordSenses.shared().relation(b.head(), head)
                        == org.crosscheck.text.sense.WordSenses.Relation.RELATED)
                .map(RoleBinding::person).distinct().toList();
        if (holders.size() == 1) {
            return new Speaker(holders.get(0).name(), 0.72, null);
        }
        for (int k = mentions.size() - 1; k >= 0 && !holders.isEmpty(); k--) {
            Mention m = mentions.get(k);
            if (m.sentence() < sentence - 1) {
                break;
            }
            if (holders.contains(m.person()) && (m.sentence() < sentence || m.offset() < offset)) {
                return new Speaker(m.person().name(), 0.68, null);
            }
        }
        return null;
    }

    /**
     * Whether the phrase and the bound role each name the body the role is held in, and not the
     * same one: "the Naniwa chief" is not "Hokusei's president". A name is a descriptor the
     * dictionary does not know as a common word.
     */
    private static boolean ofAnotherBody(Ref.Role r, RoleBinding b) {
        Set<String> mine = names(r.descriptors());
        Set<String> theirs = names(b.descriptors());
        return !mine.isEmpty() && !theirs.isEmpty() && java.util.Collections.disjoint(mine, theirs)
                && mine.stream().noneMatch(d -> b.person().tokens().stream().anyMatch(t -> SpeakerWords.lower(t).equals(d)));
    }

    private static Set<String> names(java.util.Collection<String> descriptors) {
        return descriptors.stream().filter(d -> d.chars().allMatch(Character::isLetter)
                && !org.crosscheck.text.sense.WordSenses.shared().isCommonWord(d)).collect(Collectors.toSet());
    }

    private static int shared(Ref.Role r, RoleBinding b) {
        int n = 0;
        for (String d : r.descriptors()) {
            if (b.descriptors().contains(d) || b.person().tokens().stream().anyMatch(t -> SpeakerWords.lower(t).equals(d))) {
                n++;
            }
        }
        return n;
    }

    /** How many words of the bound role the phrase does not give ("deputy" of "Deputy Mayor" against "the mayor"). */
    private static int extra(Ref.Role r, RoleBinding b) {
        return (int) b.descriptors().stream().filter(d -> !r.descriptors().contains(d)).count();
    }

    static String normalise(String head) {
        if (head.startsWith("spokes")) {
            return "spokesperson";
        }
        // "Gov. Mike Pence" holds the office "the governor" names
        return head.equals("ceo") ? "executive" : LEX.expandedTitle(head);
    }
}
