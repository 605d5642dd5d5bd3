package org.crosscheck.text.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;

/**
 * The people an article names, with every form of a person's name grouped under the fullest one.
 *
 * <p>"Dmitry Peskov", "Peskov", "Mr Peskov" and "Mr. Peskov" are one person named "Dmitry Peskov"
 * once the article gives the full name. Names are recognised from their form (capitalised words
 * after an honorific, a common given name, a reporting verb or an appositive role) and roles the
 * article ties to a person ("Putin's spokesman Dmitry Peskov") are kept for speaker resolution.
 * Instances are immutable once built.
 */
public final class PersonIndex {

    private final List<Person> persons;
    private final List<RoleBinding> bindings;

    PersonIndex(List<Person> persons, List<RoleBinding> bindings) {
        this.persons = List.copyOf(persons);
        this.bindings = List.copyOf(bindings);
    }

    /**
     * Groups the person names written in {@code text}. The indexes of the last few texts asked
     * for are kept, so the stages that read one article's people share one index.
     *
     * @param text article text, never {@code null}; any content is accepted
     * @return the index; empty for text that names nobody
     */
    public static PersonIndex of(String text) {
        Objects.requireNonNull(text, "text");
        // the quote stage and two detectors each ask for the same article's index
        synchronized (RECENT) {
            PersonIndex known = RECENT.get(text);
            if (known != null) {
                return known;
            }
        }
        PersonIndex index = new NameScanner(text).scan();
        synchronized (RECENT) {
            RECENT.put(text, index);
        }
        return index;
    }

    private static final int REMEMBERED = 16;
    private static final java.util.Map<String, PersonIndex> RECENT = new java.util.LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, PersonIndex> eldest) {
            return size() > REMEMBERED;
        }
    };

    /**
     * The fullest name of the one person {@code nameForm} names ("Mr Peskov" gives "Dmitry
     * Peskov"). A form that names no known person, or more than one, is returned trimmed and
     * without honorific or possessive ending.
     *
     * @param nameForm a name as written, never {@code null}
     */
    public String canonical(String nameForm) {
        Objects.requireNonNull(nameForm, "nameForm");
        List<String> form = formTokens(nameForm);
        Person p = find(form);
        return p != null ? p.name() : String.join(" ", form);
    }

    /** Whether the two name forms name the same known person. */
    public boolean samePerson(String a, String b) {
        Person pa = find(formTokens(Objects.requireNonNull(a, "a")));
        return pa != null && pa == find(formTokens(Objects.requireNonNull(b, "b")));
    }

    /** The fullest name of every person, in order of first appearance. */
    public List<String> names() {
        return persons.stream().sorted(Comparator.comparingInt(Person::firstSeen)).map(Person::name).toList();
    }

    /** The one person a form (honorific removed) can name, or {@code null} when none or several. */
    Person find(List<String> form) {
        List<Person> m = matching(form);
        if (m.size() == 1) {
            return m.get(0);
        }
        // an exact full-name match wins over persons who merely share the surname
        List<Person> exact = m.stream().filter(p -> p.tokens().equals(form)).toList();
        return exact.size() == 1 ? exact.get(0) : null;
    }

    List<Person> matching(List<String> form) {
        return persons.stream().filter(p -> p.matches(form)).toList();
    }

    /**
     * The fullest name of the one person the article ties to the role {@code rolePhrase} ("the
     * council leader", "minister"): a binding with the same role noun whose other words agree
     * (at least one shared when both give some), the one sharing most and lacking fewest. Null
     * when the article ties the role to nobody, or to several people equally.
     *
     * @param rolePhrase a role as written, its noun last, never {@code null}
     */
    public String holderOf(String rolePhrase) {
        List<String> words = formTokens(Objects.requireNonNull(rolePhrase, "rolePhrase").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\s'-]", " "));
        words.removeIf(w -> Set.of("the", "a", "an", "its", "their", "his", "her").contains(w));
        if (words.isEmpty()) {
            return null;
        }
        String head = Referents.normalise(words.get(words.size() - 1));
        // "the tenants' spokeswoman" names the spokeswoman for the tenants: a possessive ending is no part of the word
        Set<String> descriptors = new HashSet<>();
        words.subList(0, words.size() - 1).forEach(w -> descriptors.add(w.replaceAll("'s?$", "")));
        Person best = null;
        int bestShared = -1;
        int bestExtra = 0;
        boolean tied = false;
        for (RoleBinding b : bindings) {
            // "the Naniwa chief" is the "Naniwa chief executive": a title word written inside a compound role names it too
            boolean inCompound = b.descriptors().contains(head) && SpeakerWords.INSTANCE.isTitle(head);
            if (!Referents.normalise(b.head()).equals(head) && !inCompound) {
                continue;
            }
            int shared = (int) descriptors.stream().filter(b.descriptors()::contains).count();
            int extra = (int) b.descriptors().stream().filter(d -> !descriptors.contains(d) && !d.equals(head)).count();
            if (shared == 0 && !descriptors.isEmpty() && !b.descriptors().isEmpty()) {
                continue;
            }
            if (shared > bestShared || shared == bestShared && extra < bestExtra) {
                tied = false;
                best = b.person();
                bestShared = shared;
                bestExtra = extra;
            } else if (shared == bestShared && extra == bestExtra && b.person() != best) {
                tied = true;
            }
        }
        return best == null || tied ? null : best.name();
    }

    List<RoleBinding> bindings() {
        return bindings;
    }

    /**
     * A role the article ties to a named person.
     *
     * @param person the fullest name of the holder ("Petros Siamas")
     * @param head the role noun, lower-cased ("governor")
     * @param descriptors the other words written with it, lower-cased ("deputy", "regional")
     * @param nameOffset where the holder's name stands beside the role
     */
    public record Role(String person, String head, Set<String> descriptors, int nameOffset) {
    }

    /** Every role the article ties to a named person, in the order the scanner read them. */
    public List<Role> roles() {
        return bindings.stream().map(b -> new Role(b.person().name(), b.head(), Set.copyOf(b.descriptors()), b.offset())).toList();
    }

    private static List<String> formTokens(String nameForm) {
        List<String> words = new ArrayList<>(Arrays.asList(nameForm.strip().split("\\s+")));
        words.removeIf(String::isEmpty);
        while (words.size() > 1 && SpeakerWords.INSTANCE.isHonorific(words.get(0))) {
            words.remove(0);
        }
        if (!words.isEmpty()) {
            String last = words.get(words.size() - 1);
            if (last.endsWith("'s") || last.endsWith("\u2019s")) {
                words.set(words.size() - 1, last.substring(0, last.length() - 2));
            }
        }
        return words;
    }
}
