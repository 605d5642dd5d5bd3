package org.crosscheck.text.quote;

import java.util.ArrayList;
import java.util.List;

/** One person of an article while names are grouped: the fullest name seen and what it implies. */
final class Person {

    private List<String> tokens;
    private SpeakerWords.Gender gender;
    private final int firstSeen;
    private String title;

    Person(List<String> tokens, SpeakerWords.Gender gender, int firstSeen) {
        this.tokens = List.copyOf(tokens);
        this.gender = gender;
        this.firstSeen = firstSeen;
    }

    /** The fullest form: all name words, or title and surname when only the surname is known ("Judge Pryce"). */
    String name() {
        return tokens.size() == 1 && title != null ? title + " " + tokens.get(0) : String.join(" ", tokens);
    }

    void learnTitle(String honorific) {
        if (title == null && honorific != null) {
            title = honorific;
        }
    }

    List<String> tokens() {
        return tokens;
    }

    String surname() {
        return tokens.get(tokens.size() - 1);
    }

    SpeakerWords.Gender gender() {
        return gender;
    }

    int firstSeen() {
        return firstSeen;
    }

    void learnGender(SpeakerWords.Gender g) {
        if (gender == SpeakerWords.Gender.X && g != null) {
            gender = g;
        }
    }

    /** Keeps the longer of the two forms as this person's name. */
    void learnName(List<String> other) {
        if (other.size() > tokens.size()) {
            tokens = List.copyOf(new ArrayList<>(other));
        }
    }

    /** Whether a name form (honorific removed) can belong to this person. */
    boolean matches(List<String> form) {
        if (form.isEmpty() || !form.get(form.size() - 1).equals(surname())) {
            return false;
        }
        if (form.size() == 1 || tokens.size() == 1) {
            return true;
        }
        String f = form.get(0);
        String t = tokens.get(0);
        return f.equals(t) || (f.length() <= 2 && t.startsWith(f.substring(0, 1)));
    }

    @Override
    public String toString() {
        return name();
    }
}
