package org.crosscheck.text.quote;

import java.util.List;
import java.util.Set;

import org.crosscheck.model.Span;
import org.crosscheck.text.Token;
import org.crosscheck.text.entity.Names;

/**
 * The whole name a short form in brackets is defined for. The entity layer cuts a long name at
 * its small words ("the National Institute for Public Health" and "the Environment"), but copy
 * that writes "(RIVM)" after a name defines one body: its name is the run of capitalised words
 * and the small words between them that ends at the brackets.
 */
final class DefinedNames {

    /** The small words a name of several capitalised words may carry between them. */
    private static final Set<String> JOINING = Set.of("and", "the", "of", "for", "on", "de", "du", "des", "la", "le", "&");

    private DefinedNames() {
    }

    /**
     * The name ending with {@code found} (a mention that ends right before the brackets) that
     * {@code shortForm} was defined for: the longest stretch back from it whose initials are the
     * short form ("Nairobi City Water and Sewerage Company" for NCWSC); else, when the short form
     * matches no stretch (letters of another language's name), the whole run when it opens the
     * phrase; else {@code found} itself.
     */
    static Span whole(List<Token> f, Span found, String shortForm) {
        int first = 0;
        while (first < f.size() && f.get(first).start() < found.start()) {
            first++;
        }
        if (first >= f.size() || Names.isAcronym(shortForm, words(f, first, found))) {
            return found;
        }
        int best = -1;
        int start = first;
        int i = first - 1;
        while (true) {
            int j = i;
            while (j >= 0 && f.get(j).isWord() && !f.get(j).isCapitalised() && JOINING.contains(f.get(j).lower()) && i - j < 3) {
                j--;
            }
            if (j < 0 || !isNameWord(f.get(j))) {
                break;
            }
            while (j > 0 && isNameWord(f.get(j - 1))) {
                j--;
            }
            start = j;
            if (Names.isAcronym(shortForm, words(f, start, found))) {
                best = start;
            }
            i = j - 1;
        }
        if (best >= 0) {
            return new Span(f.get(best).start(), found.end());
        }
        if (start < first && opensPhrase(f, start)) {
                return new Span(f.get(start).start(), found.end());
        }
        return found;
    }

    /** A capitalised word of a name: no article opening a sentence ("The"), no possessive, no other short form. */
    private static boolean isNameWord(Token t) {
        return t.isWord() && t.isCapitalised() && !t.possessive() && !t.isAcronym() && !Set.of("the", "a", "an").contains(t.lower());
    }

    /** Whether the run starting at token {@code start} opens its phrase: the frame's first word, or after "the" that does. */
    private static boolean opensPhrase(List<Token> f, int start) {
        if (start == 0) {
            return true;
        }
        Token before = f.get(start - 1);
        return !before.isWord() || before.lower().equals("the") && (start == 1 || !f.get(start - 2).isWord());
    }

    private static String words(List<Token> f, int from, Span found) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < f.size() && f.get(i).end() <= found.end(); i++) {
            if (f.get(i).isWord()) {
                b.append(b.length() > 0 ? " " : "").append(f.get(i).text());
            }
        }
        return b.toString();
    }
}
